"""The package's layout keeps the data flow one way: records -> rdf -> sparql -> analysis -> page.

A stage may import the shared modules (errors, atomic) and the stages before it, never one
after it; the command layer (cli, build) sits on top of all of them.
"""

from __future__ import annotations

import ast

from conftest import ROOT

# Stage -> its rank in the flow; identity and drafting sit beside the records.
RANK = {"errors": 0, "atomic": 0, "ontology_files": 0, "project": 0, "outputs": 0,
        "records": 1, "identity": 2, "draft": 3, "rdf": 4, "sparql": 5, "analysis": 6, "page": 7,
        "build": 8, "cli": 9}


def stage_of(module: str) -> str:
    """'kg.records.model' -> 'records'; 'kg.cli' -> 'cli'."""
    return module.split(".")[1]


def imported_stages(path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg."):
            found.add(stage_of(node.module))
        elif isinstance(node, ast.Import):
            found.update(stage_of(a.name) for a in node.names if a.name.startswith("kg."))
    return found


def test_no_stage_imports_a_later_stage():
    wrong = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        parts = path.relative_to(ROOT / "kg").with_suffix("").parts
        own = parts[0]
        if own == "__init__":
            continue
        for stage in imported_stages(path):
            assert stage in RANK, f"{path}: imports kg.{stage}, a stage this test does not know"
            if RANK[stage] > RANK[own]:
                wrong.append(f"{path.relative_to(ROOT)} imports kg.{stage}")
    assert wrong == []


def test_every_stage_package_says_what_enters_and_leaves():
    for package in ("records", "identity", "draft", "rdf", "sparql", "analysis", "page"):
        doc = ast.get_docstring(ast.parse((ROOT / "kg" / package / "__init__.py").read_text()))
        assert doc and "Enters:" in doc and "Leaves:" in doc, package


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "kg").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}
