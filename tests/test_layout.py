"""The package's layout keeps the data flow one way: records -> rdf -> sparql -> analysis -> page.

A stage may import the shared modules (errors, atomic) and the stages before it, never one
after it; the command layer (cli, build) sits on top of all of them.
"""

from __future__ import annotations

import ast
import subprocess
import sys

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


def test_kg_query_runs_without_rdflib():
    # rdflib takes about half of `kg query`'s start-up: the store-side commands read the
    # prefix table (kg.rdf.prefixes) as plain strings.
    code = ("import sys\nfrom click.testing import CliRunner\nfrom kg.cli import main\n"
            "result = CliRunner().invoke(main, ['query', '--list'])\n"
            "assert result.exit_code == 0 and 'shared-topics' in result.output, result.output\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rdflib'))\n")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert found.returncode == 0, found.stderr
    assert found.stdout == "[]\n"


def test_the_prefix_table_names_rdflibs_namespaces():
    from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

    from kg.rdf import prefixes, vocab

    assert {name: prefixes.COMMON_PREFIXES[name] for name in
            ("rdf", "rdfs", "xsd", "owl", "foaf", "org", "skos", "prov")} == {
        "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "foaf": str(FOAF),
        "org": str(ORG), "skos": str(SKOS), "prov": str(PROV)}
    assert (str(vocab.KG), str(vocab.KGO), str(vocab.SCHEMA)) == (prefixes.KG, prefixes.KGO, prefixes.SCHEMA)
