"""The actions editor's fields: one editor per field a filter or an action declares.

The fields come from the actions registries (``actions.types.EVENT_KINDS`` and
``ACTION_TYPES``, each a tuple of ``FieldSpec``), so a new filter or action type shows up
here without a line of Qt. A few fields get a friendlier editor than their kind's: the gift
filter picks from the gift catalog, the webhook's format is a "Discord" tick, media files are
chosen and copied into the data folder's media/, and an OBS request is picked by what it
does (``obs_form.ObsRequestEditor``).

What the user typed is given back as typed where it is not a number, so the rules' own
validation (``actions.rules.validate_rule``) says what is wrong, next to the field.
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton

from ..actions.types import TEMPLATE_KEYS, FieldSpec
from ..i18n import QT_TRANSLATE_NOOP
from .widgets import num
from .setting_editors import CheckEditor, Editor, Field
from .translation import shown as translated

MEDIA_DIR = "media"  # the only folder the media overlay page serves
SOUND_FILTER = QT_TRANSLATE_NOOP("ActionsEditor", "Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)")
MEDIA_FILTER = QT_TRANSLATE_NOOP("ActionsEditor", "Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)")

Catalog = list[tuple[int, str, int]]  # gift id, name, coins each
# OBS's scene and source names, asked of the running OBS: a future of {"scenes": [...], "sources": [...]}.
ObsNames = Callable[[], "Future[dict[str, list[str]]]"]


@dataclass
class FormContext:
    """What the rule form's fields may offer beside the rule itself (one per editor, shared)."""

    home: Path  # the data folder: media files are copied into its media/
    catalog: Catalog = field(default_factory=list)  # the gift picker's gifts (the list grows in place)
    thresholds: list[str] = field(default_factory=list)  # the payout thresholds' names
    obs_names: ObsNames | None = None  # None: no "From OBS" buttons


def number_or_text(text: str) -> Any:
    """A whole or decimal number when it reads as one ("1,000" too), else the text (validation explains it)."""
    text = text.strip()
    if not text:
        return None
    plain = text.replace(",", "").replace("_", "")
    for kind in (int, float):
        try:
            return kind(plain)
        except ValueError:
            pass
    return text


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)


def copy_into_media(home: Path, chosen: Path) -> str:
    """``chosen`` copied into the data folder's media/ (unless it is there already): its name there.

    The overlay serves media/ only, so a file elsewhere would not play; a different file with
    the same name gets a numbered name instead of replacing it.
    """
    media = Path(home) / MEDIA_DIR
    media.mkdir(parents=True, exist_ok=True)
    chosen = Path(chosen).resolve()
    if chosen.parent == media.resolve():
        return chosen.name
    target = media / chosen.name
    n = 2
    while target.exists() and target.read_bytes() != chosen.read_bytes():
        target = media / f"{chosen.stem}-{n}{chosen.suffix}"
        n += 1
    if not target.exists():
        shutil.copyfile(chosen, target)
    return target.name


class MediaField(Field):
    """A file name in media/, typed or chosen (a chosen file is copied into media/)."""

    def __init__(self, home: Path, file_filter: str, text: str = "", help_text: str = "") -> None:
        pick = QPushButton(QCoreApplication.translate("ActionsEditor", "Choose…"))
        super().__init__(text, QCoreApplication.translate("ActionsEditor", "a file in the media folder"), help_text,
                         beside=pick)
        self.home, self.file_filter, self.pick = Path(home), file_filter, pick
        self.ask_file: Callable[[], str] = self._ask  # tests answer instead of a file dialog
        pick.clicked.connect(self.choose)

    def _ask(self) -> str:
        start = self.home / MEDIA_DIR
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ActionsEditor", "Choose a file"),
                                              str(start if start.is_dir() else Path.home()),
                                              translated("ActionsEditor", self.file_filter))
        return path

    def choose(self) -> None:
        path = self.ask_file()
        if not path:
            return
        try:
            self.edit.setText(copy_into_media(self.home, Path(path)))
        except OSError as exc:
            self.set_error(QCoreApplication.translate("ActionsEditor", "The file could not be copied into {folder}: {error}")
                           .format(folder=self.home / MEDIA_DIR, error=exc))


