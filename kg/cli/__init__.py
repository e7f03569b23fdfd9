"""The `kg` command: click only. Each command parses, calls one library function, prints.

The commands live beside this file by the stage they work on; this module gathers them.
"""

from __future__ import annotations

import click

from kg import __version__
from kg.cli import (analysis_commands, draft_commands, graph_commands, identity_commands,
                    records_commands)
from kg.cli.common import StageProgress  # noqa: F401 - part of the library's surface


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of events where academia and industry meet.

    \b
    Example:
      kg build data/ && kg export --format jsonld -o kg.jsonld
    """


for module in (records_commands, identity_commands, draft_commands, graph_commands,
               analysis_commands):
    for command in vars(module).values():
        if isinstance(command, click.Command):
            main.add_command(command)
