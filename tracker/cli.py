"""The command line: parse, call the Workspace, format. Errors are one line, never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

import click
import orjson

from tracker import __version__
from tracker.errors import NotFoundError, TrackerError
from tracker.export import (
    AUDIT_FORMATS,
    CLAIM_FORMATS,
    format_number,
    write_audit,
    write_claimreview,
    write_claims_csv,
    write_claims_jsonl,
    write_claims_markdown,
)
from tracker.figures import figure_changes
from tracker.isolation import attempt
from tracker.limits import limits
from tracker.model import Article, AuditEvent, Claim, Quantity
from tracker.readers import DEFAULT_MAX_BYTES, Skipped, read_paths
from tracker.textsafe import safe_block, safe_line
from tracker.triage_query import split as split_triage
from tracker.workspace import ClaimFilter, Workspace, default_db_path, parse_kind, parse_status
from tracker.worth.command import worth_cmd

F = TypeVar("F", bound=Callable[..., Any])

KIND_LETTER = {("quantitative",): "Q", ("attributed",): "A", ("quantitative", "attributed"): "QA"}


def _fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"tracker: error: {safe_line(message)}", err=True)
    sys.exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except TrackerError as exc:
        _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        # 'tracker list | head': the reader left; stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


class _Obj:
    def __init__(self, db: str | None, by: str | None, lock_timeout: float) -> None:
        self.db = db
        self.by = by
        self.lock_timeout = lock_timeout
        self._ws: Workspace | None = None

    def workspace(self, create: bool = False) -> Workspace:
        """The database; only a command that stores new things (``create``) may start one,
        so a mistyped --db is an error rather than an empty, silent answer."""
        if self._ws is None:
            path = Path(self.db) if self.db else default_db_path()
            if not create and not path.exists():
                raise NotFoundError(f"no database at {path} (`tracker ingest` starts one)")
            self._ws = Workspace(path, actor=self.by, lock_timeout=self.lock_timeout)
        return self._ws


class _OneLineUsage(click.ClickException):
    """A usage error as one line on stderr (click prints usage, hint and error: three)."""

    exit_code = 2

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message())
        ctx = error.ctx
        self.where = ctx.command_path if ctx is not None else "tracker"

    def show(self, file: Any = None) -> None:
        message = safe_line(self.format_message())
        click.echo(f"tracker: error: {message} (`{self.where} --help`)", err=True)


class _Group(click.Group):
    """The command groups: their and their subcommands' usage errors are one line."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            raise _OneLineUsage(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise _OneLineUsage(exc) from None


def _echo_json(obj: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj) + b"\n")


@click.group(
    cls=_Group,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    metavar="PATH",
    envvar="TRACKER_DB",
    help="Database file (default ./claims.json; env TRACKER_DB).",
)
@click.option(
    "--by",
    "by",
    metavar="NAME",
    envvar="TRACKER_USER",
    help="Who is acting (env TRACKER_USER; default the OS user).",
)
@click.option(
    "--lock-timeout",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds to wait for another process's lock.",
)
@click.version_option(__version__, prog_name="tracker")
@click.pass_context
def cli(ctx: click.Context, db: str | None, by: str | None, lock_timeout: float) -> None:
    """tracker: extract, match, verify and export the claims in news articles.

    With no command, opens the terminal app on the database.
    """
    ctx.obj = _Obj(db, by, lock_timeout)
    if ctx.invoked_subcommand is None:
        with _errors():
            from tracker.tui.app import run_app

            run_app(ctx.obj.workspace(create=True))


# -- ingest / extract ---------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=lambda: limits().input_bytes,
    show_default=f"{DEFAULT_MAX_BYTES:,}, env TRACKER_MAX_BYTES",
    help="Skip files larger than this.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per article.")