class ComboEditor(Editor):
    """A drop-down of (value, text) pairs; ``None`` is "any" (the key is left out)."""

    def __init__(self, items: list[tuple[Any, str]], value: Any, help_text: str = "", editable: bool = False) -> None:
        super().__init__(help_text)
        self.combo = QComboBox()
        self.combo.setEditable(editable)
        for data, text in items:
            self.combo.addItem(text, data)
        self.set_value(value)
        self.combo.currentIndexChanged.connect(lambda _i: self.set_error(None))
        self._put(self.combo)

    def set_error(self, message: str | None) -> None:
        # The stylesheet draws an invalid drop-down's frame red, as it does a line edit's.
        if bool(self.combo.property("invalid")) != bool(message):
            self.combo.setProperty("invalid", bool(message))
            self.combo.style().unpolish(self.combo)
            self.combo.style().polish(self.combo)
        super().set_error(message)

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        elif self.combo.isEditable() and value is not None:
            self.combo.setEditText(shown(value))
        else:
            self.combo.setCurrentIndex(0)

    def raw(self) -> Any:
        if self.combo.isEditable():
            i = self.combo.findText(self.combo.currentText())
            return self.combo.itemData(i) if i >= 0 else number_or_text(self.combo.currentText())
        return self.combo.currentData()


class GiftPicker(ComboEditor):
    """Any gift, or one from the catalog (gifts seen on your streams and the demo's); an id can be typed."""

    def __init__(self, catalog: Catalog, value: Any, help_text: str = "") -> None:
        items: list[tuple[Any, str]] = [(None, QCoreApplication.translate("ActionsEditor", "Any gift"))]
        items += [(gid, QCoreApplication.translate("ActionsEditor", "{gift} — {coins} coins (id {id})").format(
            gift=name, coins=num(coins), id=gid)) for gid, name, coins in catalog]
        super().__init__(items, value, help_text or QCoreApplication.translate("ActionsEditor", "Pick a gift, or type its id"),
                         editable=True)
        self.combo.setMinimumContentsLength(24)


class NamePicker(ComboEditor):
    """Any, or one of the names given (the payout thresholds of the settings); another can be typed."""

    def __init__(self, names: list[str], value: Any, help_text: str = "") -> None:
        super().__init__([(None, any_text())] + [(n, n) for n in names], value, help_text, editable=True)

    def raw(self) -> Any:
        text = self.combo.currentText().strip()
        i = self.combo.findText(text)
        return self.combo.itemData(i) if i >= 0 else (text or None)


def _choice_items(spec: FieldSpec) -> list[tuple[Any, str]]:
    items: list[tuple[Any, str]] = [] if spec.required or spec.default is not None else [(None, any_text())]
    return items + [(c, translated("ActionsEditor", CHOICE_WORDS.get(c, c))) for c in spec.choices]


def any_text() -> str:
    return QCoreApplication.translate("ActionsEditor", "(any)")


def placeholder_help() -> str:
    return QCoreApplication.translate("ActionsEditor", "You can use {names} and more.").format(
        names=", ".join("{" + k + "}" for k in TEMPLATE_KEYS[:5]))


CHOICE_WORDS = {"any": QT_TRANSLATE_NOOP("ActionsEditor", "anyone (you and guests)"),
                "host": QT_TRANSLATE_NOOP("ActionsEditor", "you (the host) only"), "tiktok": "TikTok",
                "twitch": "Twitch", "youtube": "YouTube", "json": "JSON", "discord": "Discord"}


def build_field(spec: FieldSpec, value: Any, ctx: FormContext, owner: str = "") -> Editor:
    """The editor for one field of a filter (``owner`` "when") or an action (its type)."""
    if value is None:
        value = spec.default
    help_text = translated("Actions", spec.help)
    if spec.name == "gift_id":
        return GiftPicker(ctx.catalog, value, help_text)
    if owner == "when" and spec.name == "threshold":
        return NamePicker(ctx.thresholds, value, help_text)
    if spec.kind == "bool":
        return CheckEditor(translated("Actions", spec.label), bool(value), help_text)
    if spec.kind == "choice":
        return ComboEditor(_choice_items(spec), value, help_text)
    if spec.kind == "media":
        return MediaField(ctx.home, SOUND_FILTER if owner == "sound" else MEDIA_FILTER, shown(value), help_text)
    if spec.kind == "template":  # the example as the placeholder, the names it may use in the tooltip
        return Field(shown(value), help_text, f"{help_text} {placeholder_help()}".strip())
    return Field(shown(value), "", help_text)


def read_field(spec: FieldSpec, editor: Editor) -> Any:
    """The field's value for actions.json; ``None`` leaves the key out."""
    raw = editor.raw()
    if spec.kind == "bool" or spec.kind == "choice" or isinstance(editor, ComboEditor):
        return raw
    if spec.kind in ("int", "number"):
        return number_or_text(raw)
    if spec.kind == "object":
        text = raw.strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text  # the validator says it is not a JSON object
    text = raw.strip()
    return text or None
