"""The earnings chart: session earnings and the balance since the last withdrawal, against thresholds.

Drawn with pyqtgraph from a timer, never per event: ``apply(snapshot)`` only stores the
snapshot; ``redraw()`` (at most a few times a second) turns the engine's 10 s timeline
buckets into two curves. The x axis is time of day, the y axis is money in the display
currency and follows the data (with headroom), so a creator always sees their own curve.
A payout threshold within reach (up to ``LINE_REACH`` times the data's top) is a labelled
horizontal line; one further away would squash the curve to the bottom, so it is listed
as a marker at the top edge instead ("Withdrawal minimum $100 ↑ · 7% · ≈ May 18, 2027").
Each shows the date it is projected to be reached at the recent rate (plan_payouts).
"""

from __future__ import annotations

import time
from datetime import datetime
from decimal import Decimal

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont

from ..core.economics import Balance, PayoutPlan, RateProfile, Threshold, plan_payouts
from . import theme
from .chart_axis import (
    MoneyAxis, TimeAxis, legend_above, name_curves, render_axis_pictures, short_label, threshold_text,
)
from .chart_axis import make_pen as _pen
from .widgets import cash

REVEAL_LATEST_MS = 200  # a hidden y-axis move is painted by then at the latest (finish_redraw)
REDRAW_MS = 1000  # the timeline has 10 s buckets: once a second reads as live and halves the paint cost
RECENT_DAYS = 14
LINE_REACH = 1.5  # thresholds up to this multiple of the data's top are drawn as lines
HEADROOM = 1.15
MARKER_ROOM = 0.09  # extra headroom per threshold listed at the top edge
X_AHEAD = 0.05  # the x axis runs this share of the session ahead of "now", so it moves rarely
X_AHEAD_MIN_S = 15.0
MIN_SPAN_S = 60.0  # a new session's x axis shows at least its first minute
Y_GROW = 1.25  # room left above a growing curve when the y axis has to move
Y_GROW_FAST = 1.6  # ... when it had to move less than FAST_GROWTH_S ago
FAST_GROWTH_S = 10.0
Y_SLACK = 1.3  # the y axis keeps its top while the needed top is within this factor below it
# In a storm the y axis is sized for where the curve will be this many seconds ahead at its
# recent rate (at most Y_AHEAD_MAX times the needed top), so a burst from zero moves the axis
# every ~10 s instead of every few seconds: each move repaints the whole plot (13-20 ms of
# GUI-thread CPU in a 1,000 gifts/s storm, the longest frames bench_gui.py --attribute found).
Y_AHEAD_S = 10.0
Y_AHEAD_MAX = 3.0  # the curve keeps at least a third of the chart's height
ROOM_KEPT_S = 30.0  # how long room left for growth is kept after the axis last moved
BALANCE_REACH = 3.0  # a balance line above this multiple of the session's top is named, not drawn
LABEL_SLOTS = (0.02, 0.36, 0.70)  # where along its line a threshold's label sits
LABEL_PX = 20  # threshold lines closer than this put their labels in different slots


