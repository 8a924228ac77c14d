"""Reliability suite: a short version runs in CI; `-m long` (or RELIABILITY_LONG=1) runs the long one.

Every fault test reports what it tried through ``tally`` (inputs fuzzed, faults
injected, trials run); the totals are printed at the end of the run, which is where
the figures in docs/RELIABILITY.md come from.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

LONG = os.environ.get("RELIABILITY_LONG") == "1"
TALLY: Counter[str] = Counter()


def trials(short: int, long: int) -> int:
    return long if LONG else short


def tally(what: str, n: int = 1) -> None:
    """Count something the suite tried (shown in the terminal summary)."""
    TALLY[what] += n


def pytest_configure(config: pytest.Config) -> None:
    # `-m long` selects the long versions as RELIABILITY_LONG=1 does.
    global LONG
    if "long" in (config.getoption("markexpr", "") or "").replace("not long", ""):
        LONG = True
        os.environ["RELIABILITY_LONG"] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if LONG:
        return
    skip = pytest.mark.skip(reason="long reliability run: RELIABILITY_LONG=1 or -m long")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter) -> None:
    if TALLY:
        terminalreporter.write_sep("-", f"reliability figures ({'long' if LONG else 'short'} run)")
        for what, n in sorted(TALLY.items()):
            terminalreporter.write_line(f"{what}: {n}")
