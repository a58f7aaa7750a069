"""Attributions: who said, wrote, believes or estimated what.

Three shapes cover most news attribution:

* direct quotes, with the speaker and cue beside them ('“…,” Blinken said',
  'Blinken said: “…”'); a quote with no cue of its own that follows an
  attributed one continues it (same speaker), as do quotes that run over
  several sentences or paragraphs;
* reported speech, a cue verb with its subject on the left and the content on
  the right ('Blinken told a hearing that …') or the content first
  ('…, Blinken said.');
* 'according to X'.

The package, in reading order:

* ``rules.py``   the ordered tables of named rules and the conflict policy: start here;
* ``engine.py``  the walk that runs them over each sentence of a ``Doc``;
* ``cue.py``     which words are cues, and how sure the lexicon is of them;
* ``sources.py``, ``passive.py``   rules that need no verb of speech, or name the source
  after 'by';
* ``subject.py``, ``names.py``, ``inverted.py``, ``content.py``   the walks that find a
  speaker before or after a cue, and what was said;
* ``conflicts.py``, ``continuation.py``   who owns a quote; quotes that go on;
* ``sentence.py``   the sentence view the rules read, and shared token tests.

Speakers are resolved afterwards, against the whole article (``speakers.py``).
"""

from tracker.extract.attribution.engine import find_attributions

__all__ = ["find_attributions"]
