"""The row of big figures: coins, diamonds, estimated earnings, gifts, gifters, gifts per minute."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from .. import i18n
from .widgets import ElidedLabel, FitNumber, cash, num, rate_text


class TallyCard(QFrame):
    """One big figure with a caption and a small line under it."""

    def __init__(self, title: str, accent: bool = False) -> None:
        super().__init__()
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(0)
        self.title = ElidedLabel(title.upper())
        self.title.setObjectName("cardTitle")
        self.value = FitNumber()
        self.value.setObjectName("bigNumberAccent" if accent else "bigNumber")
        self.sub = ElidedLabel(" ")
        self.sub.setObjectName("muted")
        for w in (self.title, self.value, self.sub):
            lay.addWidget(w)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:  # noqa: N802
        # The same for every card: the row shares its width evenly, whatever the figures.
        return QSize(160, super().sizeHint().height())

    def set(self, value: str, sub: str = " ") -> None:
        if self.value.text() != value:
            self.value.setText(value)
        if self.sub.text() != sub:
            self.sub.setText(sub)


class TalliesPanel(QWidget):
    """Coins, diamonds, estimated earnings, gifts, unique gifters, gifts per minute."""

    def __init__(self) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        self.earnings = TallyCard(self.tr("Est. earnings"), accent=True)
        self.coins = TallyCard(self.tr("Coins"))
        self.diamonds = TallyCard(self.tr("Diamonds"))
        self.gifts = TallyCard(self.tr("Gifts"))
        self.gifters = TallyCard(self.tr("Gifters"))
        self.rate = TallyCard(self.tr("Gifts / min"))
        for c in (self.earnings, self.coins, self.diamonds, self.gifts, self.gifters, self.rate):
            lay.addWidget(c)

    def retranslate(self) -> None:
        """The cards' titles in the window's language (drawn again at the next snapshot)."""
        for card_, title in ((self.earnings, QCoreApplication.translate("TalliesPanel", "Est. earnings")),
                             (self.coins, QCoreApplication.translate("TalliesPanel", "Coins")),
                             (self.diamonds, QCoreApplication.translate("TalliesPanel", "Diamonds")),
                             (self.gifts, QCoreApplication.translate("TalliesPanel", "Gifts")),
                             (self.gifters, QCoreApplication.translate("TalliesPanel", "Gifters")),
                             (self.rate, QCoreApplication.translate("TalliesPanel", "Gifts / min"))):
            card_.title.setText(title.upper())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply(self, snap: dict) -> None:
        t = snap["totals"]
        r = snap.get("rates", {})
        self.earnings.set(cash(Decimal(t["earnings"]), t["currency"]),
                          self.tr("at {rate} diamonds/coin").format(rate=rate_text(r.get("diamonds_per_coin", "0.5"))))
        self.coins.set(num(t["coins"]), self.tr("viewers spent ≈ {money}").format(money=_viewers_spent(t, r)))
        # Half up, as the overlay shows it: 154.5 diamonds (309 coins) read 155 beside $1.55.
        self.diamonds.set(num(t["diamonds"]), self.tr("estimated"))
        closed = t.get("closed_without_end", 0)
        self.gifts.set(num(t["gifts"]), self.tr("{count} streaks closed without end").format(count=num(closed)) if closed else " ")
        self.gifters.set(num(t["unique_gifters"]), self.tr("{count} new follows").format(count=num(t.get('follows', 0))))
        # Live, the engine counts the last 5 minutes; a past session's snapshot says what it counted.
        self.rate.set(_one_decimal(t['gifts_per_minute']), t.get("gifts_per_minute_label") or self.tr("last 5 minutes"))


def _one_decimal(x: float) -> str:
    """105.0 in the window's language ("105,0" in German)."""
    if i18n.current().code == "en":
        return f"{x:,.1f}"
    return QLocale().toString(float(x), "f", 1)


def _viewers_spent(t: dict, r: dict) -> str:
    try:
        per_coin = Decimal(r.get("viewer_usd_per_coin", "0.0143")) * Decimal(r.get("usd_to_currency", "1"))
        return cash((t["coins"] * per_coin).quantize(Decimal("0.01")), t["currency"])
    except Exception:
        return "—"
