"""The dashboard's tables: top gifters and gift types."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from .. import i18n
from . import crown
from .gift_art import gift_icon
from .widgets import num


def share_text(share: float) -> str:
    """"21%"; in the locale's digits and percent sign where the window's language has its own ("٢١٪")."""
    if i18n.current().code == "en":
        return f"{share * 100:.0f}%"
    locale = QLocale()
    return locale.toString(round(share * 100)) + locale.percent()


def _table(headers: list[str], rows: int) -> QTableWidget:
    t = QTableWidget(rows, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    t.setShowGrid(False)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setDefaultSectionSize(26)
    h = t.horizontalHeader()
    h.setHighlightSections(False)
    # Fixed widths: resizing to contents re-measures every cell on every change (slow in a gift storm).
    widths = {0: 34, 2: 78, 3: 64}
    for i in range(len(headers)):
        h.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
        h.resizeSection(i, widths.get(i, 100))
    h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for r in range(rows):  # items exist from the start, aligned once
        for c in range(len(headers)):
            item = QTableWidgetItem("")
            align = Qt.AlignmentFlag.AlignLeft if c == 1 else (Qt.AlignmentFlag.AlignCenter if c == 0 else Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, item)
    return t


def _set(t: QTableWidget, row: int, col: int, text: str, align=Qt.AlignmentFlag.AlignRight, icon: QIcon | None = None):
    item = t.item(row, col)
    if item is None:
        item = QTableWidgetItem()
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        t.setItem(row, col, item)
    if item.text() != text:
        item.setText(text)
    if icon is not None:
        item.setIcon(icon)


class TopGifters(QWidget):
    ROWS = 10

    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = _table(["#", self.tr("Gifter"), self.tr("Coins"), self.tr("Share")], self.ROWS)
        lay.addWidget(self.table)

    def apply(self, snap: dict) -> None:
        rows = snap.get("top_gifters", [])[: self.ROWS]
        t = self.table
        nicknames = [g.get("nickname") for g in rows]
        for i in range(self.ROWS):
            if i < len(rows):
                g = rows[i]
                name = g.get("nickname") or (f"@{g['handle']}" if g.get("handle") else g["user_id"])
                if g.get("nickname") and g.get("handle") and nicknames.count(g["nickname"]) > 1:
                    name = f"{name} (@{g['handle']})"  # two viewers of one name are told apart
                _set(t, i, 0, num(i + 1), Qt.AlignmentFlag.AlignCenter)  # "١" in Arabic
                _set(t, i, 1, name, Qt.AlignmentFlag.AlignLeft, icon=crown.crown_icon() if i == 0 else QIcon())
                _set(t, i, 2, num(g["coins"]))
                _set(t, i, 3, share_text(g["share"]))
            else:
                for c in range(4):
                    _set(t, i, c, "", Qt.AlignmentFlag.AlignLeft if c == 1 else Qt.AlignmentFlag.AlignRight)


class GiftTypes(QWidget):
    ROWS = 10

    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = _table(["", self.tr("Gift"), self.tr("Count"), self.tr("Coins")], self.ROWS)
        self.table.setIconSize(QSize(20, 20))
        lay.addWidget(self.table)

    def apply(self, snap: dict) -> None:
        rows = snap.get("gifts", [])[: self.ROWS]
        t = self.table
        for i in range(self.ROWS):
            if i < len(rows):
                g = rows[i]
                _set(t, i, 0, "", Qt.AlignmentFlag.AlignCenter, icon=gift_icon(g.get("image", ""), g["name"]))
                _set(t, i, 1, f"{g['name']}  ·  {num(g['coins_each'])}", Qt.AlignmentFlag.AlignLeft)
                _set(t, i, 2, num(g["count"]))
                _set(t, i, 3, num(g["coins"]))
            else:
                for c in range(4):
                    item = t.item(i, c)
                    if item is not None:
                        item.setText("")
                        item.setIcon(QIcon())
