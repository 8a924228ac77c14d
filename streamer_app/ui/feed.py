"""The live event feed: gifts (streaks count up in place), follows, shares, comments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ..core import formatting as fmt
from ..core.alert_queue import tier_of
from . import theme

MAX_ITEMS = 150
# In a gift storm only the newest are worth drawing (the dashboard draws 10 times a second,
# so this is up to 150 lines a second, more than anyone reads); the tallies stay exact.
MAX_NEW_PER_BATCH = 15


class EventFeed(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # One line per event, elided: with uniform sizes the list never re-measures every item's
        # wrapped height on each insert (that was most of the feed's cost in a gift storm).
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._streaks: dict[tuple, QListWidgetItem] = {}
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def apply(self, updates: list[dict]) -> None:
        if not updates:
            return
        self.setUpdatesEnabled(False)
        try:
            visible = [u for u in updates if u.get("type") in ("gift", "streak", "follow", "share", "comment", "subscribe")]
            for u in visible[-MAX_NEW_PER_BATCH:]:
                self._one(u)
            while self.count() > MAX_ITEMS:
                item = self.takeItem(self.count() - 1)
                for k, v in list(self._streaks.items()):
                    if v is item:
                        del self._streaks[k]
        finally:
            self.setUpdatesEnabled(True)

    def _one(self, u: dict) -> None:
        kind = u["type"]
        name = u["user"].get("name") or "Someone"
        if kind == "streak":
            key = (u["user"]["id"], u["gift"]["id"], u.get("group_id", 0))
            text = f"◆  {name}  ·  {u['gift']['name']} ×{u['count']:,}" + ("" if u.get("ended") else " …")
            item = self._streaks.get(key)
            if item is None:
                item = self._add(text, tier_of(u["count"] * u["gift"]["coins"]), gift=True)
                self._streaks[key] = item
            else:
                item.setText(text)
            return  # an ended streak stays keyed until its counted gift settles the line
        if kind == "gift":
            if u.get("streak"):
                # Already shown by its streak updates: settle that line at the counted total.
                for key, item in list(self._streaks.items()):
                    if key[0] == u["user"]["id"] and key[1] == u["gift"]["id"]:
                        item.setText(f"◆  {name}  ·  {u['gift']['name']} ×{u['units']:,}")
                        del self._streaks[key]
                        return
            coins = u["coins"]
            suffix = f"  ({fmt.count(coins)} coins)" if coins >= 100 else ""
            self._add(f"◆  {name}  ·  {u['gift']['name']} ×{u['units']:,}{suffix}", tier_of(coins), gift=True)
        elif kind == "follow":
            self._add(f"✚  {name} followed", None)
        elif kind == "share":
            self._add(f"↗  {name} shared the stream", None)
        elif kind == "subscribe":
            self._add(f"★  {name} subscribed", 2)
        elif kind == "comment":
            self._add(f"{name}: {u.get('text', '')}", None, comment=True)

    def _add(self, text: str, tier: int | None, gift: bool = False, comment: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        if tier is not None:
            item.setForeground(QBrush(QColor(theme.TIER_COLOURS[tier] if tier else theme.TEXT)))
            if gift:
                item.setFont(self._bold)
        elif comment:
            item.setForeground(QBrush(QColor(theme.MUTED)))
        self.insertItem(0, item)
        return item

    def clear_feed(self) -> None:
        self.clear()
        self._streaks.clear()
