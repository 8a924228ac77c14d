"""What keeps the GUI thread smooth in a gift storm, checked for behaviour (timing is in bench_gui.py):
the staged dashboard draw, the bridge's snapshot rate, the chart's axes that stay put, the hand-painted feed."""

from __future__ import annotations

import asyncio
import time
from copy import deepcopy

from streamer_app.core import formatting as fmt
from streamer_app.core.economics import DEFAULT_THRESHOLDS
from streamer_app.ui.bridge import SnapshotBridge
from streamer_app.ui.chart import EarningsChart
from streamer_app.ui.dashboard import Dashboard

from .conftest import snap_with_coins



def _gift(i: int, coins: int = 1) -> dict:
    return {"type": "gift", "user": {"id": str(i), "name": f"Viewer {i}"},
            "gift": {"id": 1, "name": "Rose", "coins": coins}, "units": 1, "coins": coins, "streak": False}


def test_a_live_draw_reaches_every_widget_stage_by_stage(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard(DEFAULT_THRESHOLDS)
    qtbot.addWidget(d)
    d.show()
    d.ensure_chart()
    assert not d.chart.timer.isActive()  # live, the chart is redrawn as a stage of the dashboard's draw
    d.feed_batch(snap, [_gift(i) for i in range(40)])
    # Nothing is drawn on the snapshot's arrival: the throttle draws, a stage per frame.
    assert d.tallies.coins.value.text() != fmt.count(snap["totals"]["coins"])
    top = snap["top_gifters"][0]
    qtbot.waitUntil(lambda: d.gifters.table.item(0, 2).text() == fmt.count(top["coins"]) and not d._stages,
                    timeout=3000)
    assert d.tallies.coins.value.text() == fmt.count(snap["totals"]["coins"])
    assert d.gift_types.table.item(0, 3).text() == fmt.count(snap["gifts"][0]["coins"])
    assert 0 < d.feed.count() <= 8  # only the newest lines of a storm batch
    assert d.feed.item(0).text().startswith("◆  Viewer 39")
    assert d.chart._snap is snap and not d.chart._dirty  # redrawn as the last stage


def test_flush_draws_the_final_picture_at_once_and_clear_drops_what_is_pending(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard(DEFAULT_THRESHOLDS)
    qtbot.addWidget(d)
    d.feed_batch(snap, [_gift(1)])
    d.flush()
    assert d.tallies.coins.value.text() == fmt.count(snap["totals"]["coins"])
    assert d.gifters.table.item(0, 2).text() == fmt.count(snap["top_gifters"][0]["coins"])
    later = deepcopy(snap)
    later["totals"]["coins"] += 5
    d.feed_batch(later, [_gift(2)])
    d.clear()
    qtbot.wait(250)  # past the throttle: nothing from before the clear is drawn
    assert d.tallies.coins.value.text() == fmt.count(snap["totals"]["coins"])
    assert d.feed.count() == 0


class _CountingEngine:
    def __init__(self) -> None:
        self.snapshots = 0

    def snapshot(self) -> dict:
        self.snapshots += 1
        return {"n": self.snapshots, "built_at": time.monotonic()}


def test_the_bridge_sends_updates_at_30_hz_but_builds_the_snapshot_at_most_10_times_a_second(qtbot):
    bridge = SnapshotBridge(max_hz=30.0, snapshot_hz=10.0)
    engine = _CountingEngine()
    batches: list[tuple[dict, list]] = []
    bridge.batch.connect(lambda snap, updates: batches.append((snap, updates)))  # same thread: direct

    async def storm() -> None:
        bridge.attach(engine)
        for i in range(120):  # 1.2 s of 100 updates a second
            bridge.publish(_gift(i))
            await asyncio.sleep(0.01)
        bridge.publish({"type": "end", "reason": "over"})
        bridge.detach()

    start = time.monotonic()
    asyncio.run(storm())
    elapsed = time.monotonic() - start
    delivered = [u for _, ups in batches for u in ups]
    assert len(delivered) == 121 and delivered[-1]["type"] == "end"  # every update, in order
    assert [u["user"]["id"] for u in delivered[:-1]] == [str(i) for i in range(120)]
    assert len(batches) > engine.snapshots  # batches between rebuilds reuse the last snapshot
    assert engine.snapshots <= elapsed * 10 + 3
    assert batches[-1][0]["n"] == engine.snapshots  # the final picture is built fresh after "end"


def test_the_chart_axes_stay_put_while_the_data_grows_within_its_room(qtbot, demo_home):
    _, snap = demo_home
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    chart.apply(snap_with_coins(snap, 1400))
    chart.redraw()
    fitted = chart.y_top  # the first picture fits the data exactly (with headroom)
    chart.apply(snap_with_coins(snap, 1450))  # outgrown: the axis moves once, leaving room to grow into
    chart.redraw()
    grown, view = chart.y_top, chart.getPlotItem().vb.viewRange()
    assert grown >= fitted * 1450 / 1400 * 1.2
    for coins in (1500, 1700, 2000, 2200):  # within that room: the axes keep their range (no re-layout)
        chart.apply(snap_with_coins(snap, coins))
        chart.redraw()
        assert chart.y_top == grown and chart.getPlotItem().vb.viewRange() == view
        assert chart.session_curve.getData()[1].max() <= view[1][1]  # the curve stays on the chart, never clipped
    xs, ys = chart.session_curve.getData()
    assert ys.max() < chart.y_top and ys[-1] / chart.y_top > 0.4  # a readable curve, not squashed
    assert xs[-1] < view[0][1]  # the x axis runs a little ahead of "now"


def _chart_on_a_fake_clock(qtbot, demo_home, monkeypatch, thresholds=DEFAULT_THRESHOLDS) -> tuple[EarningsChart, dict, list[float]]:
    """A chart whose notion of "now" (time.monotonic) advances only when the test moves ``clock[0]``."""
    from types import SimpleNamespace

    from streamer_app.ui import chart as chart_mod

    clock = [1000.0]
    monkeypatch.setattr(chart_mod, "time", SimpleNamespace(monotonic=lambda: clock[0], perf_counter=time.perf_counter,
                                                           time=time.time))
    _, snap = demo_home
    chart = EarningsChart(thresholds)
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    return chart, snap, clock


def test_a_storm_from_zero_moves_the_y_axis_rarely_and_never_hides_the_curve(qtbot, demo_home, monkeypatch):
    """A steady 1,000 gifts/s climb redrawn once a second: the axis is sized for ~10 s ahead."""
    chart, snap, clock = _chart_on_a_fake_clock(qtbot, demo_home, monkeypatch)
    moves, last_view = 0, None
    for second in range(1, 21):
        clock[0] += 1.0
        chart.apply(snap_with_coins(snap, 280_000 * second))  # ~280 coins a gift, 1,000 gifts a second
        chart.redraw()
        view = chart.getPlotItem().vb.viewRange()[1]
        moves += view != last_view
        last_view = view
        ys = chart.session_curve.getData()[1]
        assert ys.max() <= view[1] * 1.0001  # the curve is never clipped at the top
        assert ys[-1] / view[1] > 0.25  # nor squashed to the bottom
    assert moves <= 5  # fitting each second anew would move it 20 times; 25 % room, ~10


def test_one_big_gift_after_a_calm_spell_gets_the_usual_room_not_a_storms(qtbot, demo_home, monkeypatch):
    chart, snap, clock = _chart_on_a_fake_clock(qtbot, demo_home, monkeypatch)
    chart.apply(snap_with_coins(snap, 20_000))
    chart.redraw()
    for _ in range(30):  # a quiet half minute, redrawn every second
        clock[0] += 1.0
        chart.apply(snap_with_coins(snap, 20_000))
        chart.redraw()
    clock[0] += 1.0  # then a Universe: the needed top jumps fivefold in one second
    chart.apply(snap_with_coins(snap, 100_000))
    chart.redraw()
    top = chart.getPlotItem().vb.viewRange()[1][1]
    ys = chart.session_curve.getData()[1]
    assert ys.max() <= top and ys[-1] / top > 0.6  # fitted with the usual 25 % room, the curve reads large


def test_a_y_axis_move_gets_its_own_stage_after_the_curves_and_is_never_lost(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard(DEFAULT_THRESHOLDS)
    qtbot.addWidget(d)
    d.resize(1280, 800)  # the window's size: the chart shows its axes
    d.show()
    chart = d.ensure_chart()
    qtbot.waitUntil(chart.isVisible, timeout=3000)  # a live chart is redrawn only while it shows
    chart.apply(snap_with_coins(snap, 1400))
    chart.redraw()
    view = chart.getPlotItem().vb.viewRange()[1]
    chart.apply(snap_with_coins(snap, 14_000))  # tenfold: the y axis must move
    d._stages = [d._redraw_chart]
    d._next_stage()  # the chart's stage: new curves, the axis not yet moved
    assert chart.session_curve.getData()[1].max() > view[1]
    assert chart.getPlotItem().vb.viewRange()[1] == view and len(d._stages) == 2
    d._next_stage()  # the next frame: the move and its new axis labels, not painted yet
    assert chart.getPlotItem().vb.viewRange()[1][1] >= chart.session_curve.getData()[1].max()
    assert not chart.updatesEnabled() and chart.getAxis("left").picture is not None
    d._next_stage()  # the frame after: the paint
    assert chart.updatesEnabled() and not d._stages
    # What the axes show was made ahead of the paint: it must be what a paint makes itself.
    ahead = chart.grab().toImage()
    for name in ("left", "bottom"):
        chart.getAxis(name).picture = None
        chart.getAxis(name).update()  # its cached pixmap too
    assert chart.grab().toImage() == ahead
    # A draw cut short (a new batch runs the pending stages at once) still makes the move.
    chart.apply(snap_with_coins(snap, 140_000))
    d._stages = [d._redraw_chart]
    d._run_stages()
    assert chart.getPlotItem().vb.viewRange()[1][1] >= chart.session_curve.getData()[1].max()
    assert chart.updatesEnabled()
    # A hidden move whose paint stage is dropped (a new source clears the dashboard) or never
    # comes is still painted: the chart never stays frozen.
    chart.apply(snap_with_coins(snap, 1_400_000))
    d._stages = [d._redraw_chart]
    d._next_stage()
    d._next_stage()
    assert not chart.updatesEnabled()
    d.clear()
    assert chart.updatesEnabled()
    chart.apply(snap_with_coins(snap, 14_000_000))
    assert chart.redraw(split=True) and chart.finish_redraw(hidden=True) and not chart.updatesEnabled()
    qtbot.waitUntil(chart.updatesEnabled, timeout=2000)


def test_a_storms_room_is_taken_back_once_the_stream_calms_down(qtbot, demo_home, monkeypatch):
    """After a burst from zero the axis has room for 3x; half a minute of calm and the curve fills it again.

    (No thresholds: a threshold line within reach rightly keeps the axis above the curve.)
    """
    chart, snap, clock = _chart_on_a_fake_clock(qtbot, demo_home, monkeypatch, thresholds=())
    for second in range(1, 11):  # a burst: the axis leaves a storm's room above the curve
        clock[0] += 1.0
        chart.apply(snap_with_coins(snap, 50_000 * second))
        chart.redraw()
    ys = chart.balance_curve.getData()[1]  # the upper curve (earlier sessions' balance on top)
    stormy = ys[-1] / chart.getPlotItem().vb.viewRange()[1][1]
    assert stormy < 0.6  # room to grow into
    for _ in range(40):  # then calm: a gift now and then
        clock[0] += 1.0
        chart.apply(snap_with_coins(snap, 500_000 + 100 * _))
        chart.redraw()
    top = chart.getPlotItem().vb.viewRange()[1][1]
    ys = chart.balance_curve.getData()[1]
    assert ys.max() <= top and ys[-1] / top > max(0.6, stormy)  # the curve reads large again


def test_a_popping_alert_card_repaints_only_itself_and_the_screen_matches_a_full_paint(qtbot):
    """Storm frames repaint the card's rectangle, not the canvas; nothing stale is left around it,
    also when a streak climbs a tier and its card grows."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QGuiApplication

    from streamer_app.settings import AlertSettings
    from streamer_app.ui.alerts import AlertWindow

    w = AlertWindow(AlertSettings(muted=True))
    qtbot.addWidget(w)
    w.resize(640, 360)
    w.show()
    qtbot.waitExposed(w)
    regions: list = []

    class Paints(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                regions.append(event.region().boundingRect())
            return False

    spy = Paints()
    w.installEventFilter(spy)
    user, rose = {"id": "1", "name": "Alice"}, {"id": 1, "name": "Rose", "coins": 1, "image": ""}
    for count in (1, 5, 9, 30, 150):  # 150 Roses: tier 0 -> 1, a bigger card
        w.push([{"type": "streak", "user": user, "gift": rose, "group_id": 1, "count": count, "ended": False}])
        qtbot.wait(120)
    assert w.current.tier == 1
    area = w.width() * w.height()
    small = [r for r in regions if r.width() * r.height() < area / 2]
    assert len(small) > len(regions) / 2  # most frames repainted only the card
    qtbot.wait(400)  # the last pop settles
    on_screen = QGuiApplication.primaryScreen().grabWindow(w.winId()).toImage()
    assert on_screen.convertToFormat(on_screen.Format.Format_RGB32) == \
        w.grab().toImage().convertToFormat(on_screen.Format.Format_RGB32)
