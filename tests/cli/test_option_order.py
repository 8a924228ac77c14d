"""Options shared by the app and its commands work on either side of the command name."""

from __future__ import annotations

import subprocess
import sys

from streamer_app.cli import build_parser

from ..conftest import ROOT


def test_an_option_before_the_command_is_not_reset_by_the_command():
    p = build_parser()
    before = p.parse_args(["--data-dir", "/a", "-v", "export", "last", "--format", "json", "-o", "x.json"])
    assert (before.data_dir, before.verbose) == ("/a", True)
    after = p.parse_args(["export", "last", "--data-dir", "/b", "--format", "json", "-o", "x.json"])
    assert (after.data_dir, after.verbose) == ("/b", False)
    both = p.parse_args(["--data-dir", "/a", "sessions", "--data-dir", "/b"])
    assert both.data_dir == "/b"  # the later one wins, as everywhere else
    replay = p.parse_args(["--speed", "0", "--headless", "replay", "r.ttlive.jsonl"])
    assert (replay.speed, replay.headless) == (0.0, True)
    plain = p.parse_args([])
    assert (plain.data_dir, plain.speed, plain.headless, plain.command) == (None, None, False, None)


def test_export_reads_the_data_dir_given_before_the_command(tmp_path):
    data = tmp_path / "data"
    run = subprocess.run([sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "0", "--no-overlay",
                          "--duration", "120", "--seed", "3", "--data-dir", str(data)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    out = tmp_path / "s.json"
    r = subprocess.run([sys.executable, "-m", "streamer_app", "--data-dir", str(data), "export", "last",
                        "--format", "json", "-o", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120,
                       env={"STREAMER_APP_HOME": str(tmp_path / "elsewhere"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert out.exists() and '"coins"' in out.read_text()
