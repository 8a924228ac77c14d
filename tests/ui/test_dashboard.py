"""Dashboard widgets driven by a real engine snapshot (real demo stream, real ledger file)."""

from copy import deepcopy
from datetime import datetime, timezone
from decimal import Decimal

from streamer_app.core import formatting as fmt
from streamer_app.core.economics import DEFAULT_THRESHOLDS, RateProfile, plan_payouts
from streamer_app.ui.dashboard import Dashboard


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
    assert len(xs) >= len(snap["timeline"]) and ys[-1] == float(RateProfile().usd(snap["totals"]["coins"]))
    bx, by = chart.balance_curve.getData()
    assert by[-1] >= ys[-1]
    labels = chart.labels()
    assert len(labels) == len(DEFAULT_THRESHOLDS)
    plan = plan_payouts(snap["balance"]["coins"], RateProfile(), DEFAULT_THRESHOLDS, snap["totals"]["coins"] / 14, now=now)
    for label, p in zip(labels, plan.progress):
        assert label.startswith(p.threshold.label())
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
