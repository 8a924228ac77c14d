"""The live event feed: gifts (streaks count up in place), follows, shares, comments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import QAbstractScrollArea, QFrame

from ..core import formatting as fmt
from ..core.alert_queue import tier_of
from . import theme

MAX_ITEMS = 150
# In a gift storm only the newest are worth drawing (the dashboard draws 10 times a second,
# so this is up to 80 lines a second, more than anyone reads); the tallies stay exact. Each
# new line is laid out once when first drawn: that is most of a storm draw's cost.
MAX_NEW_PER_BATCH = 8
TEXT_MARGIN = 4  # as the item view's own text margin, so the feed looks as it did
ASIDE_GAP = 10  # between a line's text and its right-aligned coins


class FeedRow:
    """One line of the feed; its laid-out text is kept until the text or the width changes."""

    __slots__ = ("_text", "colour", "bold", "static", "width", "shrinkable", "aside", "aside_static", "aside_w")

    def __init__(self, text: str, colour: QColor, bold: bool, shrinkable: tuple[str, ...] = (),
                 aside: str = "") -> None:
        self._text, self.colour, self.bold = text, colour, bold
        # On a narrow feed these parts give way, in this order (the viewer's name, then the
        # gift's), so the count stays readable.
        self.shrinkable = shrinkable
        self.aside = aside  # drawn right-aligned and never cut: a big gift's coins
        self.static: QStaticText | None = None
        self.aside_static: QStaticText | None = None
        self.aside_w = 0  # its width in pixels, measured with its static text
        self.width = -1

    def text(self) -> str:
        return f"{self._text}  {self.aside}" if self.aside else self._text

    def setText(self, text: str) -> None:  # noqa: N802 (the FeedRow name it replaces)
        if text != self._text:
            self._text, self.static = text, None


class EventFeed(QAbstractScrollArea):
    """Newest first, one elided line per event, painted by hand from cached static text.

    A QListWidget re-ran its item delegate (style options, text layout, elision) for every
    visible row on every insert: about 2 ms of GUI thread per draw in a gift storm
    (bench_gui.py). Here each row's text is laid out once (QStaticText) and a repaint only
    draws the visible rows. ``count()``, ``item(i).text()`` mirror the list's API.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._rows: list[FeedRow] = []
        self._streaks: dict[tuple, FeedRow] = {}
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._text_colour = QColor(theme.TEXT)
        self._muted = QColor(theme.MUTED)
        self._background = QColor(theme.PANEL)
        self.verticalScrollBar().setSingleStep(1)

    # -- the list's API --------------------------------------------------------------------
    def count(self) -> int:
        return len(self._rows)

    def item(self, i: int) -> FeedRow | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def row_height(self) -> int:
        return self.fontMetrics().height() + 1

    def apply(self, updates: list[dict]) -> None:
        if not updates:
            return
        visible = [u for u in updates if u.get("type") in ("gift", "streak", "follow", "share", "comment", "subscribe")]
        if not visible:
            return
        for u in visible[-MAX_NEW_PER_BATCH:]:
            self._one(u)
        if len(self._rows) > MAX_ITEMS:
            gone = self._rows[MAX_ITEMS:]
            del self._rows[MAX_ITEMS:]
            for k, v in list(self._streaks.items()):
                if any(v is g for g in gone):
                    del self._streaks[k]
        self._update_scrollbar()
        self.viewport().update()

    def _one(self, u: dict) -> None:
        kind = u["type"]
        name = u["user"].get("name") or "Someone"
        if kind == "streak":
            key = (u["user"]["id"], u["gift"]["id"], u.get("group_id", 0))
            text = f"◆  {name}  ·  {u['gift']['name']} ×{u['count']:,}" + ("" if u.get("ended") else " …")
            item = self._streaks.get(key)
            if item is None:
                item = self._add(text, tier_of(u["count"] * u["gift"]["coins"]), gift=True,
                                 shrinkable=(name, u["gift"]["name"]))
                self._streaks[key] = item
            else:
                item.setText(text)
            return  # an ended streak stays keyed until its counted gift settles the line
        if kind == "gift":
            if u.get("streak"):
                # Already shown by its streak updates: settle that line at the counted total.
                group = u.get("group_id")
                for key, item in list(self._streaks.items()):
                    if key[0] == u["user"]["id"] and key[1] == u["gift"]["id"] and group in (None, key[2]):
                        item.setText(f"◆  {name}  ·  {u['gift']['name']} ×{u['units']:,}")
                        del self._streaks[key]
                        return
            coins = u["coins"]
            self._add(f"◆  {name}  ·  {u['gift']['name']} ×{u['units']:,}", tier_of(coins), gift=True,
                      shrinkable=(name, u["gift"]["name"]), aside=f"🪙 {fmt.count(coins)}" if coins >= 100 else "")
        elif kind == "follow":
            self._add(f"✚  {name} followed", None)
        elif kind == "share":
            self._add(f"↗  {name} shared the stream", None)
        elif kind == "subscribe":
            self._add(f"★  {name} subscribed", 2)
        elif kind == "comment":
            self._add(f"{name}: {u.get('text', '')}", None, comment=True)

    def _add(self, text: str, tier: int | None, gift: bool = False, comment: bool = False,
             shrinkable: tuple[str, ...] = (), aside: str = "") -> FeedRow:
        if tier is not None:
            colour = QColor(theme.TIER_COLOURS[tier]) if tier else self._text_colour
        else:
            colour = self._muted if comment else self._text_colour
        row = FeedRow(text, colour, bold=tier is not None and gift, shrinkable=shrinkable, aside=aside)
        self._rows.insert(0, row)
        return row

    def clear_feed(self) -> None:
        self._rows.clear()
        self._streaks.clear()
        self._update_scrollbar()
        self.viewport().update()

    # -- drawing -----------------------------------------------------------------------------
    @staticmethod
    def _fitted(row: FeedRow, metrics: QFontMetrics, w: int) -> str:
        """The row's text within ``w`` pixels: its shrinkable parts give way first, in order."""
        text = row._text
        least = metrics.horizontalAdvance("nnnnn…")  # about five letters: enough to tell who and what
        for part in row.shrinkable:
            if metrics.horizontalAdvance(text) <= w:
                break
            if part in text:
                room = w - metrics.horizontalAdvance(text.replace(part, "", 1)) - 4  # pieces measure wider joined
                short = metrics.elidedText(part, Qt.TextElideMode.ElideRight, max(room, least))
                text = text.replace(part, short, 1)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, w)

    def _update_scrollbar(self) -> None:
        per_page = max(1, self.viewport().height() // self.row_height())
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, len(self._rows) - per_page))
        bar.setPageStep(per_page)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_scrollbar()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt's name)
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        vp = self.viewport()
        p = QPainter(vp)
        p.fillRect(event.rect(), self._background)
        h = self.row_height()
        w = vp.width() - 2 * TEXT_MARGIN
        first = self.verticalScrollBar().value()
        top, bottom = event.rect().top(), event.rect().bottom()
        fm, bold_fm = self.fontMetrics(), QFontMetrics(self._bold)
        for i in range(first, min(len(self._rows), first + vp.height() // h + 2)):
            y = (i - first) * h
            if y + h < top:
                continue
            if y > bottom:
                break
            row = self._rows[i]
            if row.static is None or row.width != w:  # laid out once per text and width, not per paint
                metrics = bold_fm if row.bold else fm
                row.aside_w = metrics.horizontalAdvance(row.aside) if row.aside else 0
                row.static = QStaticText(self._fitted(row, metrics, w - (row.aside_w + ASIDE_GAP if row.aside else 0)))
                row.static.setTextFormat(Qt.TextFormat.PlainText)
                if row.aside:
                    row.aside_static = QStaticText(row.aside)
                    row.aside_static.setTextFormat(Qt.TextFormat.PlainText)
                row.width = w
            p.setFont(self._bold if row.bold else self.font())
            p.setPen(row.colour)
            text_y = y + (h - fm.height()) // 2
            p.drawStaticText(TEXT_MARGIN, text_y, row.static)
            if row.aside_static is not None:
                p.drawStaticText(TEXT_MARGIN + w - row.aside_w, text_y, row.aside_static)
        p.end()
