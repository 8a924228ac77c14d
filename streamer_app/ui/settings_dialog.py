"""The settings dialog: every value checked inline; a bad value is marked, explained, never saved.

The settings tabs are built from the registry (``settings_fields.FIELDS``): one editor per
row, labelled, with its help as tooltip; an error carries its setting's path and lands on
that editor. The Calibration and Withdrawals tabs change the ledger, not the settings:
they go through ``store.edits``, by the running ledger writer when there is one.
"""

from __future__ import annotations

from datetime import date, datetime, time as dtime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from .. import settings as sm
from ..core import formatting as fmt
from ..core.economics import calibrated_diamonds_per_coin
from ..settings_checks import rate_refusal
from ..settings_fields import FIELDS, TAB_NOTES, TABS
from ..store import edits
from ..store.database import DB_FILENAME, StoreError
from .setting_editors import CheckEditor, Editor, Field, build_editor
from .translation import shown

if TYPE_CHECKING:
    from ..store.writer import LedgerWriter


def _note(text: str, name: str = "muted") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    saved = Signal(object)  # the new Settings

    def __init__(self, home: Path, settings: sm.Settings, tts_reason: str = "", parent: QWidget | None = None,
                 ledger_writer: Callable[[], LedgerWriter | None] | None = None) -> None:
        """``ledger_writer`` gives the ledger writer running at the moment of a write, if any:
        withdrawals and reported diamonds then go through it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(640, 520)
        self.home = Path(home)
        self.db_path = self.home / DB_FILENAME
        self.settings = settings
        self.result_settings: sm.Settings | None = None
        self._ledger_writer = ledger_writer or (lambda: None)
        self.tts_note = _note(tts_reason, "error" if tts_reason else "muted")
        self.fields: dict[str, Editor] = {}  # by setting path, in registry order
        from ..sources.secrets import SecretStore

        self._secrets = SecretStore(self.home)
        self.f_secrets: dict[str, QLineEdit] = {}  # by secret name; filled by the tabs that show them
        # What the dialog shows after a setting's row that is not a setting itself.
        after: dict[str, Callable[[QFormLayout], None]] = {
            "creator": self._connection_rows, "alerts.tts_enabled": self._tts_rows, "obs_port": self._obs_rows}
        # Tabs about the ledger rather than the settings, after the settings tab they belong with.
        ledger_tabs = {"Payout thresholds": ((self.tr("Calibration"), self._calibration_tab),
                                             (self.tr("Withdrawals"), self._withdrawals_tab))}
        self.tabs = QTabWidget()
        for name in TABS:
            self.tabs.addTab(self._settings_tab(name, after), shown("Settings", name))
            for title, build in ledger_tabs.get(name, ()):
                self.tabs.addTab(build(), title)
        self.general_error = _note("", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.general_error)
        lay.addWidget(buttons)

    # -- settings tabs, from the registry -----------------------------------------------------
    def _settings_tab(self, name: str, after: dict[str, Callable[[QFormLayout], None]]) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        form = QFormLayout()
        lay.addLayout(form)
        wide = False
        for row in (f for f in FIELDS if f.tab == name):
            editor = self.fields[row.path] = build_editor(row, self.settings)
            if editor.wide:
                lay.addWidget(editor, 1)
                wide = True
            elif row.widget == "check":  # a check box says what it is itself
                form.addRow("", editor)
            else:
                label = QLabel(shown("Settings", row.label))
                label.setToolTip(shown("Settings", row.help))
                form.addRow(label, editor)
            if row.path in after:
                after[row.path](form)
        if name in TAB_NOTES:
            lay.addSpacing(6)
            lay.addWidget(_note(shown("Settings", TAB_NOTES[name])))
        if not wide:
            lay.addStretch(1)  # the rows at the top, not spread over the tab
        return w

    def _connection_rows(self, form: QFormLayout) -> None:
        """The secrets TikTok may need and where the data is kept: beside the @handle, not settings."""
        # Secrets live in the keyring (or a 0600 file), never in settings.json; the fields
        # never show a stored value, only whether one is there.
        from ..sources.secrets import SESSION_ID, SIGN_API_KEY

        for name, label in ((SIGN_API_KEY, self.tr("Euler Stream API key")), (SESSION_ID, self.tr("TikTok session id"))):
            form.addRow(label, self._secret_field(name))
        if self._secrets.backend == "keyring":
            kept = self.tr("Optional: the API key avoids the sign server's rate limits. Kept in the system keyring, "
                           "never in logs, recordings or exports.")
        else:
            kept = self.tr("Optional: the API key avoids the sign server's rate limits. Kept in a file only you can "
                           "read, never in logs, recordings or exports.")
        form.addRow("", _note(kept))
        folder = QLabel(str(self.home))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        form.addRow(self.tr("Data folder"), folder)
        form.addRow("", _note(self.tr("To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.")))

    def _secret_field(self, name: str, empty: str = "") -> QLineEdit:
        """A masked field for one secret; it never shows the stored value, only that one is there."""
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(self.tr("stored (type to replace)") if self._secrets.get(name)
                                 else empty or self.tr("optional"))
        self.f_secrets[name] = field
        return field

    def _obs_rows(self, form: QFormLayout) -> None:
        """OBS's WebSocket password, a secret kept beside the other secrets, never in settings.json."""
        from ..sources.secrets import OBS_PASSWORD

        form.addRow(self.tr("OBS WebSocket password"), self._secret_field(OBS_PASSWORD, self.tr("the password OBS shows")))

    def _tts_rows(self, form: QFormLayout) -> None:
        if self.tts_note.text():  # no voice on this system: say why instead of offering it
            tts = self.fields["alerts.tts_enabled"]
            assert isinstance(tts, CheckEditor)
            tts.setEnabled(False)
            tts.box.setChecked(False)
            form.addRow("", self.tts_note)

    # -- calibration ------------------------------------------------------------------------
    def _calibration_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.cal_session = QComboBox()
        try:
            self.cal_sessions = edits.sessions_with_gifts(self.db_path)
        except Exception as exc:  # a damaged file must not stop the dialog
            self.cal_sessions = []
            form.addRow(QLabel(self.tr("Sessions could not be read: {error}").format(error=exc)))
        for s in self.cal_sessions:
            self.cal_session.addItem(
                self.tr("#{id}  {date}  {creator}  {coins} coins").format(
                    id=s.id, date=f"{datetime.fromtimestamp(s.started_at):%Y-%m-%d %H:%M}", creator=s.creator,
                    coins=fmt.count(s.coins)), s.id)
        self.f_reported = Field("", self.tr("diamonds TikTok reported for that stream"))
        self.cal_result = QLabel(self.tr("Type the diamonds TikTok reported to see the real rate."))
        self.cal_result.setWordWrap(True)
        self.cal_apply = QPushButton(self.tr("Use this rate"))
        self.cal_apply.setEnabled(False)
        form.addRow(self.tr("Session"), self.cal_session)
        form.addRow(self.tr("Diamonds reported"), self.f_reported)
        form.addRow(self.cal_result)
        form.addRow(self.cal_apply)
        self.f_reported.edit.textChanged.connect(self._recalibrate)
        self.cal_session.currentIndexChanged.connect(self._recalibrate)
        self.cal_apply.clicked.connect(self._apply_calibration)
        self._cal_rate: Decimal | None = None
        if not self.cal_sessions:
            self.cal_result.setText(self.tr("No session with gifts yet: calibrate after your first stream."))
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
        except ValueError as exc:  # a SettingsError's sentence leaves out the name the field's label says
            self.f_reported.set_error(exc.sentence if isinstance(exc, sm.SettingsError) else rate_refusal(exc))
            return
        self._cal_rate = rate
        self.cal_result.setText(self.tr("That stream earned {rate} diamonds per coin ({coins} coins).").format(
            rate=rate, coins=fmt.count(s.coins)))
        self.cal_apply.setEnabled(True)

    def _apply_calibration(self) -> None:
        if self._cal_rate is None:
            return
        reported = float(sm.decimal_setting(self.f_reported.text(), "diamonds reported"))
        if not self._write(edits.report_diamonds(self.cal_session.currentData(), reported), self.f_reported):
            return
        rate_field = self.fields["rates.diamonds_per_coin"]
        assert isinstance(rate_field, Field)
        rate_field.edit.setText(str(self._cal_rate))
        self.cal_result.setText(self.tr("Diamonds per coin set to {rate}; save to keep it as the default.").format(
            rate=self._cal_rate))

    # -- withdrawals ------------------------------------------------------------------------
    def _withdrawals_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.withdrawals = QTableWidget(0, 3)
        self.withdrawals.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Amount"), self.tr("Currency")])
        self.withdrawals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.withdrawals.verticalHeader().hide()
        self.withdrawals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._load_withdrawals()
        form = QFormLayout()
        self.w_date = QDateEdit(QDate.currentDate())
        self.w_date.setCalendarPopup(True)
        self.f_w_amount = Field("", self.tr("amount withdrawn"))
        self.w_currency = QLineEdit("USD")
        add = QPushButton(self.tr("Record withdrawal"))
        add.clicked.connect(self.add_withdrawal)
        form.addRow(self.tr("Date"), self.w_date)
        form.addRow(self.tr("Amount"), self.f_w_amount)
        form.addRow(self.tr("Currency"), self.w_currency)
        form.addRow(add)
        lay.addWidget(self.withdrawals)
        lay.addLayout(form)
        lay.addWidget(_note(self.tr("The balance and the thresholds count from the last withdrawal.")))
        return w

    def _load_withdrawals(self) -> None:
        try:
            rows = edits.withdrawals(self.db_path)
        except Exception:  # a damaged file must not stop the dialog
            rows = []
        self.withdrawals.setRowCount(len(rows))
        for i, (_id, ts, amount, currency, _note_text) in enumerate(rows):
            for c, v in enumerate((datetime.fromtimestamp(ts).strftime("%Y-%m-%d"), amount, currency)):
                self.withdrawals.setItem(i, c, QTableWidgetItem(v))

    def add_withdrawal(self) -> bool:
        try:
            amount = sm.decimal_setting(self.f_w_amount.text(), "amount")
            if amount <= 0:
                raise sm.SettingsError(self.tr("a withdrawal must be more than zero"))
        except sm.SettingsError as exc:
            self.f_w_amount.set_error(exc.sentence)
            return False
        if not self.db_path.exists():
            self.f_w_amount.set_error(self.tr("there is no ledger yet: stream (or run the demo) first"))
            return False
        day: date = self.w_date.date().toPython()  # type: ignore[assignment]  # PySide6 stubs say object
        ts = datetime.combine(day, dtime(23, 59, 59)).timestamp()
        currency = self.w_currency.text().strip().upper() or "USD"
        if not self._write(edits.record_withdrawal(ts, amount, currency), self.f_w_amount):
            return False
        self.f_w_amount.edit.clear()
        self._load_withdrawals()
        return True

    def _write(self, edit: edits.Edit, field: Field) -> bool:
        """Apply a ledger edit; a failure is explained on ``field``."""
        try:
            edits.apply_edit(self.db_path, edit, self._ledger_writer())
        except StoreError as exc:
            field.set_error(str(exc))
            return False
        return True

    # -- collecting and saving ----------------------------------------------------------------
    def collect(self) -> sm.Settings | None:
        """Settings from the fields, or None with every bad field marked and explained."""
        self.general_error.setText("")
        values: dict[str, Any] = {}
        unreadable = False
        for path, editor in self.fields.items():
            editor.set_error(None)
            try:
                values[path] = sm.BY_PATH[path].parse(editor.raw())
            except ValueError as exc:  # not even the right kind of value: the parser says why
                editor.set_error(str(exc))
                unreadable = True
        new = sm.with_values(self.settings, values)
        refused = sm.problems(new, typed=True)
        for refusal in refused:
            self._mark(refusal)
        if unreadable or refused:
            return None
        return sm.validate(new, typed=True)

    def _mark(self, exc: sm.SettingsError) -> None:
        """Put an error on the field of the setting it names (by its path), else under the tabs."""
        editor = self.fields.get(exc.key or "")
        if editor is not None:
            editor.set_error(exc.sentence)
        else:
            self.general_error.setText(str(exc))

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
            self.general_error.setText(self.tr("The settings could not be saved: {error}").format(error=exc))
            return
        self.result_settings = new
        self.saved.emit(new)
        self.accept()
