"""Shared fixtures: no test ever touches a real user's files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_home(tmp_path, monkeypatch):
    """Point every per-user folder at the test's own tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("STREAMER_APP_HOME", str(home / "data"))
    for var, sub in (("XDG_DATA_HOME", "xdg-data"), ("XDG_CONFIG_HOME", "xdg-config"),
                     ("XDG_STATE_HOME", "xdg-state"), ("XDG_CACHE_HOME", "xdg-cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield home
    from streamer_app import i18n

    i18n.forget_run_choice()  # a command run in-process with --lang chose for its run, not for the next test


@pytest.fixture
def data_dir(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


def run_cli(*args: str, env: dict | None = None, timeout: float = 300):
    """Run the real command line in a child process (as a user would)."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "streamer_app", *args],
        capture_output=True, text=True, timeout=timeout, env=full_env, cwd=ROOT,
    )
