"""The earnings chart's axis and label pieces: pens, the money and time axes, axis pictures
made ahead of their paint, and the texts of payout thresholds (split out of chart.py).

Everything written on the chart is in the window's language: money through ``widgets.cash``,
counts through ``widgets.num``, dates through QLocale, the time axis in the locale's digits.
The default thresholds' names are translated where shown; names the creator typed are theirs.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPainter, QPicture

from .. import i18n
from ..core.economics import Threshold
from ..i18n import QT_TRANSLATE_NOOP
from . import theme
from .translation import shown
from .widgets import cash, num

# The default thresholds' names (core/economics.DEFAULT_THRESHOLDS), translated where shown.
DEFAULT_NAMES = frozenset((
    QT_TRANSLATE_NOOP("EarningsChart", "First cash-out"),
    QT_TRANSLATE_NOOP("EarningsChart", "Withdrawal minimum"),
    QT_TRANSLATE_NOOP("EarningsChart", "My goal"),
    QT_TRANSLATE_NOOP("EarningsChart", "Twitch payout minimum"),
    QT_TRANSLATE_NOOP("EarningsChart", "YouTube (AdSense) payment threshold"),
))


LEGEND_ROW_PX = 24  # the legend's row above the plot


def legend_above(pi: pg.PlotItem) -> pg.LegendItem:
    """The curves' legend, one row at the top-right above the plot, in the row pyqtgraph keeps for
    a title. Inside the plot (its headroom) the thresholds listed at the top edge ran under it once
    there were three, and a German legend is wider still; bottom-right, the curve ran behind it."""
    legend = pi.addLegend(offset=(-10, 1), labelTextColor=theme.TEXT, colCount=2, verSpacing=-6)
    legend.setParentItem(pi)  # anchored to the plot item's top-right, in its title row
    legend.layout.setContentsMargins(0, 0, 0, 0)  # no box around it any more: no padding either
    pi.layout.setRowFixedHeight(0, LEGEND_ROW_PX)
    return legend


def name_curves(legend: pg.LegendItem, names: dict[int, str]) -> None:
    """The legend's names (by id of their curve, "EarningsChart" texts) in the window's language."""
    for sample, label in legend.items:
        name = names.get(id(sample.item))
        shown_name = shown("EarningsChart", name) if name else ""
        if shown_name and label.text != shown_name:
            label.setText(shown_name)
    legend.updateSize()


def make_pen(colour: str, dashed: bool = False, width: int = 2):
    pen = pg.mkPen(colour, width=width)
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
            amount = Decimal(f"{v:.{decimals}f}")
            out.append(_whole_money(amount, self.currency) if decimals == 0 else cash(amount, self.currency))
        return out


def _whole_money(amount: Decimal, currency: str) -> str:
    """"$70", "70 $", "R$ 70": a whole amount without its ",00"."""
    text = cash(amount, currency)
    for zeros in (".00", ",00", "٫٠٠"):
        if zeros in text:
            return text.replace(zeros, "", 1)
    return text


class TimeAxis(pg.DateAxisItem):
    """Time of day, in the locale's digits (Arabic-Indic in Arabic)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        out = super().tickStrings(values, scale, spacing)
        if i18n.current().code == "en":
            return out
        zero = QLocale().zeroDigit()
        if zero == "0":
            return out
        digits = str.maketrans("0123456789", "".join(chr(ord(zero) + i) for i in range(10)))
        return [t.translate(digits) for t in out]


def render_axis_pictures(axes) -> None:
    """Make the axes' pictures now, exactly as their paint() would (pyqtgraph's AxisItem.paint)."""
    for axis in axes:
        if axis.picture is not None:
            continue
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if axis.style["tickFont"]:
                painter.setFont(axis.style["tickFont"])
            specs = axis.generateDrawSpecs(painter)
            if specs is not None:
                axis.drawPicture(painter, *specs)
        finally:
            painter.end()
        axis.picture = picture


def threshold_name(t: Threshold) -> str:
    return shown("EarningsChart", t.name) if t.name in DEFAULT_NAMES else t.name


def short_label(t: Threshold) -> str:
    """'Withdrawal minimum $100', 'First cash-out 1,000 coins'."""
    name = threshold_name(t)
    if t.unit == "money":
        amount = _whole_money(t.amount, t.currency) if t.amount == t.amount.to_integral_value() else cash(t.amount, t.currency)
        return QCoreApplication.translate("EarningsChart", "{name} {amount}").format(name=name, amount=amount)
    if t.unit == "diamonds":
        amount = QCoreApplication.translate("EarningsChart", "{count} diamonds").format(count=num(t.amount))
    else:
        amount = QCoreApplication.translate("EarningsChart", "{count} coins").format(count=num(t.amount))
    return QCoreApplication.translate("EarningsChart", "{name} {amount}").format(name=name, amount=amount)


def _percent(fraction: float) -> str:
    return QCoreApplication.translate("EarningsChart", "{percent}%").format(percent=num(round(fraction * 100)))


def _day(when: datetime) -> str:
    """"May 18, 2027"; "18.05.2027" in German (CLDR's medium date, the locale's digits)."""
    lang = i18n.current()
    if lang.code == "en":
        return f"{when:%b %d, %Y}"
    from ..i18n import numbers  # Babel: loaded once a language needs it

    return numbers.date(when, lang)


def threshold_text(p, above: bool = False) -> str:
    name = short_label(p.threshold) + (" ↑" if above else "")
    if p.reached:
        return QCoreApplication.translate("EarningsChart", "{name}  ✓ reached").format(name=name)
    if p.projected_at is not None:
        local = p.projected_at.astimezone() if p.projected_at.tzinfo else p.projected_at.replace(tzinfo=timezone.utc)
        when = _day(local)
        return QCoreApplication.translate("EarningsChart", "{name} · {percent} · ≈ {date}").format(
            name=name, percent=_percent(p.fraction), date=when)
    return QCoreApplication.translate("EarningsChart", "{name} · {percent} · no recent income to project from").format(
        name=name, percent=_percent(p.fraction))
