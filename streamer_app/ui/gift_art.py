"""A gift's icon: our own art (assets/overlay/gifts), else a coloured disc with its initial."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..paths import asset


@lru_cache(maxsize=64)
def gift_icon(image: str, name: str, size: int = 22) -> QIcon:
    """Our own gift art (assets/overlay/gifts), else a coloured disc with the initial."""
    slug = Path(image).name if image else ""
    for candidate in (asset("overlay", "gifts", slug), asset("overlay", image)) if slug else ():
        if candidate.is_file():
            icon = QIcon(str(candidate))
            if not icon.isNull():
                return icon
    pm = QPixmap(QSize(size * 2, size * 2))
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    hue = (sum(map(ord, name)) * 47) % 360
    p.setBrush(QColor.fromHsv(hue, 150, 230))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(2, 2, size * 2 - 4, size * 2 - 4)
    p.setPen(QColor("#14161b"))
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(size * 1.1))
    p.setFont(f)
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, (name[:1] or "?").upper())
    p.end()
    return QIcon(pm)
