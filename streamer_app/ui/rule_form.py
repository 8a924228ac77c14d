"""The form of one rule: its name, "when" (an event and its filters) and "do" (a card per action).

The form shows a rule as its actions.json object and gives it back with ``value()``; the
fields come from the actions registries (``actions.types``), built by ``action_forms``.
``show_problems`` puts each of ``validate_rule``'s problems under the field its path names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QToolButton,
    QVBoxLayout, QWidget,
)

from ..actions.rules import FieldProblem
from ..i18n import QT_TRANSLATE_NOOP
from ..actions.types import ACTION_TYPES, ACTIONS_BY_KEY, EVENT_KINDS, EVENTS_BY_KEY, FieldSpec
from .action_forms import ComboEditor, FormContext, build_field, read_field, shown
from .translation import shown as translated
from .obs_form import LABELS as OBS_LABELS, ObsRequestEditor, mark_missing
from .setting_editors import CheckEditor, Editor, Field
from .widgets import card


def _note(text: str, name: str = "muted") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def watch(widget: QWidget, slot) -> None:
    """Call ``slot`` whenever anything typed, picked or ticked inside ``widget`` changes."""
    for edit in widget.findChildren(QLineEdit):
        edit.textChanged.connect(lambda _t: slot())
    for combo in widget.findChildren(QComboBox):
        combo.currentIndexChanged.connect(lambda _i: slot())
    for box in widget.findChildren(QCheckBox):
        box.toggled.connect(lambda _b: slot())


class DiscordTick(Editor):
    """The webhook's format as a tick: Discord's ``{"content": ...}`` or our JSON."""

    def __init__(self, value: Any) -> None:
        super().__init__(QCoreApplication.translate(
            "ActionsEditor", "Posts the Discord text below, as a Discord webhook expects; else the event as JSON"))
        self.box = QCheckBox(QCoreApplication.translate("ActionsEditor", "Discord format"))
        self.box.setChecked(value == "discord")
        self._put(self.box)

    def raw(self) -> str:
        return "discord" if self.box.isChecked() else "json"


class ActionCard(QWidget):
    """One action of the rule: its title, move and remove buttons, and its fields.

    An action the editor cannot show (an unknown type, a hand-written key no field has) is
    kept as written, so saving never drops it: validation then says what is wrong with it.
    """

    move_requested = Signal(object, int)  # self, -1 up / +1 down
    remove_requested = Signal(object)

    def __init__(self, action: dict, ctx: FormContext) -> None:
        super().__init__()
        self.type = str(action.get("type", ""))
        row = ACTIONS_BY_KEY.get(self.type)
        specs = row.fields if row is not None else ()
        self.extra = {k: v for k, v in action.items() if k != "type" and all(k != s.name for s in specs)}
        frame, lay = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        lay.addLayout(self._head(translated("Actions", row.label) if row is not None else
                                 QCoreApplication.translate("ActionsEditor", "Unknown action “{type}”").format(type=self.type)))
        self.form = QFormLayout()
        lay.addLayout(self.form)
        self.fields: dict[str, Editor] = {}
        self.obs: ObsRequestEditor | None = None
        if self.type == "obs":
            self.obs = ObsRequestEditor(str(action.get("request", "") or ""), action.get("data"), ctx.obs_names)
            self.form.addRow(self.obs)
        for spec in specs:
            if self.obs is None or spec.name not in ("request", "data"):
                self._add_field(spec, action.get(spec.name), ctx)
        self._webhook_rows()
        if row is not None and row.help:
            lay.addWidget(_note(translated("Actions", row.help)))
        self.general = _note("", "error")
        self.general.hide()
        lay.addWidget(self.general)

    def _webhook_rows(self) -> None:
        """A webhook's URL says where; its Discord text shows only when Discord's format is ticked."""
        url, tick, text = (self.fields.get(k) for k in ("url", "format", "text"))
        if isinstance(url, Field):
            url.edit.setPlaceholderText(QCoreApplication.translate(
                "ActionsEditor", "https://discord.com/api/webhooks/… or your own https:// address"))
        if isinstance(tick, DiscordTick) and text is not None:
            self.form.setRowVisible(text, tick.box.isChecked())
            tick.box.toggled.connect(lambda on: self.form.setRowVisible(text, on))

    def _head(self, title: str) -> QHBoxLayout:
        head = QHBoxLayout()
        self.title = QLabel(title.upper())
        self.title.setObjectName("cardTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (("up", "▲", QCoreApplication.translate("ActionsEditor", "Do this earlier")),
                               ("down", "▼", QCoreApplication.translate("ActionsEditor", "Do this later")),
                               ("remove", "✕", QCoreApplication.translate("ActionsEditor", "Remove this action"))):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            head.addWidget(b)
            self.buttons[key] = b
        self.buttons["up"].clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.buttons["down"].clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.buttons["remove"].clicked.connect(lambda: self.remove_requested.emit(self))
        return head

    def _add_field(self, spec: FieldSpec, value: Any, ctx: FormContext) -> None:
        editor = DiscordTick(value) if (self.type, spec.name) == ("webhook", "format") else \
            build_field(spec, value, ctx, self.type)
        self.fields[spec.name] = editor
        if isinstance(editor, (CheckEditor, DiscordTick)):
            self.form.addRow("", editor)
        else:
            label = QLabel(translated("Actions", spec.label))
            label.setToolTip(translated("Actions", spec.help))
            self.form.addRow(label, editor)

    def value(self) -> dict:
        out: dict[str, Any] = {"type": self.type}
        if self.obs is not None:
            out["request"], out["data"] = self.obs.value()
        row = ACTIONS_BY_KEY.get(self.type)
        for spec in row.fields if row is not None else ():
            editor = self.fields.get(spec.name)
            if editor is None:
                continue
            v = read_field(spec, editor)
            if v is not None and not (v == spec.default and not spec.required):
                out[spec.name] = v
        return {**out, **self.extra}

    def clear_errors(self) -> None:
        for editor in self.fields.values():
            editor.set_error(None)
        if self.obs is not None:
            self.obs.set_error(None)
        self.general.hide()

    def show_problem(self, name: str, problem: FieldProblem) -> None:
        if self.obs is not None and name in self.obs.names:
            self.obs.names[name].set_error(problem.said(translated("ObsForm", OBS_LABELS[name])))  # obs_form marks them
            return
        editor = self.fields.get(name)
        if editor is not None:
            editor.set_error(problem.said(_spec_label(self.type, name)))
        else:
            self.general.setText(problem.said(name or problem.path))
            self.general.show()

    def check_obs_names(self) -> bool:
        """The scene or source names an OBS choice needs, marked where empty."""
        return self.obs is None or mark_missing(self.obs)


FILTER_LABELS = {"gift_id": QT_TRANSLATE_NOOP("ActionsEditor", "Gift")}  # a picker by name, not an id to type


def gift_hint() -> str:
    return QCoreApplication.translate("ActionsEditor", "Gift: pick one from the list, or type its id (a whole number)")


def _spec_label(owner: str, name: str) -> str:
    """What the form calls a field, in the window's language."""
    specs: tuple[FieldSpec, ...] = ACTIONS_BY_KEY[owner].fields if owner in ACTIONS_BY_KEY else \
        EVENTS_BY_KEY[owner].filters
    if name in FILTER_LABELS:
        return translated("ActionsEditor", FILTER_LABELS[name])
    return next((translated("Actions", s.label) for s in specs if s.name == name), name)


