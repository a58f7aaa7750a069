"""CLI commands about the database file itself: compact."""

from __future__ import annotations

import click

from tracker.cli import _errors, _Obj
from tracker.textsafe import safe_line


@click.command()
@click.pass_obj
def compact(obj: _Obj) -> None:
    """Fold the journal into the database file, leaving one complete TinyDB JSON file.

    A big database keeps its latest changes in DB.journal beside it until the journal
    grows past a tenth of the file or the process that wrote them exits; run this
    before copying the database file alone (a backup, a bundle)."""
    with _errors():
        ws = obj.workspace()
        folded = ws.compact()
    path = safe_line(str(ws.path))
    click.echo(f"{path}: journal folded in" if folded else f"{path}: no journal, nothing to fold")


COMMANDS = (compact,)
