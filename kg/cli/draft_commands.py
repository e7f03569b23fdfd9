"""Commands on event pages: draft."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import reports_errors


@click.command()
@click.argument("file", metavar="FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the draft to this YAML file [default: standard output].")
@click.option("--registry", "registry", type=click.Path(path_type=Path), multiple=True,
              metavar="DATA_DIR",
              help="Records whose people and organisations the draft reuses (their ids, "
                   "with the reason of each match); may be repeated.")
@click.option("--source-url", metavar="URL", help="The page's address, written in the source record.")
@reports_errors
def draft(file: str, output: Path | None, registry: tuple[Path, ...], source_url: str | None) -> None:
    """Draft records from an event page or news article in FILE ('-' reads stdin).

    FILE is plain UTF-8 text. The draft is one YAML file in the record format: the
    source, the event and its sessions, the people taking part with their posts and
    roles, and the organisations. Every fact carries a comment with the page line and
    words it came from; what kg read into the page is listed in `inferred:`. Review it,
    then move the records into your data folder (`kg validate` checks the draft as it is).

    \b
    Example:
      kg draft page.txt -o draft.yaml --registry data/
      kg validate data/ draft.yaml
    """
    from kg.draft.run import draft_file, save
    from kg.errors import KgError

    try:
        text, result = draft_file(file, url=source_url, registry_dirs=list(registry))
    except (KgError, OSError):
        raise  # kg's own errors and unreadable files: reported as every command reports them
    except Exception as failure:  # noqa: BLE001 - a page no pattern foresaw: one line, not a traceback
        raise click.ClickException(
            f"{file}: kg draft could not read this page ({type(failure).__name__}: {failure}); "
            "please report it with the page") from failure
    if output:
        save(text, output)
    else:
        click.echo(text, nl=False)
    reused = sum(1 for r in [*result.people.values(), *result.orgs.values()] if r.match)
    click.echo(f"drafted {len(result.people)} people, {len(result.orgs)} organisations, "
               f"{len(result.roles)} roles" + (f" ({reused} reused from the registry)" if registry else "")
               + (f" -> {output}" if output else ""), err=True)
