"""Dashboard widgets driven by a real engine snapshot (real demo stream, real ledger file)."""

import asyncio
from collections import Counter
from copy import deepcopy
from datetime import datetime, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest

from streamer_app.core import formatting as fmt
from streamer_app.core.alert_queue import AlertQueue
from streamer_app.core.economics import DEFAULT_THRESHOLDS, RateProfile, plan_payouts, tiktok_thresholds
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.ui.chart import EarningsChart
from streamer_app.ui.dashboard import Dashboard

from .conftest import snap_with_coins


def test_tallies_and_tables_show_the_snapshot_and_follow_its_changes(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard(DEFAULT_THRESHOLDS)
    qtbot.addWidget(d)
    d.apply(snap)
    t = snap["totals"]
    assert t["coins"] > 0
    assert d.tallies.coins.value.text() == fmt.count(t["coins"])
    assert d.tallies.earnings.value.text() == fmt.money(Decimal(t["earnings"]), "USD")
    assert d.tallies.gifters.value.text() == fmt.count(t["unique_gifters"])
    top = snap["top_gifters"][0]
    assert d.gifters.table.item(0, 2).text() == fmt.count(top["coins"])
    assert d.gifters.table.item(0, 3).text() == f"{top['share'] * 100:.0f}%"
    assert d.gift_types.table.item(0, 3).text() == fmt.count(snap["gifts"][0]["coins"])

    later = deepcopy(snap)
    later["totals"].update(coins=t["coins"] + 1000, earnings=str(RateProfile().earnings(t["coins"] + 1000)))
    d.apply(later)
    assert d.tallies.coins.value.text() == fmt.count(t["coins"] + 1000)


def test_gaps_and_ledger_problems_are_shown_in_words(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard()
    qtbot.addWidget(d)
    d.show()
    bad = deepcopy(snap)
    bad["gaps"] = [[100.0, 160.0]]
    bad["ledger_problem"] = "the disk is full"
    d.apply(bad)
    assert d.gap_banner.isVisible() and "1 gap" in d.gap_banner.label.text() and "1:00" in d.gap_banner.label.text()
    assert d.ledger_banner.isVisible() and "the disk is full" in d.ledger_banner.label.text()
    d.apply(snap)
    assert not d.gap_banner.isVisible() and not d.ledger_banner.isVisible()


def test_chart_draws_both_lines_and_labels_each_threshold_with_its_projected_date(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard(DEFAULT_THRESHOLDS)
    qtbot.addWidget(d)
    chart = d.ensure_chart()
    d.apply(snap)
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    chart.redraw(now=now)
    xs, ys = chart.session_curve.getData()
    assert len(xs) >= len(snap["timeline"]) and ys[-1] == pytest.approx(float(RateProfile().usd(snap["totals"]["coins"])))
    bx, by = chart.balance_curve.getData()
    assert by[-1] >= ys[-1]
    labels = chart.labels()
    assert len(labels) == len(tiktok_thresholds(DEFAULT_THRESHOLDS))  # Twitch's and YouTube's are not in coins
    plan = plan_payouts(snap["balance"]["coins"], RateProfile(), DEFAULT_THRESHOLDS, snap["totals"]["coins"] / 14, now=now)
    for label, p in zip(labels, plan.progress):
        assert label.startswith(EarningsChart.short_label(p.threshold))
        if p.reached:
            assert "reached" in label
        else:
            assert f"{p.projected_at.astimezone():%b %d, %Y}" in label
    # A withdrawal-sized threshold sits on its money value.
    assert abs(chart.lines[1].value() - 100.0) < 1e-9


def test_feed_shows_streaks_growing_then_settling_once(qtbot):
    d = Dashboard()
    qtbot.addWidget(d)
    user, g = {"id": "1", "name": "Alice"}, {"id": 1, "name": "Rose", "coins": 1}
    d.feed.apply([{"type": "streak", "user": user, "gift": g, "group_id": 3, "count": 2, "ended": False}])
    assert d.feed.item(0).text().endswith("Rose ×2 …")
    d.feed.apply([{"type": "streak", "user": user, "gift": g, "group_id": 3, "count": 5, "ended": True},
                  {"type": "gift", "user": user, "gift": g, "units": 5, "coins": 5, "streak": True},
                  {"type": "follow", "user": {"id": "2", "name": "Bob"}}])
    assert d.feed.count() == 2
    assert d.feed.item(0).text().endswith("Bob followed")
    assert d.feed.item(1).text().endswith("Rose ×5")


@pytest.mark.parametrize("seed, duration", [(11, 150), (1, 600)])
def test_a_real_demo_stream_gives_each_counted_gift_one_feed_line_and_its_units_one_card(qtbot, tmp_path, seed,
                                                                                         duration):
    """The engine's order (a streak's update, then its counted gift) is what the feed and the
    alert queue settle on. A streak update after its gift once started a second line and card;
    so did an end TikTok sent again under a new id, and a viewer's second streak of the same
    gift running at once (seed 1 has both)."""
    updates: list[dict] = []
    engine = Engine(DemoSource(seed=seed, duration=duration, speed=0), tmp_path, Settings())
    engine.publishers.append(SimpleNamespace(publish=updates.append))
    asyncio.run(engine.run())
    gifts = [u for u in updates if u["type"] == "gift"]
    assert any(u["streak"] and u["units"] > 1 for u in gifts) and any(not u["streak"] for u in gifts)

    d = Dashboard()
    qtbot.addWidget(d)
    for u in updates:
        if u["type"] in ("gift", "streak"):
            d.feed.apply([u])
    lines = [d.feed.item(i).text().split("  🪙")[0] for i in range(d.feed.count())]  # without "🪙 500"
    # A gift to a guest names them; a first gift to the creator says so.
    expected = [f"◆  {u['user']['name']}  ·  {u['gift']['name']} ×{u['units']:,}"
                + (f"  to {u['to']['name']}" if u["to"] else "  first gift!" if u["first_gift"] else "")
                for u in gifts]
    # The feed keeps its newest 150 lines: every line is a counted gift, none twice, all settled.
    assert len(lines) == min(150, len(expected)) and not Counter(lines) - Counter(expected)

    queue = AlertQueue(min_coins=0, max_queue=10_000)  # nothing folded: every card kept
    cards = {id(a): a for u in updates if (a := queue.push(u)) is not None}
    assert sum(a.units for a in cards.values()) == sum(u["units"] for u in gifts)
    assert not any(a.live for a in cards.values())


def test_chart_follows_the_data_and_lists_far_thresholds_at_the_top_edge(qtbot, demo_home):
    _, snap = demo_home
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    # $7 earned (1,400 coins): the $100 minimum is far away, so it must not squash the curve.
    chart.apply(snap_with_coins(snap, 1400))
    chart.redraw(now=now)
    assert 7.0 < chart.y_top < 7.0 * 1.5  # the curve fills the chart, with headroom
    withdrawal = chart.lines[1]
    assert not withdrawal.isVisible()
    marker = chart.markers.textItem.toPlainText()
    assert marker.startswith("Withdrawal minimum $100 ↑ · 7% · ≈ ")
    assert chart.markers.isVisible() and chart.markers.pos().y() == chart.y_top
    assert chart.lines[0].isVisible()  # the 1,000-coin cash-out ($5) is reached and drawn as a line
    assert "reached" in chart.labels()[0]
    # The curve is readable: its last point sits in the upper part of the range, not at the bottom.
    xs, ys = chart.session_curve.getData()
    assert ys[-1] / chart.y_top > 0.6

    # $80 earned: the $100 minimum is within reach and drawn as a line on the chart.
    chart.apply(snap_with_coins(snap, 16000))
    chart.redraw(now=now)
    assert withdrawal.isVisible() and abs(withdrawal.value() - 100.0) < 1e-9
    assert chart.y_top >= 100.0
    assert "↑" not in chart.labels()[1] and chart.labels()[1].startswith("Withdrawal minimum $100 · 80% · ≈ ")
    assert not chart.markers.isVisible() or "Withdrawal" not in chart.markers.textItem.toPlainText()


def test_chart_timeline_cache_matches_a_full_conversion(qtbot):
    import numpy as np

    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    tl = [[1000.0 + 10 * i, 5 * i] for i in range(1, 50)]
    assert np.array_equal(chart._timeline_array(tl), np.asarray(tl, dtype=float))
    grown = [row[:] for row in tl]
    grown[-1][1] += 7  # the live bucket grew
    grown += [[1500.0, 300], [1510.0, 320]]  # and new buckets arrived
    assert np.array_equal(chart._timeline_array(grown), np.asarray(grown, dtype=float))
    other = [[2000.0 + 10 * i, i] for i in range(1, 10)]  # another session: rebuilt, not patched
    assert np.array_equal(chart._timeline_array(other), np.asarray(other, dtype=float))
    assert chart._timeline_array([]).shape == (0, 2)


def test_in_a_new_sessions_first_minute_the_axis_shows_the_minute_and_the_curve_stops_at_now(qtbot, demo_home):
    _, snap = demo_home
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    started = snap["session"]["started_at"]
    young = {**snap, "timeline": [[started + 5.0, 5]], "stream_time": started + 8.0,
             "totals": {**snap["totals"], "coins": 5}, "balance": {**snap["balance"], "base_coins": 0, "coins": 5}}
    chart.apply(young)
    chart.redraw()
    xs, ys = chart.session_curve.getData()
    assert list(xs) == [started, started + 5.0, started + 8.0] and ys[-1] == ys[-2] > 0
    x0, x1 = chart.getPlotItem().vb.viewRange()[0]
    assert x0 <= started and x1 >= started + 60.0  # the minute is there to grow into


def test_a_balance_far_above_the_session_is_named_and_the_axis_follows_the_session(qtbot, demo_home):
    _, snap = demo_home
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    tonight = snap_with_coins(snap, 1_000)  # $5 tonight
    far = {**tonight, "balance": {**tonight["balance"], "base_coins": 500_000, "coins": 501_000,
                                  "base_diamonds": "250000", "base_usd": "2500"}}
    chart.apply(far)
    chart.redraw()
    assert not chart.balance_curve.isVisible()
    assert chart.marker_texts[0] == "Balance since last withdrawal $2,505.00 ↑"
    assert chart.marker_texts[-1] == "✓ reached: Withdrawal minimum $100, My goal $250"
    assert chart.on_chart() == [True, False, False]  # the $5 cash-out is on tonight's scale: a line
    assert chart.y_top < 5.0 * 3  # tonight's curve fills the chart instead of lying on its floor
    # Once the balance is within reach again, its line is drawn.
    chart.apply(snap_with_coins(snap, 1_000))
    chart.redraw()
    assert chart.balance_curve.isVisible() and not chart.balance_far


def test_threshold_lines_close_together_put_their_labels_side_by_side(qtbot, demo_home):
    _, snap = demo_home
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    chart.resize(900, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.apply(snap_with_coins(snap, 600_000))  # $3,000: the $5, $100 and $250 lines are pixels apart
    chart.redraw()
    assert all(chart.on_chart())
    slots = [line.label.orthoPos for line in chart.lines]
    assert len(set(slots)) == 3


def test_a_narrow_feed_shortens_the_viewers_name_before_the_gift_and_keeps_the_coins_whole(qtbot):
    from PySide6.QtGui import QFontMetrics, QImage

    from streamer_app.ui.feed import EventFeed

    feed = EventFeed()
    qtbot.addWidget(feed)
    user = {"id": "1", "name": "Uma Glow of the Very Long Nickname"}
    feed.apply([{"type": "gift", "user": user, "gift": {"id": 9, "name": "Corgi", "coins": 299},
                 "units": 10, "coins": 2990, "streak": False}])
    row = feed.item(0)
    assert row.text().endswith("Corgi ×10  🪙 2,990") and row.aside == "🪙 2,990"
    metrics = QFontMetrics(feed._bold)
    full = metrics.horizontalAdvance(row._text)
    shown = feed._fitted(row, metrics, full - 60)
    assert shown.startswith("◆  Uma") and "…" in shown and shown.endswith("Corgi ×10")
    assert metrics.horizontalAdvance(shown) <= full - 60
    assert feed._fitted(row, metrics, full + 4) == row._text  # room to spare: left whole
    # Narrower than the name can give: the gift's name gives way too, never the count.
    user["name"] = "Tomas Dreams"
    feed.apply([{"type": "gift", "user": user, "gift": {"id": 8, "name": "Director's Chair", "coins": 500},
                 "units": 1, "coins": 500, "streak": False}])
    row = feed.item(0)
    tight = metrics.horizontalAdvance("◆  Tomas D…  ·  Director's…  ×1")
    shown = feed._fitted(row, metrics, tight)
    assert shown.startswith("◆  Tomas") and "Director" in shown and shown.endswith("×1"), shown
    # Painted at a narrow width, the coins stay whole at the right edge.
    feed.resize(260, 120)
    image = QImage(feed.viewport().size(), QImage.Format.Format_ARGB32)
    feed.viewport().render(image)
    assert row.aside_static is not None and row.aside_static.text() == "🪙 500"


def test_two_top_gifters_with_one_nickname_are_told_apart_by_handle(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard()
    qtbot.addWidget(d)
    rows = deepcopy(snap["top_gifters"][:3])
    rows[1]["nickname"] = rows[0]["nickname"]
    d.apply({**snap, "top_gifters": rows})
    names = [d.gifters.table.item(i, 1).text() for i in range(3)]
    assert names[0] == f"{rows[0]['nickname']} (@{rows[0]['handle']})"
    assert names[1] == f"{rows[1]['nickname']} (@{rows[1]['handle']})"
    assert names[2] == rows[2]["nickname"]