@click.option(
    "--carry-verdicts",
    is_flag=True,
    envvar="TRACKER_CARRY_VERDICTS",
    help="New claims take the verdict of an exact twin (same words, same figures); audited.",
)
@click.pass_obj
def ingest(
    obj: _Obj, paths: tuple[str, ...], max_bytes: int, as_json: bool, carry_verdicts: bool
) -> None:
    """Read articles (files, folders, '-' for stdin), extract their claims and store them."""
    with _errors():
        ws = obj.workspace(create=True)
        items = list(read_paths(paths, max_bytes=max_bytes))
        show_bar = len(items) > 1 and sys.stderr.isatty()
        with (
            click.progressbar(length=len(items), label="ingesting", file=sys.stderr)
            if show_bar
            else _null_bar() as bar
        ):
            report = ws.ingest_items(items, progress=lambda _src: bar.update(1))
        if carry_verdicts:
            new_articles = [a.article_id for a in report.articles if a.new]
            carried = ws.carry_twin_verdicts(new_articles, by=obj.by)
            click.echo(f"{len(carried)} claim(s) took an exact twin's verdict", err=True)
        for skipped in report.skipped:
            click.echo(f"tracker: skipped {safe_line(str(skipped))}", err=True)
        for a in report.articles:
            if as_json:
                _echo_json(
                    {
                        "article_id": a.article_id,
                        "source": a.source,
                        "title": a.title,
                        "new": a.new,
                        "claims": a.claims,
                        "quantitative": a.quantitative,
                        "attributed": a.attributed,
                    }
                )
            else:
                state = "added" if a.new else "already in the database"
                click.echo(
                    f"{a.article_id}  {a.claims:4d} claims ({a.quantitative} quantitative, "
                    f"{a.attributed} attributed)  {safe_line(a.source)}  [{state}]"
                )
        if not as_json:
            click.echo(
                f"{report.added} article(s) added, {len(report.articles) - report.added} already present, "
                f"{report.claims_added} claim(s) added, {len(report.skipped)} input(s) skipped; "
                f"{ws.count()} claims in {safe_line(str(ws.path))}"
            )
        if report.skipped:
            sys.exit(1)


@contextmanager
def _null_bar() -> Iterator[Any]:
    class _Bar:
        def update(self, _n: int) -> None:
            pass

    yield _Bar()


@cli.command(name="extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--json", "as_json", is_flag=True, help="JSON Lines: one object per article (the contract)."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=lambda: limits().input_bytes,
    show_default=f"{DEFAULT_MAX_BYTES:,}, env TRACKER_MAX_BYTES",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to extract in (default: one per core; 1 = in this process). The "
    "output is the same, in input order.",
)
def extract_cmd(paths: tuple[str, ...], as_json: bool, max_bytes: int, jobs: int | None) -> None:
    """Print the claims in articles without touching any database."""
    from tracker import batch  # here: the TUI's start-up need not pay for extraction

    render = _render_json if as_json else _render_lines
    with _errors():
        skipped = 0
        items = read_paths(paths, max_bytes=max_bytes)
        for item, (rendered, why) in batch.run(items, render, jobs or batch.default_jobs()):
            if isinstance(item, Skipped):
                click.echo(f"tracker: skipped {safe_line(str(item))}", err=True)
                skipped += 1
            elif rendered is None:
                where = item.path or "<stdin>"
                click.echo(f"tracker: skipped {safe_line(f'{where}: {why}')}", err=True)
                skipped += 1
            elif as_json:
                sys.stdout.buffer.write(rendered)
            else:
                click.echo(rendered)
        if skipped:
            sys.exit(1)


def _render_json(article: Article, claims: list[Claim]) -> bytes:
    """An article's line of `extract --json` (the contract)."""
    obj = {"article": article.header(), "claims": [_with_rule(c) for c in claims]}
    return orjson.dumps(obj) + b"\n"


def _render_lines(article: Article, claims: list[Claim]) -> str:
    """An article's claims as `extract` prints them: a heading, then a line per claim."""
    lines = [f"# {safe_line(article.title)}  ({article.id}, {len(claims)} claims)"]
    return "\n".join([*lines, *map(_claim_line, claims)])


def _with_rule(claim: Claim) -> dict[str, Any]:
    """A claim as `extract --json` prints it: its attribution names the rule that made it,
    and its check-worthiness is assessed here (extraction itself knows nothing of it)."""
    from tracker.worth.assess import assess_claim

    d = claim.extraction_dict()
    if claim.attribution is not None:
        d["attribution"]["rule"] = claim.attribution.rule
    assessment = assess_claim(claim)  # additive to the contract: worth 0–100 and opinion
    d["worth"], d["opinion"] = assessment.worth, assessment.opinion
    return d


