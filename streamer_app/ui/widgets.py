"""Small building blocks of the dashboard: numbers and money in the window's language, a card
frame, a figure that is never cut, an elided caption, a warning strip.

The widgets built from them live in a module per kind: ``tally_cards`` (the big figures),
``connection_bar`` (source picker and state), ``gift_tables`` (top gifters, gift types) and
``gift_art`` (a gift's icon).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ..core import formatting as fmt
from .. import i18n


def num(n: int | float | Decimal) -> str:
    """A count in the window's language ("48.222" in German, Arabic digits in Arabic);
    core.formatting's own in English."""
    lang = i18n.current()
    if lang.code == "en":
        return fmt.count(n)
    from ..i18n import numbers  # Babel: loaded once a language needs it

    return numbers.count(n, lang)


def in_digits(text: str) -> str:
    """``text`` (a clock, "1:02:03") with its digits in the window's numbering system ("١:٠٢:٠٣" in Arabic)."""
    if i18n.current().code == "en":
        return text
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    return text.translate(str.maketrans("0123456789", "".join(chr(ord(zero) + i) for i in range(10))))


def decimal_text(x: int | float | Decimal | str) -> str:
    """A plain decimal such as a rate ("0.5", "1.25") in the window's language: "0,5", "٠٫٥"."""
    if i18n.current().code == "en":
        return f"{Decimal(str(x)).normalize():f}"
    return QLocale().toString(float(x), "g", 12)


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


def local_time(ts: float) -> str:
    """A moment: "2026-12-06 19:30" in English, the locale's short date and time in other languages."""
    if i18n.current().code == "en":
        return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(ts)), QLocale.FormatType.ShortFormat)


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
