"""A small client for SPARQL 1.1 endpoints: the Protocol (queries, updates) and the Graph
Store HTTP Protocol (writing graphs), with credentials from the environment or ~/.netrc.

Credentials never come from the command line, where other users could read them in
the process list, nor from the URL: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, else the
netrc entry for the endpoint's host. They are sent only to that host (scheme, host and
port), by Basic or Digest as the server asks; a redirect elsewhere goes without them.
"""

from __future__ import annotations

import base64
import html.parser
import http.client
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import KgError


class EndpointError(KgError):
    """The endpoint could not be reached or refused the request.

    `retryable`: a connection refused or cut, or a 5xx answer, which a second try may
    get past; `status` is the HTTP status when the server answered.
    """

    exit_code = 2

    def __init__(self, message: str, retryable: bool = False, status: int | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.status = status


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict  # names in lower case


def check_url(url: str) -> urllib.parse.SplitResult:
    """The URL split, or EndpointError for one kg cannot use (the message never shows a
    password written in it)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as e:
        raise EndpointError(f"{url!r} is not a URL ({e})") from None
    shown = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{shown!r} is not an http:// or https:// URL")
    if "@" in parts.netloc:
        raise EndpointError(
            f"{shown} has credentials written in it; they are not used. Put them in "
            f"KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or in ~/.netrc "
            f"(machine {parts.hostname} login NAME password SECRET)")
    try:
        parts.port
    except ValueError:
        port = parts.netloc.rpartition(":")[2]
        raise EndpointError(f"{shown}: the port {port!r} is not a number") from None
    if not parts.hostname:
        raise EndpointError(f"{shown} has no host name")
    return parts


def credentials(url: str) -> tuple[str, str] | None:
    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    if user and password is not None:
        return user, password
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        found = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    if found and found[0] is not None:
        return found[0], found[2] or ""
    return None


def origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


class _Basic(urllib.request.HTTPBasicAuthHandler):
    """Basic that, once the server has accepted it (any answer but 401, such as the 404 of
    the push's probe), goes with the first try of every later request to that origin: a
    large body is then not sent to be refused (urllib remembers only a 2xx). Only Basic
    that was asked for: a Digest server never gets the password in the clear."""

    def http_response(self, req, response):  # noqa: ANN001 - urllib's signature
        sent = req.get_header(self.auth_header) or ""
        if response.code != 401 and sent.startswith("Basic "):
            # For the whole origin: the password is registered for it, not for one path.
            self.passwd.update_authenticated(origin(req.full_url), True)
            return response
        return super().http_response(req, response)

    https_response = http_response


class _Digest(urllib.request.HTTPDigestAuthHandler):
    """Digest that answers later requests from the server's last challenge, so that each
    batch of a push is sent once rather than once refused and once again."""

    challenge: dict | None = None

    def retry_http_digest_auth(self, req, auth):  # noqa: ANN001 - urllib's signature
        self.challenge = urllib.request.parse_keqv_list(
            filter(None, urllib.request.parse_http_list(auth.split(" ", 1)[1])))
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req):  # noqa: ANN001
        # get_authorization finds no password for another host: nothing is added there.
        if self.challenge is not None and not req.has_header(self.auth_header):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header(self.auth_header, f"Digest {answer}")
        return req

    https_request = http_request


# One opener per origin and user, kept for the process: it remembers that Basic worked
# (then sends it with the first try) and the last Digest challenge.
_OPENERS: dict[tuple, urllib.request.OpenerDirector] = {}


def opener(url: str) -> urllib.request.OpenerDirector:
    auth = credentials(url)
    key = (origin(url), auth)
    if key not in _OPENERS:
        handlers = []
        if auth:
            # Handlers add the Authorization header as "unredirected": urllib does not copy
            # it to a redirected request, and the password is only found for this origin.
            manager = urllib.request.HTTPPasswordMgrWithPriorAuth()
            manager.add_password(None, origin(url), auth[0], auth[1])
            handlers = [_Basic(manager), _Digest(manager)]
        _OPENERS[key] = urllib.request.build_opener(*handlers)
    return _OPENERS[key]


class _Text(html.parser.HTMLParser):
    """The text of an HTML page, without its head, scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag in ("head", "script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in ("head", "script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):  # noqa: ANN001
        if not self.skip:
            self.parts.append(data)


def error_detail(body: bytes, content_type: str, limit: int = 300) -> str:
    """What an error answer says, in one line: the text of an HTML page, not its markup."""
    text = body.decode("utf-8", "replace")
    if "html" in content_type or text.lstrip()[:1] == "<":
        parser = _Text()
        parser.feed(text)
        text = " ".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # Error pages repeat the status as a heading: keep what follows it.
    words = " ".join(line for line in lines
                     if line and not re.search(r"HTTP/1\.[01] \d{3}", line))
    return words[:limit] + ("..." if len(words) > limit else "")


def redact(message: str, url: str) -> str:
    """The message with the password and its Basic token taken out, wherever a server
    (or a library) echoed them."""
    auth = credentials(url)
    if not auth or not auth[1]:
        return message
    token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
    for secret in (token, auth[1]):
        message = message.replace(secret, "***")
    return message


def request(method: str, url: str, body: bytes | None = None, headers: dict | None = None,
            timeout: float = 10.0) -> Response:
    """One HTTP request; EndpointError for a refused connection, a timeout or a 4xx/5xx."""
    check_url(url)
    req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    try:
        try:
            with opener(url).open(req, timeout=timeout) as answer:
                return Response(answer.status, answer.headers.get("Content-Type", ""),
                                answer.read(),
                                {k.lower(): v for k, v in answer.headers.items()})
        except urllib.error.HTTPError as e:
            detail = error_detail(e.read(), e.headers.get("Content-Type", "") if e.headers else "")
            raise EndpointError(f"{url} answered {e.code} {e.reason}"
                                + (f": {detail}" if detail else ""),
                                retryable=e.code >= 500, status=e.code) from None
        except urllib.error.URLError as e:
            # Raised while connecting or sending: the server was not reached, or did not
            # take the request.
            reason = e.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise EndpointError(f"cannot reach {url}: no connection within {timeout:g} s",
                                    retryable=True) from None
            raise EndpointError(f"cannot reach {url}: {getattr(reason, 'strerror', None) or reason}",
                                retryable=True) from None
        except (TimeoutError, socket.timeout):
            # Raised while waiting for the answer: the server took the request and is silent.
            raise EndpointError(f"{url} did not answer within {timeout:g} s (raise --timeout "
                                "to wait longer)") from None
        except (http.client.RemoteDisconnected, ConnectionError) as e:
            raise EndpointError(f"{url} closed the connection without a complete answer "
                                f"({type(e).__name__})", retryable=True) from None
        except (http.client.HTTPException, OSError) as e:
            raise EndpointError(f"{url}: {type(e).__name__}: {e}", retryable=True) from None
        except ValueError as e:
            # urllib's Basic handler refuses a challenge in a scheme it does not know.
            raise EndpointError(f"{url} asked for credentials kg cannot give: {e}",
                                status=401) from None
    except EndpointError as e:
        raise EndpointError(redact(str(e), url), e.retryable, e.status) from None


def with_retries(call, attempts: int = 3, pause: float = 0.5):
    """Run `call()`, trying again after a connection failure or a 5xx answer."""
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except EndpointError as e:
            if not e.retryable or attempt == attempts:
                raise
            time.sleep(pause * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


def sparql_query(endpoint: str, query: str, accept: str, timeout: float,
                 graph: str | None = None) -> Response:
    """POST a query as an HTML form (the most widely supported Protocol binding); `graph`
    is sent as default-graph-uri, the graph the query reads as its default graph."""
    fields = {"query": query}
    if graph is not None:
        fields["default-graph-uri"] = graph
    body = urllib.parse.urlencode(fields).encode("utf-8")
    return request("POST", endpoint, body, {
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, timeout)


def sparql_update(endpoint: str, update: str, timeout: float) -> Response:
    """POST a SPARQL 1.1 Update as an HTML form."""
    body = urllib.parse.urlencode({"update": update}).encode("utf-8")
    return request("POST", endpoint, body, {
        "Content-Type": "application/x-www-form-urlencoded"}, timeout)


def cut_at(headers: dict) -> int | None:
    """The row limit a server says it applied (Virtuoso: X-SPARQL-MaxRows), or None."""
    value = headers.get("x-sparql-maxrows")
    if value is None:
        return None
    found = re.search(r"\d+", value)
    return int(found.group(0)) if found else 0
