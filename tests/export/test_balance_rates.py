"""The balance since the last withdrawal values each session at the rates it was computed with."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from decimal import Decimal

from streamer_app.core.economics import DEFAULT_THRESHOLDS, Balance, RateProfile
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.queries import Reader
from streamer_app.export.summary import build_range_summary, build_session_summary

NOW = datetime(2026, 11, 3, tzinfo=timezone.utc)


def _stream(home, seed, start, dpc, currency="USD", fx="1"):
    settings = Settings(rates=RateProfile(diamonds_per_coin=dpc, currency=currency, usd_to_currency=fx))
    engine = Engine(DemoSource(seed=seed, duration=600, speed=0, start=start), home, settings)
    asyncio.run(engine.run())
    return engine


def test_two_sessions_at_different_rates_give_one_balance_everywhere(tmp_path, qtbot):
    first = _stream(tmp_path, 1, datetime(2026, 11, 1, 18, tzinfo=timezone.utc).timestamp(), "0.5")
    second = _stream(tmp_path, 2, datetime(2026, 11, 2, 18, tzinfo=timezone.utc).timestamp(), "0.8")
    c1, c2 = first.tallies.coins, second.tallies.coins
    assert c1 > 0 and c2 > 0
    usd = RateProfile(diamonds_per_coin="0.5").usd(c1) + RateProfile(diamonds_per_coin="0.8").usd(c2)
    money = usd.quantize(Decimal("0.01"))
    diamonds = Decimal(c1) * Decimal("0.5") + Decimal(c2) * Decimal("0.8")

    reader = Reader(tmp_path / DB_FILENAME)
    week = build_range_summary(reader, NOW.date().replace(day=1), NOW.date(), DEFAULT_THRESHOLDS,
                               RateProfile(), now=NOW)
    one = build_session_summary(reader, 1, DEFAULT_THRESHOLDS, now=NOW)
    for summary in (week, one):
        plan = summary.plan()
        assert (plan.balance_coins, plan.balance_diamonds, plan.balance_money) == (c1 + c2, diamonds, money)
    assert week.earnings == money  # the range's earnings and its balance agree
    # What the second session's report carries in (its chart starts there): the first at its own rate.
    two = build_session_summary(reader, 2, DEFAULT_THRESHOLDS, now=NOW)
    assert two.carried == Balance.at(c1, RateProfile(diamonds_per_coin="0.5"))

    # A money threshold counts the USD each session earned: reached exactly at the sum.
    withdrawal = next(p for p in week.plan().progress if p.threshold.name == "Withdrawal minimum")
    assert withdrawal.fraction == min(1.0, float(usd / 100))

    # The live chart of the second session: its balance line ends at the same money.
    from streamer_app.ui.chart import EarningsChart

    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    chart.apply(second.snapshot())
    chart.redraw(now=NOW)
    assert chart.plan.balance_money == money
    assert abs(chart.balance_curve.getData()[1][-1] - float(usd)) < 1e-6


def test_a_range_gifters_csv_values_each_session_at_its_own_rates(tmp_path):
    import csv

    from tests.conftest import run_cli

    home = tmp_path / "home"
    _stream(home, 1, datetime(2026, 11, 1, 18, tzinfo=timezone.utc).timestamp(), "0.5")
    _stream(home, 2, datetime(2026, 11, 2, 18, tzinfo=timezone.utc).timestamp(), "0.8")
    out = tmp_path / "week.csv"
    r = run_cli("export", "--from", "2026-11-01", "--to", "2026-11-03", "--format", "csv", "-o", str(out),
                "--data-dir", str(home))
    assert r.returncode == 0, r.stderr

    def column(path, name):
        with open(path, encoding="utf-8-sig", newline="") as f:
            return sum(Decimal(row[name]) for row in csv.DictReader(f))

    gifters = tmp_path / "week-gifters.csv"
    assert column(gifters, "diamonds") == column(out, "diamonds")
    assert column(gifters, "estimated_earnings") == column(out, "estimated_earnings")


def test_a_session_before_the_last_withdrawal_shows_only_the_balance_since(tmp_path, qtbot):
    import sqlite3

    from streamer_app.ui.history import snapshot_from_store

    day = datetime(2026, 11, 1, 18, tzinfo=timezone.utc).timestamp()
    first = _stream(tmp_path, 1, day, "0.5")
    with sqlite3.connect(tmp_path / DB_FILENAME) as c:  # paid out between the two streams
        c.execute("INSERT INTO withdrawals (ts, amount, currency, note) VALUES (?, '100', 'USD', '')", (day + 7200,))
    second = _stream(tmp_path, 2, day + 86400, "0.5")
    reader = Reader(tmp_path / DB_FILENAME)
    # Looking back at the first session: the balance is what came after the withdrawal, nothing of its own.
    snap = snapshot_from_store(reader, reader.session_header(1))
    assert snap["balance"]["coins"] == second.tallies.coins
    # A withdrawal recorded during a stream: on resuming it, only its coins after it count.
    mid = second.info.started_at + 300
    with sqlite3.connect(tmp_path / DB_FILENAME) as c:
        c.execute("INSERT INTO withdrawals (ts, amount, currency, note) VALUES (?, '100', 'USD', '')", (mid,))
        after = c.execute("SELECT SUM(coins) FROM ledger WHERE session_id = 2 AND ts > ?", (mid,)).fetchone()[0]
    snap = snapshot_from_store(reader, reader.session_header(2))
    assert snap["balance"]["coins"] == after < second.tallies.coins
    assert first.tallies.coins > 0


def test_a_range_in_two_currencies_leaves_the_gifters_money_column_empty(tmp_path):
    import csv

    from tests.conftest import run_cli

    home = tmp_path / "home"
    _stream(home, 1, datetime(2026, 11, 1, 18, tzinfo=timezone.utc).timestamp(), "0.5")
    _stream(home, 2, datetime(2026, 11, 2, 18, tzinfo=timezone.utc).timestamp(), "0.5", "JPY", "150")
    out = tmp_path / "week.csv"
    r = run_cli("export", "--from", "2026-11-01", "--to", "2026-11-03", "-o", str(out), "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    with open(tmp_path / "week-gifters.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(row["estimated_earnings"] == "" and row["currency"] == "" for row in rows)
    # The creator's gifters (rows for gifts to guests follow, with the creator's columns at 0).
    assert all(Decimal(row["diamonds"]) > 0 for row in rows if not row["recipient_id"])


def test_a_withdrawal_does_not_slow_the_recent_rate_projections_use(tmp_path):
    import sqlite3

    day = datetime(2026, 11, 1, 18, tzinfo=timezone.utc).timestamp()
    first = _stream(tmp_path, 1, day, "0.5")
    second = _stream(tmp_path, 2, day + 86400, "0.5")
    reader = Reader(tmp_path / DB_FILENAME)
    before = build_session_summary(reader, 2, DEFAULT_THRESHOLDS, now=NOW).coins_per_day
    with sqlite3.connect(tmp_path / DB_FILENAME) as c:
        c.execute("INSERT INTO withdrawals (ts, amount, currency, note) VALUES (?, '100', 'USD', '')", (day + 7200,))
    after = build_session_summary(reader, 2, DEFAULT_THRESHOLDS, now=NOW)
    assert after.coins_per_day == before == (first.tallies.coins + second.tallies.coins) / 14
    assert after.plan().balance_coins == second.tallies.coins  # the balance does start again
