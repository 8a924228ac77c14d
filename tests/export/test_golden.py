"""Golden summaries: JSON and Markdown of seeded demo sessions, compared exactly.

Regenerate after an intended change with:  UPDATE_GOLDEN=1 .venv/bin/pytest tests/export/test_golden.py
then read the diff of tests/export/golden/ before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import export

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "session-1.json": ("1", "--format", "json"),
    "session-1.md": ("1", "--format", "md"),
    "range-week.json": ("--from", "2025-03-01", "--to", "2025-03-07", "--format", "json"),
    "range-week.md": ("--from", "2025-03-01", "--to", "2025-03-07", "--format", "md"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_golden(demo_home, name):
    r = export(demo_home, *CASES[name], "-o", "-")
    assert r.returncode == 0, r.stderr
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(r.stdout, encoding="utf-8")
    assert r.stdout == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_session_json_keeps_the_design_contract(demo_home):
    data = json.loads((GOLDEN / "session-1.json").read_text(encoding="utf-8"))
    assert data["format"] == "streamer-app/session-summary/1"
    assert {"id", "source", "creator", "room_id", "started_at", "ended_at"} <= set(data["session"])
    assert {"coins", "diamonds", "gifts", "unique_gifters", "estimated_earnings", "currency"} <= set(data["totals"])
    coins = [g["coins"] for g in data["top_gifters"]]
    assert coins == sorted(coins, reverse=True)
    assert {"user_id", "handle", "nickname", "coins", "gifts"} <= set(data["top_gifters"][0])
    assert {"gift_id", "name", "coins_each", "count", "coins"} <= set(data["gifts"][0])
    assert sum(g["coins"] for g in data["gifts"]) == data["totals"]["coins"]
    assert sum(g["coins"] for g in data["top_gifters"]) == data["totals"]["coins"]
    assert isinstance(data["rates"], dict) and isinstance(data["thresholds"], list) and isinstance(data["gaps"], list)


def test_range_adds_up_its_sessions(demo_home):
    week = json.loads((GOLDEN / "range-week.json").read_text(encoding="utf-8"))
    assert week["format"] == "streamer-app/range-summary/1"
    assert week["totals"]["sessions"] == len(week["sessions"]) == 3
    assert week["totals"]["coins"] == sum(s["coins"] for s in week["sessions"])
    assert week["totals"]["gifts"] == sum(s["gifts"] for s in week["sessions"])
    assert week["totals"]["coins"] == sum(d["coins"] for d in week["daily"])
    assert week["totals"]["estimated_earnings"] == pytest.approx(
        sum(s["estimated_earnings"] for s in week["sessions"]), abs=0.011)
    one = json.loads((GOLDEN / "session-1.json").read_text(encoding="utf-8"))
    assert week["sessions"][0]["coins"] == one["totals"]["coins"]
    # A narrower range picks only the sessions that started in it.
    r = export(demo_home, "--from", "2025-03-02", "--to", "2025-03-04", "-o", "-")
    assert r.returncode == 0, r.stderr
    mid = json.loads(r.stdout)
    assert [s["id"] for s in mid["sessions"]] == [2]


def test_week_and_month_shortcuts(demo_home):
    week = json.loads(export(demo_home, "week", "-o", "-").stdout)  # the week of --now: 3..9 March
    assert (week["range"]["from"], week["range"]["to"]) == ("2025-03-03", "2025-03-09")
    assert [s["id"] for s in week["sessions"]] == [2, 3]
    month = json.loads(export(demo_home, "month", "-o", "-").stdout)
    assert (month["range"]["from"], month["range"]["to"]) == ("2025-03-01", "2025-03-31")
    assert month["totals"]["sessions"] == 3
