"""What a test needs from the machine (a browser, a server, a tool): outside CI a missing
one skips the test with the install line; under CI=true it fails, since CI installs all."""

from __future__ import annotations

import os

import pytest


def require(missing: str | None) -> None:
    """Go on when `missing` is None; else skip with it, or fail under CI=true."""
    if missing is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {missing}")
    pytest.skip(missing)
