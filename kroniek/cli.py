"""The kroniek command line: a thin layer over :mod:`kroniek.chronicle`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .readers import DEFAULT_MAX_MB, count_articles, read_articles

err = Console(stderr=True)

EPILOG = """\b
Examples:
  kroniek extract examples/ -o out.jsonl      # one JSON record per article
  cat article.txt | kroniek extract -         # seed text or JSONL on stdin
  kroniek ingest examples/ --db kroniek.db    # store in SQLite (idempotent)
  kroniek show --kind capture --since 2024-01-01
  kroniek export --format acled-csv -o events.csv
"""


def _progress(enabled: bool) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[current]}"), TimeElapsedColumn(),
                    console=err, disable=not enabled, transient=False)


def _articles_with_progress(paths, max_mb, progress, description):
    """Stream the articles; count them first (cheaply) so the bar has a total."""
    task = progress.add_task(description, total=count_articles(paths), current="")
    return read_articles(paths, max_mb=max_mb), task


def _interrupted(summary) -> None:
    err.print(f"[red]interrupted[/] after {summary.articles} articles; everything finished so far is kept. "
              "Re-run the same command to complete (add --skip-existing to resume faster).")
    sys.exit(130)


def _report(summary) -> None:
    processed = summary.articles - summary.failed - summary.skipped
    err.print(f"[bold]{summary.articles}[/] articles: [green]{processed} processed[/], "
              + (f"{summary.skipped} unchanged and skipped, " if summary.skipped else "")
              + f"[red]{summary.failed} failed[/], {summary.with_errors} with warnings")
    for msg in summary.messages[:50]:
        err.print(f"  [yellow]•[/] {msg}", highlight=False)
    if len(summary.messages) > 50:
        err.print(f"  … and {len(summary.messages) - 50} more")


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kroniek")
def main() -> None:
    """kroniek: Dutch conflict news in, a sourced, dated, geocoded chronicle out.

    Input is seed-format text files (an optional first line `date YYYY-MM[-DD]`),
    directories of them, JSON Lines ({"id","text","date","url","title"} per line),
    or "-" for stdin.
    """


@main.command(epilog=EPILOG)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write JSON Lines here (default: stdout).")
@click.option("--lang", default="nl", show_default=True, help="Language of the articles.")
@click.option("--max-mb", default=DEFAULT_MAX_MB, show_default=True, help="Size limit of one article.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
def extract(paths, output, lang, max_mb, progress) -> None:
    """Write one JSON record per article, in input order.

    Exit status 1 when any article failed; its record still appears, with `errors`.
    """
    from .chronicle import Chronicle, Summary

    chron = Chronicle(lang)
    summary = Summary()
    show = err.is_terminal if progress is None else progress
    try:
        with _progress(show) as bar:
            arts, task = _articles_with_progress(paths, max_mb, bar, "extract")
            for art, rec in chron.extract(arts):
                output.write(json.dumps(rec, ensure_ascii=False) + "\n")
                summary.add(rec, art.failed)
                bar.update(task, advance=1, current=art.origin[-40:])
    except KeyboardInterrupt:
        output.flush()
        _interrupted(summary)
    output.flush()
    _report(summary)
    sys.exit(0 if summary.ok else 1)


@main.command(epilog=EPILOG)
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="kroniek.db", show_default=True, help="SQLAlchemy URL or SQLite file.")
@click.option("--lang", default="nl", show_default=True)
@click.option("--max-mb", default=DEFAULT_MAX_MB, show_default=True, help="Size limit of one article.")
@click.option("--skip-existing", is_flag=True, help="Skip articles already stored with the same text.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
def ingest(paths, db, lang, max_mb, skip_existing, progress) -> None:
    """Extract and store articles; re-running replaces, never duplicates.

    Each article is stored in its own transaction, so an interrupted run keeps
    what it finished and a re-run completes the rest.
    """
    from .chronicle import Chronicle

    chron = Chronicle(lang, db=db)
    show = err.is_terminal if progress is None else progress
    from .chronicle import Summary

    summary = Summary()
    try:
        with _progress(show) as bar:
            arts, task = _articles_with_progress(paths, max_mb, bar, "ingest")
            summary = chron.ingest(arts, skip_existing=skip_existing, summary=summary,
                                   on_record=lambda a, r: bar.update(task, advance=1, current=a.origin[-40:]))
    except KeyboardInterrupt:
        _interrupted(summary)
    _report(summary)
    counts = chron.store.counts()
    err.print(f"store {chron.store.url}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    sys.exit(0 if summary.ok else 1)


def _existing_store(db: str):
    """Open a store for reading; a mistyped SQLite path is an error, not a new empty database."""
    from .errors import Errors
    from .store import Store

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error:[/] {Errors.E031.format(path=db)}", highlight=False)
        sys.exit(2)
    return Store(db)


def _fmt_when(e: dict) -> str:
    if not e.get("earliest"):
        return "?"
    return e["earliest"] if e["earliest"] == e["latest"] else f"{e['earliest']}…{e['latest']}"


def _fmt_place(e: dict) -> str:
    if not e.get("place_name"):
        return ""
    return f"{e['place_name']} ({e['country']})" if e.get("country") else e["place_name"]


EVENT_FILTERS = (
    ("--kind", {"help": "Only events of this kind (capture, territory_gain, ...)."}),
    ("--place", {"help": "Only events at this place (English name, e.g. Bakhmut)."}),
    ("--country", {"help": "Only events in this country (ISO code, e.g. UA)."}),
    ("--since", {"help": "Only events that may fall on or after this date (YYYY-MM-DD)."}),
    ("--until", {"help": "Only events that may fall on or before this date (YYYY-MM-DD)."}),
    ("--source", {"help": "Only events claimed by a source whose name contains this."}),
    ("--article", {"help": "Only events of this article id."}),
    ("--limit", {"type": int, "help": "At most this many events."}),
)


def event_filters(command):
    """The filters of the chronicle's events, shared by show and export (they reach Store.events)."""
    for name, kwargs in reversed(EVENT_FILTERS):
        command = click.option(name, **kwargs)(command)
    return command