# -- queries ------------------------------------------------------------------------------


@cli.command(name="list")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    help="Only claims with this status (repeatable); 'dismissed' lists the dismissed claims.",
)
@click.option("--kind", help="quantitative (q) or attributed (a).")
@click.option("--speaker", help="Speaker name contains this (case-insensitive).")
@click.option("--article", "article_id", help="Only claims from this article id.")
@click.option(
    "--search",
    help="Claim text contains this (case-insensitive); figures by value ('value:>1e9'); "
    "triage fields 'worth:>60', 'priority:>=100', 'opinion:no'.",
)
@click.option(
    "--sort",
    type=click.Choice(["stored", "priority"]),
    default="stored",
    show_default=True,
    help="Storage order, or highest triage priority first.",
)
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim per line.")
@click.pass_obj
def list_cmd(
    obj: _Obj,
    statuses: tuple[str, ...],
    kind: str | None,
    speaker: str | None,
    article_id: str | None,
    search: str | None,
    sort: str,
    limit: int,
    as_json: bool,
) -> None:
    """List stored claims."""
    with _errors():
        triage, search = split_triage(search) if search else (None, search)
        dismissed = any(s.strip().lower() == "dismissed" for s in statuses)
        flt = ClaimFilter(
            statuses=tuple(parse_status(s) for s in statuses if s.strip().lower() != "dismissed"),
            dismissed=dismissed,
            kind=parse_kind(kind) if kind else None,
            speaker=speaker,
            article_id=article_id,
            search=search or None,
            triage=triage,
        )
        ws = obj.workspace()
        claims = ws.claims(flt, by_priority=sort == "priority")
        ws.save_assessments()  # a database from before worth: assessed once, kept
        if limit:
            claims = claims[:limit]
        for c in claims:
            if as_json:
                _echo_json(c.to_dict())
            else:
                click.echo(_claim_line(c))


def _claim_line(c: Claim) -> str:
    kind = KIND_LETTER.get(tuple(c.kinds), "-")
    if c.matches:  # '≈2' earlier twins; '!' when a figure changed
        kind += f"≈{len(c.matches)}" + (
            "!" if any(m.figures == "changed" for m in c.matches) else ""
        )
    speaker = safe_line(c.speaker or "-")
    if len(speaker) > 24:  # cut, and shown to be, as the app's column is
        speaker = speaker[:23] + "…"
    text = safe_line(c.text)
    if len(text) > 100:
        text = text[:99] + "…"
    return f"{c.id}  {c.status.value:<12} {kind:<5}  {speaker:<24}  {text}"


def _correction_lines(c: Claim) -> list[str]:
    """What a person did to the claim, for `show`."""
    lines = [f"origin    {c.origin}"] if c.origin != "machine" else []
    if c.dismissed:
        lines.append("dismissed (not a claim; `tracker restore` brings it back)")
    if c.merged_into:
        lines.append(f"merged    into {c.merged_into}")
    return lines


@cli.command()
@click.argument("claim_id")
@click.option("--json", "as_json", is_flag=True, help="The claim as JSON, with its audit history.")
@click.pass_obj
def show(obj: _Obj, claim_id: str, as_json: bool) -> None:
    """Show one claim in full (an unambiguous id prefix is enough)."""
    with _errors():
        ws = obj.workspace()
        c = ws.claim(claim_id)
        history = ws.history(c.id)
        if as_json:
            d = c.to_dict()
            d["history"] = [e.to_dict() for e in history]
            _echo_json(d)
            return
        lines = [
            *_show_head(c, ws.article(c.article_id)),
            *_speaker_lines(c),
            *map(_quantity_line, c.quantities),
            *(f"note      {safe_line(n.text)}  — {safe_line(n.by)}, {n.time}" for n in c.notes),
            *(f"evidence  {safe_line(e)}" for e in c.evidence),
            *_match_lines(ws, c),
            *_history_lines(history),
        ]
        click.echo("\n".join(lines))


