"""The strip under the tallies: the room's likes, first gifts, the LIVE Match score and what
guests received tonight. Each part shows only when it has something to say.

What guests received (multi-guest and co-host LIVEs) is their income, not the creator's: it is
named "to guests" and kept out of every figure above it. LIVE Match points are a score, never
money: they are drawn as "You 1,240 – 980 Rival", with no currency or coin sign.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from .widgets import ElidedLabel, num

OVER = ("ended", "failed", "idle", "history")  # connection states in which no match can still be going on
MAX_GUESTS = 3  # named in the strip; the rest are counted ("+2 more") and listed in the tooltip


def _side_name(user: dict) -> str:
    return user.get("name") or user.get("nickname") or (f"@{user['handle']}" if user.get("handle") else "?")


def _is_creator(user: dict, creator: str) -> bool:
    handle = (creator or "").lstrip("@").lower()
    return bool(handle) and (user.get("handle") or "").lower() == handle


def match_text(battle: dict | None, creator: str = "", streaming: bool = True) -> str:
    """"You 1,240 – 980 Rival Creator" (the creator's side first, as "You" when it is known),
    with "· live", "· you won", "· you lost" or "· a draw"; "" without a match. A match that
    never ended while the stream is over (``streaming`` False) is "· unfinished", never live."""
    scores = list((battle or {}).get("scores") or [])
    if not scores:
        return ""
    mine = next((i for i, s in enumerate(scores) if _is_creator(s.get("user") or {}, creator)), None)
    if mine is not None:
        scores.insert(0, scores.pop(mine))
    you = QCoreApplication.translate("TonightStrip", "You")
    names = [you if i == 0 and mine is not None else _side_name(s.get("user") or {}) for i, s in enumerate(scores)]
    points = [int(s.get("points") or 0) for s in scores]
    if len(scores) == 2:
        text = f"{names[0]} {num(points[0])} – {num(points[1])} {names[1]}"
    else:  # team matches: every side by name
        text = "  ·  ".join(f"{n} {num(p)}" for n, p in zip(names, points))
    if not (battle or {}).get("ended"):
        return f"{text}  · " + (QCoreApplication.translate("TonightStrip", "live") if streaming
                                else QCoreApplication.translate("TonightStrip", "unfinished"))
    if mine is None:
        return f"{text}  · " + QCoreApplication.translate("TonightStrip", "ended")
    best = max(points[1:], default=0)
    return f"{text}  · " + (QCoreApplication.translate("TonightStrip", "you won") if points[0] > best
                            else QCoreApplication.translate("TonightStrip", "a draw") if points[0] == best
                            else QCoreApplication.translate("TonightStrip", "you lost"))


def guests_text(to_guests: dict | None) -> tuple[str, str]:
    """("Guest Mia 5,014 · Guest Leo 2,879 coins", tooltip) of what guests received; ("", "") for none."""
    guests = [g for g in (to_guests or {}).get("by_guest") or [] if g.get("coins") or g.get("gifts")]
    if not guests:
        return "", ""

    def name(g: dict) -> str:
        return g.get("nickname") or (f"@{g['handle']}" if g.get("handle") else str(g.get("user_id", "?")))

    shown = "  ·  ".join(f"{name(g)} {num(g['coins'])}" for g in guests[:MAX_GUESTS])
    more = len(guests) - MAX_GUESTS
    more_text = QCoreApplication.translate("TonightStrip", "+{count} more").format(count=more) if more > 0 else ""
    text = QCoreApplication.translate("TonightStrip", "{amounts} coins").format(
        amounts=shown + (f"  ·  {more_text}" if more_text else ""))
    tip = "\n".join([
        QCoreApplication.translate("TonightStrip", "Gifts your viewers sent to your guests (multi-guest and co-host LIVEs)."),
        QCoreApplication.translate("TonightStrip", "They are the guests' income: not in your coins, diamonds, earnings "
                                                   "or payout thresholds."), "",
        *(_guest_line(name(g), g) for g in guests),
    ])
    return text, tip


def _guest_line(name: str, g: dict) -> str:
    """"Guest Mia: 5,014 coins, 12 gifts" in the window's language (a whole sentence for one gift and for more)."""
    gifts = int(g.get("gifts", 0) or 0)
    line = (QCoreApplication.translate("TonightStrip", "{name}: {coins} coins, 1 gift") if gifts == 1 else
            QCoreApplication.translate("TonightStrip", "{name}: {coins} coins, {gifts} gifts"))
    return line.format(name=name, coins=num(g.get("coins", 0) or 0), gifts=num(gifts))


class _ShrinkingValue(ElidedLabel):
    """A value that takes its whole width when there is room and ends in "…" when there is not
    (the window's narrowest width must still hold the strip), down to ``least`` pixels."""

    def __init__(self, least: int) -> None:
        super().__init__()
        self.least = least
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(min(self.least, self.sizeHint().width()), super().minimumSizeHint().height())


class _Part(QWidget):
    """A caption ("LIKES") and its value, side by side; ``least``: how narrow the value may get."""

    def __init__(self, caption: str, least: int | None = None, muted: bool = False) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.caption = QLabel(caption.upper())
        self.caption.setObjectName("cardTitle")
        self.value = QLabel() if least is None else _ShrinkingValue(least)
        self.value.setObjectName("stripValueMuted" if muted else "stripValue")
        lay.addWidget(self.caption)
        lay.addWidget(self.value, 1)
        self.hide()

    def show_value(self, text: str, tip: str = "") -> None:
        if not text:
            self.hide()
            return
        if self.value.text() != text:
            self.value.setText(text)
            self.value.updateGeometry()  # its size hint is its text's width
        self.setToolTip(tip)
        self.show()


class TonightStrip(QFrame):
    """Likes, first gifts, the LIVE Match score, gifts to guests: one line, from a snapshot."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 7, 14, 7)
        lay.setSpacing(24)
        self.likes = _Part(self.tr("Likes"))
        self.first_gifts = _Part(self.tr("First gifts"))
        # On a narrow window these two give way ("You 12,851 – 8,807 Riv…", "Guest Mia 5,014 · Gu…").
        self.match = _Part(self.tr("LIVE Match"), least=150)
        self.guests = _Part(self.tr("To guests"), least=110, muted=True)  # muted as in the feed: not the creator's
        for part in (self.likes, self.first_gifts, self.match, self.guests):
            lay.addWidget(part)
        lay.addStretch(1)  # the rest of the line, when everything fits
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def retranslate(self) -> None:
        for part, caption in ((self.likes, self.tr("Likes")), (self.first_gifts, self.tr("First gifts")),
                              (self.match, self.tr("LIVE Match")), (self.guests, self.tr("To guests"))):
            part.caption.setText(caption.upper())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply(self, snap: dict) -> None:
        likes = (snap.get("totals") or {}).get("likes") or 0
        self.likes.show_value(f"♥ {num(likes)}" if likes else "", self.tr("The room's like total (TikTok's own count)"))
        firsts = snap.get("first_gifts") or 0
        self.first_gifts.show_value(num(firsts) if firsts else "",
                                    self.tr("Viewers whose first gift to you came tonight"))
        creator = (snap.get("session") or {}).get("creator", "")
        streaming = (snap.get("state") or {}).get("state") not in OVER
        self.match.show_value(match_text(snap.get("battle"), creator, streaming),
                              self.tr("LIVE Match points: a score, not coins or money"))
        self.guests.show_value(*guests_text(snap.get("to_guests")))
        visible = any(not p.isHidden() for p in (self.likes, self.first_gifts, self.match, self.guests))
        self.setVisible(visible)
