"""The dashboard's figures for a Twitch or YouTube session: their own units, never zero coins."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from .. import i18n
from ..i18n import QT_TRANSLATE_NOOP
from .translation import shown
from .gift_tables import TopGifters, _set
from .tally_cards import TalliesPanel
from .widgets import cash, num

# (card attribute, TikTok's title): the titles put back when a TikTok session follows.
_TIKTOK_TITLES = (("earnings", QT_TRANSLATE_NOOP("TalliesPanel", "Est. earnings")),
                  ("coins", QT_TRANSLATE_NOOP("TalliesPanel", "Coins")),
                  ("diamonds", QT_TRANSLATE_NOOP("TalliesPanel", "Diamonds")),
                  ("gifts", QT_TRANSLATE_NOOP("TalliesPanel", "Gifts")),
                  ("gifters", QT_TRANSLATE_NOOP("TalliesPanel", "Gifters")),
                  ("rate", QT_TRANSLATE_NOOP("TalliesPanel", "Gifts / min")))


def _amounts(paid: list[dict[str, str]]) -> str:
    """"USD 5 · EUR 2.50": what viewers paid, per currency (before YouTube's share)."""
    out = []
    for p in paid:
        try:
            amount = Decimal(p["amount"])
            # English keeps the breakdown's own "EUR 2.50"; other languages write money their way.
            out.append(f"{p['currency']} {amount:,.2f}" if i18n.current().code == "en" else cash(amount, p["currency"]))
        except (InvalidOperation, KeyError):
            continue
    return " · ".join(out) or "—"


def _short(paid: list[dict[str, str]]) -> str:
    """One currency's amount, and how many more there are: "EUR 1.50 +2" (a card or a narrow cell)."""
    text = _amounts(paid[:1])
    return text + (f" +{num(len(paid) - 1)}" if len(paid) > 1 else "")


def _money(t: dict[str, Any]) -> str:
    try:
        return cash(Decimal(t["earnings"]), t["currency"])
    except (InvalidOperation, KeyError, TypeError):
        return "—"


class PlatformTalliesPanel(TalliesPanel):
    """``TalliesPanel`` that shows a Twitch session's Bits and subs, a YouTube session's Super Chats,
    Stickers and memberships, with the earnings they are estimated at (the same cards, retitled)."""

    def __init__(self) -> None:
        super().__init__()
        self.platform = "tiktok"

    def _titles(self, titles: tuple[tuple[str, str], ...]) -> None:
        for name, title in titles:
            title = shown("TalliesPanel", title)
            label = getattr(self, name).title
            if label.text() != title.upper():
                label.setText(title.upper())

    def apply(self, snap: dict) -> None:
        platform = ((snap.get("session") or {}).get("platform")) or "tiktok"
        self.platform = platform
        t = snap.get("totals") or {}
        if platform == "twitch":
            self._twitch(t)
        elif platform == "youtube":
            self._youtube(t)
        else:
            self._titles(_TIKTOK_TITLES)
            super().apply(snap)

    def _earnings(self, t: dict[str, Any], sub: str) -> None:
        left = t.get("unconverted") or []
        if left:  # kept, never dropped: named under the total it is not part of
            sub = self.tr("+ {amounts} unconverted").format(amounts=_amounts(left))
        self.earnings.set(_money(t), sub)
        self.earnings.setToolTip(t.get("unconverted_message") or "")

    def _twitch(self, t: dict[str, Any]) -> None:
        self._titles((("earnings", QT_TRANSLATE_NOOP("TalliesPanel", "Est. earnings")),
                      ("coins", QT_TRANSLATE_NOOP("TalliesPanel", "Bits")),
                      ("diamonds", QT_TRANSLATE_NOOP("TalliesPanel", "Subs")),
                      ("gifts", QT_TRANSLATE_NOOP("TalliesPanel", "Gifted subs")),
                      ("gifters", QT_TRANSLATE_NOOP("TalliesPanel", "Supporters")),
                      ("rate", QT_TRANSLATE_NOOP("TalliesPanel", "Raids"))))
        self._earnings(t, self.tr("Bits and your share of subs"))
        self.coins.set(num(t.get("bits", 0)), self.tr("cheered"))
        self.diamonds.set(num(t.get("subs", 0)), self.tr("new, resubs and gifted"))
        self.gifts.set(num(t.get("gifted_subs", 0)), self.tr("counted for the gifters"))
        self.gifters.set(num(t.get("supporters_count", 0)), self.tr("{count} new follows").format(count=num(t.get("follows", 0))))
        self.rate.set(num(t.get("raids", 0)), self.tr("channels raided in"))

    def _youtube(self, t: dict[str, Any]) -> None:
        self._titles((("earnings", QT_TRANSLATE_NOOP("TalliesPanel", "Est. earnings")),
                      ("coins", QT_TRANSLATE_NOOP("TalliesPanel", "Super Chats")),
                      ("diamonds", QT_TRANSLATE_NOOP("TalliesPanel", "Paid")),
                      ("gifts", QT_TRANSLATE_NOOP("TalliesPanel", "Members")),
                      ("gifters", QT_TRANSLATE_NOOP("TalliesPanel", "Supporters")),
                      ("rate", QT_TRANSLATE_NOOP("TalliesPanel", "Gifted members"))))
        self._earnings(t, self.tr("your share after YouTube's"))
        self.coins.set(num(t.get("paid_messages", 0)), self.tr("Super Chats and Stickers"))
        paid = t.get("paid") or []
        self.diamonds.set(_short(paid), _amounts(paid) if len(paid) > 1 else self.tr("what viewers paid"))
        self.diamonds.setToolTip(self.tr("What viewers paid, before YouTube's share: {amounts}").format(amounts=_amounts(paid)))
        self.gifts.set(num(t.get("memberships", 0)), self.tr("new and gifted"))
        self.gifters.set(num(t.get("supporters_count", 0)), self.tr("{count} new follows").format(count=num(t.get("follows", 0))))
        self.rate.set(num(t.get("gifted_memberships", 0)), self.tr("counted for the gifters"))


class PlatformTopGifters(TopGifters):
    """Top gifters, or a Twitch or YouTube session's top supporters (Bits, subs and memberships, paid)."""

    _HEADERS = {"tiktok": ["#", QT_TRANSLATE_NOOP("TopGifters", "Gifter"), QT_TRANSLATE_NOOP("TopGifters", "Coins"),
                           QT_TRANSLATE_NOOP("TopGifters", "Share")],
                "twitch": ["#", QT_TRANSLATE_NOOP("TopGifters", "Supporter"), QT_TRANSLATE_NOOP("TopGifters", "Bits"),
                           QT_TRANSLATE_NOOP("TopGifters", "Subs")],
                "youtube": ["#", QT_TRANSLATE_NOOP("TopGifters", "Supporter"), QT_TRANSLATE_NOOP("TopGifters", "Paid"),
                            QT_TRANSLATE_NOOP("TopGifters", "Members")]}

    def __init__(self) -> None:
        super().__init__()
        self.platform = "tiktok"

    def apply(self, snap: dict) -> None:
        platform = ((snap.get("session") or {}).get("platform")) or "tiktok"
        if platform not in self._HEADERS:
            platform = "tiktok"
        if platform != self.platform:
            self.platform = platform
            self.table.setHorizontalHeaderLabels([shown("TopGifters", h) for h in self._HEADERS[platform]])
            # The card's own title (ui/widgets.card) says whose rows these are.
            frame = self.parentWidget()
            title = frame.findChild(QLabel, "cardTitle") if frame is not None else None
            if title is not None:
                title.setText((QCoreApplication.translate("Dashboard", "Top gifters") if platform == "tiktok"
                               else QCoreApplication.translate("Dashboard", "Top supporters")).upper())
        if platform == "tiktok":
            super().apply(snap)
            return
        rows = (snap.get("supporters") or [])[: self.ROWS]
        t = self.table
        for i in range(self.ROWS):
            s = rows[i] if i < len(rows) else None
            name = "" if s is None else (s.get("nickname") or (f"@{s['handle']}" if s.get("handle") else s["user_id"]))
            first = "" if s is None else num(s["bits"]) if platform == "twitch" else _short(s["paid"])
            _set(t, i, 0, "" if s is None else num(i + 1), Qt.AlignmentFlag.AlignCenter)
            _set(t, i, 1, name, Qt.AlignmentFlag.AlignLeft)
            _set(t, i, 2, first if first != "—" else "")
            _set(t, i, 3, "" if s is None else num(s["subs"]))