def _show_head(c: Claim, article: Article) -> list[str]:
    """`show`: the claim's id, status, kinds, article and span, then its words."""
    return [
        f"claim     {c.id}",
        f"status    {c.status.value}",
        f"kinds     {', '.join(c.kinds) or 'statement (no figure, no speaker)'}",
        f"article   {c.article_id}  {safe_line(article.title)}",
        f"span      {c.start}-{c.end}",
        *_correction_lines(c),
        "",
        safe_block(c.text),
        "",
    ]


def _speaker_lines(c: Claim) -> list[str]:
    """`show`: who said it and how; an archive's verdict words and headline."""
    lines = []
    if c.attribution:
        a = c.attribution
        title = f" ({safe_line(a.speaker_title)})" if a.speaker_title else ""
        lines.append(
            f"speaker   {safe_line(a.speaker)}{title}  [mention: {safe_line(a.speaker_text)}]"
        )
        lines.append(f"cue       {safe_line(a.cue)}  ({a.mode})")
    elif c.speaker:
        lines.append(f"speaker   {safe_line(c.speaker)}")
    if c.verdict:
        lines.append(f"verdict   {safe_line(c.verdict)}  (the archive's words)")
    if c.headline:
        lines.append(f"headline  {safe_line(c.headline)}")
    return lines


def _quantity_line(q: Quantity) -> str:
    extra = f" approx={q.approx}" if q.approx else ""
    rng = (
        f" range={format_number(q.low)}..{format_number(q.high)}"
        if q.low is not None and q.high is not None
        else ""
    )
    value = format_number(q.value)
    return f"quantity  {safe_line(q.text)!s:<24} {q.kind:<9} value={value} unit={safe_line(q.unit or '-')}{rng}{extra}"


def _match_lines(ws: Workspace, c: Claim) -> list[str]:
    """`show`: each earlier twin with its verdict, and the figures that changed."""
    lines = []
    for m in c.matches:
        other = ws.claim(m.claim_id)
        seen = (
            f"seen before: {other.status.value}"
            if other.status.value != "unverified"
            else "unverified"
        )
        lines.append(
            f"match     {m.score:5.1f}  {other.id}  [{seen}]  figures {m.figures}  "
            f"{safe_line(other.text)[:80]}"
        )
        for mine, theirs in figure_changes(c.quantities, other.quantities):
            lines.append(
                f"          changed figure: {safe_line(theirs.text)} -> {safe_line(mine.text)}"
            )
    return lines


def _history_lines(history: Sequence[AuditEvent]) -> list[str]:
    if not history:
        return []
    return [
        "",
        *(
            f"history   #{e.seq} {e.time} {safe_line(e.actor)}: {e.action}"
            + (f" {e.before} -> {e.after}" if e.action == "status.changed" else "")
            + (f" {safe_line(e.data['change'])}" if e.data.get("change") else "")
            for e in history
        ),
    ]


# -- verdicts -----------------------------------------------------------------------------


@cli.command()
@click.argument("args", nargs=-1, required=True, metavar="ID... STATUS")
@click.option("--note", help="Why: kept with the claim and in the audit log.")
@click.option(
    "--evidence", multiple=True, metavar="URL", help="A source for the verdict (repeatable)."
)
@click.option(
    "--by",
    "by",
    metavar="NAME",
    help="Who decided (default: --by before the command, TRACKER_USER, OS user).",
)
@click.option(
    "--from-twin",
    is_flag=True,
    help="No STATUS: each claim takes the verdict of its exact twin (same words and figures).",
)
@click.pass_obj
def mark(
    obj: _Obj,
    args: tuple[str, ...],
    note: str | None,
    evidence: tuple[str, ...],
    by: str | None,
    from_twin: bool,
) -> None:
    """Set the verification status of one or more claims."""
    if from_twin:
        with _errors():
            for c in obj.workspace().mark_from_twin(list(args), by=by or obj.by):
                click.echo(f"{c.id}  {c.status.value}  ({safe_line(c.notes[-1].text)})")
        return
    if len(args) < 2:
        raise click.UsageError("give at least one claim id and a status")
    with _errors():
        status = parse_status(args[-1])
        claims = obj.workspace().set_status(
            list(args[:-1]), status, note=note, evidence=evidence, by=by or obj.by
        )
        for c in claims:
            click.echo(f"{c.id}  {c.status.value}")


