"""Small dashboard widgets, each drawn from a snapshot (see engine.Engine.snapshot)."""

from __future__ import annotations

import time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import formatting as fmt
from .. import i18n
from ..i18n import QT_TRANSLATE_NOOP
from ..paths import asset
from ..sources.factory import SOURCES  # light: each source's module loads when it is built
from . import crown, theme
from .translation import shown


def num(n: int | float | Decimal) -> str:
    """A count in the window's language ("48.222" in German, Arabic digits in Arabic);
    core.formatting's own in English."""
    lang = i18n.current()
    if lang.code == "en":
        return fmt.count(n)
    from ..i18n import numbers  # Babel: loaded once a language needs it

    return numbers.count(n, lang)


def cash(amount: Decimal, currency: str) -> str:
    """Money in the window's language ("R$ 22,08", "22,08 $"); core.formatting's own in English."""
    lang = i18n.current()
    if lang.code == "en":
        return fmt.money(amount, currency)
    from ..i18n import numbers

    return numbers.money(amount, currency, lang)


def rate_text(value: Decimal | float | str) -> str:
    """A rate as set ("0.5" diamonds per coin) in the window's language: "0,5" in German."""
    lang = i18n.current()
    if lang.code == "en":
        return str(value)
    from ..i18n import numbers

    return numbers.decimal(value, lang)


def card(title: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(14, 10, 14, 12)
    lay.setSpacing(4)
    if title:
        t = QLabel(title.upper())
        t.setObjectName("cardTitle")
        lay.addWidget(t)
    return frame, lay


_DIGITS = str.maketrans("0123456789", "0000000000")


class FitNumber(QLabel):
    """A big figure that is never cut: drawn smaller when the card is too narrow for it.

    The fitted size is cached by the text's shape (its digits as zeros) and the width: the
    cards update ten times a second in a gift storm, and "19,520" becoming "19,521" needs no
    new measurement. Fitting measures the widest digit in every digit place, so any number
    of the same shape fits the size found for it.
    """

    MIN_PX = 11

    def __init__(self) -> None:
        super().__init__("0")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit_key: tuple | None = None
        self._fit_font: QFont | None = None
        self.fits = 0  # measurements made (tests check that updates reuse the cached size)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # As narrow as the card may get: the figure shrinks instead of the card refusing to.
        return QSize(self.MIN_PX * 2, super().minimumSizeHint().height())

    def fitted_font(self) -> QFont:
        text, width = self.text(), self.contentsRect().width()
        key = (text.translate(_DIGITS), width, self.font().key())
        if key != self._fit_key:
            self._fit_key, self._fit_font = key, self._fit(text, width)
        assert self._fit_font is not None  # set above on the first call
        return self._fit_font

    def _fit(self, text: str, width: int) -> QFont:
        self.fits += 1
        font = QFont(self.font())
        fm = QFontMetrics(font)
        widest = max("0123456789", key=fm.horizontalAdvance)
        shape = text.translate(str.maketrans("0123456789", widest * 10))
        need = fm.horizontalAdvance(shape)
        if need <= width or width <= 0:
            return font
        px = font.pixelSize() if font.pixelSize() > 0 else round(QFontInfo(font).pixelSize())
        size = max(self.MIN_PX, int(px * width / need))
        while size > self.MIN_PX:  # hinting does not scale exactly: check, and step down if needed
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(shape) <= width:
                break
            size -= 1
        font.setPixelSize(size)
        return font

    def paintEvent(self, event) -> None:  # noqa: N802
        QFrame.paintEvent(self, event)  # the styled frame and background, not QLabel's text
        p = QPainter(self)
        p.setFont(self.fitted_font())
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.text())
        p.end()


