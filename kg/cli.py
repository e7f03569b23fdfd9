"""The `kg` command: click only. Each command parses, calls one library function, prints."""

from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

import click

from kg import __version__
from kg.errors import InvalidRecords, KgError, MissingGraph

DEFAULT_DATA = Path("data")


def out_option(f):
    """--out DIR: where `kg build` writes and where every other command finds the graph."""
    return click.option(
        "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
        show_default=True, envvar="KG_OUT",
        help="Directory of the built graph (env KG_OUT).")(f)


def data_dirs_argument(f):
    return click.argument("data_dirs", nargs=-1,
                          type=click.Path(path_type=Path), metavar="[DATA_DIR]...")(f)


def reports_errors(f):
    """Turn library errors into `Error: ...` lines and their exit codes; never a traceback."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except InvalidRecords as e:
            for problem in e.problems:
                click.echo(str(problem), err=True)
            n = len(e.problems)
            click.echo(f"Error: {n} problem{'s' if n != 1 else ''} in the records; "
                       "nothing was written.", err=True)
            sys.exit(e.exit_code)
        except KgError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(e.exit_code)
        except BrokenPipeError:
            # The reader (`| head`) has gone; say nothing more.
            sys.stderr.close()
            sys.exit(1)
        except OSError as e:
            click.echo(f"Error: {e.filename or ''}: {e.strerror or e}", err=True)
            sys.exit(2)

    return wrapper


class StageProgress:
    """Prints each build stage on stderr, with the time so far, when a person is watching."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.stage, self.started, self.counting = "", time.monotonic(), False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if stage != self.stage:
            if self.counting:
                click.echo(err=True)
            self.stage, self.counting = stage, False
            click.echo(f"[{time.monotonic() - self.started:5.1f} s] {stage}", err=True)
        if total > 100 and done % 100 == 0:
            self.counting = True
            click.echo(f"\r          {done:,}/{total:,} files", err=True, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of events where academia and industry meet.

    \b
    Example:
      kg build data/ && kg export --format jsonld -o kg.jsonld
    """


@main.command()
@data_dirs_argument
@out_option
@click.option("--shacl/--no-shacl", default=None,
              help="Check the graph against the ontology's SHACL shapes "
                   "[default: when the graph has at most 250,000 triples].")
@reports_errors
def build(data_dirs: tuple[Path, ...], out: Path, shacl: bool) -> None:
    """Build the graph from the records in DATA_DIR (default data/) into OUT/kg.ttl.

    Every record is read and checked first; if any is invalid, each problem is
    listed and nothing in OUT changes.

    \b
    Example:
      kg build data/ more-records/ --out out/
    """
    from kg.build import build as run_build

    started = time.monotonic()
    result = run_build(list(data_dirs) or [DEFAULT_DATA], out, shacl=shacl, progress=StageProgress())
    records = result.records
    sectors = ", ".join(f"{n} {s}" for s, n in sorted(result.sectors().items()))
    click.echo(f"people:        {len(records.people)}")
    click.echo(f"organisations: {len(records.organizations)} ({sectors})" if sectors
               else f"organisations: 0")
    click.echo(f"events:        {len(records.events)} "
               f"({sum(len(e.all_sessions()) for e in records.events.values())} sessions)")
    click.echo(f"triples:       {result.triples}")
    click.echo(f"SHACL:         {result.shacl}")
    for path in result.written:
        click.echo(f"wrote {path}")
    click.echo(f"built in {time.monotonic() - started:.1f} s", err=True)


@main.command()
@data_dirs_argument
@click.option("--shacl/--no-shacl", default=True, show_default=True,
              help="Also check the graph the records make against the SHACL shapes.")
@reports_errors
def validate(data_dirs: tuple[Path, ...], shacl: bool) -> None:
    """Check the records in DATA_DIR (default data/) and list every problem.

    Each problem is one line, `file:line: record: message`; SHACL violations are
    reported against the record they came from. Exit status: 0 valid, 1 invalid
    records, 2 files that cannot be read.

    \b
    Example:
      kg validate data/
    """
    from kg.build import check

    try:
        records, graph, _ = check(list(data_dirs) or [DEFAULT_DATA], shacl=shacl)
    except InvalidRecords as e:
        for problem in e.problems:
            click.echo(str(problem))
        n = len(e.problems)
        click.echo(f"{n} problem{'s' if n != 1 else ''} found.", err=True)
        sys.exit(e.exit_code)
    checked = "records and SHACL shapes" if shacl else "records"
    click.echo(f"valid: {records.count()} records, {len(graph.triples)} triples ({checked} checked)")


@main.command()
@out_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "jsonld", "rdfxml", "trig"]),
              default="turtle", show_default=True, help="RDF format to write.")
@click.option("--with-ontology", is_flag=True,
              help="Add the ontology's classes and properties (TriG: as a named graph).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@reports_errors
def export(out: Path, fmt: str, with_ontology: bool, output: Path | None) -> None:
    """Write the built graph (OUT/kg.ttl) in another RDF format.

    \b
    Example:
      kg export --format jsonld --with-ontology -o kg.jsonld
    """
    from kg.build import GRAPH_FILE
    from kg.serialize import export as run_export, export_to_path

    graph_file = out / GRAPH_FILE
    if not graph_file.is_file():
        raise MissingGraph(f"no built graph at {graph_file}; run `kg build` first")
    if output is None:
        run_export(graph_file, fmt, sys.stdout.buffer, with_ontology)
        sys.stdout.buffer.flush()
        return
    n = export_to_path(graph_file, fmt, output, with_ontology)
    click.echo(f"wrote {output} ({n} triples, {fmt})", err=True)


@main.command()
@click.argument("records_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--events", type=click.IntRange(min=1), default=10, show_default=True,
              help="Number of events to make.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same records).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), default="yaml", show_default=True,
              help="Record format to write.")
@reports_errors
def synth(records_dir: Path, events: int, seed: int, fmt: str) -> None:
    """Write synthetic records for benchmarks and tests into RECORDS_DIR.

    People and organisations recur across events with a heavy-tailed distribution,
    in several sectors, with parent organisations, sessions, roles and topics.

    \b
    Example:
      kg synth --events 200 --seed 1 /tmp/synth && kg build /tmp/synth --out /tmp/synth-out
    """
    from kg.synth import write_synthetic

    summary = write_synthetic(records_dir, events=events, seed=seed, fmt=fmt)
    click.echo(summary)
