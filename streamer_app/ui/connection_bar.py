"""The connection bar: source picker, connect/disconnect, the state in words, viewers, live time."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy

from ..core import formatting as fmt
from ..i18n import QT_TRANSLATE_NOOP
from ..sources.factory import SOURCES  # light: each source's module loads when it is built
from . import theme
from .translation import shown
from .widgets import in_digits, num


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
                wait = (self.tr("{seconds} s").format(seconds=num(int(left + 0.999))) if left < 120
                        else in_digits(fmt.duration(left + 0.999)))
                text = (self.tr("{message} — retrying in {wait}").format(message=text, wait=wait) if text
                        else self.tr("retrying in {wait}").format(wait=wait))
        if self.message.text() != text:
            self.message.setText(text)
            self.message.setToolTip(text)

    def set_live(self, viewers: int, seconds: float) -> None:
        self.viewers.setText(self.tr("{count} viewers").format(count=num(viewers)))
        self.clock.setText(in_digits(fmt.duration(seconds)))
