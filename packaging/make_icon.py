"""Render assets/icon/streamer-app.svg (drawn by us) to the PNG sizes bundles and Linux desktops use.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py  (the PNGs are committed)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icon"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (painting needs an application)
    renderer = QSvgRenderer(str(ICON_DIR / "streamer-app.svg"))
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        img.save(str(ICON_DIR / f"streamer-app-{size}.png"))
    print(f"wrote {len(SIZES)} PNGs to {ICON_DIR}")


if __name__ == "__main__":
    main()
