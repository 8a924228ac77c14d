"""The first-run screen: start the demo, or type your @handle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .. import settings as sm


class FirstRun(QWidget):
    """Start the demo, or type your @handle."""

    demo_requested = Signal()
    handle_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        title = self.title = QLabel()
        title.setStyleSheet("font-size: 32px; font-weight: 800;")
        sub = QLabel()
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        sub.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width in a centring row, not a layout alignment: aligned, the layout sized the
        # wrapped label by its size hint (a narrow guess) without the height its lines need there,
        # and cut the text to about a line and a half.
        sub.setFixedWidth(560)
        sub_row = QHBoxLayout()
        sub_row.addStretch(1)
        sub_row.addWidget(sub)
        sub_row.addStretch(1)
        self.subtitle = sub
        demo = self.demo = QPushButton()
        demo.setObjectName("primary")
        demo.setMinimumHeight(44)
        self.handle = QLineEdit()
        self.handle.setPlaceholderText("@yourhandle")
        self.handle.setMinimumHeight(40)
        self.handle.setMaximumWidth(260)
        go = self.go = QPushButton()
        go.setMinimumHeight(40)
        self.error = QLabel("")
        self.error.setObjectName("error")
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(6)
        outer.addLayout(sub_row)
        outer.addSpacing(24)
        outer.addWidget(demo, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(16)
        row = QHBoxLayout()
        row.addStretch(1)
        self.or_label = QLabel()
        row.addWidget(self.or_label)
        row.addWidget(self.handle)
        row.addWidget(go)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        demo.clicked.connect(self.demo_requested)
        go.clicked.connect(self._go)
        self.handle.returnPressed.connect(self._go)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to streamer-app"))
        self.subtitle.setText(self.tr("Live gift alerts, an exact ledger of coins and diamonds, and your earnings "
                                      "against payout thresholds — right beside your stream."))
        self.demo.setText(self.tr("▶  Try the demo stream"))
        self.go.setText(self.tr("Connect"))
        self.or_label.setText(self.tr("or go live with your TikTok account:"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _go(self) -> None:
        text = self.handle.text().strip()
        if not sm.HANDLE_RE.match(text):
            self.error.setText(self.tr("That is not a TikTok @handle (2-24 letters, digits, '_' or '.')."))
            return
        self.error.setText("")
        self.handle_requested.emit("@" + text.lstrip("@"))
