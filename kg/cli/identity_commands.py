"""Commands on identity: duplicates."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import DEFAULT_DATA, data_dirs_argument, reports_errors


@click.command()
@data_dirs_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True, help="Output format.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="List pairs scoring at least this (0 to 1).")
@click.option("--kind", type=click.Choice(["person", "organization"]),
              help="Only people or only organisations [default: both].")
@reports_errors
def duplicates(data_dirs: tuple[Path, ...], fmt: str, min_score: float, kind: str | None) -> None:
    """List likely duplicate people and organisations in DATA_DIR (default data/).

    Each pair has a score in [0, 1] and its reasons, most likely first. Pairs the
    records decide (`same_as`, `distinct_from`) are left out.

    \b
    Example:
      kg duplicates data/ --kind person --format json
    """
    from kg.identity.pairs import KINDS
    from kg.identity.report import duplicates_in, formatted

    pairs = duplicates_in(list(data_dirs) or [DEFAULT_DATA], min_score, (kind,) if kind else KINDS)
    click.echo(formatted(pairs, fmt), nl=False)
    if fmt == "text":
        click.echo(f"{len(pairs)} likely duplicate pair{'s' if len(pairs) != 1 else ''}.", err=True)
