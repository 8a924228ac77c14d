"""The settings dialog: every value checked inline; a bad value is marked, explained, never saved."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, time as dtime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from .. import settings as sm
from ..core import formatting as fmt
from ..core.economics import UNITS, RateProfile, Threshold, calibrated_diamonds_per_coin
from ..store.database import DB_FILENAME, connect
from ..store.queries import Reader


class Field(QWidget):
    """A line edit with its own error line under it."""

    def __init__(self, text: str = "", placeholder: str = "") -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(placeholder)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.edit)
        lay.addWidget(self.error)
        self.edit.textChanged.connect(lambda _t: self.set_error(None))

    def text(self) -> str:
        return self.edit.text().strip()

    def set_error(self, message: str | None) -> None:
        self.edit.setProperty("invalid", bool(message))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class SettingsDialog(QDialog):
    saved = Signal(object)  # the new Settings

    def __init__(self, home: Path, settings: sm.Settings, tts_reason: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumSize(640, 520)
        self.home = Path(home)
        self.db_path = self.home / DB_FILENAME
        self.settings = settings
        self.result_settings: sm.Settings | None = None
        tabs = QTabWidget()
        tabs.addTab(self._earnings_tab(), "Earnings")
        tabs.addTab(self._thresholds_tab(), "Payout thresholds")
        tabs.addTab(self._calibration_tab(), "Calibration")
        tabs.addTab(self._withdrawals_tab(), "Withdrawals")
        tabs.addTab(self._alerts_tab(tts_reason), "Alerts")
        tabs.addTab(self._general_tab(), "General")
        self.tabs = tabs
        self.general_error = QLabel("")
        self.general_error.setObjectName("error")
        self.general_error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        lay = QVBoxLayout(self)
        lay.addWidget(tabs)
        lay.addWidget(self.general_error)
        lay.addWidget(buttons)

    # -- tabs -----------------------------------------------------------------------------
    def _earnings_tab(self) -> QWidget:
        r = self.settings.rates
        w = QWidget()
        form = QFormLayout(w)
        self.f_dpc = Field(str(r.diamonds_per_coin))
        self.f_usd_per_diamond = Field(str(r.usd_per_diamond))
        self.f_currency = Field(r.currency, "USD")
        self.f_fx = Field(str(r.usd_to_currency))
        self.f_viewer = Field(str(r.viewer_usd_per_coin))
        form.addRow("Diamonds per coin", self.f_dpc)
        form.addRow("USD per diamond", self.f_usd_per_diamond)
        form.addRow("Display currency", self.f_currency)
        form.addRow("1 USD in that currency", self.f_fx)
        form.addRow("What viewers pay per coin (USD)", self.f_viewer)
        note = QLabel("No official conversion is published: these are estimates. Defaults: 0.5 diamonds per coin, "
                      "USD 0.01 per diamond (a coin earns about USD 0.005).")
        note.setWordWrap(True)
        note.setObjectName("muted")
        form.addRow(note)
        return w

    def _thresholds_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.thresholds = QTableWidget(0, 4)
        self.thresholds.setHorizontalHeaderLabels(["Name", "Amount", "Unit", "Currency"])
        self.thresholds.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.thresholds.verticalHeader().hide()
        for t in self.settings.thresholds:
            self._add_threshold_row(t.name, str(t.amount), t.unit, t.currency)
        row = QHBoxLayout()
        add = QPushButton("Add")
        remove = QPushButton("Remove")
        add.clicked.connect(lambda: self._add_threshold_row("New goal", "50", "money", self.settings.rates.currency))
        remove.clicked.connect(lambda: self.thresholds.removeRow(self.thresholds.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.threshold_error = QLabel("")
        self.threshold_error.setObjectName("error")
        self.threshold_error.setWordWrap(True)
        lay.addWidget(self.thresholds)
        lay.addLayout(row)
        lay.addWidget(self.threshold_error)
        note = QLabel("Thresholds apply to the balance since the last recorded withdrawal, across sessions. "
                      "TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.")
        note.setWordWrap(True)
        note.setObjectName("muted")
        lay.addWidget(note)
        return w

    def _add_threshold_row(self, name: str, amount: str, unit: str, currency: str) -> None:
        t = self.thresholds
        i = t.rowCount()
        t.insertRow(i)
        t.setItem(i, 0, QTableWidgetItem(name))
        t.setItem(i, 1, QTableWidgetItem(amount))
        combo = QComboBox()
        combo.addItems(list(UNITS))
        combo.setCurrentText(unit)
        t.setCellWidget(i, 2, combo)
        t.setItem(i, 3, QTableWidgetItem(currency))

    def _calibration_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.cal_session = QComboBox()
        self.cal_sessions = []
        if self.db_path.exists():
            try:
                reader = Reader(self.db_path)
                try:
                    self.cal_sessions = [s for s in reader.sessions() if s.coins > 0][::-1][:50]
                finally:
                    reader.close()
            except Exception as exc:  # a damaged file must not stop the dialog
                self.cal_sessions = []
                form.addRow(QLabel(f"Sessions could not be read: {exc}"))
        for s in self.cal_sessions:
            self.cal_session.addItem(
                f"#{s.id}  {datetime.fromtimestamp(s.started_at):%Y-%m-%d %H:%M}  {s.creator}  {fmt.count(s.coins)} coins", s.id)
        self.f_reported = Field("", "diamonds TikTok reported for that stream")
        self.cal_result = QLabel("Type the diamonds TikTok reported to see the real rate.")
        self.cal_result.setWordWrap(True)
        self.cal_apply = QPushButton("Use this rate")
        self.cal_apply.setEnabled(False)
        form.addRow("Session", self.cal_session)
        form.addRow("Diamonds reported", self.f_reported)
        form.addRow(self.cal_result)
        form.addRow(self.cal_apply)
        self.f_reported.edit.textChanged.connect(self._recalibrate)
        self.cal_session.currentIndexChanged.connect(self._recalibrate)
        self.cal_apply.clicked.connect(self._apply_calibration)
        self._cal_rate: Decimal | None = None
        if not self.cal_sessions:
            self.cal_result.setText("No session with gifts yet: calibrate after your first stream.")
        return w

    def _recalibrate(self) -> None:
        self._cal_rate = None
        self.cal_apply.setEnabled(False)
        idx = self.cal_session.currentIndex()
        text = self.f_reported.text()
        if idx < 0 or not text:
            return
        s = self.cal_sessions[idx]
        try:
            rate = calibrated_diamonds_per_coin(s.coins, sm.decimal_setting(text, "diamonds reported"))
        except ValueError as exc:
            self.f_reported.set_error(str(exc))
            return
        self._cal_rate = rate
        self.cal_result.setText(f"That stream earned {rate} diamonds per coin ({fmt.count(s.coins)} coins).")
        self.cal_apply.setEnabled(True)

    def _apply_calibration(self) -> None:
        if self._cal_rate is None:
            return
        self.f_dpc.edit.setText(str(self._cal_rate))
        sid = self.cal_session.currentData()
        reported = float(sm.decimal_setting(self.f_reported.text(), "diamonds reported"))
        _write(self.db_path, "UPDATE sessions SET reported_diamonds = ? WHERE id = ?", (reported, sid))
        self.cal_result.setText(f"Diamonds per coin set to {self._cal_rate}; save to keep it as the default.")

    def _withdrawals_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.withdrawals = QTableWidget(0, 3)
        self.withdrawals.setHorizontalHeaderLabels(["Date", "Amount", "Currency"])
        self.withdrawals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.withdrawals.verticalHeader().hide()
        self.withdrawals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._load_withdrawals()
        form = QFormLayout()
        self.w_date = QDateEdit(QDate.currentDate())
        self.w_date.setCalendarPopup(True)
        self.f_w_amount = Field("", "amount withdrawn")
        self.w_currency = QLineEdit("USD")
        add = QPushButton("Record withdrawal")
        add.clicked.connect(self.add_withdrawal)
        form.addRow("Date", self.w_date)
        form.addRow("Amount", self.f_w_amount)
        form.addRow("Currency", self.w_currency)
        form.addRow(add)
        lay.addWidget(self.withdrawals)
        lay.addLayout(form)
        note = QLabel("The balance and the thresholds count from the last withdrawal.")
        note.setObjectName("muted")
        lay.addWidget(note)
        return w

    def _load_withdrawals(self) -> None:
        rows = []
        if self.db_path.exists():
            try:
                reader = Reader(self.db_path)
                try:
                    rows = reader.withdrawals()
                finally:
                    reader.close()
            except Exception:
                rows = []
        self.withdrawals.setRowCount(len(rows))
        for i, (_id, ts, amount, currency, _note) in enumerate(rows):
            for c, v in enumerate((datetime.fromtimestamp(ts).strftime("%Y-%m-%d"), amount, currency)):
                self.withdrawals.setItem(i, c, QTableWidgetItem(v))

    def add_withdrawal(self) -> bool:
        try:
            amount = sm.decimal_setting(self.f_w_amount.text(), "amount")
            if amount <= 0:
                raise sm.SettingsError("amount: a withdrawal must be more than zero")
        except sm.SettingsError as exc:
            self.f_w_amount.set_error(str(exc))
            return False
        d = self.w_date.date().toPython()
        ts = datetime.combine(d, dtime(23, 59, 59)).timestamp()
        if not self.db_path.exists():
            self.f_w_amount.set_error("there is no ledger yet: stream (or run the demo) first")
            return False
        _write(self.db_path, "INSERT INTO withdrawals (ts, amount, currency, note) VALUES (?, ?, ?, '')",
               (ts, str(amount), self.w_currency.text().strip().upper() or "USD"))
        self.f_w_amount.edit.clear()
        self._load_withdrawals()
        return True

    def _alerts_tab(self, tts_reason: str) -> QWidget:
        a = self.settings.alerts
        w = QWidget()
        form = QFormLayout(w)
        self.f_min_coins = Field(str(a.min_coins))
        self.f_volume = Field(str(a.volume))
        self.c_muted = QCheckBox("Mute sounds")
        self.c_muted.setChecked(a.muted)
        self.c_tts = QCheckBox("Read gifts aloud (text-to-speech)")
        self.c_tts.setChecked(a.tts_enabled)
        self.tts_note = QLabel(tts_reason)
        self.tts_note.setObjectName("error" if tts_reason else "muted")
        self.tts_note.setWordWrap(True)
        if tts_reason:
            self.c_tts.setEnabled(False)
            self.c_tts.setChecked(False)
        self.f_tts_min = Field(str(a.tts_min_coins))
        self.f_tts_words = Field(", ".join(a.tts_blocked_words), "words never read aloud, comma separated")
        self.background = QComboBox()
        self.background.addItem("Chroma key colour", "chroma")
        self.background.addItem("Transparent", "transparent")
        self.background.setCurrentIndex(0 if a.background == "chroma" else 1)
        self.f_chroma = Field(a.chroma_color)
        self.c_on_top = QCheckBox("Always on top")
        self.c_on_top.setChecked(a.always_on_top)
        self.size = QComboBox()
        self.size.addItems(list(sm.SIZE_PRESETS))
        self.size.setCurrentText(a.size)
        self.f_max_queue = Field(str(a.max_queue))
        form.addRow("Minimum coins for an alert", self.f_min_coins)
        form.addRow("Volume (0-100)", self.f_volume)
        form.addRow("", self.c_muted)
        form.addRow("", self.c_tts)
        if tts_reason:
            form.addRow("", self.tts_note)
        form.addRow("Minimum coins to read aloud", self.f_tts_min)
        form.addRow("Never read aloud", self.f_tts_words)
        form.addRow("Background", self.background)
        form.addRow("Chroma colour", self.f_chroma)
        form.addRow("", self.c_on_top)
        form.addRow("Window size", self.size)
        form.addRow("Waiting alerts before a summary", self.f_max_queue)
        return w

    def _general_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.f_creator = Field(self.settings.creator, "@yourhandle")
        folder = QLabel(str(self.home))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        hint = QLabel("To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.")
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.c_recorder = QCheckBox("Record raw frames of TikTok streams (for replay)")
        self.c_recorder.setChecked(self.settings.recorder_enabled)
        form.addRow("Your TikTok @handle", self.f_creator)
        # Secrets live in the keyring (or a 0600 file), never in settings.json; the fields
        # never show a stored value, only whether one is there.
        from ..sources.secrets import SESSION_ID, SIGN_API_KEY, SecretStore

        self._secrets = SecretStore(self.home)
        self.f_secrets: dict[str, QLineEdit] = {}
        for name, label in ((SIGN_API_KEY, "Euler Stream API key"), (SESSION_ID, "TikTok session id")):
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText("stored (type to replace)" if self._secrets.get(name) else "optional")
            self.f_secrets[name] = field
            form.addRow(label, field)
        where = "the system keyring" if self._secrets.backend == "keyring" else "a file only you can read"
        shint = QLabel(f"Optional: the API key avoids the sign server's rate limits. Kept in {where}, "
                       "never in logs, recordings or exports.")
        shint.setObjectName("muted")
        shint.setWordWrap(True)
        form.addRow("", shint)
        form.addRow("Data folder", folder)
        form.addRow("", hint)
        form.addRow("", self.c_recorder)
        # Automatic export when a session ends (export.auto.on_session_ended); a backup is always made.
        self.f_export_dir = Field(self.settings.auto_export_dir, "no automatic export")
        pick = QPushButton("Choose…")
        pick.clicked.connect(self._choose_export_dir)
        row = QHBoxLayout()
        row.addWidget(self.f_export_dir, 1)
        row.addWidget(pick, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("Automatic export folder", row)
        fmts = QHBoxLayout()
        self.c_export_formats: dict[str, QCheckBox] = {}
        for key, label in (("html", "HTML"), ("json", "JSON"), ("csv", "CSV"), ("md", "Markdown"), ("png", "PNG")):
            box = QCheckBox(label)
            box.setChecked(key in self.settings.auto_export_formats)
            self.c_export_formats[key] = box
            fmts.addWidget(box)
        fmts.addStretch(1)
        form.addRow("Formats", fmts)
        self.export_error = QLabel("")
        self.export_error.setObjectName("error")
        self.export_error.setWordWrap(True)
        self.export_error.hide()
        form.addRow("", self.export_error)
        ahint = QLabel("When a session ends, the database is backed up, and if a folder is set the session "
                       "is exported there in the ticked formats.")
        ahint.setObjectName("muted")
        ahint.setWordWrap(True)
        form.addRow("", ahint)
        return w

    def _choose_export_dir(self) -> None:
        start = self.f_export_dir.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Folder for automatic exports", start)
        if folder:
            self.f_export_dir.edit.setText(folder)

    # -- collecting and saving ----------------------------------------------------------------
    def collect(self) -> sm.Settings | None:
        """Settings from the fields, or None with every bad field marked and explained."""
        ok = True
        self.general_error.setText("")
        self.threshold_error.setText("")
        rate_values = {}
        for f, name, label in ((self.f_dpc, "diamonds_per_coin", "diamonds per coin"),
                               (self.f_usd_per_diamond, "usd_per_diamond", "USD per diamond"),
                               (self.f_fx, "usd_to_currency", "exchange rate"),
                               (self.f_viewer, "viewer_usd_per_coin", "price per coin")):
            try:
                value = sm.decimal_setting(f.text(), label)
                RateProfile(**{name: value})  # each rate checked alone, so the error lands on its field
                rate_values[name] = value
            except ValueError as exc:
                f.set_error(str(exc))
                ok = False
        try:
            RateProfile(currency=self.f_currency.text())
        except ValueError as exc:
            self.f_currency.set_error(str(exc))
            ok = False
        rates = None
        if ok:
            rates = RateProfile(currency=self.f_currency.text(), **rate_values)
        thresholds = []
        for i in range(self.thresholds.rowCount()):
            name = (self.thresholds.item(i, 0).text() if self.thresholds.item(i, 0) else "").strip()
            amount = self.thresholds.item(i, 1).text() if self.thresholds.item(i, 1) else ""
            unit = self.thresholds.cellWidget(i, 2).currentText()
            cur = self.thresholds.item(i, 3).text() if self.thresholds.item(i, 3) else "USD"
            try:
                thresholds.append(Threshold(name, sm.decimal_setting(amount, f"threshold {name or i + 1}"), unit, cur))
            except ValueError as exc:
                self.threshold_error.setText(f"Threshold row {i + 1}: {exc}")
                ok = False
        ints = {}
        for f, key, label in ((self.f_min_coins, "min_coins", "minimum coins"), (self.f_volume, "volume", "volume"),
                              (self.f_tts_min, "tts_min_coins", "minimum coins to read aloud"),
                              (self.f_max_queue, "max_queue", "waiting alerts")):
            try:
                ints[key] = int(f.text())
            except ValueError:
                f.set_error(f"{label}: {f.text()!r} is not a whole number")
                ok = False
        export_dir = self.f_export_dir.text()
        export_formats = tuple(k for k, box in self.c_export_formats.items() if box.isChecked())
        self.export_error.hide()
        if export_dir:
            p = Path(export_dir).expanduser()
            if p.exists() and not p.is_dir():
                self.f_export_dir.set_error(f"{p} is a file, not a folder: choose a folder")
                ok = False
            elif not export_formats:
                self.export_error.setText("Tick at least one format, or clear the folder to turn automatic export off.")
                self.export_error.show()
                ok = False
        if not ok:
            return None
        words = tuple(w.strip() for w in self.f_tts_words.text().split(",") if w.strip())
        alerts = sm.AlertSettings(
            min_coins=ints["min_coins"], volume=ints["volume"], muted=self.c_muted.isChecked(),
            tts_enabled=self.c_tts.isChecked(), tts_min_coins=ints["tts_min_coins"], tts_blocked_words=words,
            background=self.background.currentData(), chroma_color=self.f_chroma.text(),
            always_on_top=self.c_on_top.isChecked(), size=self.size.currentText(), max_queue=ints["max_queue"],
        )
        new = replace(self.settings, creator=self.f_creator.text(), rates=rates, thresholds=tuple(thresholds),
                      alerts=alerts, recorder_enabled=self.c_recorder.isChecked(),
                      auto_export_dir=export_dir, auto_export_formats=export_formats)
        try:
            return sm.validate(new)
        except sm.SettingsError as exc:
            self._mark(str(exc))
            return None

    def _mark(self, message: str) -> None:
        """Put a validate() message on the field it names."""
        fields = {"creator": self.f_creator, "alerts.volume": self.f_volume, "alerts.chroma_color": self.f_chroma,
                  "alerts.max_queue": self.f_max_queue, "alerts:": self.f_min_coins}
        for prefix, f in fields.items():
            if message.startswith(prefix):
                f.set_error(message)
                return
        if message.startswith("thresholds"):
            self.threshold_error.setText(message)
            return
        self.general_error.setText(message)

    def save(self) -> None:
        new = self.collect()
        if new is None:
            return
        new = sm.keeping_saved_token(self.home, new)
        try:
            sm.save(self.home, new)
            for name, field in self.f_secrets.items():
                if field.text().strip():
                    self._secrets.set(name, field.text())
        except (sm.SettingsError, OSError) as exc:
            self.general_error.setText(f"The settings could not be saved: {exc}")
            return
        self.result_settings = new
        self.saved.emit(new)
        self.accept()


def _write(db_path: Path, sql: str, params: tuple) -> None:
    """A short-lived write beside the ledger writer (WAL + busy timeout); never on the hot path."""
    conn = connect(db_path)
    try:
        with conn:
            conn.execute(sql, params)
    except sqlite3.Error as exc:
        raise sm.SettingsError(f"the database could not be updated: {exc}") from None
    finally:
        conn.close()
