"""The live event feed: gifts (streaks count up in place), follows, shares, comments.

A gift to a guest of a multi-guest LIVE is drawn muted with a "to Guest Mia" chip and no
coins: at a glance it is not the creator's income. A viewer's first gift to the creator
gets a "first gift!" chip; a gift from the stream's top gifter, a gold crown before the line.

In a right-to-left language (Arabic) each line is mirrored: crown and text from the right
edge, coins and chip at the left (``EventFeed.places``), and counts in the locale's digits.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPolygonF, QStaticText, QTextOption
from PySide6.QtWidgets import QAbstractScrollArea, QFrame

from ..core.multistream import PLATFORM_NAMES
from ..core.alert_queue import tier_of
from ..i18n import QT_TRANSLATE_NOOP
from . import theme
from .paid_words import paid_words, share_words
from .translation import shown
from .widgets import num

MAX_ITEMS = 150
# In a gift storm only the newest are worth drawing (the dashboard draws 10 times a second,
# so this is up to 80 lines a second, more than anyone reads); the tallies stay exact. Each
# new line is laid out once when first drawn: that is most of a storm draw's cost.
MAX_NEW_PER_BATCH = 8
FEED_KINDS = ("gift", "streak", "follow", "share", "comment", "subscribe", "paid", "raid")
TEXT_MARGIN = 4  # as the item view's own text margin, so the feed looks as it did
ASIDE_GAP = 10  # between a line's text and its right-aligned coins
CHIP_PAD = 5  # inside a chip, left and right
CHIP_GAP = 6  # between a line's text and its chip: the feed is narrow, every pixel goes to names
CHIP_MAX = 0.45  # a chip never takes more than this share of the line (a guest's long name is cut)
FIRST_GIFT = QT_TRANSLATE_NOOP("EventFeed", "first gift!")  # lower case: narrower in a narrow feed, as the overlay writes it


class Places(NamedTuple):
    """Where a drawn line's parts start (x in the viewport; -1: the line has no such part)."""

    crown: int
    text: int
    aside: int
    chip: int


class Chip:
    """A small rounded label at the right of a line: who received a guest's gift, or a first gift."""

    __slots__ = ("text", "fill", "ink")

    def __init__(self, text: str, fill: str, ink: str) -> None:
        self.text, self.fill, self.ink = text, QColor(fill), QColor(ink)


def guest_chip(to: dict) -> Chip:
    guest = to.get('name') or to.get('nickname') or QCoreApplication.translate("EventFeed", "a guest")
    return Chip(QCoreApplication.translate("EventFeed", "to {guest}").format(guest=guest), theme.BORDER, theme.TEXT)


def first_gift_chip() -> Chip:
    return Chip(shown("EventFeed", FIRST_GIFT), theme.ACCENT, "#ffffff")