@cli.command()
@click.argument("claim_id")
@click.argument("text")
@click.option("--by", "by", metavar="NAME")
@click.pass_obj
def note(obj: _Obj, claim_id: str, text: str, by: str | None) -> None:
    """Add a note to a claim."""
    with _errors():
        c = obj.workspace().add_note(claim_id, text, by=by or obj.by)
        click.echo(f"{c.id}  {len(c.notes)} note(s)")


@cli.command()
@click.argument("claim_id")
@click.argument("url")
@click.option("--by", "by", metavar="NAME")
@click.pass_obj
def evidence(obj: _Obj, claim_id: str, url: str, by: str | None) -> None:
    """Attach an evidence URL to a claim."""
    with _errors():
        c = obj.workspace().add_evidence(claim_id, url, by=by or obj.by)
        click.echo(f"{c.id}  {len(c.evidence)} evidence link(s)")


def _since(value: str | None) -> str | None:
    """'2026-11-01' or a full ISO time, compared as UTC ISO text; anything else is an error."""
    if value is None:
        return None
    from datetime import datetime

    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None
    if parsed.tzinfo is not None:
        from datetime import UTC

        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return (
        parsed.isoformat(timespec="microseconds") + "Z"
        if "T" in value
        else parsed.date().isoformat()
    )


