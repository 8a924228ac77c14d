"""The settings dialog's editors: one Qt widget class per kind of setting widget.

``build_editor(row, settings)`` makes the editor a registry row asks for
(``settings_fields.SettingField.widget``). Every editor has the same small interface:
``raw()`` (what it holds, which the row's parser turns into the value; the thresholds
table raises ValueError itself) and ``set_error()`` (an error line under it). A new kind
of widget is a class here and an entry in ``EDITORS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLayout, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from .. import settings as sm
from ..core.economics import PLATFORM_NAMES, UNITS, Threshold
from ..core.events import PLATFORMS
from ..i18n import QT_TRANSLATE_NOOP
from ..settings_checks import rate_refusal
from ..settings_fields import SettingField, value_at
from .translation import shown

RLM = "\u200f"  # right-to-left mark: starts an error line in a right-to-left language


class Editor(QWidget):
    """A control with its own error line under it (hidden while there is no error)."""

    wide = False  # True: takes a whole tab's width and height, with no label beside it

    def __init__(self, help_text: str = "") -> None:
        super().__init__()
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(2)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay.addWidget(self.error)
        if help_text:
            self.setToolTip(help_text)

    def _put(self, control: QWidget | QLayout, stretch: int = 0) -> None:
        """The control above the error line."""
        if isinstance(control, QLayout):
            self._lay.insertLayout(self._lay.count() - 1, control, stretch)
        else:
            self._lay.insertWidget(self._lay.count() - 1, control, stretch)

    def raw(self) -> Any:
        """What the widget holds, for the row's parser: each editor kind below says (abstract here)."""
        raise NotImplementedError(f"{type(self).__name__} must say what its widget holds")

    def set_error(self, message: str | None) -> None:
        if message and self.isRightToLeft() and not message.startswith(RLM):
            # Qt reads a line's direction from its first letter: "'green' ليس لونًا..." would be laid
            # out left to right, the value and the colour code jumbled into the Arabic.
            message = RLM + message
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class Field(Editor):
    """A line edit; also used for the dialog's own inputs that are not settings."""

    def __init__(self, text: str = "", placeholder: str = "", help_text: str = "",
                 beside: QWidget | None = None) -> None:
        super().__init__(help_text)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(placeholder)
        if beside is None:
            self._put(self.edit)
        else:  # a button beside the line edit, the error line under both
            row = QHBoxLayout()
            row.setSpacing(6)  # a nested layout would take the error line's 2 px
            row.addWidget(self.edit, 1)
            row.addWidget(beside, 0, Qt.AlignmentFlag.AlignTop)
            self._put(row)
        self.edit.textChanged.connect(lambda _t: self.set_error(None))

    def text(self) -> str:
        return self.edit.text().strip()

    def raw(self) -> str:
        return self.edit.text()

    def set_error(self, message: str | None) -> None:
        # The stylesheet draws an invalid field's frame red: restyle it when the property changes.
        if bool(self.edit.property("invalid")) != bool(message):
            self.edit.setProperty("invalid", bool(message))
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
        super().set_error(message)


class FolderField(Field):
    """A folder typed in or chosen with the system's folder dialog."""

    def __init__(self, text: str = "", placeholder: str = "", help_text: str = "", title: str = "") -> None:
        pick = QPushButton(QCoreApplication.translate("Settings", "Choose…"))
        super().__init__(text, placeholder, help_text, beside=pick)
        self.pick, self.title = pick, title
        pick.clicked.connect(self._choose)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.title, self.text() or str(Path.home()))
        if folder:
            self.edit.setText(folder)


class JsonFileField(FolderField):
    """A JSON file typed in or chosen with the system's file dialog."""

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.title, self.text() or str(Path.home()),
                                              QCoreApplication.translate("Settings", "JSON files (*.json);;All files (*)"))
        if path:
            self.edit.setText(path)


class CheckEditor(Editor):
    def __init__(self, label: str, checked: bool, help_text: str = "") -> None:
        super().__init__(help_text)
        self.box = QCheckBox(shown("Settings", label))
        self.box.setChecked(checked)
        self._put(self.box)

    def raw(self) -> bool:
        return self.box.isChecked()


class ChoiceEditor(Editor):
    def __init__(self, choices: tuple[tuple[str, str], ...], value: str, help_text: str = "") -> None:
        super().__init__(help_text)
        self.combo = QComboBox()
        for key, text in choices:
            self.combo.addItem(shown("Settings", text), key)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self._put(self.combo)

    def raw(self) -> str:
        return self.combo.currentData()