class FeedRow:
    """One line of the feed; its laid-out text is kept until the text or the width changes."""

    __slots__ = ("_text", "colour", "bold", "static", "width", "shrinkable", "aside", "aside_static", "aside_w",
                 "chip", "chip_static", "chip_w", "crown", "text_w")

    def __init__(self, text: str, colour: QColor, bold: bool, shrinkable: tuple[str, ...] = (),
                 aside: str = "", chip: Chip | None = None) -> None:
        self._text, self.colour, self.bold = text, colour, bold
        # On a narrow feed these parts give way, in this order (the viewer's name, then the
        # gift's), so the count stays readable.
        self.shrinkable = shrinkable
        self.aside = aside  # drawn right-aligned and never cut: a big gift's coins
        self.chip = chip  # drawn just left of the aside
        self.static: QStaticText | None = None
        self.aside_static: QStaticText | None = None
        self.chip_static: QStaticText | None = None
        self.aside_w = 0  # its width in pixels, measured with its static text
        self.chip_w = 0  # the chip's whole width, padding included
        self.text_w = 0  # the fitted text's width (a right-to-left line ends at the right edge)
        self.width = -1
        self.crown = False  # sent by the stream's top gifter: a crown before the text (not part of it)

    def text(self) -> str:
        return "  ".join(t for t in (self._text, self.chip.text if self.chip else "", self.aside) if t)

    def setText(self, text: str) -> None:  # noqa: N802 (the FeedRow name it replaces)
        if text != self._text:
            self._text, self.static = text, None

    def set_chip(self, chip: Chip | None) -> None:
        self.chip, self.static = chip, None  # laid out again with room for it


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
        self._chip_font = QFont(self._bold)
        if self._bold.pointSizeF() > 0:  # a font set in pixels has no point size
            self._chip_font.setPointSizeF(self._bold.pointSizeF() * 0.75)
        else:
            self._chip_font.setPixelSize(max(8, round(self._bold.pixelSize() * 0.75)))
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
        visible = [u for u in updates if u.get("type") in FEED_KINDS]
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
        name = u["user"].get("name") or QCoreApplication.translate("EventFeed", "Someone")
        if kind == "streak":
            self._streak(u, name)
        elif kind == "gift":
            self._gift(u, name)
        elif kind == "follow":
            self._add("✚  " + QCoreApplication.translate("EventFeed", "{name} followed").format(name=name), None)
        elif kind == "share":
            self._add("↗  " + QCoreApplication.translate("EventFeed", "{name} shared the stream").format(name=name),
                      None)
        elif kind == "subscribe":
            self._add("★  " + QCoreApplication.translate("EventFeed", "{name} subscribed").format(name=name), 2)
        elif kind == "comment":
            if self._rtl():
                # Isolated, a viewer's Latin "what rank are you?" keeps its "?" at its end in a
                # right-to-left line (FSI ... PDI: each part takes its own direction).
                self._add(f"\u2068{name}\u2069: \u2068{u.get('text', '')}\u2069", None, comment=True)
            else:
                self._add(f"{name}: {u.get('text', '')}", None, comment=True)
        elif kind == "paid":  # Twitch and YouTube income: the platform named, its own units, the share
            where = PLATFORM_NAMES.get(u.get("platform", ""), "")
            self._add(f"◆  {where}  ·  {name}  ·  {paid_words(u)}", 2, gift=True, shrinkable=(name,),
                      aside=share_words(u))
        elif kind == "raid":
            self._add("⇶  " + QCoreApplication.translate("EventFeed", "{name} raided with {count} viewers").format(
                name=name, count=num(u.get("viewers", 0))), 2)

    def _streak(self, u: dict, name: str) -> None:
        key = (u["user"]["id"], u["gift"]["id"], u.get("group_id", 0))
        text = f"◆  {name}  ·  {u['gift']['name']} ×{num(u['count'])}" + ("" if u.get("ended") else " …")
        item = self._streaks.get(key)
        if item is None:
            item = self._add_gift(text, u, u["count"] * u["gift"]["coins"], name)
            self._streaks[key] = item
        else:
            item.setText(text)
        # An ended streak stays keyed until its counted gift settles the line.

    def _gift(self, u: dict, name: str) -> None:
        text = f"◆  {name}  ·  {u['gift']['name']} ×{num(u['units'])}"
        first = bool(u.get("first_gift")) and not u.get("to")
        if u.get("streak"):
            # Already shown by its streak updates: settle that line at the counted total.
            group = u.get("group_id")
            for key, item in list(self._streaks.items()):
                if key[0] == u["user"]["id"] and key[1] == u["gift"]["id"] and group in (None, key[2]):
                    item.setText(text)
                    if first:  # known only once the gift is counted
                        item.set_chip(first_gift_chip())
                    if u.get("top_gifter") and not u.get("to"):
                        item.crown, item.static = True, None
                    del self._streaks[key]
                    return
        self._add_gift(text, u, u["coins"], name, first)

    def _add_gift(self, text: str, u: dict, coins: int, name: str, first: bool = False) -> FeedRow:
        shrinkable = (name, u["gift"]["name"])
        if u.get("to"):
            # A guest's income: muted, no coins on the right (they would read as the creator's).
            row = FeedRow(text, self._muted, bold=False, shrinkable=shrinkable, chip=guest_chip(u["to"]))
            self._rows.insert(0, row)
            return row
        row = self._add(text, tier_of(coins), gift=True, shrinkable=shrinkable,
                        aside=f"🪙 {num(coins)}" if coins >= 100 else "",
                        chip=first_gift_chip() if first else None)
        row.crown = bool(u.get("top_gifter"))
        return row

    def _add(self, text: str, tier: int | None, gift: bool = False, comment: bool = False,
             shrinkable: tuple[str, ...] = (), aside: str = "", chip: Chip | None = None) -> FeedRow:
        if tier is not None:
            colour = QColor(theme.TIER_COLOURS[tier]) if tier else self._text_colour
        else:
            colour = self._muted if comment else self._text_colour
        row = FeedRow(text, colour, bold=tier is not None and gift, shrinkable=shrinkable, aside=aside, chip=chip)
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

    def _lay_out(self, row: FeedRow, metrics: QFontMetrics, w: int) -> None:
        """Measure the row's aside and chip, and fit its text into what is left of ``w``."""
        row.aside_w = metrics.horizontalAdvance(row.aside) if row.aside else 0
        room = w - (row.aside_w + ASIDE_GAP if row.aside else 0) - (self._crown_w() if row.crown else 0)
        row.chip_static, row.chip_w = None, 0
        if row.chip is not None:
            chip_fm = QFontMetrics(self._chip_font)
            most = int(w * CHIP_MAX) - 2 * CHIP_PAD
            label = chip_fm.elidedText(row.chip.text, Qt.TextElideMode.ElideRight, max(most, 10))
            row.chip_w = chip_fm.horizontalAdvance(label) + 2 * CHIP_PAD
            row.chip_static = QStaticText(label)
            row.chip_static.setTextFormat(Qt.TextFormat.PlainText)
            room -= row.chip_w + CHIP_GAP
        fitted = self._fitted(row, metrics, room)
        row.text_w = metrics.horizontalAdvance(fitted)
        row.static = QStaticText(fitted)
        row.static.setTextFormat(Qt.TextFormat.PlainText)
        if self._rtl():
            # A line that starts with a Latin name would read left to right; the window's does not.
            option = QTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            row.static.setTextOption(option)
        if row.aside:
            row.aside_static = QStaticText(row.aside)
            row.aside_static.setTextFormat(Qt.TextFormat.PlainText)
        row.width = w

    def _draw_chip(self, p: QPainter, row: FeedRow, x: int, y: int, h: int) -> None:
        chip = row.chip
        assert chip is not None and row.chip_static is not None  # laid out with its chip
        box = QRectF(x, y + 1.5, row.chip_w, h - 3)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(chip.fill)
        p.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        p.setFont(self._chip_font)
        p.setPen(chip.ink)
        chip_h = QFontMetrics(self._chip_font).height()
        p.drawStaticText(QPointF(x + CHIP_PAD, y + (h - chip_h) / 2), row.chip_static)

    def _crown_w(self) -> int:
        return self.fontMetrics().height() + 4

    def _draw_crown(self, p: QPainter, x: int, y: int, h: int) -> None:
        """The overlays' crown (overlay.css ``.crown``), gold, as tall as the text."""
        size = self.fontMetrics().height()
        top = y + (h - size * 0.8) / 2
        pts = [(0, 1), (0, 0.22), (0.27, 0.55), (0.5, 0), (0.73, 0.55), (1, 0.22), (1, 1)]
        p.save()  # (the line's own pen and brush stay for its text)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.GOLD))
        p.drawPolygon(QPolygonF([QPointF(x + px * size, top + py * size * 0.8) for px, py in pts]))
        p.restore()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        vp = self.viewport()
        p = QPainter(vp)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)  # the chips' round ends
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
                self._lay_out(row, bold_fm if row.bold else fm, w)
            p.setFont(self._bold if row.bold else self.font())
            p.setPen(row.colour)
            text_y = y + (h - fm.height()) // 2
            assert row.static is not None  # laid out just above
            at = self.places(row, w)
            if at.crown >= 0:
                self._draw_crown(p, at.crown, y, h)
            p.drawStaticText(at.text, text_y, row.static)
            if row.aside_static is not None:
                p.drawStaticText(at.aside, text_y, row.aside_static)
            if row.chip_static is not None:
                self._draw_chip(p, row, at.chip, y, h)
        p.end()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            for row in self._rows:
                row.static = None  # laid out again, from the other edge
            self.viewport().update()
        super().changeEvent(event)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def places(self, row: FeedRow, w: int) -> Places:
        """Where a laid-out row's parts start: the text after the crown from the start edge (the
        left, the right in a right-to-left language), the coins and chip at the other edge."""
        crown_w = self._crown_w() if row.crown else 0
        aside_w = row.aside_w + ASIDE_GAP if row.aside_static is not None else 0
        if not self._rtl():
            right = TEXT_MARGIN + w
            return Places(TEXT_MARGIN if row.crown else -1, TEXT_MARGIN + crown_w,
                          right - row.aside_w if aside_w else -1,
                          right - aside_w - row.chip_w if row.chip_static is not None else -1)
        end = TEXT_MARGIN + w
        return Places(end - crown_w + 4 if row.crown else -1, end - crown_w - row.text_w,
                      TEXT_MARGIN if aside_w else -1,
                      TEXT_MARGIN + aside_w if row.chip_static is not None else -1)
