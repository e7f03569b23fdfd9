"""Every command explains itself with --help and an example."""

from __future__ import annotations

import pytest

from conftest import run_kg
from kg.cli import main


def test_top_level_help_lists_the_commands():
    result = run_kg("--help")
    assert result.exit_code == 0
    for name in ("build", "validate", "export", "synth"):
        assert f"  {name} " in result.stdout


@pytest.mark.parametrize("command", sorted(main.commands))
def test_command_help_has_an_example(command):
    result = run_kg(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"kg {command}" in result.stdout.split("Example:")[1]


def test_out_option_is_shared():
    for name in ("build", "export"):
        options = {o.name: o for o in main.commands[name].params}
        assert options["out"].opts == ["--out"]
        assert options["out"].default.name == "out"
