"""Seeded demo sessions for the export tests, built once per test run with the real CLI."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import run_cli

# Three demo streams in one week (UTC): same seeds and clock, same ledger, every run.
SESSIONS = [
    ("7", "600", "2025-03-01T18:00:00"),
    ("8", "300", "2025-03-03T20:00:00"),
    ("9", "300", "2025-03-05T19:30:00"),
]
NOW = "2025-03-06T12:00:00Z"  # fixed "today" for payout projections


def make_demo(home: Path, sessions=SESSIONS) -> Path:
    for seed, duration, start in sessions:
        r = run_cli("--demo", "--headless", "--no-overlay", "--speed", "0", "--duration", duration, "--seed", seed,
                    "--demo-start", start, "--data-dir", str(home))
        assert r.returncode == 0, r.stderr
    return home


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory) -> Path:
    """A data folder holding the three seeded demo sessions (treat as read-only)."""
    return make_demo(tmp_path_factory.mktemp("demo") / "data")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def export(home: Path, *args: str) -> Result:
    """``streamer-app export ...`` through the real command line, in this process.

    In-process because a fresh interpreter costs over a second here (sqlite-utils imports
    numpy); the command-line tests of other commands still run in child processes.
    """
    from streamer_app.cli import main

    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(["export", *args, "--now", NOW, "--data-dir", str(home)])
    finally:
        sys.stdout, sys.stderr = old
    out.flush()
    return Result(code, out.buffer.getvalue().decode("utf-8"), err.getvalue())
