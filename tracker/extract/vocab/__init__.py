"""Every word list extraction reads, as data apart from the code that reads it.

* ``cues.py``         the cue lexicon: verbs and phrases of speech, strong and weak;
* ``speech.py``       the words attribution rules read: titles, roles, pronouns, stops;
* ``attribution.py``  word sets of the attribution walks (addressees, sources of figures);
* ``people.py``       word sets of speaker resolution (organisations, personal titles);
* ``formulas.py``     courtesies, interjections and the verbs of bare orders: said, not stated.

The number words (units, magnitudes, months) live in ``lexicon.py``.
"""
