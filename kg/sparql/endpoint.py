"""A small client for SPARQL 1.1 endpoints: the Protocol (queries) and the Graph Store
HTTP Protocol (writing graphs), with credentials from the environment or ~/.netrc.

Credentials never come from the command line, where other users could read them in
the process list: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, else the netrc entry for
the endpoint's host.
"""

from __future__ import annotations

import base64
import netrc
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import KgError


class EndpointError(KgError):
    """The endpoint could not be reached or refused the request."""

    exit_code = 2


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes


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


def request(method: str, url: str, body: bytes | None = None, headers: dict | None = None,
            timeout: float = 10.0) -> Response:
    """One HTTP request; EndpointError for a refused connection, a timeout or a 4xx/5xx."""
    headers = dict(headers or {})
    auth = credentials(url)
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return Response(answer.status, answer.headers.get("Content-Type", ""), answer.read())
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        raise EndpointError(f"{url} answered {e.code} {e.reason}"
                            + (f": {detail[0][:300]}" if detail else "")) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise EndpointError(f"cannot reach {url}: {reason}") from None


def with_retries(call, attempts: int = 3, pause: float = 0.5):
    """Run `call()`, trying again after a connection failure or a 5xx answer."""
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except EndpointError as e:
            retryable = "cannot reach" in str(e) or " answered 5" in str(e)
            if not retryable or attempt == attempts:
                raise
            time.sleep(pause * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


def sparql_query(endpoint: str, query: str, accept: str, timeout: float) -> Response:
    """POST a query as an HTML form (the most widely supported Protocol binding)."""
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    return request("POST", endpoint, body, {
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, timeout)
