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


def run_tree_measured(*args: str, code: str = CHILD, timeout: float | None = None) -> tuple[dict, str]:
    """Run `kg ARGS` (or other Python `code` with ARGS) in a fresh process and sample the
    memory of its whole process tree: ({seconds, peak_mib}, its standard output).

    The peak is the largest sum of the tree's proportional set sizes seen (every 0.1 s;
    PSS, so a child forked from the build does not count the pages it shares with it
    twice), or the process's own maximum RSS if higher (a peak between two samples). The
    time is the process's own, as `code` prints it on the last line of its standard error.
    """
    import tempfile
    import time

    import psutil

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=out, stderr=err)
        watched, peak = psutil.Process(child.pid), 0
        while child.poll() is None:
            try:
                tree = [watched, *watched.children(recursive=True)]
                peak = max(peak, sum(_pss(p) for p in tree))
            except psutil.Error:
                pass  # a process ended between listing and reading it
            if timeout is not None and time.perf_counter() - started > timeout:
                child.kill()
            time.sleep(0.1)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{stderr}")
    own = json.loads(stderr.strip().splitlines()[-1])
    return {"seconds": own["seconds"], "peak_mib": max(peak / 2**20, own["peak_mib"])}, stdout


def _pss(process) -> int:  # noqa: ANN001 - a psutil.Process
    """Proportional set size in bytes, from smaps_rollup (cheap) where Linux has it."""
    try:
        with open(f"/proc/{process.pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return process.memory_full_info().pss
