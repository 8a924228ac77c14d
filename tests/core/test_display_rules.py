"""Display rules, Python side: every case of tests/scenarios/display_rules.json.

The overlay's JavaScript repeats these rules; tests/overlay/test_browser_display_rules.py
runs the same cases in real Chromium, so the two can never drift apart again (they had:
1,450 coins read "1.4K" on the overlay and "1.5K" in the window; $0.125 read $0.12 here).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from streamer_app.core.events import User
from streamer_app.core.formatting import compact, count, countdown, money

SCENARIOS = json.loads((Path(__file__).parents[1] / "scenarios" / "display_rules.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("n, expected", SCENARIOS["count"])
def test_count(n, expected):
    assert count(n) == expected


@pytest.mark.parametrize("n, expected", SCENARIOS["countdown"])
def test_countdown(n, expected):
    assert countdown(n) == expected


@pytest.mark.parametrize("n, expected", SCENARIOS["compact"])
def test_compact(n, expected):
    assert compact(n) == expected


@pytest.mark.parametrize("amount, currency, expected", SCENARIOS["money"])
def test_money(amount, currency, expected):
    assert money(Decimal(amount), currency) == expected


@pytest.mark.parametrize("user, expected", SCENARIOS["user_name"])
def test_user_name(user, expected):
    assert User(user["id"], user["handle"], user["nickname"]).label == expected
