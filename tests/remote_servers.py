"""Real remote stores for the tests and the push benchmark: Virtuoso (Debian's
virtuoso-opensource) and the Oxigraph server, each on free loopback ports with a
throwaway database directory.

Outside CI a missing server skips its tests with a line saying how to install it; under
CI=true it fails them (.ci/run installs both).
"""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.sparql.serve import free_port, oxigraph_binary, ServerError
from needs import require

INSTALL = {
    "virtuoso": "Virtuoso is not installed (virtuoso-t, isql-vt): "
                "apt-get install virtuoso-opensource",
    "oxigraph": "the oxigraph server is not installed: pip install -e '.[test]' (or make install)",
}


@dataclass
class RemoteStore:
    name: str
    base: str      # http://127.0.0.1:PORT
    store: str     # Graph Store Protocol URL
    query: str     # SPARQL query endpoint
    update: str    # SPARQL update endpoint
    process: subprocess.Popen
    directory: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _wait_for(url: str, process: subprocess.Popen, log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {process.returncode}):\n"
                               f"{log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"no answer from {url} within {seconds:g} s:\n"
                       f"{log.read_text(errors='replace')[-2000:]}")


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
TransactionAfterImageLimit = {after_image}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 120
"""


def virtuoso_missing() -> str | None:
    if shutil.which("virtuoso-t") and shutil.which("isql-vt"):
        return None
    return INSTALL["virtuoso"]


def start_virtuoso(directory: Path, max_rows: int = 10_000, buffers: int = 20_000,
                   after_image: int = 50_000_000) -> RemoteStore:
    """Virtuoso with its stock result limit, the unauthenticated Graph Store endpoint
    allowed to write (the one grant it needs) and dba/dba for the Digest endpoints.

    `after_image`: the most bytes one transaction may change (TransactionAfterImageLimit,
    50 MB by default), which a MOVE of a large graph goes above."""
    directory.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=directory, sql_port=sql_port, http_port=http_port,
                                       max_rows=max_rows, buffers=buffers,
                                       dirty=buffers * 3 // 4, after_image=after_image))
    log = directory / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)],
                                   cwd=directory, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    _wait_for(f"{base}/sparql?query=ASK%7B%7D", process, log, 90)
    grant = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba",
                            'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                           capture_output=True, text=True, timeout=60)
    if grant.returncode != 0 or "Error" in grant.stdout:
        process.kill()
        raise RuntimeError(f"isql-vt could not grant SPARQL_UPDATE:\n{grant.stdout}{grant.stderr}")
    return RemoteStore("virtuoso", base, f"{base}/sparql-graph-crud", f"{base}/sparql",
                       f"{base}/sparql", process, directory)


def oxigraph_missing() -> str | None:
    try:
        oxigraph_binary()
    except ServerError:
        return INSTALL["oxigraph"]
    return None


def start_oxigraph(directory: Path) -> RemoteStore:
    """A writable Oxigraph server: /store, /query, /update."""
    port = free_port()
    log = directory.parent / f"{directory.name}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(directory),
                                    "--bind", f"127.0.0.1:{port}"],
                                   stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    _wait_for(f"{base}/query?query=ASK%7B%7D", process, log, 30)
    return RemoteStore("oxigraph", base, f"{base}/store", f"{base}/query", f"{base}/update",
                       process, directory)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """One Virtuoso for the test session (it takes seconds to start)."""
    require(virtuoso_missing())
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_remote(tmp_path_factory):
    """One writable Oxigraph server for the test session."""
    require(oxigraph_missing())
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-remote") / "db")
    yield server
    server.stop()


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def remote(request):
    """Each remote store in turn."""
    return request.getfixturevalue("oxigraph_remote" if request.param == "oxigraph"
                                   else "virtuoso")
