"""CSV exports parsed back and summed against the JSON totals."""

from __future__ import annotations

import csv
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from streamer_app.export.csv_export import LEDGER_HEADER, csv_paths, safe
from streamer_app.store.database import open_database
from streamer_app.store.queries import Reader

from .conftest import export


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_session_csv_sums_to_the_json_totals(demo_home, tmp_path):
    out = tmp_path / "stream.csv"
    r = export(demo_home, "1", "--format", "csv", "-o", str(out))
    assert r.returncode == 0, r.stderr
    ledger, gifters, sessions = csv_paths(out)
    assert gifters.name == "stream-gifters.csv" and sessions.name == "stream-sessions.csv"
    data = json.loads(export(demo_home, "1", "-o", "-").stdout)
    totals = data["totals"]

    rows = read_csv(ledger)
    assert list(rows[0]) == LEDGER_HEADER
    assert sum(int(r["coins"]) for r in rows) == totals["coins"]
    assert sum(int(r["units"]) for r in rows) == totals["gifts"]
    assert all(int(r["coins"]) == int(r["units"]) * int(r["coins_each"]) for r in rows)
    assert len({r["gifter_id"] for r in rows}) == totals["unique_gifters"]
    assert sum(r["closed_without_end"] == "yes" for r in rows) == totals["closed_without_end"]
    earned = sum(Decimal(r["estimated_earnings"]) for r in rows)
    # rounded once, half up (as the app and a spreadsheet's ROUND do)
    assert earned.quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(str(totals["estimated_earnings"]))
    assert sum(Decimal(r["diamonds"]) for r in rows) == Decimal(str(totals["diamonds"]))
    assert [r["time_utc"] for r in rows] == sorted(r["time_utc"] for r in rows)
    assert rows[0]["time_utc"].startswith("2025-03-01 18:")

    g = read_csv(gifters)
    assert sum(int(r["coins"]) for r in g) == totals["coins"]
    # Exact per gifter, like the ledger: the columns add up (rounded per row they did not).
    assert sum(Decimal(r["diamonds"]) for r in g) == Decimal(str(totals["diamonds"]))
    assert sum(Decimal(r["estimated_earnings"]) for r in g).quantize(Decimal("0.01"), ROUND_HALF_UP) == \
        Decimal(str(totals["estimated_earnings"]))
    assert [r["gifter_id"] for r in g[:5]] == [x["user_id"] for x in data["top_gifters"][:5]]
    s = read_csv(sessions)
    assert len(s) == 1 and int(s[0]["coins"]) == totals["coins"] and s[0]["id"] == "1"


def test_range_csv_covers_every_session(demo_home, tmp_path):
    out = tmp_path / "week.csv"
    assert export(demo_home, "--from", "2025-03-01", "--to", "2025-03-07", "--format", "csv",
                  "-o", str(out)).returncode == 0
    week = json.loads(export(demo_home, "--from", "2025-03-01", "--to", "2025-03-07", "-o", "-").stdout)
    rows = read_csv(out)
    assert sum(int(r["coins"]) for r in rows) == week["totals"]["coins"]
    assert {r["session_id"] for r in rows} == {"1", "2", "3"}
    assert [int(r["coins"]) for r in read_csv(csv_paths(out)[2])] == [s["coins"] for s in week["sessions"]]


def test_formula_injection_is_defused(tmp_path):
    assert safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert safe("+1") == "'+1" and safe("-2") == "'-2" and safe("@SUM(A1)") == "'@SUM(A1)"
    assert safe("Mia 🔥") == "Mia 🔥" and safe("") == ""
    # end to end: a viewer whose nickname is a formula
    home = tmp_path / "data"
    db = open_database(home / "streamer-app.db")
    db.conn.execute("INSERT INTO sessions (source, room_id, creator, started_at, ended_at, rates) "
                    "VALUES ('demo', 'r1', '@me', 1740852000, 1740852600, '{}')")
    db.conn.execute("INSERT INTO users VALUES ('42', 'evil', '=cmd|' || char(39) || '/c calc' || char(39) || '!A0', '')")
    db.conn.execute("INSERT INTO gifts VALUES (5655, '+Rose', 1, '')")
    db.conn.execute("INSERT INTO ledger (session_id, ts, user_id, gift_id, units, coins_each, coins) "
                    "VALUES (1, 1740852010.5, '42', 5655, 3, 1, 3)")
    db.conn.close()
    out = tmp_path / "x.csv"
    assert export(home, "1", "--format", "csv", "-o", str(out)).returncode == 0
    for path in csv_paths(out)[:2]:
        text = path.read_text(encoding="utf-8-sig")
        assert "'=cmd|" in text and ",=cmd" not in text
    row = read_csv(out)[0]
    assert row["gift_name"] == "'+Rose" and row["coins"] == "3" and row["estimated_earnings"] == "0.015"


def test_aggregate_tallies_equal_the_tallies_rebuilt_gift_by_gift(demo_home):
    path = demo_home / "streamer-app.db"
    reader = Reader(path)
    try:
        for ids in ([1], [2, 3], [1, 2, 3]):
            a, b = reader.aggregate_tallies(ids), reader.tallies(ids)
            assert (a.coins, a.gifts, a.closed_without_end) == (b.coins, b.gifts, b.closed_without_end)
            assert a.gifters == b.gifters
            assert a.by_gift == b.by_gift
            assert a.timeline == b.timeline
            assert [g.user_id for g in a.top_gifters(None)] == [g.user_id for g in b.top_gifters(None)]
        assert reader.aggregate_tallies([]).coins == 0
    finally:
        reader.close()
