"""One alert card drawn into a pixmap: the alert window (ui/alerts.py) animates and copies it.

Drawing it (gradient, rounded outline, elided text, badges) took about 1.5 ms of Python and
painting; the window draws it once per change of text, value or size, and copies it per frame.

In a right-to-left language (Arabic) the card is mirrored: the icon and the coin badge on the
right, the text aligned right, the first-gift badge on the left (``face_layout`` says where
each part goes; the card is centred on 0, so mirroring a part is negating its x).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QGuiApplication, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap,
)

from ..core.alert_queue import Alert
from ..i18n import QT_TRANSLATE_NOOP
from . import theme
from .crown import crown_icon
from .translation import shown
from .gift_art import gift_icon
from .platform_strip import platform_icon

# Card size by tier. The top tier at 460 x 1.3 units would be 598 wide, popping to 634 in a
# 640-unit window: card_size narrows a card to what the window holds (it used to be 1.45,
# 667 units, cut at both edges with its coin badge). Height and type keep the full scale.
TIER_SCALE = (0.8, 1.0, 1.15, 1.3)
MAX_SCALE = 1.06  # the largest a card is drawn: the hold "pop" (the entry overshoot peaks at ~1.054)
EDGE = 16  # units kept clear between the card (at MAX_SCALE) and the window's edges
FIRST_GIFT = QT_TRANSLATE_NOOP("AlertCard", "FIRST GIFT!")


@dataclass(frozen=True)
class CardMarks:
    """What a card says beyond the queue's Alert: who received it, whether it is a first gift."""

    to: str = ""  # a guest's name (multi-guest LIVE): their income, drawn small and muted; "" for the creator
    first: bool = False  # the viewer's first gift to this creator
    crown: bool = False  # sent by the stream's top gifter: a gold crown before the name
    label: str = ""  # a paid message's words in the window's language ("500 Bits"); "" for a gift
    share: str = ""  # a paid message's estimated share for the creator, as money; "" when unknown


NO_MARKS = CardMarks()


def card_size(w: int, h: int, tier_scale: float) -> tuple[float, float]:
    """A card's width and height in a ``w`` x ``h`` window: 460 x 120 units times its tier's
    scale, narrowed (and, in an odd window, lowered) so that at MAX_SCALE, outline and badge
    included, it stays EDGE units inside the window."""
    unit = min(w / 640, h / 360)
    edge, outline, badge = EDGE * unit, 1.5 * unit, 12 * unit
    cw = min(460 * unit * tier_scale, (w - 2 * edge) / MAX_SCALE - 2 * outline)
    # The card's centre is 42% down: the badge needs room above, the outline below.
    room = min((h * 0.42 - edge) / MAX_SCALE - badge, (h * 0.58 - edge) / MAX_SCALE - outline)
    ch = min(120 * unit * tier_scale, 2 * room)
    return max(1.0, cw), max(1.0, ch)


def card_text(alert: Alert, marks: CardMarks) -> str:
    """A summary card's (or any non-gift card's) one line."""
    n = QLocale().toString
    if alert.kind == "summary" and marks.to:  # no coins: they are not the creator's
        return QCoreApplication.translate("AlertCard", "+{count} more gifts to guests").format(count=n(alert.units))
    if alert.kind == "summary":
        return QCoreApplication.translate("AlertCard", "+{count} more gifts, {coins} coins").format(
            count=n(alert.units), coins=n(alert.summary_coins))
    return alert.text()


def window_is_rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _mirrored(r: QRectF, rtl: bool) -> QRectF:
    return QRectF(-r.right(), r.top(), r.width(), r.height()) if rtl else r


@dataclass(frozen=True)
class FaceLayout:
    """Where a gift card's parts go, in card coordinates (the card's centre is 0, 0)."""

    icon: QRectF
    name: QRectF  # the viewer's name (the crown, if any, takes the start of it)
    line: QRectF  # "sent Rose ×5", or a paid message's words
    align: Qt.AlignmentFlag  # of both lines: their start edge
    rtl: bool


def face_layout(rect: QRectF, unit: float, scale: float, rtl: bool) -> FaceLayout:
    ch = rect.height()
    pad = 16 * unit * scale
    icon_size = ch - 2 * pad
    icon = QRectF(rect.left() + pad, rect.top() + pad, icon_size, icon_size)
    text_left = rect.left() + pad * 2 + icon_size
    text_w = rect.right() - text_left - pad
    name = QRectF(text_left, rect.top() + pad * 0.7, text_w, ch / 2 - pad * 0.5)
    line = QRectF(text_left, rect.top() + ch / 2, text_w, ch / 2 - pad * 0.7)
    align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return FaceLayout(_mirrored(icon, rtl), _mirrored(name, rtl), _mirrored(line, rtl), align, rtl)