class ElidedLabel(QLabel):
    """One line of small text that ends in "…" when it does not fit (the full text in the tooltip)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._elided: tuple | None = None  # (text, width, shown)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        text, width = self.text(), self.contentsRect().width()
        if self._elided is None or self._elided[:2] != (text, width):
            shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided = (text, width, shown)
            self.setToolTip(text if shown != text else "")
        return self._elided[2]

    def paintEvent(self, event) -> None:  # noqa: N802
        QFrame.paintEvent(self, event)
        p = QPainter(self)
        p.setFont(self.font())
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   self.shown_text())
        p.end()


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
                          self.tr("at {rate} diamonds/coin").format(rate=rate_text(r.get('diamonds_per_coin', '0.5'))))
        self.coins.set(num(t["coins"]), self.tr("viewers spent ≈ {money}").format(money=_viewers_spent(t, r)))
        # Half up, as the overlay shows it: 154.5 diamonds (309 coins) read 155 beside $1.55.
        self.diamonds.set(num(t["diamonds"]), self.tr("estimated"))
        closed = t.get("closed_without_end", 0)
        self.gifts.set(num(t["gifts"]), self.tr("{count} streaks closed without end").format(count=closed) if closed else " ")
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


STATE_WORDS = {  # translated where the pill shows them
    "connecting": (QT_TRANSLATE_NOOP("ConnectionBar", "CONNECTING"), theme.WARN),
    "live": (QT_TRANSLATE_NOOP("ConnectionBar", "LIVE"), theme.GOOD),
    "reconnecting": (QT_TRANSLATE_NOOP("ConnectionBar", "RECONNECTING"), theme.WARN),
    "waiting_for_live": (QT_TRANSLATE_NOOP("ConnectionBar", "WAITING"), theme.WARN),
    "rate_limited": (QT_TRANSLATE_NOOP("ConnectionBar", "RATE LIMITED"), theme.WARN),
    "paused": (QT_TRANSLATE_NOOP("ConnectionBar", "PAUSED"), theme.MUTED),
    "ended": (QT_TRANSLATE_NOOP("ConnectionBar", "ENDED"), theme.MUTED),
    "failed": (QT_TRANSLATE_NOOP("ConnectionBar", "FAILED"), theme.BAD),
    "idle": (QT_TRANSLATE_NOOP("ConnectionBar", "NOT CONNECTED"), theme.MUTED),
    "history": (QT_TRANSLATE_NOOP("ConnectionBar", "HISTORY"), theme.ACCENT_2),
}


class ConnectionBar(QFrame):
    """Source picker, connect/disconnect, state in words with a countdown, viewers, live time."""

    connect_requested = Signal(str, str)  # kind, target (@handle or file; empty for the demo)
    add_requested = Signal(str, str)  # the same, beside what runs (several sources at once)
    disconnect_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(10)
        self.source = QComboBox()
        for row in SOURCES.values():
            self.source.addItem(shown("Sources", row.label), row.key)
        self.source.setCurrentIndex(self.source.findData("demo"))
        self.target = QLineEdit()
        self.target.setPlaceholderText("@handle")
        self.target.setMinimumWidth(150)
        self.target.setMaximumWidth(220)
        self.connect_btn = QPushButton(self.tr("Connect"))
        self.connect_btn.setObjectName("primary")
        self.add_btn = QPushButton(self.tr("+ Add source"))
        self.add_btn.clicked.connect(lambda: self.add_requested.emit(self.kind(), self.target.text().strip()))
        self.pill = QLabel(self.tr("NOT CONNECTED"))
        self.pill.setObjectName("pill")
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(80)
        self.viewers = QLabel(self.tr("{count} viewers").format(count=num(0)))
        self.clock = QLabel("0:00")
        f = QFont(self.clock.font())
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        for w in (self.viewers, self.clock):
            w.setFont(f)
        for widget in (self.source, self.target, self.connect_btn, self.add_btn, self.pill, self.message, self.viewers, self.clock):
            lay.addWidget(widget)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.connect_btn.clicked.connect(self.toggle_connection)
        self.target.returnPressed.connect(self.toggle_connection)
        self.connected = False
        self._retry_at: float | None = None
        self._state = ("idle", "")
        self._on_source_changed()
        self.retranslate()
        self.set_state("idle", self.tr("Choose a source and connect"))

    def retranslate(self) -> None:
        """Texts in the window's language; the state and its message follow at the next set_state."""
        self.connect_btn.setText(self.tr("Disconnect") if self.connected else self.tr("Connect"))
        self.connect_btn.setToolTip(self.tr("Connect to the chosen source (Ctrl+Enter)"))
        self.add_btn.setText(self.tr("+ Add source"))
        self.add_btn.setToolTip(self.tr("Run the chosen source too, beside those connected (several platforms at once)"))
        for i in range(self.source.count()):
            self.source.setItemText(i, shown("Sources", SOURCES[self.source.itemData(i)].label))
        words, _colour = STATE_WORDS.get(self._state[0], (self._state[0].upper(), ""))
        self.pill.setText(shown("ConnectionBar", words))
        if self._state[0] == "idle":
            self._state = ("idle", self.tr("Choose a source and connect"))
            self.tick()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind(self) -> str:
        return self.source.currentData()

    def _on_source_changed(self) -> None:
        hint = SOURCES[self.kind()].target_hint
        self.target.setVisible(bool(hint))
        self.target.setPlaceholderText(hint)

    def request_connect(self) -> None:
        """Ask to connect to the chosen source (Stream > Connect); nothing while connected."""
        if not self.connected:
            self.connect_requested.emit(self.kind(), self.target.text().strip())

    def toggle_connection(self) -> None:
        """The Connect/Disconnect button: whichever it says."""
        if self.connected:
            self.disconnect_requested.emit()
        else:
            self.connect_requested.emit(self.kind(), self.target.text().strip())

    def set_connected(self, connected: bool) -> None:
        self.connected = connected
        self.connect_btn.setText(self.tr("Disconnect") if connected else self.tr("Connect"))
        self.connect_btn.setObjectName("" if connected else "primary")
        self.connect_btn.style().unpolish(self.connect_btn)
        self.connect_btn.style().polish(self.connect_btn)

    def set_state(self, state: str, message: str = "", retry_at: float | None = None) -> None:
        words, colour = STATE_WORDS.get(state, (state.upper(), theme.MUTED))
        words = shown("ConnectionBar", words)
        if self._state != (state, message) or self.pill.text() != words:
            self.pill.setText(words)
            self.pill.setStyleSheet(f"background: {colour}; color: #101216;")
            self._state = (state, message)
        self._retry_at = retry_at
        self.tick(message)

    def tick(self, message: str | None = None) -> None:
        """Refresh the countdown (called each second by the window)."""
        text = self._state[1] if message is None else message
        if self._retry_at:
            left = self._retry_at - time.time()
            if left > 0:
                # Hours away (a platform's daily quota): h:mm:ss, not tens of thousands of seconds.
                wait = f"{int(left + 0.999)} s" if left < 120 else fmt.duration(left + 0.999)
                text = (self.tr("{message} — retrying in {wait}").format(message=text, wait=wait) if text
                        else self.tr("retrying in {wait}").format(wait=wait))
        if self.message.text() != text:
            self.message.setText(text)
            self.message.setToolTip(text)

    def set_live(self, viewers: int, seconds: float) -> None:
        self.viewers.setText(self.tr("{count} viewers").format(count=num(viewers)))
        self.clock.setText(fmt.duration(seconds))


