"""Serve the built store with the `oxigraph` server.

`kg serve` runs Oxigraph's own SPARQL 1.1 Protocol server (with its query page) on
out/store, read-only unless asked.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.sparql.endpoint import EndpointError, request
from kg.sparql.store import store_path


class ServerError(KgError):
    exit_code = 2


def oxigraph_binary() -> str:
    """The `oxigraph` server installed beside this Python (pip install oxigraph), or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the server process: ask Linux to stop it if kg is killed, so no server is orphaned."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Server:
    process: subprocess.Popen
    url: str  # the query page; the endpoint is url + "query"
    writable: bool

    @property
    def query_endpoint(self) -> str:
        return self.url + "query"

    def stop(self, timeout: float = 10) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(location: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                 query_timeout: float | None = None, wait: float = 20) -> Server:
    """Start `oxigraph serve-read-only` (or `serve`) on a store and wait until it answers."""
    if port == 0:
        port = free_port(host)
    command = [oxigraph_binary(), "serve" if writable else "serve-read-only",
               "--location", str(location), "--bind", f"{host}:{port}"]
    if query_timeout:
        command += ["--timeout-s", str(max(1, round(query_timeout)))]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=_die_with_parent)
    shown_host = f"[{host}]" if ":" in host else host
    server = Server(process, f"http://{shown_host}:{port}/", writable)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
            raise ServerError(f"the oxigraph server stopped at start: "
                              f"{message[-1] if message else f'exit status {process.returncode}'}")
        try:
            request("GET", server.url, timeout=1)
            return server
        except EndpointError:
            time.sleep(0.1)
    server.stop()
    raise ServerError(f"the oxigraph server did not answer on {server.url} within {wait:g} s")


def serve_store(out: Path, **options) -> Server:
    return start_server(store_path(out), **options)
