"""CLI commands for a person's corrections: edit, dismiss, restore, merge, split, add."""

from __future__ import annotations

import click

from tracker.cli import _claim_line, _echo_json, _errors, _Obj
from tracker.correcting import QuantityFix
from tracker.corrections import read_value
from tracker.errors import InvalidValueError
from tracker.model import QUANTITY_KINDS
from tracker.workspace import parse_kind


@click.command()
@click.argument("claim_id")
@click.option("--speaker", metavar="NAME", help="Who said it ('' for nobody).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    help="The claim's kinds (repeatable): quantitative, attributed.",
)
@click.option(
    "--quantity",
    "number",
    type=click.IntRange(min=1),
    help="Which quantity --value/--unit/--approx/--quantity-kind change (as `tracker show` "
    "numbers them); needed when the claim has more than one.",
)
@click.option(
    "--value", help="The quantity's value: 150000, 150,000, 1.5e9, '$2bn' ('-' clears it)."
)
@click.option("--unit", help="The quantity's unit (e.g. USD, %, people; '' to clear).")
@click.option("--approx", help="Its approximator (about, more than, up to; '' to clear).")
@click.option(
    "--quantity-kind",
    "quantity_kind",
    type=click.Choice(QUANTITY_KINDS, case_sensitive=False),
    help="What the quantity measures.",
)
@click.option(
    "--remove-quantity",
    "remove",
    type=click.IntRange(min=1),
    multiple=True,
    help="Drop quantity N.",
)
@click.option("--add-quantity", metavar="WORDS", help="Words in the claim that state a figure.")
@click.option("--json", "as_json", is_flag=True, help="Print the corrected claim as JSON.")
@click.pass_obj
def edit(
    obj: _Obj,
    claim_id: str,
    speaker: str | None,
    kinds: tuple[str, ...],
    number: int | None,
    value: str | None,
    unit: str | None,
    approx: str | None,
    quantity_kind: str | None,
    remove: tuple[int, ...],
    add_quantity: str | None,
    as_json: bool,
) -> None:
    """Correct a claim's speaker, kinds or quantities (audited; `tracker undo` reverts)."""
    with _errors():
        number_value, clear = read_value(value)
        quantity = None
        if any(x is not None for x in (value, unit, approx, quantity_kind)):
            quantity = QuantityFix(number, number_value, unit, approx, clear, quantity_kind)
        claim = obj.workspace().edit_claim(
            claim_id,
            speaker=speaker,
            kinds=[parse_kind(k) for k in kinds] if kinds else None,
            quantity=quantity,
            remove=remove,
            add_quantity=add_quantity,
            by=obj.by,
        )
        _echo_json(claim.to_dict()) if as_json else click.echo(_claim_line(claim))


@click.command()
@click.argument("claim_ids", nargs=-1, required=True, metavar="ID...")
@click.pass_obj
def dismiss(obj: _Obj, claim_ids: tuple[str, ...]) -> None:
    """Not a claim: hide from lists, exports and matching (`tracker restore` brings it back)."""
    with _errors():
        for c in obj.workspace().dismiss(claim_ids, by=obj.by):
            click.echo(f"{c.id}  dismissed")


@click.command()
@click.argument("claim_ids", nargs=-1, required=True, metavar="ID...")
@click.pass_obj
def restore(obj: _Obj, claim_ids: tuple[str, ...]) -> None:
    """Bring dismissed claims back."""
    with _errors():
        for c in obj.workspace().restore(claim_ids, by=obj.by):
            click.echo(f"{c.id}  restored")


@click.command()
@click.argument("keep_id")
@click.argument("other_ids", nargs=-1, required=True, metavar="OTHER_ID...")
@click.option(
    "--force", is_flag=True, help="Merge claims with different verdicts: KEEP's verdict stands."
)
@click.pass_obj
def merge(obj: _Obj, keep_id: str, other_ids: tuple[str, ...], force: bool) -> None:
    """One statement in one article: fold OTHER claims into KEEP (notes, evidence, verdict,
    twins move)."""
    with _errors():
        c = obj.workspace().merge(keep_id, other_ids, by=obj.by, force=force)
        click.echo(_claim_line(c))


@click.command()
@click.argument("claim_id")
@click.option("--at", "at", type=int, metavar="OFFSET", help="Article offset to cut at.")
@click.option("--before", "before", metavar="WORDS", help="Cut just before these words.")
@click.pass_obj
def split(obj: _Obj, claim_id: str, at: int | None, before: str | None) -> None:
    """Two statements in one claim: cut it in two (the first part keeps id and verdict)."""
    with _errors():
        for c in obj.workspace().split(claim_id, at=at, before_words=before, by=obj.by):
            click.echo(_claim_line(c))


@click.command(name="add")
@click.argument("article_id")
@click.option("--text", metavar="WORDS", help="The claim's exact words in the article.")
@click.option("--start", type=int, help="Or its span: start offset …")
@click.option("--end", type=int, help="… and end offset.")
@click.option("--json", "as_json", is_flag=True, help="Print the new claim as JSON.")
@click.pass_obj
def add(
    obj: _Obj, article_id: str, text: str | None, start: int | None, end: int | None, as_json: bool
) -> None:
    """Add a claim the extractor missed; prints its id (`tracker edit` corrects it)."""
    with _errors():
        if text is not None and (start is not None or end is not None):
            raise InvalidValueError("give --text or --start/--end, not both")
        c = obj.workspace().add_claim(article_id, text=text, start=start, end=end, by=obj.by)
        _echo_json(c.to_dict()) if as_json else click.echo(c.id)


@click.command()
@click.argument("article_ids", nargs=-1, metavar="[ARTICLE_ID...]")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per article.")
@click.pass_obj
def reextract(obj: _Obj, article_ids: tuple[str, ...], as_json: bool) -> None:
    """Re-run the current extractor over stored articles (default all); a person's
    corrections, verdicts, notes and evidence are kept. Prints what changed."""
    with _errors():
        plans = obj.workspace().reextract(article_ids, by=obj.by)
        for p in plans:
            if as_json:
                _echo_json(
                    {
                        "article_id": p.article_id,
                        "refreshed": [c.id for _old, c in p.refreshed],
                        "added": [c.id for c in p.added],
                        "removed": [r["id"] for r in p.removed],
                        "unchanged": p.unchanged,
                        "kept": p.kept,
                        "yielded": [c.id for c in p.yielded],
                    }
                )
            elif p.changed or p.yielded:
                click.echo(f"{p.article_id}  {p.summary()}")
        if not as_json:
            changed = sum(p.changed for p in plans)
            click.echo(f"{len(plans)} article(s) re-extracted, {changed} changed")


COMMANDS = (edit, dismiss, restore, merge, split, add, reextract)