def _evidence(r: dict, width: int = 160) -> Text:
    """The evidence sentence with the trigger in bold, shortened around it."""
    sentence, trigger = r.get("sentence") or "", r.get("text") or ""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return Text(f"{trigger or sentence[:width]}  [{r['article_id'][:18]}]")
    lo, hi = 0, len(sentence)
    if hi > width:  # shorten around the trigger
        lo = max(0, at - width // 2)
        hi = min(len(sentence), at + len(trigger) + width // 2)
    out = Text("…" if lo else "")
    out.append(sentence[lo:at])
    out.append(trigger, style="bold")
    out.append(sentence[at + len(trigger):hi] + ("…" if hi < len(sentence) else ""))
    out.append(f"  [{r['article_id'][:18]}]", style="dim")
    return out


@main.command(epilog=EPILOG)
@click.option("--db", default="kroniek.db", show_default=True, help="SQLAlchemy URL or SQLite file.")
@event_filters
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def show(db, fmt, **filters) -> None:
    """Print the chronicle: events in time order with place, figures, source and stance."""
    store = _existing_store(db)
    rows = store.events(**filters)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    figures = {}
    for q in store.quantities():
        figures.setdefault(q["article_id"], []).append(q)
    table = Table(title=f"kroniek — {len(rows)} events", show_lines=False)
    for col in ("when", "event", "place", "actors", "figures", "source (stance)", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        sent_figs = [q["text"] for q in figures.get(r["article_id"], [])
                     if r.get("sentence") and q["text"] and q["text"] in r["sentence"]]
        inferred = (r.get("actors_inferred") or "").split(",")
        # an actor the text does not name, filled in from the sides of the war, is shown in brackets
        actors = " → ".join(f"({x})" if role in inferred else x
                            for role, x in (("actor1", r.get("actor1")), ("actor2", r.get("actor2"))) if x)
        src = f"{r['source_name']} ({r['stance']})" if r.get("source_name") else "article"
        table.add_row(_fmt_when(r), r["kind"] or "", _fmt_place(r), actors, ", ".join(sent_figs), src,
                      _evidence(r))
    Console().print(table)


@main.command(epilog=EPILOG)
@click.option("--db", default="kroniek.db", show_default=True, help="SQLAlchemy URL or SQLite file.")
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl"]), required=True,
              help="acled-csv: ACLED's columns plus kroniek's; geojson: a FeatureCollection; jsonl: raw rows.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here (default: stdout).")
@event_filters
@click.option("--lang", default="nl", show_default=True, help="Language whose gazetteer names regions.")
def export(db, fmt, output, lang, **filters) -> None:
    """Export the chronicle's events for analysis: ACLED-style CSV, GeoJSON (QGIS, geopandas) or JSON Lines."""
    from .export import export as write

    rows = _existing_store(db).events(**filters)
    n = write(rows, fmt, output, lang)
    output.flush()
    err.print(f"exported {n} events as {fmt}")


if __name__ == "__main__":  # pragma: no cover
    main()