class EarningsChart(pg.PlotWidget):
    def __init__(self, thresholds: tuple[Threshold, ...] = ()) -> None:
        self.money_axis = MoneyAxis(orientation="left")
        super().__init__(axisItems={"bottom": TimeAxis(orientation="bottom"), "left": self.money_axis})
        self.setBackground(theme.PANEL)
        # Time runs left to right in every language, its money axis on the left (as the HTML
        # report's charts): in Arabic the plot's layout put the axis on the right of a curve
        # that still ran left to right. Its texts are still Arabic.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # its graphics layout's own
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        pi = self.getPlotItem()
        self._style_plot(pi)
        self._add_items(pi)
        self._init_view_state()
        self.thresholds: tuple[Threshold, ...] = tuple(thresholds)
        self.lines: list[pg.InfiniteLine] = []
        self.plan: PayoutPlan | None = None
        self.history_coins_recent = 0  # coins in the last RECENT_DAYS before this session (from the store)
        self._snap: dict | None = None
        self._view_move = None  # a y-axis move left for the next frame (redraw(split=True))
        self._dirty = False
        self.last_redraw_s = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self._maybe_redraw)
        self.timer.start()

    def _style_plot(self, pi: pg.PlotItem) -> None:
        """Grid, clipping, downsampling and the axes' pens and widths."""
        # Horizontal money lines only: the time axis's grid added ~1 ms to every paint of the
        # chart in a storm and was barely visible; the time labels below carry the x axis.
        pi.showGrid(x=False, y=True, alpha=0.12)
        pi.setClipToView(True)
        pi.setDownsampling(auto=True, mode="peak")
        for name in ("left", "bottom"):
            ax = pi.getAxis(name)
            ax.setPen(pg.mkPen(theme.BORDER))
            ax.setTextPen(pg.mkPen(theme.MUTED))
        pi.getAxis("left").setWidth(64)
        # Major and minor money ticks and grid lines only: the sub-minor grid (dozens of lines at
        # ~4 % opacity, invisible on the dark panel) was most of the cost of redrawing this axis.
        pi.getAxis("left").setStyle(maxTickLevel=1)

    def _add_items(self, pi: pg.PlotItem) -> None:
        """The legend, the two curves and the text item listing thresholds beyond the top."""
        legend = legend_above(pi)
        # Cosmetic pens, no fill, no antialiasing: a filled area or an antialiased wide pen costs
        # tens of ms per paint in Qt's raster engine; a plain width-2 line stays cheap (bench_gui.py).
        self.session_curve = pi.plot([], [], pen=_pen(theme.ACCENT),
                                     name=QCoreApplication.translate("EarningsChart", "This session"))
        self.balance_curve = pi.plot([], [], pen=_pen(theme.ACCENT_2, dashed=True),
                                     name=QCoreApplication.translate("EarningsChart", "Balance since last withdrawal"))
        self.session_curve.setZValue(2)  # on top: with no earlier sessions both curves coincide
        self.legend = legend
        # Thresholds beyond the chart's top, listed at its top edge (one text item, re-set only on change).
        self.markers = pg.TextItem("", color=theme.WARN, anchor=(0, 0), fill=pg.mkBrush(theme.PANEL + "dd"))
        mf = QFont()
        mf.setPointSizeF(9.5)
        self.markers.setFont(mf)
        pi.addItem(self.markers, ignoreBounds=True)
        self.marker_texts: list[str] = []
        # Axes (and their grid lines) and the text items are re-rendered only when they change;
        # otherwise a curve update repaints them from a pixmap instead of re-laying out their text.
        cache = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in (pi.getAxis("left"), pi.getAxis("bottom"), legend, self.markers):
            item.setCacheMode(cache)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and not self.closed:  # close() deleted the scene's items
            self._name_curves()
            for axis in (self.getAxis("left"), self.getAxis("bottom")):
                axis.picture = None  # its labels written again, in the new language's digits and money
                axis.update()
            self._dirty = True  # the markers and line labels follow at the next redraw
        super().changeEvent(event)

    def _name_curves(self) -> None:
        name_curves(self.legend, {id(self.session_curve): "This session",
                                  id(self.balance_curve): "Balance since last withdrawal"})

    def _init_view_state(self) -> None:
        """What _set_view remembers between redraws, before the first one."""
        self.balance_far = False
        self._tl_arr = np.empty((0, 2))
        self.y_top = 1.0
        self._view_x = (0.0, 0.0)
        self._view_top = 0.0
        self._view_top_at = 0.0
        self._room = 1.0  # the view's top over the needed top when it last moved
        self._need = (0.0, 0.0, 0.0)  # (monotonic time, x start, needed top) at the last redraw: the growth rate

    # -- inputs ------------------------------------------------------------------------
    def apply(self, snap: dict) -> None:
        self._snap = snap
        self._dirty = True

    def set_thresholds(self, thresholds) -> None:
        self.thresholds = tuple(thresholds)
        for line in self.lines:
            self.getPlotItem().removeItem(line)
        self.lines = []
        self._dirty = True

    def set_recent_history(self, coins_recent: int) -> None:
        self.history_coins_recent = max(0, int(coins_recent))
        self._dirty = True

    def _maybe_redraw(self) -> None:
        if self._dirty and self.isVisible():
            self.redraw()

    # -- drawing -------------------------------------------------------------------------
    def redraw(self, now: datetime | None = None, split: bool = False) -> bool:
        """Draw the stored snapshot. With ``split``, a y-axis move is left for ``finish_redraw``
        (the next frame) and True is returned: the move repaints the whole plot with new axis
        labels, too much for the same frame as the rest of the redraw in a gift storm."""
        self.finish_redraw()  # a move still waiting is made first: the view state below assumes it
        snap = self._snap
        if snap is None:
            return False
        t0 = time.perf_counter()
        self._dirty = False
        rates = RateProfile.from_dict(snap["rates"])
        self.money_axis.currency = rates.currency
        per_coin = float(rates.diamonds_per_coin * rates.usd_per_diamond * rates.usd_to_currency)
        started, end, xs, ys = self._draw_session(snap, per_coin)
        session_coins = int(snap["totals"]["coins"])
        earlier, base, session_top = self._draw_balance(snap, rates, xs, ys)
        per_day = (self.history_coins_recent + session_coins) / RECENT_DAYS
        try:
            self.plan = plan_payouts(earlier + Balance.at(session_coins, rates), rates, self.thresholds, per_day,
                                     now=now)
        except ValueError:
            self.plan = None
        data_top = session_top if self.balance_far else session_top + base
        top = self._needed_top(started, data_top, per_coin, rates)
        move = self._set_view(started, end, top)
        self.last_redraw_s = time.perf_counter() - t0
        if move is not None and split:
            self._view_move = move
            return True
        if move is not None:
            move()
        return False

    def _draw_session(self, snap: dict, per_coin: float) -> tuple[float, float, np.ndarray, np.ndarray]:
        """Set the session curve from the timeline; returns (start, x end, its xs, its ys in money)."""
        timeline = snap.get("timeline") or []
        started = (snap.get("session") or {}).get("started_at") or (timeline[0][0] if timeline else time.time())
        stream_time = snap.get("stream_time") or started
        end = max(stream_time, started + MIN_SPAN_S)
        if timeline:
            arr = self._timeline_array(timeline)
            xs = np.concatenate(([started], arr[:, 0]))
            ys = np.concatenate(([0.0], arr[:, 1])) * per_coin
        else:
            xs = np.array([started, stream_time])
            ys = np.zeros(2)
        if xs[-1] < stream_time:  # the line runs on to "now" at its last value, not into the future
            xs = np.append(xs, stream_time)
            ys = np.append(ys, ys[-1])
        # skipFiniteCheck: our arrays never hold NaN, and the check scans every point each redraw.
        self.session_curve.setData(xs, ys, skipFiniteCheck=True)
        return started, end, xs, ys

    def _draw_balance(self, snap: dict, rates: RateProfile, xs: np.ndarray,
                      ys: np.ndarray) -> tuple[Balance, float, float]:
        """Set (or hide) the balance curve; returns (the balance before this session, its money, session top)."""
        balance = snap.get("balance") or {}
        # Earlier sessions count at the rates they were computed with, this one at today's.
        earlier = Balance(int(balance.get("base_coins", 0)), Decimal(balance.get("base_diamonds", "0")),
                          Decimal(balance.get("base_usd", "0")))
        base = float(earlier.usd * rates.usd_to_currency)
        session_top = max(float(ys.max()), 0.0)
        # A balance far above tonight's curve would flatten it on the floor: then the balance is
        # named at the top edge instead, and the axis follows this session.
        self.balance_far = base > 0 and session_top + base > BALANCE_REACH * max(session_top, self._min_top(rates))
        if self.balance_curve.isVisible() == self.balance_far:
            self.balance_curve.setVisible(not self.balance_far)
        if not self.balance_far:
            self.balance_curve.setData(xs, ys + base, skipFiniteCheck=True)
        return earlier, base, session_top

    def _needed_top(self, started: float, data_top: float, per_coin: float, rates: RateProfile) -> float:
        """Draw the thresholds and return the y axis' needed top (data, near lines, marker room)."""
        # Thresholds within reach widen the range so their line shows; far ones become markers.
        # Within the axis already shown (a storm's room) is within reach too: no "↑" beside an
        # empty upper half.
        shown = self._view_top / HEADROOM if self._view_x[0] == started else 0.0
        reach = max(data_top * LINE_REACH, self._min_top(rates), shown)
        targets = [float(p.target_coins) * per_coin for p in (self.plan.progress if self.plan else [])]
        near = [v for v in targets if v <= reach]
        markers = self._draw_thresholds(per_coin, reach, max([data_top, *near]) * HEADROOM, rates)
        # Each marker line at the top edge gets its own strip of headroom, so lines and their
        # labels never run into the markers.
        top = max([data_top, *near]) * (HEADROOM + MARKER_ROOM * markers)
        return max(top, self._min_top(rates))

    def finish_redraw(self, hidden: bool = False) -> bool:
        """Move the y axis as the last ``redraw(split=True)`` decided; False if it did not.

        ``hidden``: make the move and everything it recomputes (the axes' new ticks and labels,
        the view's transforms) without painting; ``reveal()`` paints it, a frame later. The
        move is about 11 ms of GUI thread in one piece; split like this, two pieces of ~5 ms.
        """
        move, self._view_move = self._view_move, None
        if move is None:
            return False
        if not hidden:
            move()
            return True
        self.setUpdatesEnabled(False)
        move()
        self.scene().prepareForPaint()
        self._render_axes()
        # Never left frozen, whatever becomes of the stage that reveals it.
        QTimer.singleShot(REVEAL_LATEST_MS, self.reveal)
        return True

    def reveal(self) -> None:
        """Paint again after ``finish_redraw(hidden=True)``."""
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    def _render_axes(self) -> None:
        """Make the axes' pictures now, exactly as their paint() would (pyqtgraph's AxisItem.paint)."""
        render_axis_pictures((self.getAxis("left"), self.getAxis("bottom")))

    def _set_view(self, started: float, end: float, top: float):
        """Move the axes only when the data leaves the view (with room ahead), not on every redraw.

        A new range regenerates both axes' ticks, labels and grid, and repaints the whole plot:
        that was most of the chart's cost in a gift storm (bench_gui.py). So the x axis runs a
        little ahead of "now" (5 % of the session, at least 15 s), and the y axis keeps its top
        while the needed top stays within ``Y_SLACK`` below it. Returns the y-axis move to make
        (a callable, so it can wait for the next frame), or None if the y axis stays.
        """
        x0 = self._set_x_view(started, end)
        now = time.monotonic()
        last_at, last_start, last_top = self._need
        self._need = (now, started, top)
        # Room left for growth (Y_GROW.., Y_AHEAD_S) is not slack to take back at the next redraw,
        # but only while the growth lasts: once the axis has not had to move for ROOM_KEPT_S, a
        # storm's room (up to 3x) is taken back and the curve fills the chart again (before,
        # a demo's first minute left the curve in the bottom fifth for the rest of the stream).
        recent = now - self._view_top_at < ROOM_KEPT_S
        room_kept = self._room if x0 == started and recent else 1.0
        if not top <= self._view_top <= top * Y_SLACK * room_kept:
            self._view_top = self._new_view_top(x0 == started, top, now, last_at, last_start == started, last_top)
            self._room = self._view_top / top if top > 0 else 1.0
            self._view_top_at = now
            # The view shows the whole room: a curve growing into it stays on the chart.
            view_top = self._view_top

            def move() -> None:
                self.setYRange(0, view_top, padding=0)
                self.markers.setPos(started, view_top)
            self.y_top = view_top
            return move
        elif self.markers.pos().x() != started:
            self.markers.setPos(started, self._view_top)
        self.y_top = self._view_top
        return None

    def _set_x_view(self, started: float, end: float) -> float:
        """Move the x axis if "now" left it (with room ahead); returns the x start it had before."""
        x0, x1 = self._view_x
        ahead = max(X_AHEAD_MIN_S, X_AHEAD * (end - started))
        if x0 != started or not end <= x1 <= end + ahead * 2:
            # In the first minute the axis shows that whole minute (it does not move): no room ahead.
            x1 = end + (ahead if end > started + MIN_SPAN_S else 0.0)
            self._view_x = (started, x1)
            self.setXRange(started, x1, padding=0.01)
        return x0

    def _new_view_top(self, same_session: bool, top: float, now: float, last_at: float, last_same: bool,
                      last_top: float) -> float:
        """The y axis' new top once ``top`` no longer fits the current one.

        ``same_session``: the x axis already showed this session; ``last_at``, ``last_same``,
        ``last_top``: when the previous redraw was, whether it was of this session, what it needed.
        """
        # Outgrown during the same session: leave room to grow into, so a climbing curve
        # re-ranges every ~25 % of growth rather than every second. Otherwise fit exactly.
        growing = same_session and 0 < self._view_top < top
        # A storm (outgrown again within seconds) gets more room, so the axis moves a few
        # times in its first seconds rather than every second (each move costs ~15 ms).
        fast = now - self._view_top_at < FAST_GROWTH_S
        room = top * (Y_GROW_FAST if fast else Y_GROW)
        if fast and growing and last_same and now > last_at and top > last_top:
            # Room for the next Y_AHEAD_S seconds at the rate since the last redraw (redraws
            # closer than a second apart, e.g. a settings change, do not make a rate of it).
            # Only in a storm: one big gift after a calm spell must not shrink the curve.
            ahead = top + (top - last_top) / max(now - last_at, 1.0) * Y_AHEAD_S
            room = max(room, min(ahead, top * Y_AHEAD_MAX))
        if growing:
            return room
        if same_session and self._view_top > top:
            # Room taken back in the same session: the curve only climbs, so leave the usual
            # room (fitting exactly made the next gift move the axis again at once).
            return top * Y_GROW
        return top

    def _timeline_array(self, timeline: list) -> np.ndarray:
        """The timeline as an (n, 2) array, converting only buckets that are new or changed.

        A 10-hour session has 3,600 buckets; converting the whole list on every redraw was
        the largest part of the redraw. Only the last bucket grows while a stream runs.
        """
        cached = self._tl_arr
        n = len(cached)
        if n and len(timeline) >= n and timeline[0][0] == cached[0, 0] and timeline[n - 2][0] == cached[n - 2, 0] \
                and timeline[n - 2][1] == cached[n - 2, 1]:
            tail = np.asarray(timeline[n - 1:], dtype=float).reshape(-1, 2)
            arr = np.concatenate((cached[: n - 1], tail)) if len(tail) else cached
        else:
            arr = np.asarray(timeline, dtype=float).reshape(-1, 2)
        self._tl_arr = arr
        return arr

    @staticmethod
    def _min_top(rates: RateProfile) -> float:
        # An empty session still gets a readable axis: one unit of the display currency.
        return float(max(Decimal(1), rates.usd_to_currency))

    def _draw_thresholds(self, per_coin: float, reach: float, top: float, rates: RateProfile) -> int:
        """Lines for thresholds within ``reach``, the rest listed at the top edge; returns how
        many marker lines there are. ``top`` is about the axis's top, for spacing the labels."""
        pi = self.getPlotItem()
        progress = self.plan.progress if self.plan else []
        while len(self.lines) < len(progress):
            line = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(theme.WARN, width=1, style=pg.QtCore.Qt.PenStyle.DotLine),
                                   label="", labelOpts={"position": LABEL_SLOTS[0], "color": theme.WARN,
                                                        "anchors": [(0, 1), (0, 1)], "fill": pg.mkBrush(theme.PANEL + "dd")})
            f = QFont()
            f.setPointSizeF(9.5)
            line.label.setFont(f)
            pi.addItem(line, ignoreBounds=True)
            self.lines.append(line)
        while len(self.lines) > len(progress):
            pi.removeItem(self.lines.pop())
        markers, reached_far = [], []
        if self.balance_far and self.plan is not None:
            markers.append(QCoreApplication.translate("EarningsChart", "Balance since last withdrawal {amount} ↑").format(
                amount=cash(self.plan.balance_money, rates.currency)))
        # Labels of lines closer than a label's height share the row: each takes the next slot along it.
        value_per_px = top / max(self.getPlotItem().vb.height(), 100.0)
        taken: list[tuple[float, float]] = []  # (value, slot) of labels placed so far
        for line, p in sorted(zip(self.lines, progress), key=lambda lp: float(lp[1].target_coins)):
            value = float(p.target_coins) * per_coin
            line.setValue(value)
            on_chart = value <= reach
            text = self.threshold_text(p, above=not on_chart)
            if on_chart:
                crowded = {slot for v, slot in taken if abs(v - value) < LABEL_PX * value_per_px}
                slot = next((x for x in LABEL_SLOTS if x not in crowded), LABEL_SLOTS[-1])
                taken.append((value, slot))
                if line.label.orthoPos != slot:
                    line.label.setPosition(slot)
                if line.label.toPlainText() != text:
                    line.label.setText(text)
                colour = theme.GOOD if p.reached else theme.WARN
                if getattr(line, "_colour", None) != colour:  # a new pen re-renders the line: only on change
                    line._colour = colour
                    line.setPen(pg.mkPen(colour, width=1, style=pg.QtCore.Qt.PenStyle.DotLine))
                    line.label.setColor(colour)
            elif p.reached:
                reached_far.append(self.short_label(p.threshold))
            else:
                markers.append(text)
            line._text = text
            if line.isVisible() != on_chart:
                line.setVisible(on_chart)
        if reached_far:
            markers.append(QCoreApplication.translate("EarningsChart", "✓ reached: {names}").format(
                names=QCoreApplication.translate("EarningsChart", ", ").join(reached_far)))
        if markers != self.marker_texts:
            self.marker_texts = markers
            self.markers.setText("\n".join(markers))
            self.markers.setVisible(bool(markers))
        return len(markers)

    short_label = staticmethod(short_label)  # 'Withdrawal minimum $100', 'First cash-out 1,000 coins'
    threshold_text = staticmethod(threshold_text)

    def labels(self) -> list[str]:
        """Every threshold's text, in order, whether drawn as a line or listed as a marker."""
        return [getattr(line, "_text", line.label.toPlainText()) for line in self.lines]

    def on_chart(self) -> list[bool]:
        return [line.isVisible() for line in self.lines]