@contextmanager
def _output(path: str | None, db: Path, force: bool) -> Iterator[TextIO]:
    """stdout, or a file written atomically: never the database's own files, and an existing
    file only with --force (a failed export leaves the old file alone)."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    from tracker.outputs import database_files, open_output

    with open_output(Path(path), database_files(db), force) as fh:
        yield fh


_FORCE = click.option("--force", is_flag=True, help="Replace FILE if it exists.")


@cli.command()
@click.argument("text", required=False)
@click.option("--top", type=click.IntRange(min=1, max=100), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per query (the contract).")
@click.pass_obj
def match(obj: _Obj, text: str | None, top: int, as_json: bool) -> None:
    """Find stored claims like TEXT (or like each line of stdin), best first."""
    with _errors():
        ws = obj.workspace()
        queries = [text] if text is not None else [line.rstrip("\n") for line in sys.stdin]
        failed = 0
        for number, query in enumerate(queries, start=1):
            if not query.strip():
                if text is not None:
                    raise click.UsageError("give the words to match (TEXT is empty)")
                continue
            found, why = attempt(ws.match, query, top=top)
            if found is None:  # this query alone fails; the others are still answered
                failed += 1
                click.echo(f"tracker: skipped query {number}: {safe_line(str(why))}", err=True)
                continue
            if as_json:
                _echo_json({"query": query, "matches": found})
                continue
            click.echo(f"# {safe_line(query)[:100]}")
            for m in found:
                click.echo(
                    f"{m['score']:5.1f}  {m['claim_id']}  {m['status']:<12} figures {m['figures']:<7} "
                    f"{safe_line(m['text'])[:90]}"
                )
        if failed:
            sys.exit(1)


@cli.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*CLAIM_FORMATS, "corrections"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--status", "statuses", multiple=True, help="Only claims with this status (repeatable)."
)
@click.option("--since", help="Only claims reviewed (or ingested) on or after this date.")
@click.option(
    "--org", envvar="TRACKER_ORG", help="ClaimReview author organisation (env TRACKER_ORG)."
)
@click.option(
    "-o", "--output", "output", metavar="FILE", help="Write here (atomically) instead of stdout."
)
@_FORCE
@click.pass_obj
def export_cmd(
    obj: _Obj,
    fmt: str,
    statuses: tuple[str, ...],
    since: str | None,
    org: str | None,
    output: str | None,
    force: bool,
) -> None:
    """Export claims: JSON Lines, CSV (safe for spreadsheets), Markdown, ClaimReview JSON-LD."""
    with _errors():
        ws = obj.workspace()
        flt = ClaimFilter(statuses=tuple(parse_status(x) for x in statuses))
        claims = ws.iter_claims(flt, since=_since(since))
        with _output(output, ws.path, force) as out:
            if fmt == "corrections":  # what the machine said beside what a person set
                from tracker.corrections_io import write_corrections

                n = write_corrections(ws.correction_records(), out)
            elif fmt == "jsonl":
                n = write_claims_jsonl(claims, out)
            elif fmt == "csv":
                n = write_claims_csv(claims, out, ws.article_or_none)
            elif fmt == "md":
                n = write_claims_markdown(claims, out, ws.article_or_none)
            else:
                n = write_claimreview(claims, out, ws.article_or_none, ws.reviewed, org=org)
        if output:
            click.echo(f"{n} claim(s) written to {safe_line(output)}", err=True)


@cli.command(name="import")
@click.argument("path")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "tsv", "claimreview", "corrections"]),
    help="Default: from the file name ('corrections': a `tracker export --format corrections`).",
)
@click.option("--text-column", default="text", show_default=True)
@click.option("--id-column", default="id", show_default=True)
@click.option("--verdict-column", default="verdict", show_default=True)
@click.option("--speaker-column", default="speaker", show_default=True)
@click.option("--url-column", default="url", show_default=True)
@click.option("--date-column", default="date", show_default=True)
@click.option(
    "--headline-column",
    default="headline",
    show_default=True,
    help="The fact-check's headline: matched alongside the claim.",
)
@click.pass_obj
def import_cmd(
    obj: _Obj,
    path: str,
    fmt: str | None,
    text_column: str,
    id_column: str,
    verdict_column: str,
    speaker_column: str,
    url_column: str,
    date_column: str,
    headline_column: str,
) -> None:
    """Bring in earlier fact-checked claims (JSONL, CSV/TSV, ClaimReview); verdicts map to statuses."""
    from tracker.importing import Columns

    with _errors():
        if fmt == "corrections":
            _import_corrections(obj, path)
            return
        columns = Columns(
            text_column,
            id_column,
            verdict_column,
            speaker_column,
            url_column,
            date_column,
            headline_column,
        )
        report = obj.workspace(create=True).import_archive(path, columns, fmt)
        for bad in report.bad:
            click.echo(f"tracker: skipped {safe_line(str(bad))}", err=True)
        if report.already:
            click.echo(f"{safe_line(path)}: already imported; nothing added")
        else:
            click.echo(
                f"{report.imported} claim(s) imported from {safe_line(path)} "
                f"({report.with_verdict} with a verdict), {len(report.bad)} bad row(s) skipped"
                + (f", {report.duplicates} already imported" if report.duplicates else "")
            )
        if report.bad:
            sys.exit(1)


def _import_corrections(obj: _Obj, path: str) -> None:
    from tracker.limits import ENV
    from tracker.readers import read_bounded

    try:
        if path == "-":
            text = sys.stdin.read()
        else:  # bounded as an archive is: a device or a huge file is refused unread
            data, problem = read_bounded(Path(path), limits().import_bytes, ENV["import_bytes"])
            if data is None:
                raise TrackerError(f"{path}: {problem}")
            text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrackerError(
            f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    report = obj.workspace().import_corrections(text.splitlines(), by=obj.by)
    for n, why in report.bad:
        click.echo(f"tracker: skipped {safe_line(path)}:{n}: {safe_line(why)}", err=True)
    click.echo(
        f"{report.applied} correction(s) applied, {report.unchanged} already present, "
        f"{len(report.bad)} line(s) skipped"
    )
    if report.bad:
        sys.exit(1)


@cli.command()
@click.option(
    "--by", "by", metavar="NAME", help="Whose last change (default: the acting reviewer)."
)
@click.pass_obj
def undo(obj: _Obj, by: str | None) -> None:
    """Revert your last change (a mark, note or evidence link); the undo is itself logged."""
    with _errors():
        for e in obj.workspace().undo(by=by or obj.by):
            click.echo(
                f"#{e.seq} undo of #{e.data.get('undoes')} ({e.data.get('undone_action')}) on {e.claim_id or e.article_id}"
            )


@cli.group(invoke_without_command=True)
@click.option("--claim", "claim_id", help="Only events about this claim.")
@click.option("--actor", help="Only events by this person.")
@click.option("--since", help="Only events on or after this date (YYYY-MM-DD or ISO time).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit(
    ctx: click.Context, claim_id: str | None, actor: str | None, since: str | None, as_json: bool
) -> None:
    """List the audit log (or `audit verify`, `audit export`)."""
    if ctx.invoked_subcommand is not None:
        return
    with _errors():
        ws: Workspace = ctx.obj.workspace()
        cid = ws.resolve_id(claim_id) if claim_id else None
        for e in ws.history(cid, actor=actor, since=_since(since)):
            if as_json:
                _echo_json(e.to_dict())
            else:
                target = e.claim_id or e.article_id or ""
                change = f" {e.before} -> {e.after}" if e.action == "status.changed" else ""
                if e.data.get("change"):
                    change = f" {e.data['change']}"
                click.echo(
                    f"#{e.seq:<5} {e.time}  {safe_line(e.actor):<12} {e.action:<16} {target}{safe_line(change)}"
                )


@audit.command()
@click.option(
    "--anchor",
    "anchors",
    multiple=True,
    metavar="FILE",
    help="Also prove the log extends every checkpoint in FILE (repeatable).",
)
@click.pass_obj
def verify(obj: _Obj, anchors: tuple[str, ...]) -> None:
    """Recompute the hash chain; exit 1 and name the first broken event if it was tampered with."""
    from tracker.anchor import verify_anchors

    with _errors():
        ws = obj.workspace()
        result = ws.verify_audit()
        if not result.ok:
            _fail(f"audit log broken: {result.message}")
        if anchors:
            events = list(ws.store.raw("audit").values())
            ok, lines = verify_anchors([Path(a) for a in anchors], events)
            for line in lines:
                click.echo(safe_line(line), err=not ok)
            if not ok:
                _fail("audit log does not extend every checkpoint")
        click.echo(result.message)


@audit.command()
@click.option(
    "-o", "--output", "output", metavar="FILE", help="Append the checkpoint to FILE as well."
)
@click.pass_obj
def anchor(obj: _Obj, output: str | None) -> None:
    """Sign the log's head with the desk key and print the checkpoint (keep it elsewhere)."""
    from tracker.anchor import append_checkpoint, make_checkpoint

    with _errors():
        ws = obj.workspace()
        result = ws.verify_audit()
        if not result.ok:
            _fail(f"audit log broken, not anchoring it: {result.message}")
        checkpoint = make_checkpoint(list(ws.store.raw("audit").values()))
        if output:
            append_checkpoint(Path(output), checkpoint, protected=[ws.path])
        _echo_json(checkpoint)


