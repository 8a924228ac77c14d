"""A gift rule fires exactly once per counted gift (a ledger row): the real command line into a
real webhook receiver on 127.0.0.1, compared with the real ledger file."""

from __future__ import annotations

import json

from ..conftest import run_cli
from ..tiktok.make_recording import write_recording
from .conftest import gift_rows, posted_gifts, write_actions


def _rules(url: str, rose: int = 1) -> list[dict]:
    return [
        {"name": "Every gift", "when": {"event": "gift"}, "do": [{"type": "webhook", "url": url}]},
        {"name": "Big gifts to me", "when": {"event": "gift", "min_coins": 100, "recipient": "host"},
         "do": [{"type": "webhook", "url": url}]},
        {"name": "Roses", "when": {"event": "gift", "gift_id": rose}, "do": [{"type": "webhook", "url": url}]},
        {"name": "Off", "enabled": False, "when": {"event": "gift"}, "do": [{"type": "webhook", "url": url}]},
    ]


def _check_once_per_row(data, bodies, rose: int = 1):
    assert posted_gifts(bodies, "Every gift") == gift_rows(data)
    assert posted_gifts(bodies, "Big gifts to me") == gift_rows(data, "coins >= 100", tables=("ledger",))
    assert posted_gifts(bodies, "Roses") == gift_rows(data, f"gift_id = {rose}")
    assert not [b for b in bodies if b["rule"] == "Off"]


def test_a_headless_demo_fires_each_gift_rule_once_per_ledger_row(tmp_path, webhook):
    data = tmp_path / "data"  # default settings: the rate limit leaves a stream's gifts alone
    write_actions(data, _rules(webhook.url))
    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "900", "--seed", "3",
                "--data-dir", str(data), "--no-overlay")
    assert r.returncode == 0, r.stderr
    bodies = webhook.received()
    assert len(gift_rows(data)) > 100  # a real stream's worth, streaks and guests included
    _check_once_per_row(data, bodies)
    assert gift_rows(data, "gift_id = 1")  # the demo's Rose
    every = [b for b in bodies if b["rule"] == "Every gift"]
    assert {b["event"]["event"] for b in every} == {"gift"}
    assert any(b["event"]["to"] for b in every)  # gifts to guests fire "any" rules, not "host" ones
    assert (data / "actions.log").read_text().count("ok   Every gift > webhook") == len(every)


def test_a_replay_with_resent_messages_fires_once_per_ledger_row_only_with_actions(tmp_path, webhook):
    rec = write_recording(tmp_path / "faults.ttlive.jsonl.gz", 1500, seed=11, guests=True)
    quiet, loud = tmp_path / "quiet", tmp_path / "loud"
    for data in (quiet, loud):
        # A recording made to be dense with faults: no global rate limit, every gift acts.
        write_actions(data, _rules(webhook.url, rose=5655), {"actions_per_second": 0})
    r = run_cli("replay", str(rec.path), "--headless", "--speed", "0", "--data-dir", str(quiet), "--no-overlay")
    assert r.returncode == 0, r.stderr
    assert gift_rows(quiet) and webhook.received() == []  # a replay is not live: nothing fires
    assert "actions:" not in r.stderr

    r = run_cli("replay", str(rec.path), "--headless", "--speed", "0", "--data-dir", str(loud), "--no-overlay",
                "--actions")
    assert r.returncode == 0, r.stderr
    _check_once_per_row(loud, webhook.received(), rose=5655)
    assert gift_rows(loud) == gift_rows(quiet)

    # The same recording again continues the same session: every message is a resend, nothing fires.
    before = len(webhook.received())
    r = run_cli("replay", str(rec.path), "--headless", "--speed", "0", "--data-dir", str(loud), "--no-overlay",
                "--actions")
    assert r.returncode == 0, r.stderr
    assert len(webhook.received()) == before
    assert gift_rows(loud) == gift_rows(quiet)


def test_a_broken_actions_file_is_reported_and_the_stream_is_counted(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "actions.json").write_text('{"rules": [\n  {"name": "Lion",}\n]}', encoding="utf-8")
    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "120", "--seed", "1",
                "--data-dir", str(data), "--no-overlay")
    assert r.returncode == 0, r.stderr
    assert "actions.json is not valid JSON: line 2, column 19" in r.stderr
    assert gift_rows(data)
    rules = [{"name": "Lion", "when": {"event": "gift"}, "do": [{"type": "webhook", "url": "ftp://x"}]}]
    (data / "actions.json").write_text(json.dumps({"rules": rules}), encoding="utf-8")
    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "120", "--seed", "2",
                "--data-dir", str(data), "--no-overlay")
    assert r.returncode == 0, r.stderr
    assert "rule 1 'Lion': do[0].url must be http(s)" in r.stderr
