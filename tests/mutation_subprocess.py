"""Mutants of code that runs in a child process (`kg serve`'s gateway and server start),
which mutmut cannot map to tests: mutmut's test selection records which tests call a
function in the test process only, so it calls these mutants "no tests".

This runs a seeded sample of them against the tests of that code, each mutant switched on
through MUTANT_UNDER_TEST in the environment the child `kg serve` inherits, and with
mutmut's mutated copy of the package first on PYTHONPATH. Run after `mutmut run` (which
writes mutants/), from the repository root:

    .venv/bin/python tests/mutation_subprocess.py [--sample N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
# Module prefix -> the tests that hold its promises.
TESTS = {"kg.sparql.serve.": ["tests/test_serve.py"], "kg.sparql.gateway.": ["tests/test_serve.py"]}


def untested_mutants() -> list[str]:
    listed = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    names = []
    for line in listed.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if status == "no tests" and name.startswith(tuple(TESTS)):
            names.append(name)
    return sorted(names)


def run(name: str, timeout: float) -> str:
    tests = next(t for prefix, t in TESTS.items() if name.startswith(prefix))
    env = dict(os.environ, MUTANT_UNDER_TEST=name, PYTHONPATH=str(MUTANTS))
    env.pop("CI", None)
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                               *tests], cwd=MUTANTS, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"  # a hang is caught too: the tests would not finish
    return "survived" if done.returncode == 0 else "killed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=180)
    args = parser.parse_args()
    names = untested_mutants()
    chosen = sorted(random.Random(args.seed).sample(names, min(args.sample, len(names))))
    results: dict[str, str] = {}
    started = time.time()
    for i, name in enumerate(chosen, 1):
        results[name] = run(name, args.timeout)
        print(f"{i}/{len(chosen)} {results[name]:8} {name}", flush=True)
    caught = sum(1 for r in results.values() if r != "survived")
    print(f"{caught} of {len(chosen)} sampled mutants caught ({len(names)} in all), "
          f"{time.time() - started:.0f} s")
    (MUTANTS / "subprocess-results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