def tier_scale(alert: Alert, marks: CardMarks) -> float:
    if alert.kind != "gift":
        return 0.9
    # A guest's gift is always the smallest card: it is not the creator's moment.
    return TIER_SCALE[0] if marks.to else TIER_SCALE[alert.tier]


def draw_card(alert: Alert, marks: CardMarks, w: int, h: int, dpr: float,
              rtl: bool | None = None) -> tuple[QPixmap, int, int]:
    """The card for a ``w`` x ``h`` window: its pixmap and the offset of its top-left from the card's centre.
    ``rtl``: mirrored for a right-to-left language (None: as the window is)."""
    rtl = window_is_rtl() if rtl is None else rtl
    unit = min(w / 640, h / 360)
    scale = tier_scale(alert, marks)
    cw, ch = card_size(w, h, scale)
    margin = 16 * unit + 4  # the badges overhang the top corners; the outline is 3 units wide
    ox, oy = math.floor(-cw / 2 - margin), math.floor(-ch / 2 - margin)
    size_w, size_h = math.ceil(cw / 2 + margin) - ox, math.ceil(ch / 2 + margin) - oy
    pixmap = QPixmap(max(1, round(size_w * dpr)), max(1, round(size_h * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(-ox, -oy)
    quiet = bool(marks.to) or alert.kind == "summary"
    colour = QColor(theme.MUTED if quiet else theme.TIER_COLOURS[1 if alert.kind == "custom" else alert.tier])
    rect = QRectF(-cw / 2, -ch / 2, cw, ch)
    path = QPainterPath()
    path.addRoundedRect(rect, 22 * unit, 22 * unit)
    grad = QLinearGradient(rect.topLeft(), rect.bottomRight())
    grad.setColorAt(0, QColor("#1d2027"))
    grad.setColorAt(1, QColor("#2a1620") if alert.tier >= 2 and not quiet else QColor("#252933"))
    p.fillPath(path, QBrush(grad))
    p.setPen(QPen(colour, (2 if marks.to else 3) * unit))
    p.drawPath(path)
    if alert.kind == "gift":
        _gift_face(p, alert, marks, face_layout(rect, unit, scale, rtl), rect, unit, scale, colour)
    elif alert.kind == "custom":
        _custom_face(p, alert, rect, unit, colour, rtl)
    else:
        _summary_face(p, card_text(alert, marks), rect, unit, scale, rtl)
    p.end()
    return pixmap, ox, oy


def _summary_face(p: QPainter, text: str, rect: QRectF, unit: float, scale: float, rtl: bool) -> None:
    """One line ("+37 more gifts, 1,204 coins"), as large as fits: some languages' words run longer."""
    pad = 16 * unit * scale
    box = _mirrored(QRectF(rect.left() + pad * 1.5, rect.top(), rect.width() - pad * 2.5, rect.height()), rtl)
    f = QFont()
    f.setBold(True)
    size = 30 * unit * scale
    f.setPixelSize(max(8, int(size)))
    while size > 12 * unit and QFontMetricsF(f).horizontalAdvance(text) > box.width():
        size *= 0.92
        f.setPixelSize(max(8, int(size)))
    p.setFont(f)
    p.setPen(QColor(theme.TEXT))
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    p.drawText(box, start | Qt.AlignmentFlag.AlignVCenter,
               p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(box.width())))


def _custom_face(p: QPainter, alert: Alert, rect: QRectF, unit: float, colour: QColor, rtl: bool) -> None:
    """An actions.json alert: the rule's name as a kicker, its text wrapped and as large as fits."""
    pad = 24 * unit
    kicker = QFont()
    kicker.setBold(True)
    kicker.setPixelSize(max(7, int(12 * unit)))
    kicker.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    p.setFont(kicker)
    p.setPen(colour)
    top = rect.top() + 12 * unit
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    p.drawText(QRectF(rect.left() + pad, top, rect.width() - 2 * pad, 16 * unit),
               start | Qt.AlignmentFlag.AlignVCenter,
               (alert.gift_name or QCoreApplication.translate("AlertCard", "Alert")).upper())
    box = QRectF(rect.left() + pad, top + 16 * unit, rect.width() - 2 * pad, rect.bottom() - top - 26 * unit)
    f = QFont()
    f.setBold(True)
    flags = int(start | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    size = 30 * unit
    while size > 10 * unit:  # the largest size at which the whole text fits the card
        f.setPixelSize(max(6, int(size)))
        if QFontMetricsF(f).boundingRect(box, flags, alert.name).height() <= box.height():
            break
        size *= 0.9
    p.setFont(f)
    p.setPen(QColor(theme.TEXT))
    p.drawText(box, flags, alert.name)


def _gift_face(p: QPainter, alert: Alert, marks: CardMarks, lay: FaceLayout, rect: QRectF, unit: float,
               scale: float, colour: QColor) -> None:
    """Icon, "Alice" over "sent Rose ×5", and the badges: coins (or the guest who received it), first gift.
    A paid message (Twitch, YouTube) has its platform's mark for an icon, its own words for the
    line and the creator's share for the badge."""
    if alert.paid:
        platform_icon(alert.platform).paint(p, lay.icon.toRect())
    else:
        gift_icon(alert.image, alert.gift_name, 48).paint(p, lay.icon.toRect())
    f = QFont()
    f.setBold(True)
    f.setPixelSize(max(8, int(30 * unit * scale)))
    p.setFont(f)
    p.setPen(QColor(theme.TEXT))
    top = QRectF(lay.name)
    if marks.crown and not marks.to:
        size = p.fontMetrics().capHeight() * 1.25
        x = top.right() - size if lay.rtl else top.left()
        p.drawPixmap(QRectF(x, top.center().y() - size * 0.55, size, size).toRect(), crown_icon(64).pixmap(64, 64))
        if lay.rtl:
            top.setRight(top.right() - size * 1.3)
        else:
            top.setLeft(top.left() + size * 1.3)
    p.drawText(top, lay.align | Qt.AlignmentFlag.AlignVCenter,
               p.fontMetrics().elidedText(alert.name, Qt.TextElideMode.ElideRight, int(top.width())))
    f.setPixelSize(max(8, int(24 * unit * scale)))
    f.setBold(False)
    p.setFont(f)
    p.setPen(QColor(theme.TEXT) if marks.to else colour)
    p.drawText(lay.line, lay.align | Qt.AlignmentFlag.AlignVCenter,
               p.fontMetrics().elidedText(_line(alert, marks), Qt.TextElideMode.ElideRight, int(lay.line.width())))
    f.setBold(True)
    # The guest's name is what the small card is about: its badge keeps a tier-1 card's type size.
    f.setPixelSize(max(8, int(16 * unit * (1.0 if marks.to else scale))))
    p.setFont(f)
    # A guest's card names the guest where the creator's shows the coins: it is their income.
    if marks.to:
        coin_badge = QCoreApplication.translate("AlertCard", "to {guest}").format(guest=marks.to)
    elif alert.paid:
        coin_badge = marks.share
    else:
        coin_badge = QCoreApplication.translate("AlertCard", "{coins} coins").format(coins=QLocale().toString(alert.coins))
    if coin_badge:
        _badge(p, coin_badge, colour, QColor("#101216"), rect, unit, right=not lay.rtl, most=rect.width() * 0.6)
    if marks.first and not marks.to:
        _badge(p, shown("AlertCard", FIRST_GIFT), QColor(theme.ACCENT), QColor("#ffffff"), rect, unit,
               right=lay.rtl, most=rect.width() * 0.35)


def _line(alert: Alert, marks: CardMarks) -> str:
    """The card's second line: "sent Rose  ×5 …", or what a paid message brought."""
    if alert.paid:
        return marks.label or alert.gift_name
    sent = QCoreApplication.translate("AlertCard", "sent {gift}").format(gift=alert.gift_name) + (
        "" if alert.units == 1 and not alert.live else f"  ×{QLocale().toString(alert.units)}")
    return sent + " …" if alert.live else sent


def _badge(p: QPainter, text: str, fill: QColor, ink: QColor, rect: QRectF, unit: float, right: bool,
           most: float) -> None:
    """A pill overhanging one top corner of the card (``most``: the widest it may be)."""
    text = p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(most - 16 * unit))
    bw = p.fontMetrics().horizontalAdvance(text) + 16 * unit
    left = rect.right() - bw - 12 * unit if right else rect.left() + 12 * unit
    br = QRectF(left, rect.top() - 12 * unit, bw, 24 * unit)
    bp = QPainterPath()
    bp.addRoundedRect(br, 12 * unit, 12 * unit)
    p.fillPath(bp, fill)
    p.setPen(ink)
    p.drawText(br, Qt.AlignmentFlag.AlignCenter, text)
