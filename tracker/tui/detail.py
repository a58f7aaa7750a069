"""The detail pane's content for one claim: plain rich Text, never markup."""

from __future__ import annotations

from rich.text import Text

from tracker.export import format_number
from tracker.figures import figure_changes
from tracker.model import MACHINE, Article, AuditEvent, Claim
from tracker.textsafe import safe_block, safe_line
from tracker.tui.claim_list import STATUS_STYLE


def claim_detail(
    claim: Claim,
    article: Article | None,
    twins: list[Claim],
    history: list[AuditEvent],
) -> Text:
    """The detail pane: the claim, its article, speaker, figures, twins, notes and history."""
    out = Text()
    out.append(f"{claim.status.value.upper()}", STATUS_STYLE.get(claim.status.value, ""))
    out.append(
        f"  {claim.id}  {', '.join(claim.kinds) or ('imported' if claim.external_id else 'statement')}\n\n",
        "dim",
    )
    out.append_text(_highlighted_sentence(claim))
    out.append("\n")
    if article is not None:
        _article(out, claim, article)
    _speaker(out, claim)
    _figures(out, claim)
    if twins:
        _twins(out, claim, twins)
    for note in claim.notes:
        out.append("\nNote     ", "bold")
        out.append(safe_line(note.text))
        out.append(f"  — {safe_line(note.by)}, {note.time[:16]}", "dim")
    for url in claim.evidence:
        out.append("\nEvidence ", "bold")
        out.append(safe_line(url), "underline")
    if history:
        _history(out, history)
    return out


def _article(out: Text, claim: Claim, article: Article) -> None:
    """The article's title, date and address, and the claim's paragraph when it says more."""
    out.append("\nArticle  ", "bold")
    out.append(safe_line(article.title))
    meta = " · ".join(x for x in (article.date, article.url, article.path) if x)
    if meta:
        out.append(f"\n         {safe_line(meta)}", "dim")
    paragraph = _paragraph(article.text, claim.start, claim.end)
    if paragraph and paragraph.strip() != claim.text.strip():
        out.append("\n\n")
        out.append(safe_block(paragraph), "dim")
    out.append("\n")


def _inferred(speaker: str, mention: str) -> bool:
    """Whether the speaker's name is not what the article wrote at the cue ('He' -> Antony
    Blinken, 'the minister' -> Ana Soto), rather than the name itself or a title around it."""
    said = mention.strip().casefold()
    return bool(said) and speaker.casefold() not in said


def _speaker(out: Text, claim: Claim) -> None:
    """Who said it (with title and cue), and an archive's verdict and headline."""
    a = claim.attribution
    if a is not None:
        out.append("\nSpeaker  ", "bold")
        out.append(safe_line(a.speaker), "bold italic")
        if a.speaker_title:
            out.append(f" ({safe_line(a.speaker_title)})", "dim")
        if claim.origin == MACHINE and _inferred(a.speaker, a.speaker_text):
            # The tool traced a pronoun, a role or a surname to this name: say so, so that
            # the desk knows which speakers are the article's words and which are a reading
            # (a claim a person has edited shows their word alone).
            out.append(f"  read from “{safe_line(a.speaker_text.strip())}”", "dim")
        out.append(f"   cue: {safe_line(a.cue)} ({a.mode})\n")
    elif claim.speaker:
        out.append("\nSpeaker  ", "bold")
        out.append(safe_line(claim.speaker) + "\n", "bold italic")
    if claim.verdict:
        out.append("Verdict in archive  ", "bold")
        out.append(safe_line(claim.verdict) + "\n")
    if claim.headline:
        out.append("Fact-check headline  ", "bold")
        out.append(safe_line(claim.headline) + "\n")


def _figures(out: Text, claim: Claim) -> None:
    """One line per figure: its text, kind, normalised value, unit, bounds and approximator."""
    for q in claim.quantities:
        out.append("Figure   ", "bold")
        out.append(safe_line(q.text), "bold cyan")
        bounds = ""
        if q.low is not None or q.high is not None:
            bounds = f"  [{format_number(q.low) if q.low is not None else '…'} – {format_number(q.high) if q.high is not None else '…'}]"
        out.append(
            f"  {q.kind}  {format_number(q.value)} {safe_line(q.unit or '')}{bounds}"
            f"{'  (' + q.approx + ')' if q.approx else ''}\n"
        )


def _twins(out: Text, claim: Claim, twins: list[Claim]) -> None:
    """Earlier twins with score, verdict and every figure that changed since."""
    out.append("\nEarlier twins\n", "bold")
    for m, twin in zip(claim.matches, twins, strict=False):
        out.append(f"  {m.score:5.1f}  ")
        out.append(f"{twin.status.value:<12}", STATUS_STYLE.get(twin.status.value, ""))
        out.append(f" figures {m.figures:<8} ")
        out.append(safe_line(twin.text)[:160] + "\n")
        for mine, theirs in figure_changes(claim.quantities, twin.quantities):
            out.append("         changed figure: ", "yellow")
            out.append(f"{safe_line(theirs.text)} → {safe_line(mine.text)}\n", "bold yellow")


def _history(out: Text, history: list[AuditEvent]) -> None:
    """The last twelve audit events of the claim."""
    out.append("\n\nHistory\n", "bold")
    for e in history[-12:]:
        change = f" {e.before} → {e.after}" if e.action == "status.changed" else ""
        out.append(
            f"  #{e.seq} {e.time[:19]} {safe_line(e.actor)} {e.action}{safe_line(change)}\n",
            "dim",
        )


def _highlighted_sentence(claim: Claim) -> Text:
    """The claim with its figures, speaker and cue marked (offsets are the article's)."""
    text = Text(safe_block(claim.text))
    if len(text.plain) != len(claim.text):
        return text  # control characters were made visible: offsets no longer line up
    base = claim.start

    def mark(start: int, end: int, style: str) -> None:
        s, e = start - base, end - base
        if 0 <= s < e <= len(claim.text):
            text.stylize(style, s, e)

    a = claim.attribution
    if a is not None:
        mark(a.speaker_start, a.speaker_end, "bold italic")
        mark(a.cue_start, a.cue_end, "underline")
    for q in claim.quantities:
        mark(q.start, q.end, "bold cyan")
    return text


def _paragraph(text: str, start: int, end: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right >= 0 else len(text)]
