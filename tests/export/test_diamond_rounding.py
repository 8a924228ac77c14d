"""Estimated diamonds shown as whole numbers round half up, as the money beside them and the
OBS overlay (Math.round) do; the numbers written to JSON and CSV stay exact decimals."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from streamer_app.core.formatting import compact, count

from .conftest import export


def test_whole_numbers_round_half_up():
    assert count(154.5) == "155"  # 309 coins at 0.5 diamonds per coin; Python's own "{:.0f}" said 154
    assert count(Decimal("19532.5")) == "19,533"
    assert count(2.5) == "3" and count(154.4999) == "154" and count(19_532) == "19,532"
    assert count(-0.4) == "0" and count(float("nan")) == "nan"
    assert compact(154.5) == "155" and compact(1550) == "1.6K" and compact(Decimal("19532.5")) == "19.5K"
    assert compact(2_250_000) == "2.3M" and compact(999) == "999"


def test_session_exports_print_half_up_diamonds_and_keep_exact_numbers(demo_home):
    # A seeded demo session with an odd coin total: at 0.5 diamonds per coin its diamonds end in .5.
    sessions = {sid: json.loads(export(demo_home, sid, "--format", "json", "-o", "-").stdout) for sid in "123"}
    sid, data = next((sid, d) for sid, d in sessions.items() if d["totals"]["coins"] % 2)
    coins = data["totals"]["coins"]
    exact = Decimal(coins) / 2
    assert data["totals"]["diamonds"] == float(exact)  # JSON keeps the exact number
    shown = f"{int(exact) + 1:,}"  # half up: 19,532.5 is ~19,533, never ~19,532
    money = f"${(Decimal(coins) / 200).quantize(Decimal('0.01'), 'ROUND_HALF_UP')}"
    md = export(demo_home, sid, "--format", "md", "-o", "-").stdout
    assert f"~{shown} diamonds" in md and money in md
    html = export(demo_home, sid, "--format", "html", "-o", "-").stdout
    assert f"~{shown}" in html and f"~{int(exact):,}<" not in html
    text = export(demo_home, sid, "--format", "csv", "-o", "-").stdout.lstrip("\ufeff")
    ledger = list(csv.DictReader(io.StringIO(text)))  # the gift ledger: one row per counted gift
    assert any(r["diamonds"].endswith(".5") for r in ledger)  # 35 coins = 17.5 diamonds, not 18
    assert sum(Decimal(r["diamonds"]) for r in ledger) == exact