class TicksEditor(Editor):
    """One check box per choice, side by side; the value is the ticked keys in the choices' order."""

    def __init__(self, choices: tuple[tuple[str, str], ...], ticked: tuple[str, ...], help_text: str = "") -> None:
        super().__init__(help_text)
        row = QHBoxLayout()
        row.setSpacing(12)  # a nested layout would take the error line's 2 px: the boxes would touch
        self.boxes: dict[str, QCheckBox] = {}
        for key, text in choices:
            box = QCheckBox(text)
            box.setChecked(key in ticked)
            box.toggled.connect(lambda _on: self.set_error(None))
            self.boxes[key] = box
            row.addWidget(box)
        row.addStretch(1)
        self._put(row)

    def raw(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.boxes.items() if box.isChecked())


UNIT_WORDS = {"money": QT_TRANSLATE_NOOP("Settings", "money"), "diamonds": QT_TRANSLATE_NOOP("Settings", "diamonds"),
              "coins": QT_TRANSLATE_NOOP("Settings", "coins")}


class ThresholdsEditor(Editor):
    """The payout thresholds as a table: name, amount, unit, currency, platform; rows added and removed."""

    wide = True

    def __init__(self, thresholds: tuple[Threshold, ...], new_currency: str, help_text: str = "") -> None:
        super().__init__(help_text)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Settings", "Name"), QCoreApplication.translate("Settings", "Amount"),
            QCoreApplication.translate("Settings", "Unit"), QCoreApplication.translate("Settings", "Currency"),
            QCoreApplication.translate("Settings", "Platform")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for t in thresholds:
            self.add_row(t.name, str(t.amount), t.unit, t.currency, t.platform)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        add = QPushButton(QCoreApplication.translate("Settings", "Add"))
        remove = QPushButton(QCoreApplication.translate("Settings", "Remove"))
        add.clicked.connect(lambda: self.add_row("New goal", "50", "money", new_currency))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self._put(self.table, 1)
        self._put(buttons)

    def add_row(self, name: str, amount: str, unit: str, currency: str, platform: str = "tiktok") -> None:
        t = self.table
        i = t.rowCount()
        t.insertRow(i)
        t.setItem(i, 0, QTableWidgetItem(name))
        t.setItem(i, 1, QTableWidgetItem(amount))
        combo = QComboBox()
        for key in UNITS:  # the stored word is the item's data; its text in the window's language
            combo.addItem(shown("Settings", UNIT_WORDS.get(key, key)), key)
        combo.setCurrentIndex(max(0, combo.findData(unit)))
        t.setCellWidget(i, 2, combo)
        t.setItem(i, 3, QTableWidgetItem(currency))
        whose = QComboBox()  # whose payout it is: Twitch's and YouTube's count their own income
        for key in PLATFORMS:
            whose.addItem(PLATFORM_NAMES.get(key, key), key)
        whose.setCurrentIndex(max(0, whose.findData(platform)))
        t.setCellWidget(i, 4, whose)

    def _cell(self, row: int, col: int, empty: str = "") -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else empty

    def raw(self) -> tuple[Threshold, ...]:
        out = []
        for i in range(self.table.rowCount()):
            name = self._cell(i, 0).strip()
            try:
                amount = sm.decimal_setting(self._cell(i, 1), f"threshold {name or i + 1}")
                unit, whose = self.table.cellWidget(i, 2), self.table.cellWidget(i, 4)
                assert isinstance(unit, QComboBox) and isinstance(whose, QComboBox)
                out.append(Threshold(name, amount, unit.currentData(), self._cell(i, 3, "USD"), whose.currentData()))
            except ValueError as exc:
                raise ValueError(QCoreApplication.translate("Settings", "Threshold row {row}: {problem}").format(
                    row=i + 1, problem=_said(exc))) from None
        return tuple(out)


def _said(exc: ValueError) -> str:
    """A refusal without the setting's name (the field shows which it is), in the window's language."""
    return exc.sentence if isinstance(exc, sm.SettingsError) else rate_refusal(exc)


def _help(f: SettingField) -> str:
    return shown("Settings", f.help)


def _placeholder(f: SettingField) -> str:
    return shown("Settings", f.placeholder)  # an example value ("@yourhandle") is kept as it is


EDITORS: dict[str, Callable[[SettingField, Any, sm.Settings], Editor]] = {
    "text": lambda f, v, s: Field(f.shown(v), _placeholder(f), _help(f)),
    "folder": lambda f, v, s: FolderField(f.shown(v), _placeholder(f), _help(f), shown("Settings", f.label)),
    "json_file": lambda f, v, s: JsonFileField(f.shown(v), _placeholder(f), _help(f), shown("Settings", f.label)),
    "check": lambda f, v, s: CheckEditor(f.label, v, _help(f)),
    "choice": lambda f, v, s: ChoiceEditor(f.choices, v, _help(f)),
    "ticks": lambda f, v, s: TicksEditor(f.choices, v, _help(f)),
    "thresholds": lambda f, v, s: ThresholdsEditor(v, s.rates.currency, _help(f)),
}


def build_editor(row: SettingField, settings: sm.Settings) -> Editor:
    """The editor ``row`` asks for, showing its value in ``settings``."""
    return EDITORS[row.widget](row, value_at(settings, row.path), settings)
