"""The mutants `mutmut run` cannot judge: code that runs in a child process (`kg serve`'s
gateway and server start; mutmut's test selection only sees calls in the test process, so
it calls them "no tests"), and the remote-store client (push, the endpoint client), whose
tests start real SPARQL servers, too slow to run once per mutant in mutmut's loop.

This runs a seeded sample of each group against the tests that hold its promises, each
mutant switched on through MUTANT_UNDER_TEST in the environment (which a child `kg serve`
inherits) with mutmut's mutated copy of the package first on PYTHONPATH. Run after
`mutmut run` (which writes mutants/), from the repository root:

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
# Group -> (module prefixes, the tests that hold their promises).
GROUPS = {
    "kg serve": (("kg.sparql.serve.", "kg.sparql.gateway."), ["tests/test_serve.py"]),
    "remote stores": (("kg.sparql.push.", "kg.sparql.endpoint."),
                      ["tests/test_remote_stores.py", "tests/test_endpoint_client.py"]),
}


def unjudged_mutants() -> dict[str, list[str]]:
    """Each group's mutants that mutmut left as "no tests" or that survived its run (which
    leaves out the server tests)."""
    listed = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    found: dict[str, list[str]] = {group: [] for group in GROUPS}
    for line in listed.splitlines():
        name, _, status = line.strip().rpartition(": ")
        for group, (prefixes, _) in GROUPS.items():
            if status in ("no tests", "survived") and name.startswith(prefixes):
                found[group].append(name)
    return {group: sorted(names) for group, names in found.items()}


def run(name: str, tests: list[str], timeout: float) -> str:
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
    parser.add_argument("--sample", type=int, default=25, help="mutants per group")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=180)
    args = parser.parse_args()
    results: dict[str, str] = {}
    for group, names in unjudged_mutants().items():
        tests = GROUPS[group][1]
        chosen = sorted(random.Random(args.seed).sample(names, min(args.sample, len(names))))
        started = time.time()
        for i, name in enumerate(chosen, 1):
            results[name] = run(name, tests, args.timeout)
            print(f"{group} {i}/{len(chosen)} {results[name]:8} {name}", flush=True)
        caught = sum(1 for name in chosen if results[name] != "survived")
        print(f"{group}: {caught} of {len(chosen)} sampled mutants caught ({len(names)} left "
              f"unjudged by mutmut), {time.time() - started:.0f} s", flush=True)
    (MUTANTS / "subprocess-results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
