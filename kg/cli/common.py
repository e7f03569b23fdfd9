"""What the commands share: the options many take, turning errors into messages, progress."""

from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

import click

from kg.errors import InvalidRecords, KgError

DEFAULT_DATA = Path("data")


def out_option(f):
    """--out DIR: where `kg build` writes and where every other command finds the graph."""
    return click.option(
        "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
        show_default=True, envvar="KG_OUT",
        help="Directory of the built graph (env KG_OUT).")(f)


def base_option(f):
    """--base IRI: the namespace of the records' nodes, over the records' kg.toml."""
    return click.option(
        "--base", metavar="IRI",
        help="Namespace of the records' nodes (https://your.org/kg/); overrides the base in "
             "the records' kg.toml [default: https://w3id.org/kg/id/].")(f)


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


def open_in_browser(page: Path) -> None:
    import webbrowser

    url = page.resolve().as_uri()
    if not webbrowser.open(url):
        raise click.ClickException(f"no browser to open {url} with; open it by hand")
    click.echo(f"opened {url}", err=True)
