"""Reliability suite: a short version runs in CI; `-m long` (or RELIABILITY_LONG=1) runs the long one."""

from __future__ import annotations

import os

LONG = os.environ.get("RELIABILITY_LONG") == "1"


def trials(short: int, long: int) -> int:
    return long if LONG else short
