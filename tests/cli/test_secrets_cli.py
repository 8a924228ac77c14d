"""`streamer-app secrets`: stored away from settings, never echoed, file readable only by the user."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from ..conftest import ROOT

KEY = "euler_9f8e7d6c5b4a3210"


def _cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "streamer_app", "secrets", *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_set_status_clear(tmp_path):
    r = _cli("set", "sign-api-key", "--data-dir", str(tmp_path), stdin=KEY + "\n")
    assert r.returncode == 0, r.stderr
    assert KEY not in r.stdout + r.stderr
    f = tmp_path / "secrets.json"
    assert KEY in f.read_text()  # the test backend is the file (no keyring here)
    assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    assert not (tmp_path / "settings.json").exists() or KEY not in (tmp_path / "settings.json").read_text()
    status = _cli("status", "--data-dir", str(tmp_path))
    assert "sign-api-key: set" in status.stdout and "session-id: not set" in status.stdout
    assert _cli("clear", "sign-api-key", "--data-dir", str(tmp_path)).returncode == 0
    assert KEY not in f.read_text()


def test_junk_is_refused_and_nothing_changes(tmp_path):
    r = _cli("set", "session-id", "--data-dir", str(tmp_path), stdin="has spaces in it\n")
    assert r.returncode == 1 and "nothing was changed" in r.stderr
    assert not (tmp_path / "secrets.json").exists()


def test_obs_password_takes_what_obs_allows_and_is_never_echoed(tmp_path):
    r = _cli("set", "obs-password", "--data-dir", str(tmp_path), stdin="my obs pw\n")  # OBS allows spaces
    assert r.returncode == 0, r.stderr
    assert "my obs pw" not in r.stdout + r.stderr
    status = _cli("status", "--data-dir", str(tmp_path))
    assert "obs-password: set" in status.stdout
    assert _cli("clear", "obs-password", "--data-dir", str(tmp_path)).returncode == 0
    assert "obs-password: not set" in _cli("status", "--data-dir", str(tmp_path)).stdout
