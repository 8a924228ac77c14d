"""The actions editor: the rules of actions.json as a list (on/off, name, "when -> do"), the
selected rule's form, a "Test" button, and the actions log, in one non-modal window.

Rules are kept as their actions.json objects while they are edited, so a rule that is not
valid yet (or one a hand-edited file got wrong) is shown and fixed, never dropped. Saving
checks every rule with ``actions.rules.validate_rule``: one problem anywhere saves nothing
and is shown under its field. A file that is not readable JSON is shown with its line and
reason and is only replaced when the creator says so (a copy of it is kept beside it).
"""

from __future__ import annotations

import copy
import logging
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from ..actions.rules import ACTIONS_FILENAME, load_rules, parse_rule, save_rules
from .action_forms import FormContext, ObsNames
from .actions_log import ActionsLogView
from .background import read_store
from .rule_checks import demo_catalog, obs_name_problems, read_rules_file, rule_problems
from .rule_form import RuleForm, _note
from .rule_summary import empty_text, rule_count, rule_name, summary
from .rule_test import RuleTester, active_runner
from .widgets import Banner, num

log = logging.getLogger(__name__)

NEW_RULE: dict[str, Any] = {"name": "New rule", "enabled": True, "when": {"event": "gift"}, "do": []}


class ActionsEditor(QDialog):
    """Non-modal, like the overlay panel: keep it open beside the stream while trying rules."""

    saved = Signal(list)  # the rules written (their JSON objects)

    def __init__(self, home: Path, fire: Callable[[Any], str] | None = None, parent: QWidget | None = None,
                 runner: Callable[[], Any] | None = None, thresholds: list[str] | None = None,
                 obs_names: ObsNames | None = None) -> None:
        """``fire(rule)`` runs a ``Rule`` with its sample event and says what happened (by
        default ``rule_test.RuleTester``: the running runner, else ``runner()``, else one of its own)."""
        super().__init__(parent)
        self.resize(1120, 760)
        self.setMinimumSize(900, 560)
        self.home = Path(home)
        self.path = self.home / ACTIONS_FILENAME
        self.tester = RuleTester(self.home, runner, self)
        self.fire = fire or self.tester.fire
        self.catalog = demo_catalog()
        self.thresholds = list(thresholds or [])  # payout thresholds' names, for "a threshold reached"
        self.obs_names = obs_names
        self.rules: list[dict] = []
        self.broken = ""  # why the file on disk could not be read, while it has not been replaced
        self._current = -1
        self._loading = False
        self._failed = 0  # failed lines in the log, for the Log tab's title
        self.banner = Banner(severe=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rules_tab(), "")
        self.log_view = ActionsLogView(self.home)
        self.tabs.addTab(self.log_view, "")
        self.log_view.failures.connect(self._on_failures)
        self.status = _note("")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.close_button = close = QPushButton()
        close.clicked.connect(self.close_asking)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        self.reload()
        self.retranslate()
        self._load_catalog()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:  # the creator picked another language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the window's language; the rule being edited is kept, its form rebuilt."""
        self.setWindowTitle(self.tr("Actions — streamer-app"))
        self.tabs.setTabText(0, self.tr("Rules"))
        self._on_failures(self._failed)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Check every rule and write actions.json (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        for key, text, tip in (
                ("add", self.tr("Add"), self.tr("A new rule")),
                ("duplicate", self.tr("Duplicate"), self.tr("A copy of the selected rule")),
                ("delete", self.tr("Delete"), self.tr("Remove the selected rule (saved when you save)")),
                ("up", "▲", self.tr("Move the rule up")), ("down", "▼", self.tr("Move the rule down"))):
            self.list_buttons[key].setText(text)
            self.list_buttons[key].setToolTip(tip)
        self.test_button.setText(self.tr("Test this rule"))
        self.test_button.setToolTip(self.tr("Run its actions now with a sample event (filters and cooldown skipped)"))
        self.log_view.retranslate()
        self._store_form()
        self._new_form()
        self._show_banner()
        self._fill_list(self._current)
        self._fit_width()

    def _fit_width(self) -> None:
        """Longer languages need a wider window for the list's buttons beside the form: never narrower
        than what the layout needs (measured again once shown, styled), so nothing is pushed past its edge."""
        lay = self.layout()
        assert lay is not None  # built in __init__
        lay.invalidate()
        self.setMinimumWidth(max(900, lay.totalMinimumSize().width()))

    # -- building ------------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        tab = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._select)
        self.list.itemChanged.connect(self._on_item_ticked)
        left_lay.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.list_buttons: dict[str, QPushButton] = {}
        for key, slot in (("add", self.add_rule), ("duplicate", self.duplicate_rule), ("delete", self.delete_rule),
                          ("up", lambda: self.move_rule(-1)), ("down", lambda: self.move_rule(1))):
            b = QPushButton()  # its text: retranslate()
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.list_buttons[key] = b
        left_lay.addLayout(buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.delete_rule)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # the list's Delete key, not a field's
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        self.rule_scroll = QScrollArea()
        self.rule_scroll.setWidgetResizable(True)
        self._new_form()
        # The splitter then leaves the form its width in every language: a longer language's list
        # buttons must not push the form under a sideways scroll bar.
        self.rule_scroll.setMinimumWidth(self.form.minimumWidth() + self.rule_scroll.verticalScrollBar().sizeHint().width()
                                         + 2 * self.rule_scroll.frameWidth())
        self.empty = _note(empty_text())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        test_row = QHBoxLayout()
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_rule)
        self.test_result = _note("")
        self.tester.said.connect(self._on_test_said)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        right_lay.addWidget(self.rule_scroll, 1)
        right_lay.addWidget(self.empty, 1)
        right_lay.addLayout(test_row)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 700])
        lay = QVBoxLayout(tab)
        lay.addWidget(split)
        return tab

    def _new_form(self) -> None:
        """A rule form in the window's language (its fields are built from the registries' texts)."""
        self.form = RuleForm(FormContext(self.home, self.catalog, self.thresholds, self.obs_names))
        self.form.changed.connect(self._on_form_changed)
        self.rule_scroll.setWidget(self.form)  # the old form, if any, is deleted

    def _load_catalog(self) -> None:
        """Gifts seen on the creator's own streams join the demo's (TikTok's real ids differ)."""
        from ..store.database import DB_FILENAME

        db = self.home / DB_FILENAME
        if not db.exists():
            return

        def loaded(rows: list | None, error: BaseException | None) -> None:
            if error is not None or not rows:
                return
            known = {gid for gid, _n, _c in self.catalog}
            self.catalog.extend(r for r in rows if r[0] not in known)  # the form shares this list
            self.catalog.sort(key=lambda r: (r[2], r[1]))

        read_store(db, lambda reader: reader.gift_catalog(), loaded)

    # -- the file ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read actions.json again (what was typed and not saved is dropped)."""
        rules, self.broken = read_rules_file(self.path)
        self.rules = [copy.deepcopy(r) for r in rules]
        self.on_disk = copy.deepcopy(self.rules)  # what closing compares with, to ask before losing edits
        self._show_banner()
        self._fill_list(0 if self.rules else -1)

    def _show_banner(self) -> None:
        if self.broken:
            self.banner.show_text("⚠ " + self.tr(
                "{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before "
                "it replaces the file.").format(problem=self.broken, path=self.path))
            self.empty.setText(self.tr("The rules in actions.json cannot be read until the file is fixed (see above)."))
            return
        self.empty.setText(empty_text())
        bad = [i for i, r in enumerate(self.rules) if rule_problems(r)]
        # Listed after a colon, so the sentence needs no plural forms.
        self.banner.show_text("⚠ " + self.tr("Rules in {file} with problems, off until fixed: {rules}").format(
            file=ACTIONS_FILENAME, rules=", ".join(rule_name(i, self.rules[i]) for i in bad)) if bad else None)

    def save(self) -> bool:
        """Check every rule; save them all atomically, or nothing, with each problem shown."""
        self._store_form()
        for i, rule in enumerate(self.rules):
            problems = rule_problems(rule, self.rules[:i])
            if problems:
                self.list.setCurrentRow(i)
                loose = self.form.show_problems(problems)
                self._say(self.tr("Nothing was saved: {rule} has problems (marked in red).").format(
                    rule=rule_name(i, rule)) + (" " + "; ".join(loose) if loose else ""), "error")
                return False
        if self.broken and not self.confirm_replace():
            self.status.setText(self.tr("Nothing was saved: the broken file was kept."))
            return False
        try:
            if self.broken:
                backup = self.path.with_name(f"actions.broken-{time.strftime('%Y%m%d-%H%M%S')}.json")
                backup.write_bytes(self.path.read_bytes())
            save_rules(self.path, self.rules)
        except Exception as exc:  # a full disk, a read-only folder, a rule the file refuses: one sentence
            log.warning("saving actions.json failed: %s", exc)
            self._say(self.tr("Nothing was saved: {error}").format(error=exc), "error")
            return False
        self.broken = ""
        self.on_disk = copy.deepcopy(self.rules)
        self._show_banner()
        for i, rule in enumerate(self.rules):
            item = self.list.item(i)
            if item is not None:
                self._describe(item, rule)
        self._reload_runner()
        self._say(self.tr("Saved {count} to {path}. They run from the next event on.").format(
            path=self.path, count=rule_count(len(self.rules))))
        self.saved.emit(copy.deepcopy(self.rules))
        return True

    def _reload_runner(self) -> None:
        """The running stream's actions follow the saved file at once (its next event on)."""
        runner = active_runner()
        if runner is not None:
            runner.reload(*load_rules(self.path))

    def unsaved(self) -> bool:
        self._store_form()
        return self.rules != self.on_disk

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Save the actions?"), self.tr("Your changes to the actions are not saved yet."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def may_close(self) -> bool:
        """With unsaved edits, ask: save (True only if that worked), drop them, or stay (False)."""
        if not self.unsaved():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        self.reload()
        return True

    def close_asking(self) -> bool:
        """The Close button: asks first when there are unsaved edits."""
        return self.may_close() and self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The title bar's close button (a spontaneous event) asks too; close() from code does not.
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        self.tester._finish()
        super().closeEvent(event)

    def confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace actions.json?"),
            self.tr("{problem}\n\nReplace it with the {count} shown here? A copy of the broken file is kept "
                    "beside it.").format(problem=self.broken, count=rule_count(len(self.rules))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str, name: str = "muted") -> None:
        """The status line beside the buttons; ``name`` "error" draws it red."""
        self.status.setObjectName(name)
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- the list ------------------------------------------------------------------------------
    def _fill_list(self, select: int) -> None:
        self._loading = True
        self.list.clear()
        for rule in self.rules:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
            self._describe(item, rule)
        self._current = -1
        if select >= 0:
            self.list.setCurrentRow(select)
        self._loading = False
        self._select(self.list.currentRow())

    def _describe(self, item: QListWidgetItem, rule: dict) -> None:
        self._loading, was = True, self._loading
        bad = bool(rule_problems(rule))
        name = rule.get("name") or self.tr("(no name)")
        item.setText(("⚠ " if bad else "") + f"{name}\n{summary(rule, self.catalog)}")
        item.setToolTip(self.tr("This rule has problems: select it to see them.") if bad else "")
        item.setCheckState(Qt.CheckState.Checked if rule.get("enabled", True) is not False else Qt.CheckState.Unchecked)
        self._loading = was

    def _select(self, row: int) -> None:
        if self._loading:
            return
        self._store_form()
        self._current = row
        has = 0 <= row < len(self.rules)
        self.rule_scroll.setVisible(has)
        self.empty.setVisible(not has)
        for key in ("duplicate", "delete"):
            self.list_buttons[key].setEnabled(has)
        self.list_buttons["up"].setEnabled(has and row > 0)
        self.list_buttons["down"].setEnabled(has and row < len(self.rules) - 1)
        self.test_button.setEnabled(has)
        self.test_result.setText("")
        if has:
            self.form.load(self.rules[row])

    def _store_form(self) -> None:
        if 0 <= self._current < len(self.rules):
            self.rules[self._current] = self.form.value()

    def _on_form_changed(self) -> None:
        if self._loading or not 0 <= self._current < len(self.rules):
            return
        self._store_form()
        item = self.list.item(self._current)
        if item is not None:
            self._describe(item, self.rules[self._current])

    def _on_item_ticked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.list.row(item)
        on = item.checkState() == Qt.CheckState.Checked
        if row == self._current:
            self.form.enabled.box.setChecked(on)  # the form's change stores it
        elif 0 <= row < len(self.rules):
            self.rules[row]["enabled"] = on

    def add_rule(self) -> None:
        self._store_form()
        self.rules.append(copy.deepcopy(NEW_RULE))
        self._fill_list(len(self.rules) - 1)
        self.form.name.edit.setFocus()
        self.form.name.edit.selectAll()

    def duplicate_rule(self) -> None:
        self._store_form()
        if 0 <= self._current < len(self.rules):
            twin = copy.deepcopy(self.rules[self._current])
            twin["name"] = self.tr("{name} (copy)").format(name=twin.get("name") or self.tr("Rule"))
            self.rules.insert(self._current + 1, twin)
            self._fill_list(self._current + 1)

    def delete_rule(self) -> None:
        if 0 <= self._current < len(self.rules):
            i = self._current
            self._current = -1  # nothing to store back
            del self.rules[i]
            self._fill_list(min(i, len(self.rules) - 1))

    def move_rule(self, step: int) -> None:
        self._store_form()
        i, j = self._current, self._current + step
        if 0 <= i < len(self.rules) and 0 <= j < len(self.rules):
            self.rules[i], self.rules[j] = self.rules[j], self.rules[i]
            self._fill_list(j)

    # -- testing -------------------------------------------------------------------------------
    def test_rule(self) -> str:
        """Fire the selected rule with a sample event; what happened is said beside the button."""
        self._store_form()
        if not 0 <= self._current < len(self.rules):
            return ""
        raw = self.rules[self._current]
        rule, problems = parse_rule(raw)
        problems += obs_name_problems(raw)
        if rule is None or problems:
            self.form.show_problems(problems)
            text = self.tr("Fix the fields marked in red first.")
        else:
            try:
                text = self.fire(rule)
            except Exception as exc:  # the test must never take the window down
                log.warning("testing rule %r failed: %s", rule.name, exc)
                text = self.tr("The test failed: {error}").format(error=exc)
        self.test_result.setText(text)
        self.log_view.refresh()
        return text

    def _on_failures(self, failed: int) -> None:
        self._failed = failed
        i = self.tabs.indexOf(self.log_view)
        self.tabs.setTabText(i, self.tr("Log ({count} failed)").format(count=num(failed)) if failed else self.tr("Log"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_width()
        self.log_view.watch(True)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.log_view.watch(False)
        super().hideEvent(event)

    def _on_test_said(self, text: str) -> None:
        self.test_result.setText(text)
        self.log_view.refresh()

