"""The top gifter's crown in the window (the overlays draw the same shape in CSS: overlay.css ``.crown``)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from . import theme


@lru_cache(maxsize=4)
def crown_icon(size: int = 16) -> QIcon:
    """The top gifter's crown, drawn like the overlays' (no emoji font needed)."""
    pm = QPixmap(size, size)
    pm.fill(QColor(0, 0, 0, 0))
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h, top = float(size), size * 0.78, size * 0.11
    pts = [(0, 1), (0, 0.22), (0.27, 0.55), (0.5, 0), (0.73, 0.55), (1, 0.22), (1, 1)]
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(theme.GOLD))
    p.drawPolygon(QPolygonF([QPointF(x * w, top + y * h) for x, y in pts]))
    p.end()
    return QIcon(pm)
