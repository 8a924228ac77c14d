"""The command line as a user runs it: headless demo, sessions, JSON export, bad input."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from decimal import ROUND_HALF_UP, Decimal

import pytest

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.store.queries import Reader

from ..conftest import run_cli

START = "2026-11-01T18:00:00"


def _demo(data, seed=7, duration=600, *extra):
    return run_cli("--demo", "--headless", "--speed", "0", "--duration", str(duration), "--seed", str(seed),
                   "--data-dir", str(data), "--no-overlay", *extra)


def _export(data, out, ref="last"):
    r = run_cli("export", ref, "--format", "json", "-o", str(out), "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text())


def test_same_seed_same_totals_and_they_add_up(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        r = _demo(d)
        assert r.returncode == 0, r.stderr
        assert "Session 1 (new) ended" in r.stderr
    sa, sb = _export(a, tmp_path / "a.json"), _export(b, tmp_path / "b.json")
    assert sa["format"] == "streamer-app/session-summary/1"
    assert sa["totals"] == sb["totals"] and sa["gifts"] == sb["gifts"] and sa["top_gifters"] == sb["top_gifters"]
    t = sa["totals"]
    assert t["coins"] > 0 and t["gifts"] > 0 and t["unique_gifters"] > 0
    assert sum(g["coins"] for g in sa["gifts"]) == t["coins"]
    assert sum(g["count"] for g in sa["gifts"]) == t["gifts"]
    assert sum(g["coins"] for g in sa["top_gifters"]) == t["coins"]
    assert Decimal(str(t["diamonds"])) == Decimal(t["coins"]) * Decimal("0.5")
    assert Decimal(str(t["estimated_earnings"])) == (Decimal(t["coins"]) * Decimal("0.005")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert sa["top_gifters"] == sorted(sa["top_gifters"], key=lambda g: -g["coins"])
    assert sa["rates"]["diamonds_per_coin"] == "0.5"


def test_different_seed_different_stream(tmp_path):
    assert _demo(tmp_path / "a", seed=1, duration=300).returncode == 0
    assert _demo(tmp_path / "b", seed=2, duration=300).returncode == 0
    assert _export(tmp_path / "a", tmp_path / "a.json")["totals"] != _export(tmp_path / "b", tmp_path / "b.json")["totals"]


def test_rerunning_the_same_broadcast_resumes_it_and_counts_nothing_twice(tmp_path):
    d = tmp_path / "d"
    first = _demo(d, 7, 300, "--demo-start", START)
    assert first.returncode == 0, first.stderr
    before = _export(d, tmp_path / "1.json")
    again = _demo(d, 7, 300, "--demo-start", START)
    assert "Session 1 (resumed) ended" in again.stderr
    after = _export(d, tmp_path / "2.json")
    assert after["totals"]["coins"] == before["totals"]["coins"]
    assert after["totals"]["gifts"] == before["totals"]["gifts"]
    sessions = run_cli("sessions", "--data-dir", str(d))
    assert sessions.returncode == 0 and sessions.stdout.count("\n") == 2  # header + one session


def test_live_tallies_equal_tallies_rebuilt_from_the_ledger(tmp_path):
    settings = Settings()
    engine = Engine(DemoSource(seed=3, duration=900, speed=0), tmp_path, settings)
    result = asyncio.run(engine.run())
    assert result.committed
    rebuilt = Reader(engine.db_path).tallies([result.session_id])
    live = result.tallies
    assert (rebuilt.coins, rebuilt.gifts, rebuilt.unique_gifters) == (live.coins, live.gifts, live.unique_gifters)
    assert {k: (v.count, v.coins) for k, v in rebuilt.by_gift.items()} == {
        k: (v.count, v.coins) for k, v in live.by_gift.items()}
    assert rebuilt.timeline == live.timeline
    assert live.closed_without_end > 0 and result.duplicates > 0  # the demo includes TikTok's faults


def test_sessions_lists_totals(tmp_path):
    assert _demo(tmp_path, 5, 120).returncode == 0
    out = run_cli("sessions", "--data-dir", str(tmp_path))
    assert out.returncode == 0
    assert "demo" in out.stdout and "@demo.creator" in out.stdout


def _no_traceback(r):
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("streamer-app: ") or "error:" in r.stderr


@pytest.mark.parametrize("content, words", [
    ("{not json", "is not valid JSON"),
    ('{"overlay_port": 80}', "overlay_port"),
    ('{"rates": {"diamonds_per_coin": "-1"}}', "diamonds per coin"),
    ('{"creator": "not a handle!"}', "is not a TikTok @handle"),
])
def test_invalid_settings_give_one_clear_sentence(tmp_path, content, words):
    (tmp_path / "settings.json").write_text(content)
    r = _demo(tmp_path, 1, 60)
    _no_traceback(r)
    assert words in r.stderr
    assert not (tmp_path / "streamer-app.db").exists()


def test_unwritable_data_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = _demo(blocker / "data", 1, 60)
    _no_traceback(r)
    assert "data folder" in r.stderr


def test_corrupt_database_is_refused_and_untouched(tmp_path):
    db = tmp_path / "streamer-app.db"
    db.write_bytes(b"garbage" * 1000)
    r = _demo(tmp_path, 1, 60)
    _no_traceback(r)
    assert "not a readable streamer-app database" in r.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_database_from_a_newer_version(tmp_path):
    assert _demo(tmp_path, 1, 60).returncode == 0
    with sqlite3.connect(tmp_path / "streamer-app.db") as c:
        c.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('streamer_app', 'm900', 'x')")
    r = _demo(tmp_path, 1, 60)
    _no_traceback(r)
    assert "newer version" in r.stderr


def test_bad_arguments_are_explained(tmp_path):
    r = run_cli("--demo", "--headless", "--speed", "fast")
    assert r.returncode == 2 and "'fast' is not a number" in r.stderr
    r = run_cli("export", "nope", "-o", str(tmp_path / "x.json"), "--data-dir", str(tmp_path))
    _no_traceback(r)


def test_version_and_help():
    assert run_cli("--version").stdout.startswith("streamer-app ")
    assert "--demo" in run_cli("--help").stdout


def test_export_to_a_device_writes_through_it(tmp_path):
    """-o /dev/null must not replace the device with a regular file (we may run as root)."""
    import os
    import stat

    assert _demo(tmp_path, 2, 60).returncode == 0
    r = run_cli("export", "last", "--format", "json", "-o", os.devnull, "--data-dir", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
