"""`kg serve`'s front: a small HTTP server before the Oxigraph server, on the address users see.

Why not expose the Oxigraph server itself:
- its bundled query page asks prefix.cc for prefixes (a request off this machine); the
  gateway serves kg's own query page, which loads nothing from anywhere;
- it checks no Host header (DNS rebinding reaches loopback) and no Origin (a foreign page
  could POST an update to a writable server); the gateway refuses both;
- it serves the store it was started on: after a rebuild that store is the previous
  generation. The gateway starts a server on the new generation, sends new requests to
  it and stops the old one, so no request meets an error or a mix of two graphs.
"""

from __future__ import annotations

import http.client
import http.server
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from kg import outputs
from kg.sparql.serve import Server, free_port, start_server
from kg.sparql.store import store_path

# Paths forwarded to the Oxigraph server; the update and Graph Store paths only when writable.
READ_PATHS = ("/query",)
WRITE_PATHS = ("/update", "/store")
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade",
               "proxy-authorization", "proxy-authenticate", "host", "content-length"}


@dataclass
class Backend:
    server: Server
    generation: str | None
    users: int = 0


@dataclass
class Gateway:
    out: Path
    host: str
    port: int
    writable: bool
    query_timeout: float | None
    backend: Backend | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    httpd: http.server.ThreadingHTTPServer | None = None
    stopping: threading.Event = field(default_factory=threading.Event)
    switches: list[str] = field(default_factory=list)  # generations served, in order

    @property
    def url(self) -> str:
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{shown}:{self.port}/"

    def start(self) -> None:
        self.backend = self._start_backend()
        handler = type("Handler", (_Handler,), {"gateway": self})
        self.httpd = http.server.ThreadingHTTPServer((self.host, self.port), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        threading.Thread(target=self._follow, daemon=True).start()

    def _start_backend(self) -> Backend:
        generation = outputs.current_generation(self.out)
        server = start_server(store_path(self.out), host="127.0.0.1", port=free_port(),
                              writable=self.writable, query_timeout=self.query_timeout)
        name = generation.name if generation else None
        self.switches.append(name or "(no generation)")
        return Backend(server, name)

    def _follow(self) -> None:
        """Move to the current generation when a build switches it."""
        while not self.stopping.wait(0.5):
            generation = outputs.current_generation(self.out)
            if generation is None or self.backend is None or generation.name == self.backend.generation:
                continue
            try:
                new = self._start_backend()
            except Exception:  # noqa: BLE001 - keep serving the old one; try at the next look
                continue
            with self.lock:
                old, self.backend = self.backend, new
            threading.Thread(target=self._retire, args=(old,), daemon=True).start()

    def _retire(self, backend: Backend, grace: float = 30) -> None:
        deadline = time.monotonic() + grace
        while backend.users and time.monotonic() < deadline:
            time.sleep(0.05)
        backend.server.stop()

    def acquire(self) -> Backend:
        with self.lock:
            self.backend.users += 1
            return self.backend

    def release(self, backend: Backend) -> None:
        with self.lock:
            backend.users -= 1

    def stop(self) -> None:
        self.stopping.set()
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
        if self.backend is not None:
            self.backend.server.stop()

    def allowed_hosts(self) -> set[str]:
        names = {self.host, "localhost", "127.0.0.1", "[::1]"} if self.host in (
            "127.0.0.1", "localhost", "::1") else {self.host}
        shown = {f"[{n}]" if ":" in n and not n.startswith("[") else n for n in names}
        return {f"{n}:{self.port}" for n in shown}


class _Handler(http.server.BaseHTTPRequestHandler):
    gateway: Gateway
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"

    def log_message(self, *args) -> None:  # noqa: ANN002 - quiet, like the Oxigraph server
        pass

    def _refuse(self, code: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _checked(self) -> str | None:
        """The request's path when it may be answered; otherwise answer with a refusal."""
        if self.headers.get("Host", "") not in self.gateway.allowed_hosts():
            self._refuse(403, "this server answers only requests addressed to it by its own "
                              "address (Host header)")
            return None
        path = urlsplit(self.path).path
        # Reading a graph over the Graph Store Protocol (GET /store) is a read, as in Oxigraph.
        if path.startswith(WRITE_PATHS) and not (path.startswith("/store") and self.command == "GET"):
            if not self.gateway.writable:
                self._refuse(403, "this endpoint is read-only; start it with `kg serve --writable` "
                                  "to change the graph")
                return None
            origin = self.headers.get("Origin")
            if origin is not None and origin != f"http://{self.headers['Host']}":
                self._refuse(403, f"a change from another site ({origin}) is refused")
                return None
        return path

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self._checked()
        if path is None:
            return
        if path == "/":
            body = resources.files("kg.sparql").joinpath("query-page.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; script-src 'unsafe-inline'; style-src "
                             "'unsafe-inline'; connect-src 'self'")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self._forward(path)

    def do_POST(self) -> None:  # noqa: N802
        path = self._checked()
        if path is not None:
            self._forward(path)

    do_PUT = do_DELETE = do_POST  # noqa: N815 - the Graph Store Protocol, when writable

    def _forward(self, path: str) -> None:
        if not path.startswith(READ_PATHS + WRITE_PATHS):
            self._refuse(404, f"no such page: {path} (the endpoint is /query)")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        backend = self.gateway.acquire()
        try:
            address = urlsplit(backend.server.url)
            connection = http.client.HTTPConnection(address.hostname, address.port, timeout=600)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
            connection.request(self.command, self.path, body=body, headers=headers)
            answer = connection.getresponse()
            data = answer.read()
        except OSError as e:
            self._refuse(502, f"the store's server did not answer: {e}")
            return
        finally:
            self.gateway.release(backend)
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_HEADERS:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        connection.close()


def serve_gateway(out: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                  query_timeout: float | None = None) -> Gateway:
    gateway = Gateway(out, host, port, writable, query_timeout)
    gateway.start()
    return gateway