@audit.command(name="export")
@click.option(
    "--format", "fmt", type=click.Choice(AUDIT_FORMATS), default="jsonl", show_default=True
)
@click.option(
    "-o", "--output", "output", metavar="FILE", help="Write here (atomically) instead of stdout."
)
@_FORCE
@click.pass_obj
def audit_export(obj: _Obj, fmt: str, output: str | None, force: bool) -> None:
    """Export the whole audit log as JSON Lines or CSV."""
    with _errors():
        ws = obj.workspace()
        events = ws.history()
        with _output(output, ws.path, force) as out:
            n = write_audit(events, out, fmt)
        if output:
            click.echo(f"{n} event(s) written to {safe_line(output)}", err=True)


# Corrections live in their own module; they use the helpers above.
from tracker.cli_corrections import COMMANDS  # noqa: E402

for _command in COMMANDS:
    cli.add_command(_command)
cli.add_command(worth_cmd)

from tracker.cli_store import COMMANDS as STORE_COMMANDS  # noqa: E402

for _command in STORE_COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point: never lets a traceback reach the user."""
    try:
        cli.main(prog_name="tracker", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("tracker: interrupted", err=True)
        sys.exit(130)
    except TrackerError as exc:  # raised while options were read (a bad TRACKER_MAX_* value)
        _fail(str(exc), exc.exit_code)
    except Exception as exc:  # the last line of defence: one line, not a traceback
        click.echo(
            f"tracker: internal error: {safe_line(type(exc).__name__)}: {safe_line(str(exc))}",
            err=True,
        )
        sys.exit(1)
