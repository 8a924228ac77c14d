"""The earnings chart: session earnings and the balance since the last withdrawal, against thresholds.

Drawn with pyqtgraph from a timer, never per event: ``apply(snapshot)`` only stores the
snapshot; ``redraw()`` (at most a few times a second) turns the engine's 10 s timeline
buckets into two curves. The x axis is time of day, the y axis is money in the display
currency. Each payout threshold is a labelled horizontal line with the date it is
projected to be reached at the recent rate (core.economics.plan_payouts).
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from decimal import Decimal

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont

from ..core import formatting as fmt
from ..core.economics import PayoutPlan, RateProfile, Threshold, plan_payouts
from . import theme

REDRAW_MS = 500
RECENT_DAYS = 14


def _pen(colour: str, dashed: bool = False):
    pen = pg.mkPen(colour, width=1)
    pen.setCosmetic(True)
    if dashed:
        pen.setStyle(pg.QtCore.Qt.PenStyle.DashLine)
    return pen


class MoneyAxis(pg.AxisItem):
    """Left axis in the display currency."""

    currency = "USD"

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        decimals = 0 if spacing >= 1 else 2
        out = []
        for v in values:
            text = fmt.money(Decimal(f"{v:.{decimals}f}"), self.currency)
            out.append(text[:-3] if decimals == 0 and text.endswith(".00") else text)
        return out


class EarningsChart(pg.PlotWidget):
    def __init__(self, thresholds: tuple[Threshold, ...] = ()) -> None:
        self.money_axis = MoneyAxis(orientation="left")
        super().__init__(axisItems={"bottom": pg.DateAxisItem(orientation="bottom"), "left": self.money_axis})
        self.setBackground(theme.PANEL)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        pi = self.getPlotItem()
        pi.showGrid(x=True, y=True, alpha=0.12)
        pi.setClipToView(True)
        pi.setDownsampling(auto=True, mode="peak")
        for name in ("left", "bottom"):
            ax = pi.getAxis(name)
            ax.setPen(pg.mkPen(theme.BORDER))
            ax.setTextPen(pg.mkPen(theme.MUTED))
        pi.getAxis("left").setWidth(64)
        legend = pi.addLegend(offset=(-10, 8), labelTextColor=theme.TEXT, brush=pg.mkBrush(theme.PANEL + "cc"))
        # Width-1 cosmetic pens and no fill: wide pens and filled areas cost tens of ms per paint
        # in Qt's raster engine, which a gift storm cannot afford on the GUI thread.
        self.session_curve = pi.plot([], [], pen=_pen(theme.ACCENT), name="This session")
        self.balance_curve = pi.plot([], [], pen=_pen(theme.ACCENT_2, dashed=True), name="Balance since last withdrawal")
        self.legend = legend
        self.thresholds: tuple[Threshold, ...] = tuple(thresholds)
        self.lines: list[pg.InfiniteLine] = []
        self.plan: PayoutPlan | None = None
        self.history_coins_recent = 0  # coins in the last RECENT_DAYS before this session (from the store)
        self._snap: dict | None = None
        self._dirty = False
        self.last_redraw_s = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self._maybe_redraw)
        self.timer.start()

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
    def redraw(self, now: datetime | None = None) -> None:
        snap = self._snap
        if snap is None:
            return
        t0 = time.perf_counter()
        self._dirty = False
        rates = RateProfile.from_dict(snap["rates"])
        self.money_axis.currency = rates.currency
        per_coin = float(rates.diamonds_per_coin * rates.usd_per_diamond * rates.usd_to_currency)
        timeline = snap.get("timeline") or []
        started = (snap.get("session") or {}).get("started_at") or (timeline[0][0] if timeline else time.time())
        end = max(snap.get("stream_time") or started, started + 60)
        if timeline:
            arr = np.asarray(timeline, dtype=float)
            xs = np.concatenate(([started], arr[:, 0]))
            ys = np.concatenate(([0.0], arr[:, 1])) * per_coin
        else:
            xs = np.array([started, end])
            ys = np.zeros(2)
        if xs[-1] < end:  # the line runs on to "now" at its last value
            xs = np.append(xs, end)
            ys = np.append(ys, ys[-1])
        self.session_curve.setData(xs, ys)
        balance = snap.get("balance") or {}
        base = float(balance.get("base_coins", 0)) * per_coin
        self.balance_curve.setData(xs, ys + base)
        coins = int(balance.get("coins", snap["totals"]["coins"]))
        session_coins = int(snap["totals"]["coins"])
        per_day = (self.history_coins_recent + session_coins) / RECENT_DAYS
        try:
            self.plan = plan_payouts(coins, rates, self.thresholds, per_day, now=now)
        except ValueError:
            self.plan = None
        self._draw_thresholds(per_coin)
        top = float(ys[-1] + base)
        if self.plan is not None:
            upcoming = [float(p.target_coins) * per_coin for p in self.plan.progress if not p.reached]
            if upcoming:
                top = max(top, min(upcoming))
        self.setXRange(started, end, padding=0.01)
        self.setYRange(0, max(top * 1.15, 1.0), padding=0)
        self.last_redraw_s = time.perf_counter() - t0

    def _draw_thresholds(self, per_coin: float) -> None:
        pi = self.getPlotItem()
        progress = self.plan.progress if self.plan else []
        while len(self.lines) < len(progress):
            line = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(theme.WARN, width=1, style=pg.QtCore.Qt.PenStyle.DotLine),
                                   label="", labelOpts={"position": 0.02, "color": theme.WARN, "anchors": [(0, 1), (0, 1)],
                                                        "fill": pg.mkBrush(theme.PANEL + "dd")})
            f = QFont()
            f.setPointSizeF(9.5)
            line.label.setFont(f)
            pi.addItem(line, ignoreBounds=True)
            self.lines.append(line)
        while len(self.lines) > len(progress):
            pi.removeItem(self.lines.pop())
        for line, p in zip(self.lines, progress):
            line.setValue(float(p.target_coins) * per_coin)
            text = self.threshold_text(p)
            if line.label.toPlainText() != text:
                line.label.setText(text)
            line.setPen(pg.mkPen(theme.GOOD if p.reached else theme.WARN, width=1,
                                 style=pg.QtCore.Qt.PenStyle.DotLine))
            line.label.setColor(theme.GOOD if p.reached else theme.WARN)

    @staticmethod
    def threshold_text(p) -> str:
        if p.reached:
            return f"{p.threshold.label()}  ✓ reached"
        if p.projected_at is not None:
            local = p.projected_at.astimezone() if p.projected_at.tzinfo else p.projected_at.replace(tzinfo=timezone.utc)
            return f"{p.threshold.label()}  ·  {p.fraction * 100:.0f}%  ·  ≈ {local:%b %d, %Y}"
        return f"{p.threshold.label()}  ·  {p.fraction * 100:.0f}%  ·  no recent income to project from"

    def labels(self) -> list[str]:
        return [line.label.toPlainText() for line in self.lines]
