"""The subathon timer's controls in the window: the countdown, start/pause, add or take time, reset.

A view of the engine's timer (engine/subathon.py): it draws ``snapshot["timer"]`` and asks
for changes with ``command`` (the main window hands them to the engine loop). Between
snapshots it counts down by itself from the engine's ``ends_at``, so the seconds tick evenly.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..core import formatting as fmt
from ..i18n import QT_TRANSLATE_NOOP
from . import theme
from .translation import shown
from .widgets import decimal_text, in_digits, num

# (status, chip text, chip colour)
CHIPS = {"idle": (QT_TRANSLATE_NOOP("TimerPanel", "READY"), theme.MUTED),
         "running": (QT_TRANSLATE_NOOP("TimerPanel", "RUNNING"), theme.GOOD),
         "paused": (QT_TRANSLATE_NOOP("TimerPanel", "PAUSED"), theme.WARN),
         "ended": (QT_TRANSLATE_NOOP("TimerPanel", "TIME'S UP"), theme.ACCENT)}
STEPS = ((-60, "−1:00"), (60, "+1:00"), (300, "+5:00"))  # the adjust buttons: seconds, label


class TimerPanel(QFrame):
    """Compact card: "SUBATHON TIMER · RUNNING", 1:23:45 in large numerals, and the controls."""

    command = Signal(str, float)  # (start | pause | resume | reset | adjust, seconds)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.timer: dict[str, Any] | None = None
        self._offset = 0.0  # the engine's clock minus ours
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 12)
        lay.setSpacing(6)
        head = QHBoxLayout()
        title = self.title = QLabel(self.tr("SUBATHON TIMER"))
        title.setObjectName("cardTitle")
        self.chip = QLabel("")
        self.chip.setObjectName("pill")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.chip)
        lay.addLayout(head)
        self.digits = QLabel("–:––")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setStyleSheet("font-size: 40px; font-weight: 800; background: transparent;")
        lay.addWidget(self.digits)
        self.detail = QLabel(self.tr("Start a stream (or the demo) to run the timer."))
        self.detail.setObjectName("muted")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        lay.addWidget(self.detail)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.start_btn = QPushButton(self.tr("Start"))
        self.start_btn.setObjectName("primary")
        self.start_btn.clicked.connect(self._on_start_pause)
        row.addWidget(self.start_btn, 2)
        self.step_btns: list[QPushButton] = []
        for seconds, _label in STEPS:
            b = QPushButton()
            b.clicked.connect(lambda _=False, s=seconds: self.command.emit("adjust", float(s)))
            row.addWidget(b, 1)
            self.step_btns.append(b)
        self.reset_btn = QPushButton()
        self.retranslate()
        self.reset_btn.clicked.connect(self._on_reset)
        row.addWidget(self.reset_btn, 1)
        lay.addLayout(row)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._draw)
        self.ticker.start()
        self.apply({})

    def retranslate(self) -> None:
        self.title.setText(self.tr("SUBATHON TIMER"))
        self.reset_btn.setText(self.tr("Reset"))
        self.reset_btn.setToolTip(self.tr("Back to the starting time, stopped (asks first)"))
        for b, (seconds, label) in zip(self.step_btns, STEPS):
            b.setText(in_digits(label))  # "+١:٠٠" in Arabic
            b.setToolTip((self.tr("Take away {time}") if seconds < 0 else self.tr("Add {time}")).format(
                time=in_digits(fmt.countdown(abs(seconds)))))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the rest is drawn again four times a second
        super().changeEvent(event)

    # -- input ---------------------------------------------------------------------------------
    def apply(self, snap: dict[str, Any]) -> None:
        """Draw the snapshot's timer (None or missing: no engine, controls off)."""
        timer = snap.get("timer")
        self.timer = timer
        if timer is not None and timer.get("wall_time"):
            self._offset = float(timer["wall_time"]) - time.time()
        self.set_controls(timer is not None)
        self._draw()

    def set_controls(self, on: bool) -> None:
        """Buttons on while an engine runs the timer; off when no stream runs (the time still counts down)."""
        for b in (self.start_btn, self.reset_btn, *self.step_btns):
            b.setEnabled(on)

    # -- drawing -----------------------------------------------------------------------------------
    def remaining(self) -> float:
        t = self.timer
        if t is None:
            return 0.0
        if t.get("status") == "running" and t.get("ends_at") is not None:
            return max(0.0, float(t["ends_at"]) - (time.time() + self._offset))
        return float(t.get("remaining_s") or 0.0)

    def status(self) -> str:
        t = self.timer
        return "idle" if t is None else str(t.get("status", "idle"))

    def _draw(self) -> None:
        t, status = self.timer, self.status()
        if t is None:
            self.chip.setText("")
            self.chip.setStyleSheet("")
            self.digits.setText("–:––")
            self.digits.setStyleSheet(f"font-size: 40px; font-weight: 800; color: {theme.MUTED}; background: transparent;")
            self.detail.setText(self.tr("Start a stream (or the demo) to run the timer."))
            return
        left = self.remaining()
        if status == "running" and left <= 0:
            status = "ended"
        text, colour = CHIPS.get(status, ("", theme.MUTED))
        self.chip.setText(shown("TimerPanel", text))
        self.chip.setStyleSheet(f"background: {colour}; color: #111;")
        colour = theme.TEXT if status == "running" and left >= 60 else theme.BAD if status == "running" else \
            theme.MUTED if status in ("paused", "idle") else theme.ACCENT
        self.digits.setStyleSheet(f"font-size: 40px; font-weight: 800; color: {colour}; background: transparent;")
        self.digits.setText(in_digits(fmt.countdown(left)))
        self.start_btn.setText(self.tr("Pause") if status == "running" else self.tr("Resume") if status == "paused"
                               else self.tr("Start"))
        self.detail.setText(self._detail(t))

    @staticmethod
    def _detail(t: dict[str, Any]) -> str:
        parts = []
        if t.get("added_s"):
            time_ = in_digits(fmt.countdown(abs(t["added_s"])))
            parts.append((QCoreApplication.translate("TimerPanel", "{time} added") if t["added_s"] > 0
                          else QCoreApplication.translate("TimerPanel", "{time} taken")).format(time=time_))
        words = {"coins": QCoreApplication.translate("TimerPanel", "{count} coins"), "subs": QCoreApplication.translate("TimerPanel", "{count} subs"),
                 "follows": QCoreApplication.translate("TimerPanel", "{count} follows")}
        income = [words[k].format(count=num(t.get(k) or 0)) for k in ("coins", "subs", "follows") if t.get(k)]
        if income:
            parts.append(QCoreApplication.translate("TimerPanel", "from {income}").format(income=QCoreApplication.translate("TimerPanel", ", ").join(income)))
        if t.get("cap_s"):
            parts.append(QCoreApplication.translate("TimerPanel", "cap {time}").format(time=in_digits(fmt.countdown(t["cap_s"]))))
        rules = QCoreApplication.translate("TimerPanel", "1 coin = {seconds} s").format(
            seconds=decimal_text(t.get("seconds_per_coin", 0)))
        return "  ·  ".join(parts) if parts else rules

    # -- controls ----------------------------------------------------------------------------------
    def _on_start_pause(self) -> None:
        status = self.status()
        self.command.emit({"running": "pause", "paused": "resume"}.get(status, "start"), 0.0)

    def _on_reset(self) -> None:
        if self.confirm_reset():
            self.command.emit("reset", 0.0)

    def confirm_reset(self) -> bool:
        """Ask before a reset throws the time away (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Reset the subathon timer?"),
                                      self.tr("The timer goes back to its starting time and stops. Time added so far "
                                              "is forgotten (the gifts stay in the ledger)."))
        return answer == QMessageBox.StandardButton.Yes

