"""The OBS action's editor: pick what OBS should do, name the scene or source; the editor writes
the obs-websocket 5 request and its data (the ``obs`` action's ``request`` and ``data``).

Request names and fields are obs-websocket 5's (docs/generated/protocol.md in
github.com/obsproject/obs-websocket). Showing or hiding a source names it by scene and
source (``sourceName``): OBS itself wants a scene item id there, which the actions' OBS
executor looks up with GetSceneItemId, since ids change when a source is re-added.
"""

from __future__ import annotations

import json
from concurrent.futures import Future
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QMenu, QPushButton, QWidget

from ..i18n import QT_TRANSLATE_NOOP
from .action_forms import shown
from .setting_editors import Editor, Field
from .translation import shown as in_language

RESTART = "OBS_WEBSOCKET_MEDIA_INPUT_ACTION_RESTART"

# key, what the picker says, the request, the names the fields need (scene, source, text)
OBS_CHOICES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("scene", QT_TRANSLATE_NOOP("ObsForm", "Switch to a scene"), "SetCurrentProgramScene", ("scene",)),
    ("show", QT_TRANSLATE_NOOP("ObsForm", "Show a source"), "SetSceneItemEnabled", ("scene", "source")),
    ("hide", QT_TRANSLATE_NOOP("ObsForm", "Hide a source"), "SetSceneItemEnabled", ("scene", "source")),
    ("restart", QT_TRANSLATE_NOOP("ObsForm", "Restart a media source"), "TriggerMediaInputAction", ("source",)),
    ("text", QT_TRANSLATE_NOOP("ObsForm", "Set a text source's text"), "SetInputSettings", ("source", "text")),
    ("other", QT_TRANSLATE_NOOP("ObsForm", "Another request (advanced)"), "", ("request", "data")),
)
# English here (rule_form and rule_checks read them); translated where shown ("ObsForm").
LABELS = {"scene": QT_TRANSLATE_NOOP("ObsForm", "Scene"), "source": QT_TRANSLATE_NOOP("ObsForm", "Source"),
          "text": QT_TRANSLATE_NOOP("ObsForm", "Text"), "request": QT_TRANSLATE_NOOP("ObsForm", "Request"),
          "data": QT_TRANSLATE_NOOP("ObsForm", "Data (JSON)")}
MISSING = {"scene": QT_TRANSLATE_NOOP("ObsForm", "Name the scene (as OBS shows it)."),
           "source": QT_TRANSLATE_NOOP("ObsForm", "Name the source (as OBS shows it)."),
           "text": QT_TRANSLATE_NOOP("ObsForm", "Type the text to show."),
           "request": QT_TRANSLATE_NOOP("ObsForm", "Name an obs-websocket 5 request.")}


def request_for(choice: str, names: dict[str, str]) -> tuple[str, Any]:
    """The request and its data for a picker choice and the names typed."""
    scene, source = names.get("scene", ""), names.get("source", "")
    if choice == "scene":
        return "SetCurrentProgramScene", {"sceneName": scene}
    if choice in ("show", "hide"):
        return "SetSceneItemEnabled", {"sceneName": scene, "sourceName": source, "sceneItemEnabled": choice == "show"}
    if choice == "restart":
        return "TriggerMediaInputAction", {"inputName": source, "mediaAction": RESTART}
    if choice == "text":
        return "SetInputSettings", {"inputName": source, "inputSettings": {"text": names.get("text", "")}}
    data = names.get("data", "").strip()
    try:
        parsed: Any = json.loads(data) if data else {}
    except ValueError:
        parsed = data  # the validator says it is not a JSON object
    return names.get("request", ""), parsed


def choice_for(request: str, data: Any) -> tuple[str, dict[str, str]]:
    """The picker choice and names that show an existing request (``other`` when none fits)."""
    d = data if isinstance(data, dict) else {}
    if request == "SetCurrentProgramScene" and set(d) <= {"sceneName"}:
        return "scene", {"scene": str(d.get("sceneName", ""))}
    if request == "SetSceneItemEnabled" and {"sceneName", "sourceName"} <= set(d):
        return ("show" if d.get("sceneItemEnabled", True) else "hide"), {
            "scene": str(d["sceneName"]), "source": str(d["sourceName"])}
    if request == "TriggerMediaInputAction" and d.get("mediaAction") == RESTART and "inputName" in d:
        return "restart", {"source": str(d["inputName"])}
    settings = d.get("inputSettings")
    if request == "SetInputSettings" and isinstance(settings, dict) and set(settings) == {"text"}:
        return "text", {"source": str(d.get("inputName", "")), "text": str(settings["text"])}
    return "other", {"request": request, "data": shown(data) if data not in (None, {}) else ""}


