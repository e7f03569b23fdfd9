"""Commands on records: build, validate, synth."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from kg.cli.common import (DEFAULT_DATA, StageProgress, base_option, data_dirs_argument,
                           out_option, reports_errors)
from kg.errors import InvalidRecords

@click.command()
@data_dirs_argument
@out_option
@click.option("--shacl/--no-shacl", default=True, show_default=True,
              help="Check the graph against the ontology's SHACL shapes (with pySHACL up to "
                   "250,000 triples, above that as SPARQL queries on the store).")
@base_option
@reports_errors
def build(data_dirs: tuple[Path, ...], out: Path, shacl: bool, base: str | None) -> None:
    """Build the graph from the records in DATA_DIR (default data/) into OUT/kg.ttl.

    Every record is read and checked first; if any is invalid, each problem is
    listed and nothing in OUT changes.

    \b
    Example:
      kg build data/ more-records/ --out out/
    """
    from kg.build import build as run_build

    started = time.monotonic()
    result = run_build(list(data_dirs) or [DEFAULT_DATA], out, shacl=shacl, progress=StageProgress(),
                       base=base)
    sectors = ", ".join(f"{n} {s}" for s, n in sorted(result.sectors.items()))
    click.echo(f"people:        {result.people}")
    click.echo(f"organisations: {result.organizations} ({sectors})" if sectors
               else "organisations: 0")
    sessions = result.sessions
    click.echo(f"events:        {result.events} ({sessions} session{'s' if sessions != 1 else ''})")
    click.echo(f"triples:       {result.triples}")
    click.echo(f"SHACL:         {result.shacl}")
    for path in result.written:
        click.echo(f"wrote {path}")
    click.echo(f"built in {time.monotonic() - started:.1f} s", err=True)


@click.command()
@data_dirs_argument
@click.option("--shacl/--no-shacl", default=True, show_default=True,
              help="Also check the graph the records make against the SHACL shapes.")
@base_option
@reports_errors
def validate(data_dirs: tuple[Path, ...], shacl: bool, base: str | None) -> None:
    """Check the records in DATA_DIR (default data/) and list every problem.

    Each problem is one line, `file:line: record: message`; SHACL violations are
    reported against the record they came from. Likely duplicate people or
    organisations are warnings, one line each (see `kg duplicates`). Exit status:
    0 valid (warnings or not), 1 invalid records, 2 files that cannot be read.

    \b
    Example:
      kg validate data/
    """
    from kg.build import check

    try:
        records, graph, _ = check(list(data_dirs) or [DEFAULT_DATA], shacl=shacl, base=base)
    except InvalidRecords as e:
        for problem in e.problems:
            click.echo(str(problem))
        n = len(e.problems)
        click.echo(f"{n} problem{'s' if n != 1 else ''} found.", err=True)
        sys.exit(e.exit_code)
    from kg.identity.report import duplicate_warnings

    for warning in duplicate_warnings(records):
        click.echo(str(warning))
    checked = "records and SHACL shapes" if shacl else "records"
    click.echo(f"valid: {records.count()} records, {len(graph.lines)} triples ({checked} checked)")


@click.command()
@click.argument("records_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--events", type=click.IntRange(min=1), default=10, show_default=True,
              help="Number of events to make.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same records).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), default="yaml", show_default=True,
              help="Record format to write.")
@click.option("--variants", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Fraction of people recorded a second time under another form of their name "
                   "(order, case, Han characters, tones, initials, honorifics, accents, "
                   "spelling), with the pairs in identity-truth.json.")
@reports_errors
def synth(records_dir: Path, events: int, seed: int, fmt: str, variants: float) -> None:
    """Write synthetic records for benchmarks and tests into RECORDS_DIR.

    People and organisations recur across events with a heavy-tailed distribution,
    in several sectors, with parent organisations, sessions, roles and topics.

    \b
    Example:
      kg synth --events 200 --seed 1 /tmp/synth && kg build /tmp/synth --out /tmp/synth-out
    """
    from kg.records.synth import write_synthetic

    summary = write_synthetic(records_dir, events=events, seed=seed, fmt=fmt, variants=variants)
    click.echo(summary)


@click.command()
@click.argument("records_dir", type=click.Path(file_okay=False, path_type=Path))
@reports_errors
def init(records_dir: Path) -> None:
    """Start a records folder: one commented example of each record file, ready to build.

    RECORDS_DIR must be new or empty. Replace the examples with your own records,
    keeping the ids that other records refer to in step.

    \b
    Example:
      kg init my-records && kg build my-records
    """
    from kg.records.starter import write_starter

    written = write_starter(records_dir)
    click.echo(f"wrote {len(written)} files to {records_dir} (example records and kg.toml):")
    for path in written:
        click.echo(f"  {path}")
    click.echo(f"Next: edit them (the record format, docs/records.md in kg's repository, describes every field), then run "
               f"`kg validate {records_dir}` and `kg build {records_dir}`.")

