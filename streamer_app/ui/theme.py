"""The dark theme: streaming-tool greys, one accent colour, large numerals."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

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

TIER_COLOURS = ("#8c93a3", "#25f4ee", "#ffb020", "#fe2c55")

STYLESHEET = f"""
QWidget {{ background: {BG}; color: {TEXT}; font-size: 13px; }}
QMainWindow::separator {{ background: {BORDER}; width: 1px; height: 1px; }}
QFrame#card {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 10px; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel#cardTitle {{ color: {MUTED}; font-size: 11px; font-weight: 600; letter-spacing: 1px; }}
QLabel#bigNumber {{ font-size: 30px; font-weight: 700; }}
QLabel#bigNumberAccent {{ font-size: 30px; font-weight: 700; color: {ACCENT}; }}
QLabel#muted {{ color: {MUTED}; }}
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
QLineEdit[invalid="true"] {{ border: 1px solid {BAD}; }}
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


def apply(app: QApplication, stylesheet: bool = True) -> None:
    """Fusion style + our palette + stylesheet, so every platform looks the same.

    ``stylesheet=False`` leaves the stylesheet for the caller to set once the first window's
    widgets exist (ui/run.py): Qt then styles each widget once instead of again at every
    reparenting while the layout is built, which took about a fifth of the window's build time.
    """
    app.setStyle("Fusion")
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
