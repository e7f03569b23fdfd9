"""The package as a user installs it: the wheel carries the ontology, entry points import."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Build from a copy so the checkout gets no build/ or egg-info droppings.
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("kg", "ontology"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist),
                    str(src)], check=True, capture_output=True)
    (found,) = dist.glob("kg-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contains_the_ontology_files(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("kg.ttl", "concepts.ttl", "shapes.ttl"):
        assert f"kg/ontology_files/{name}" in names
    # what `kg init` writes, and the named queries and page template
    assert "kg/records/starter/events/example-forum-2026.yaml" in names
    assert "kg/records/starter/kg.toml" in names
    assert "kg/sparql/queries/event-participants.rq" in names
    assert "kg/page/templates/graph.html" in names


@pytest.mark.slow
def test_installed_wheel_reads_the_ontology_with_importlib_resources(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(target), str(wheel)], check=True, capture_output=True)
    code = ("import kg, kg.rdf.ontology as o; "
            "print(kg.__file__); print(len(o.graph(o.SHAPES_FILE)) > 50); "
            "print(o.read_text(o.ONTOLOGY_FILE).count('owl:Ontology'))")
    # Run outside the checkout, with the installed copy first on the path.
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=True)
    location, has_shapes, headers = done.stdout.split()
    assert location.startswith(str(target))
    assert has_shapes == "True" and headers == "1"


def test_every_console_script_imports():
    scripts = [ep for ep in entry_points(group="console_scripts") if ep.value.startswith("kg.")]
    assert [ep.name for ep in scripts] == ["kg"]
    for ep in scripts:
        module, _, attr = ep.value.partition(":")
        assert callable(getattr(importlib.import_module(module), attr))
