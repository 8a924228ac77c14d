"""The night across platforms: one total in the display currency, then each platform's share.

Shown only while several sources run at once (a snapshot with two or more ``platforms``,
core/multistream.py); a single source's figures are the tallies above it already. Each
platform has its mark, our own art (assets/overlay/platforms/*.svg, shared with the
overlay pages), not the platforms' logos.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..core.multistream import PLATFORM_NAMES
from ..paths import asset
from .connection_bar import STATE_WORDS
from .translation import shown
from .widgets import cash, num


@lru_cache(maxsize=8)
def platform_icon(platform: str) -> QIcon:
    """The platform's mark as an icon, to be drawn at any size (the alert cards)."""
    path = asset("overlay", "platforms", f"{platform}.svg")
    return QIcon(str(path if path.is_file() else asset("overlay", "platforms", "tiktok.svg")))


@lru_cache(maxsize=16)
def platform_pixmap(platform: str, size: int = 22) -> QPixmap:
    """The platform's mark at ``size`` px (device pixels follow the screen's scale)."""
    path = asset("overlay", "platforms", f"{platform}.svg")
    if not path.is_file():
        path = asset("overlay", "platforms", "tiktok.svg")
    return QIcon(str(path)).pixmap(QSize(size, size))


def _money(text: str, currency: str) -> str:
    try:
        return cash(Decimal(text), currency)
    except (InvalidOperation, ValueError):
        return f"{text} {currency}"


def part_detail(part: dict) -> str:
    """What the platform's money came from, in its own units: coins, Bits and subs, paid messages."""
    t = part.get("totals") or {}
    if part.get("platform") == "twitch":
        bits, subs = t.get("bits"), t.get("subs")
        if bits is not None or subs is not None:
            return QCoreApplication.translate("PlatformStrip", "{bits} Bits · {subs} subs").format(bits=num(bits or 0), subs=num(subs or 0))
    elif part.get("platform") == "youtube":
        paid = t.get("paid_messages")
        if paid is not None:
            return QCoreApplication.translate("PlatformStrip", "{count} paid messages").format(count=num(paid))
    else:
        return QCoreApplication.translate("PlatformStrip", "{count} coins").format(count=num(part.get("coins", 0)))
    return QCoreApplication.translate("PlatformStrip", "{count} follows").format(count=num(t.get("follows", 0)))


class PlatformChip(QWidget):
    """One platform: its mark, its name, its money and what that money came from."""

    def __init__(self, platform: str) -> None:
        super().__init__()
        self.platform = platform
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(7)
        self.mark = QLabel()
        self.mark.setPixmap(platform_pixmap(platform, 22))
        self.name = QLabel(PLATFORM_NAMES.get(platform, platform).upper())
        self.name.setObjectName("cardTitle")
        self.value = QLabel()
        self.value.setObjectName("stripValue")
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        for w in (self.mark, self.name, self.value, self.detail):
            w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            lay.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_part(self, part: dict) -> None:
        self.value.setText(_money(part["earnings"], part["currency"]))
        self.detail.setText(part_detail(part))
        state = part.get("state", "")
        words = STATE_WORDS.get(state)
        self.setToolTip(self.tr("{platform}: {creator} · session #{id} · {state}").format(
            platform=PLATFORM_NAMES.get(self.platform, self.platform), creator=part.get("creator", ""),
            id=part.get("session_id") or "?",
            state=shown("ConnectionBar", words[0]).lower() if words else state.replace("_", " ")))


class PlatformStrip(QFrame):
    """"ALL PLATFORMS $312.40 | [TikTok] $256.61 51,322 coins | [Twitch] ... | [YouTube] ..."."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(14, 7, 14, 7)
        self.lay.setSpacing(26)
        self.caption = caption = QLabel()
        caption.setObjectName("cardTitle")
        self.total = QLabel()
        self.total.setObjectName("stripValue")
        self.retranslate()
        self.lay.addWidget(caption)
        self.lay.addWidget(self.total)
        self.chips: list[PlatformChip] = []  # one per source, in the order they run
        self.lay.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def retranslate(self) -> None:
        """The caption and tooltip in the window's language (the figures follow at the next snapshot)."""
        self.caption.setText(self.tr("All platforms").upper())
        self.total.setToolTip(self.tr("Estimated earnings of every source tonight, in your display currency"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply(self, snap: dict) -> None:
        parts = snap.get("platforms") or []
        if len(parts) < 2:
            self.hide()
            return
        t = snap["totals"]
        self.total.setText(_money(str(t.get("earnings", "0")), str(t.get("currency", ""))))
        unconverted = snap.get("unconverted") or []
        if unconverted:
            self.total.setText(self.total.text() + " + " + ", ".join(
                _money(p["earnings"], p["currency"]) for p in unconverted))
        for i, part in enumerate(parts):
            if i == len(self.chips) or self.chips[i].platform != part["platform"]:
                self._replace_chip(i, PlatformChip(part["platform"]))
            self.chips[i].show_part(part)
        self.show()

    def _replace_chip(self, i: int, chip: PlatformChip) -> None:
        if i < len(self.chips):
            self.chips[i].deleteLater()
            self.chips[i] = chip
        else:
            self.chips.append(chip)
        self.lay.insertWidget(2 + i, chip)  # after the caption and the total

    def clear(self) -> None:
        for chip in self.chips:
            chip.deleteLater()
        self.chips.clear()
        self.hide()
