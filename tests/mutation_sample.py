"""A seeded sample of mutmut's mutants of the modules that hold the reliability promises, each
run against the tests that cover it: the mutation score in the README's Testing section.

Why not `mutmut run` alone: on this suite it cannot judge two groups and is too slow for the
rest. `kg serve`'s gateway and server start run in a child process, where mutmut's test
selection sees no calls ("no tests"); the remote-store client's tests start real SPARQL
servers; and most mutants of the build are covered by dozens of tests that each build a
graph, so running every mutant takes hours on two cores. So mutmut makes the mutants and
records which tests call which function (`mutmut run` writes mutants/ and its stats, then can
be stopped), and this runs a sample of each group: a mutant switched on through
MUTANT_UNDER_TEST in the environment (which a child `kg serve` inherits), mutmut's mutated
copy of the package first on PYTHONPATH, the covering tests fastest first (`-x`), or for the
server groups the server tests.

    .venv/bin/python tests/mutation_sample.py [--sample N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
# Group -> (mutated modules, test files for the groups mutmut cannot map; None: mutmut's map).
GROUPS = {
    "outputs, build, store": (("kg/atomic.py", "kg/outputs.py", "kg/build.py", "kg/sparql/store.py"), None),
    "record field rules": (("kg/records/fields.py",), None),
    "kg serve": (("kg/sparql/serve.py", "kg/sparql/gateway.py"), ["tests/test_serve.py"]),
    "remote stores": (("kg/sparql/push.py", "kg/sparql/endpoint.py"),
                      ["tests/test_remote_stores.py", "tests/test_endpoint_client.py"]),
}
MUTANT = re.compile(r"^mutants_(\w+)\['(\w+)'\] = ", re.M)


def mutants_of(path: str) -> list[str]:
    """Every mutant mutmut wrote for one module, by the name MUTANT_UNDER_TEST takes."""
    module = path.removesuffix(".py").replace("/", ".")
    text = (MUTANTS / path).read_text(encoding="utf-8")
    return sorted(f"{module}.{name}" for _, name in MUTANT.findall(text) if "__mutmut_" in name)


def covering_tests(name: str, stats: dict) -> list[str]:
    function = name.rsplit("__mutmut_", 1)[0]
    tests = stats["tests_by_mangled_function_name"].get(function, [])
    return sorted(tests, key=lambda t: (stats["duration_by_test"].get(t, 0.0), t))


def run(name: str, tests: list[str], timeout: float) -> str:
    if not tests:
        return "no tests"
    env = dict(os.environ, MUTANT_UNDER_TEST=name, PYTHONPATH=str(MUTANTS))
    env.pop("CI", None)
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                               "-p", "no:randomly", *tests], cwd=MUTANTS, env=env,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"  # a mutant that makes the tests hang is caught too
    return {0: "survived", 1: "killed"}.get(done.returncode, f"error {done.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=25, help="mutants per group")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--group", action="append", choices=list(GROUPS), help="only these groups")
    args = parser.parse_args()
    stats = json.loads((MUTANTS / "mutmut-stats.json").read_text(encoding="utf-8"))
    # Each outcome is kept as it comes, so a run stopped half-way goes on where it stopped.
    log = MUTANTS / "sample-results.jsonl"
    done = {}
    if log.exists():
        done = {r["mutant"]: r["outcome"] for r in map(json.loads, log.read_text().splitlines())}
    summary = []
    for group, (modules, files) in GROUPS.items():
        if args.group and group not in args.group:
            continue
        names = [n for m in modules for n in mutants_of(m)]
        chosen = sorted(random.Random(args.seed).sample(names, min(args.sample, len(names))))
        started, outcomes = time.time(), []
        for i, name in enumerate(chosen, 1):
            if name not in done:
                done[name] = run(name, files or covering_tests(name, stats), args.timeout)
                with log.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps({"mutant": name, "outcome": done[name]}) + "\n")
            outcomes.append(done[name])
            print(f"{group} {i}/{len(chosen)} {done[name]:8} {name}", flush=True)
        caught = sum(1 for r in outcomes if r in ("killed", "timeout"))
        summary.append(f"{group}: {caught} of {len(chosen)} caught (sampled from {len(names)} "
                       f"mutants), {time.time() - started:.0f} s")
    print("\n".join(summary))

if __name__ == "__main__":
    main()