class Banner(QFrame):
    """A one-line warning strip, hidden until it has something to say."""

    def __init__(self, severe: bool = True) -> None:
        super().__init__()
        self.setObjectName("banner" if severe else "warnBanner")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel("")
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.hide()

    def show_text(self, text: str | None) -> None:
        if not text:
            self.hide()
            return
        if self.label.text() != text:
            self.label.setText(text)
        self.show()


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
                _set(t, i, 0, f"{i + 1}", Qt.AlignmentFlag.AlignCenter)
                _set(t, i, 1, name, Qt.AlignmentFlag.AlignLeft, icon=crown.crown_icon() if i == 0 else QIcon())
                _set(t, i, 2, num(g["coins"]))
                _set(t, i, 3, f"{g['share'] * 100:.0f}%")
            else:
                for c in range(4):
                    _set(t, i, c, "", Qt.AlignmentFlag.AlignLeft if c == 1 else Qt.AlignmentFlag.AlignRight)


@lru_cache(maxsize=64)
def gift_icon(image: str, name: str, size: int = 22) -> QIcon:
    """Our own gift art (assets/overlay/gifts), else a coloured disc with the initial."""
    slug = Path(image).name if image else ""
    for candidate in (asset("overlay", "gifts", slug), asset("overlay", image)) if slug else ():
        if candidate.is_file():
            icon = QIcon(str(candidate))
            if not icon.isNull():
                return icon
    pm = QPixmap(QSize(size * 2, size * 2))
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    hue = (sum(map(ord, name)) * 47) % 360
    p.setBrush(QColor.fromHsv(hue, 150, 230))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(2, 2, size * 2 - 4, size * 2 - 4)
    p.setPen(QColor("#14161b"))
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(size * 1.1))
    p.setFont(f)
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, (name[:1] or "?").upper())
    p.end()
    return QIcon(pm)


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