class ObsRequestEditor(Editor):
    """What OBS should do (a drop-down) and the names it needs, one line each; with ``obs_names``,
    the scene and source lines have a "From OBS" button that lists OBS's own names."""

    _answered = Signal(str, object, object)  # the field asking, the names, the error (any thread -> GUI)

    def __init__(self, request: str = "SetCurrentProgramScene", data: Any = None,
                 obs_names: Callable[[], Future[dict[str, list[str]]]] | None = None) -> None:
        super().__init__("")
        self.obs_names = obs_names
        self.fetched: dict[str, list[str]] | None = None  # OBS's names, once asked
        self.from_obs: dict[str, QPushButton] = {}
        self.menus: dict[str, QMenu] = {}  # the last list shown under each button
        self._answered.connect(self._on_answer)
        self.pick = QComboBox()
        for key, text, _req, _needs in OBS_CHOICES:
            self.pick.addItem(in_language("ObsForm", text), key)
        body = QWidget()
        body.setObjectName("clear")
        self.form = QFormLayout(body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("OBS should"), self.pick)
        self.names: dict[str, Field] = {}
        for name in ("scene", "source", "text", "request", "data"):
            beside = self._from_obs_button(name) if obs_names is not None and name in ("scene", "source") else None
            self.names[name] = Field("", _placeholder(name), beside=beside)
            self.form.addRow(in_language("ObsForm", LABELS[name]), self.names[name])
        self._put(body)
        choice, names = choice_for(request or "SetCurrentProgramScene", data if data is not None else {})
        for name, value in names.items():
            self.names[name].edit.setText(value)
        self.pick.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.pick.setCurrentIndex(self.pick.findData(choice))
        self._show_fields()

    def choice(self) -> str:
        return str(self.pick.currentData())

    # -- "From OBS" ------------------------------------------------------------------------------
    def _from_obs_button(self, name: str) -> QPushButton:
        b = QPushButton()
        b.setText(self.tr("From OBS ▾"))
        b.setToolTip(self.tr("Pick the scene from the ones OBS has (OBS must be running)") if name == "scene"
                     else self.tr("Pick the source from the ones OBS has (OBS must be running)"))
        b.clicked.connect(lambda: self.ask_obs(name))
        self.from_obs[name] = b
        return b

    def ask_obs(self, name: str) -> None:
        """Show OBS's scenes (or sources) under the button; the first time, ask OBS for them."""
        if self.fetched is not None:
            self._menu(name)
            return
        assert self.obs_names is not None  # the button exists only with it
        self.from_obs[name].setEnabled(False)
        self.from_obs[name].setText(self.tr("Asking OBS…"))
        fut = self.obs_names()
        fut.add_done_callback(lambda f: self._answered.emit(name, None if f.exception() else f.result(),
                                                            f.exception()))

    def _on_answer(self, name: str, names: dict[str, list[str]] | None, error: BaseException | None) -> None:
        self.from_obs[name].setEnabled(True)
        self.from_obs[name].setText(self.tr("From OBS ▾"))
        if error is not None or names is None:
            self.names[name].set_error(self.tr("OBS could not be asked: {error}").format(error=error))
            return
        self.fetched = names
        self._menu(name)

    def _menu(self, name: str) -> None:
        # Alphabetical: OBS's own order (GetSceneList lists scenes bottom-up) would read backwards.
        listed = sorted((self.fetched or {}).get("scenes" if name == "scene" else "sources", []), key=str.casefold)
        menu = QMenu(self.from_obs[name])
        if not listed:
            menu.addAction(self.tr("OBS has no scenes") if name == "scene" else self.tr("OBS has no sources")).setEnabled(False)
        for item in listed:
            menu.addAction(item).triggered.connect(lambda _=False, v=item: self.names[name].edit.setText(v))
        self.menus[name] = menu
        menu.popup(self.from_obs[name].mapToGlobal(self.from_obs[name].rect().bottomLeft()))

    def _show_fields(self) -> None:
        needs = next(n for k, _t, _r, n in OBS_CHOICES if k == self.choice())
        for name, field in self.names.items():
            self.form.setRowVisible(field, name in needs)

    def value(self) -> tuple[str, Any]:
        return request_for(self.choice(), {n: f.text() for n, f in self.names.items()})

    def raw(self) -> tuple[str, Any]:
        return self.value()

    def missing(self) -> dict[str, str]:
        """The names this choice needs that are empty, with what to type (before any saving)."""
        needs = next(n for k, _t, _r, n in OBS_CHOICES if k == self.choice())
        return {n: in_language("ObsForm", MISSING[n]) for n in needs if n in MISSING and not self.names[n].text()}

    def set_error(self, message: str | None) -> None:
        for f in self.names.values():
            if not message:
                f.set_error(None)
        super().set_error(message)


def _placeholder(name: str) -> str:
    return {"scene": QCoreApplication.translate("ObsForm", "e.g. Lion"), "source": QCoreApplication.translate("ObsForm", "e.g. Lion video"),
            "text": QCoreApplication.translate("ObsForm", "e.g. Thanks {user}!"),
            "request": "SetCurrentProgramScene", "data": '{"sceneName": "Lion"}'}[name]


def mark_missing(editor: ObsRequestEditor) -> bool:
    """Show "name the scene" under each empty name the choice needs; True when none is missing."""
    missing = editor.missing()
    for name, message in missing.items():
        editor.names[name].set_error(message)
    return not missing

