"""Seeded demo sessions for the export tests, built once per test run with the real CLI."""

from __future__ import annotations

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


def export(home: Path, *args: str):
    return run_cli("export", *args, "--now", NOW, "--data-dir", str(home))