class RuleForm(QWidget):
    """The whole rule, in three parts: the rule itself, WHEN and DO."""

    changed = Signal()

    def __init__(self, ctx: FormContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        top, top_lay = card(QCoreApplication.translate("ActionsEditor", "Rule"))
        form = QFormLayout()
        top_lay.addLayout(form)
        self.name = Field("", QCoreApplication.translate("ActionsEditor", "e.g. Lion: roar and the Lion scene"))
        # Short, so it fits beside the form in every language; what unticking does is its tooltip.
        self.enabled = CheckEditor(QCoreApplication.translate("ActionsEditor", "On"), True, QCoreApplication.translate(
            "ActionsEditor", "Untick to keep the rule without running it"))
        self.cooldown = Field("", "0", QCoreApplication.translate(
            "ActionsEditor", "At least this many seconds between two runs of this rule"))
        form.addRow(QCoreApplication.translate("ActionsEditor", "Name"), self.name)
        form.addRow("", self.enabled)
        form.addRow(QCoreApplication.translate("ActionsEditor", "Cooldown (s)"), self.cooldown)
        when, self.when_lay = card(QCoreApplication.translate("ActionsEditor", "When"))
        self.event_pick = ComboEditor([(k.key, translated("Actions", k.label)) for k in EVENT_KINDS], "gift")
        self.when_form = QFormLayout()
        self.when_form.addRow(QCoreApplication.translate("ActionsEditor", "Event"), self.event_pick)
        self.when_help = _note("")
        self.when_error = _note("", "error")
        self.when_error.hide()
        self.when_lay.addLayout(self.when_form)
        self.when_lay.addWidget(self.when_help)
        self.when_lay.addWidget(self.when_error)
        self.extra_rule: dict[str, Any] = {}  # keys written by hand that the form has no field for: kept
        self.extra_when: dict[str, Any] = {}
        self.filters: dict[str, Editor] = {}
        self.event_pick.combo.currentIndexChanged.connect(lambda _i: self._on_event_picked())
        do_head = QHBoxLayout()
        do_title = QLabel(QCoreApplication.translate("ActionsEditor", "Do").upper())
        do_title.setObjectName("cardTitle")
        self.add_action = QPushButton(QCoreApplication.translate("ActionsEditor", "Add an action"))
        self.add_menu = QMenu(self.add_action)
        for row in ACTION_TYPES:
            a = QAction(translated("Actions", row.label), self.add_menu)
            a.triggered.connect(lambda _=False, t=row.key: self.append_action({"type": t}))
            self.add_menu.addAction(a)
        self.add_action.setMenu(self.add_menu)
        do_head.addWidget(do_title)
        do_head.addStretch(1)
        do_head.addWidget(self.add_action)
        self.do_error = _note("", "error")
        self.do_error.hide()
        self.cards_lay = QVBoxLayout()
        self.cards_lay.setSpacing(8)
        self.cards: list[ActionCard] = []
        for w in (top, when):
            lay.addWidget(w)
        lay.addLayout(do_head)
        lay.addWidget(self.do_error)
        lay.addLayout(self.cards_lay)
        lay.addStretch(1)
        watch(top, self.changed.emit)
        self.event_pick.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- showing a rule ------------------------------------------------------------------------
    def load(self, rule: dict) -> None:
        self.blockSignals(True)
        self.name.edit.setText(str(rule.get("name", "")))
        self.enabled.box.setChecked(rule.get("enabled", True) is not False)
        cooldown = rule.get("cooldown")
        self.cooldown.edit.setText("" if not cooldown else shown(cooldown))
        when: dict = rule["when"] if isinstance(rule.get("when"), dict) else {}
        self.event_pick.combo.blockSignals(True)
        self.event_pick.set_value(when.get("event", "gift"))
        self.event_pick.combo.blockSignals(False)
        self._rebuild_filters(when)
        specs = EVENTS_BY_KEY[self.event_pick.raw()].filters
        self.extra_when = {k: v for k, v in when.items() if k != "event" and all(k != f.name for f in specs)}
        if when.get("event") not in EVENTS_BY_KEY and "event" in when:
            self.extra_when["event"] = when["event"]  # shown as its problem until another is picked
        self.extra_rule = {k: v for k, v in rule.items() if k not in ("name", "enabled", "cooldown", "when", "do")}
        for c in list(self.cards):
            self._drop(c)
        for action in rule.get("do") or []:
            self.append_action(action if isinstance(action, dict) else {"type": str(action)})
        self.clear_errors()
        self.blockSignals(False)

    def _on_event_picked(self) -> None:
        self.extra_when = {}  # another event: the old one's unknown keys go with it
        self._rebuild_filters({})

    def _rebuild_filters(self, when: dict) -> None:
        """The filters of the chosen event; values typed for a filter both events share are kept."""
        kept = {name: ed.raw() for name, ed in self.filters.items()}
        while self.when_form.rowCount() > 1:
            self.when_form.removeRow(1)
        self.filters = {}
        kind = EVENTS_BY_KEY[self.event_pick.raw()]
        for spec in kind.filters:
            value = when.get(spec.name) if when else kept.get(spec.name)
            if isinstance(value, str) and spec.kind in ("int", "number"):
                value = value or None
            editor = build_field(spec, value, self.ctx, "when")
            self.filters[spec.name] = editor
            label = QLabel(_spec_label(kind.key, spec.name))
            label.setToolTip(translated("Actions", spec.help))
            self.when_form.addRow(label, editor)
            watch(editor, self.changed.emit)
        self.when_help.setText(translated("Actions", kind.help))
        self.when_help.setVisible(bool(kind.help))

    def append_action(self, action: dict) -> ActionCard:
        c = ActionCard(action, self.ctx)
        c.move_requested.connect(self._move)
        c.remove_requested.connect(self._remove)
        self.cards.append(c)
        self.cards_lay.addWidget(c)
        watch(c, self.changed.emit)
        self.do_error.hide()
        self._ends()
        self.changed.emit()
        return c

    def _remove(self, c: ActionCard) -> None:
        self._drop(c)
        self.changed.emit()

    def _drop(self, c: ActionCard) -> None:
        self.cards.remove(c)
        self.cards_lay.removeWidget(c)
        c.hide()  # deleteLater waits for the event loop: until then it would float over the form
        c.deleteLater()
        self._ends()

    def _ends(self) -> None:
        """The first action cannot move up, the last cannot move down."""
        for i, c in enumerate(self.cards):
            c.buttons["up"].setEnabled(i > 0)
            c.buttons["down"].setEnabled(i < len(self.cards) - 1)

    def _move(self, c: ActionCard, step: int) -> None:
        """Move an action earlier or later (actions run in this order)."""
        i = self.cards.index(c)
        j = i + step
        if 0 <= j < len(self.cards):
            self.cards.insert(j, self.cards.pop(i))
            self.cards_lay.removeWidget(c)
            self.cards_lay.insertWidget(j, c)
            self._ends()
            self.changed.emit()

    # -- giving it back ---------------------------------------------------------------------------
    def value(self) -> dict:
        from .action_forms import number_or_text

        rule: dict[str, Any] = {"name": self.name.text(), "enabled": self.enabled.raw()}
        cooldown = number_or_text(self.cooldown.raw())
        if cooldown not in (None, 0):
            rule["cooldown"] = cooldown
        when: dict[str, Any] = {"event": self.event_pick.raw()}
        for spec in EVENTS_BY_KEY[when["event"]].filters:
            v = read_field(spec, self.filters[spec.name])
            if v is not None and not (v == spec.default and not spec.required):
                when[spec.name] = v
        rule["when"] = {**when, **self.extra_when}
        rule["do"] = [c.value() for c in self.cards]
        return {**rule, **self.extra_rule}

    def clear_errors(self) -> None:
        for editor in (self.name, self.enabled, self.cooldown, self.event_pick, *self.filters.values()):
            editor.set_error(None)
        for c in self.cards:
            c.clear_errors()
        self.do_error.hide()
        self.when_error.setText("")
        self.when_error.hide()

    def show_problems(self, problems: list[FieldProblem]) -> list[str]:
        """Each problem under its field; returns those no field could show (said under DO)."""
        self.clear_errors()
        loose: list[str] = []
        for p in problems:
            if not self._show(p):
                loose.append(p.said())
        return loose

    def _show(self, p: FieldProblem) -> bool:
        top = {"name": (self.name, QT_TRANSLATE_NOOP("ActionsEditor", "Name")),
               "enabled": (self.enabled, QT_TRANSLATE_NOOP("ActionsEditor", "On")),
               "cooldown": (self.cooldown, QT_TRANSLATE_NOOP("ActionsEditor", "Cooldown")),
               "when.event": (self.event_pick, QT_TRANSLATE_NOOP("ActionsEditor", "Event"))}
        if p.path in top:
            field, label = top[p.path]
            field.set_error(p.said(translated("ActionsEditor", label)))
            return True
        if p.path.startswith("when."):
            name = p.path[5:]
            editor: Editor | None = self.filters.get(name)
            if editor is not None:
                label = _spec_label(self.event_pick.raw(), name)
                editor.set_error(gift_hint() if name == "gift_id" else p.said(label))
            else:  # a key written by hand that no filter has: kept, and said here
                self.when_error.setText(f"{self.when_error.text()}\n{p.said()}".strip())
                self.when_error.show()
            return True
        if p.path == "do":
            self.do_error.setText(QCoreApplication.translate(
                "ActionsEditor", "Add at least one action: what should happen when this event comes?"))
            self.do_error.show()
            return True
        if p.path.startswith("do["):
            index, _, name = p.path[3:].partition("]")
            if index.isdigit() and int(index) < len(self.cards):
                self.cards[int(index)].show_problem(name.lstrip("."), p)
                return True
        return False

    def check_obs_names(self) -> bool:
        return all([c.check_obs_names() for c in self.cards])

