"""The dark theme: streaming-tool greys, one accent colour, large numerals."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

BG = "#14161b"  # window
PANEL = "#1d2027"  # cards
PANEL_2 = "#252933"  # inputs, table headers
BORDER = "#2e333f"
TEXT = "#e8eaf0"
MUTED = "#8c93a3"
ACCENT = "#fe2c55"  # one accent: a warm TikTok-like pink-red
ACCENT_2 = "#25f4ee"  # used sparingly for the balance line only
GOOD = "#3ddc84"
WARN = "#ffb020"
BAD = "#ff5a5f"
GOLD = "#ffc23d"  # the top gifter's crown (the overlays' --gold)

TIER_COLOURS = ("#8c93a3", "#25f4ee", "#ffb020", "#fe2c55")

STYLESHEET = f"""
QWidget {{ background: {BG}; color: {TEXT}; font-size: 13px; }}
QMainWindow::separator {{ background: {BORDER}; width: 1px; height: 1px; }}
QFrame#card {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 10px; }}
QFrame#card QLabel, QFrame#card QCheckBox, QWidget#clear {{ background: transparent; }}
QLabel#cardTitle {{ color: {MUTED}; font-size: 11px; font-weight: 600; letter-spacing: 1px; }}
QLabel#bigNumber {{ font-size: 30px; font-weight: 700; }}
QLabel#bigNumberAccent {{ font-size: 30px; font-weight: 700; color: {ACCENT}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#stripValue {{ font-size: 15px; font-weight: 700; }}
QLabel#stripValueMuted {{ font-size: 15px; font-weight: 700; color: {MUTED}; }}
QLabel#pill {{ border-radius: 9px; padding: 2px 10px; font-weight: 700; }}
QFrame#banner {{ background: #3a1d22; border: 1px solid {BAD}; border-radius: 8px; }}
QFrame#warnBanner {{ background: #3a2f17; border: 1px solid {WARN}; border-radius: 8px; }}
QFrame#banner QLabel, QFrame#warnBanner QLabel {{ background: transparent; }}
QPushButton {{ background: {PANEL_2}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {MUTED}; }}
QPushButton:pressed {{ background: {BORDER}; }}
QPushButton#primary {{ background: {ACCENT}; border-color: {ACCENT}; color: white; font-weight: 700; }}
QPushButton#primary:hover {{ background: #ff4d6f; }}
QPushButton:disabled {{ color: {MUTED}; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QPlainTextEdit {{
    background: {PANEL_2}; border: 1px solid {BORDER}; border-radius: 6px; padding: 4px 8px;
    selection-background-color: {ACCENT};
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {BAD}; }}
QLabel#error {{ color: {BAD}; }}
QComboBox QAbstractItemView {{ background: {PANEL_2}; selection-background-color: {ACCENT}; }}
QTableWidget, QTableView, QListWidget {{
    background: {PANEL}; border: none; gridline-color: {BORDER}; alternate-background-color: #21252d;
}}
QHeaderView::section {{ background: {PANEL}; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    padding: 4px 6px; font-size: 11px; font-weight: 600; }}
QTableCornerButton::section {{ background: {PANEL}; border: none; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; }}
QTabBar::tab {{ background: {PANEL}; color: {MUTED}; padding: 8px 16px; border: none; }}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 2px solid {ACCENT}; }}
QScrollBar:vertical {{ background: {PANEL}; width: 10px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 5px; min-height: 20px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QCheckBox::indicator {{ width: 16px; height: 16px; }}
QToolTip {{ background: {PANEL_2}; color: {TEXT}; border: 1px solid {BORDER}; }}
QStatusBar {{ color: {MUTED}; }}
QMenuBar {{ background: {BG}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {ACCENT}; }}
QMenu {{ background: {PANEL_2}; border: 1px solid {BORDER}; }}
"""


class Style(QProxyStyle):
    """Fusion, with check boxes that show on a dark background.

    Fusion draws an unticked box from the window colour, darkened: (16,17,21) on (20,22,27),
    invisible. A stylesheet border would do for the box, but the tick then needs an image
    file; drawn here it needs nothing. The stylesheet's indicator rule only sets a size, so
    the stylesheet style hands the drawing to this one.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            draw_check_box(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)


def draw_check_box(painter: QPainter, option) -> None:
    """A rounded box with a visible border; ticked, filled with the accent and a white tick."""
    state = option.state
    on = bool(state & QStyle.StateFlag.State_On)
    partial = bool(state & QStyle.StateFlag.State_NoChange)
    hover = bool(state & QStyle.StateFlag.State_MouseOver) and bool(state & QStyle.StateFlag.State_Enabled)
    r = QRectF(option.rect).adjusted(1, 1, -1, -1)
    side = min(r.width(), r.height())
    r = QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not state & QStyle.StateFlag.State_Enabled:
        painter.setOpacity(0.45)
    filled = on or partial
    painter.setPen(QPen(QColor(ACCENT if filled else (TEXT if hover else MUTED)), 1.5))
    painter.setBrush(QColor(ACCENT if filled else PANEL_2))
    painter.drawRoundedRect(r, 3.5, 3.5)
    pen = QPen(QColor("#ffffff"), max(1.8, side * 0.14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, s = r.x(), r.y(), side
    if on:
        tick = QPainterPath(QPointF(x + s * 0.24, y + s * 0.52))
        tick.lineTo(QPointF(x + s * 0.43, y + s * 0.71))
        tick.lineTo(QPointF(x + s * 0.77, y + s * 0.31))
        painter.drawPath(tick)
    elif partial:
        painter.drawLine(QPointF(x + s * 0.27, y + s / 2), QPointF(x + s * 0.73, y + s / 2))
    painter.restore()


def apply(app: QApplication, stylesheet: bool = True) -> None:
    """Fusion style + our palette + stylesheet, so every platform looks the same.

    ``stylesheet=False`` leaves the stylesheet for the caller to set once the first window's
    widgets exist (ui/run.py): Qt then styles each widget once instead of again at every
    reparenting while the layout is built, which took about a fifth of the window's build time.
    """
    app.setStyle(Style())
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BG), (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, PANEL_2), (QPalette.ColorRole.AlternateBase, PANEL),
        (QPalette.ColorRole.Text, TEXT), (QPalette.ColorRole.Button, PANEL_2),
        (QPalette.ColorRole.ButtonText, TEXT), (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, PANEL_2),
        (QPalette.ColorRole.ToolTipText, TEXT), (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    if stylesheet:
        app.setStyleSheet(STYLESHEET)
