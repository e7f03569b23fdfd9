"""What the benchmark scripts share: running one kg command in a fresh process and
reading back its own wall time and peak memory (max RSS)."""

from __future__ import annotations

import json
import subprocess
import sys

# Triples per synthetic event of `kg synth`, shortcuts included (measured: 3300 events ->
# 1,129,443 triples), so a benchmark's "1M" is a graph of about a million triples.
TRIPLES_PER_EVENT = 342

CHILD = """
import json, resource, sys, time
from kg.cli import main
started = time.perf_counter()
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print(json.dumps({"seconds": time.perf_counter() - started,
                      "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}),
          file=sys.stderr)
"""


def run_measured(*args: str, check: bool = True, timeout: float | None = None) -> tuple[dict, str]:
    """Run `kg ARGS` in a fresh process: ({seconds, peak_mib}, its standard output)."""
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          timeout=timeout)
    if check and done.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stderr.strip().splitlines()[-1]), done.stdout
