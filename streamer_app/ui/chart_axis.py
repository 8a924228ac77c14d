"""The earnings chart's axis and label pieces: pens, the money axis, axis pictures made
ahead of their paint, and the texts of payout thresholds (split out of chart.py)."""

from __future__ import annotations

from datetime import timezone
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtGui import QPainter, QPicture

from ..core import formatting as fmt
from ..core.economics import Threshold


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
            text = fmt.money(Decimal(f"{v:.{decimals}f}"), self.currency)
            out.append(text[:-3] if decimals == 0 and text.endswith(".00") else text)
        return out


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


def short_label(t: Threshold) -> str:
    """'Withdrawal minimum $100', 'First cash-out 1,000 coins'."""
    if t.unit == "money":
        amount = fmt.money(t.amount, t.currency)
        amount = amount.replace(".00", "") if t.amount == t.amount.to_integral_value() else amount
        return f"{t.name} {amount}"
    return f"{t.name} {t.amount:,.0f} {t.unit}"


def threshold_text(p, above: bool = False) -> str:
    name = short_label(p.threshold) + (" ↑" if above else "")
    if p.reached:
        return f"{name}  ✓ reached"
    if p.projected_at is not None:
        local = p.projected_at.astimezone() if p.projected_at.tzinfo else p.projected_at.replace(tzinfo=timezone.utc)
        return f"{name} · {p.fraction * 100:.0f}% · ≈ {local:%b %d, %Y}"
    return f"{name} · {p.fraction * 100:.0f}% · no recent income to project from"
