"""Every language fits the window (issue 19): the main window at its smallest size, each tab of
the settings dialog, the alert window and the actions editor, built offscreen in each language;
every label, button, check box and tab shows its whole text (or wraps, or elides by design and
keeps the whole text in a tooltip). Arabic mirrors the window.

Screenshots of the dashboard, the settings dialog and the alert window per language go to
``STREAMER_APP_SHOTS`` when it is set (to look at them)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QPushButton, QTabBar, QWidget

from streamer_app import settings as sm
from streamer_app.core.alert_queue import Alert
from streamer_app.i18n import LANGUAGES
from streamer_app.ui import theme, translation
from streamer_app.ui.widgets import ElidedLabel, FitNumber

SHOTS = os.environ.get("STREAMER_APP_SHOTS", "")


@pytest.fixture
def lang(request, qapp):
    code = request.param
    translation.install(qapp, code)
    qapp.setStyleSheet(theme.STYLESHEET)
    try:
        yield code
    finally:
        translation.install(qapp, "en")
        qapp.setStyleSheet("")


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text)


def _clipped(root: QWidget) -> list[str]:
    """What shows less than its text: (class, text, needed, given) of each, visible ones only."""
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 1:
            continue
        if isinstance(w, (ElidedLabel, FitNumber)):
            continue  # elide or shrink by design (test_visual_fit.py), the whole text in a tooltip
        if isinstance(w, QLabel):
            text = w.text()
            if not text or w.wordWrap() or w.textFormat() == Qt.TextFormat.RichText or "<" in text:
                continue
            need = max(w.fontMetrics().horizontalAdvance(line) for line in _plain(text).split("\n"))
            have = w.contentsRect().width() - 2 * w.margin() - w.indent() if w.indent() > 0 else \
                w.contentsRect().width() - 2 * w.margin()
            if need > have + 1:
                bad.append(f"{type(w).__name__} {text!r}: {need} > {have}")
        elif isinstance(w, (QPushButton, QCheckBox)) and w.text():
            need = w.sizeHint().width()
            if need > w.width() + 1:
                bad.append(f"{type(w).__name__} {w.text()!r}: {need} > {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                need, have = w.tabSizeHint(i).width(), w.tabRect(i).width()
                if need > have + 1:
                    bad.append(f"tab {w.tabText(i)!r}: {need} > {have}")
    return bad


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


CODES = list(LANGUAGES)


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_the_main_window_fits_at_its_smallest_size(qtbot, tmp_path, demo_home, lang):
    from streamer_app.ui.main_window import MainWindow

    _home, snap = demo_home
    win = MainWindow(tmp_path / "h", sm.Settings(), None)
    qtbot.addWidget(win)
    win.resize(win.minimumSize())
    win.show()
    qtbot.waitExposed(win)
    assert _clipped(win.first_run) == [], lang
    _shot(win, f"first-run-{lang}.png")
    win.stack.setCurrentWidget(win.dashboard)
    win.dashboard.apply(snap, [])
    win.dashboard.bar.set_state("ended", "")
    QApplication.processEvents()
    assert win.layoutDirection() == (Qt.LayoutDirection.RightToLeft if LANGUAGES[lang].rtl
                                     else Qt.LayoutDirection.LeftToRight)
    assert _clipped(win.dashboard) == [], lang
    menus = [menu.text() for menu in win.menuBar().actions()]
    assert len(menus) == 3 and (lang == "en") == (menus == ["&File", "&Stream", "&Alerts"])
    _shot(win, f"dashboard-{lang}.png")
    win.resize(1280, 800)
    QApplication.processEvents()
    _shot(win, f"dashboard-wide-{lang}.png")


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_every_settings_tab_fits(qtbot, tmp_path, lang):
    from streamer_app.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(tmp_path / "h", sm.Settings())
    qtbot.addWidget(dlg)
    dlg.resize(dlg.minimumSize().expandedTo(dlg.sizeHint()))
    dlg.show()
    qtbot.waitExposed(dlg)
    problems = []
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        problems += [f"{dlg.tabs.tabText(i)}: {p}" for p in _clipped(dlg.tabs.currentWidget())]
        if i in (0, 4):
            _shot(dlg, f"settings-{i}-{lang}.png")
    problems += _clipped(dlg.tabs.tabBar())
    print("\n".join(problems))
    assert problems == [], lang
    if lang != "en":
        assert dlg.tabs.tabText(0) != "Earnings"


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_the_alert_card_and_the_actions_editor_fit(qtbot, tmp_path, lang):
    from streamer_app.ui.actions_editor import ActionsEditor
    from streamer_app.ui.alerts import AlertWindow

    win = AlertWindow(sm.AlertSettings(size="800x600", background="chroma"))
    qtbot.addWidget(win)
    win.show()
    alert = Alert(kind="gift", seq=1, key=("u", 12, 1), user_id="u", name="Uma Glow", gift_id=12, gift_name="Galaxy",
                  coins_each=1000, units=3, image="gifts/galaxy.svg")
    win.render_still(alert)
    QApplication.processEvents()
    _shot(win, f"alert-{lang}.png")
    editor = ActionsEditor(tmp_path / "h")
    qtbot.addWidget(editor)
    editor.resize(editor.minimumSize().expandedTo(editor.sizeHint()))
    editor.show()
    qtbot.waitExposed(editor)
    assert [b for b in editor.findChildren(QAbstractButton) if b.isVisibleTo(editor) and b.width() <= 1] == []
    assert _clipped(editor) == [], lang


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_the_rule_form_fits_for_every_event_and_every_action(qtbot, tmp_path, lang):
    """Each event's filters and each action's card (all of actions.types' rows), at the editor's
    smallest size: every label shows its whole text, and the form needs no sideways scrolling."""
    from streamer_app.actions.types import ACTION_TYPES, EVENT_KINDS
    from streamer_app.ui.actions_editor import ActionsEditor

    home = tmp_path / "h"
    home.mkdir()
    rule = {"name": "Lion", "enabled": True, "when": {"event": "gift", "min_coins": 100},
            "do": [{"type": a.key} for a in ACTION_TYPES]}
    (home / "actions.json").write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    editor = ActionsEditor(home)
    qtbot.addWidget(editor)
    editor.resize(editor.minimumSize())
    editor.show()
    qtbot.waitExposed(editor)
    editor.save()  # the refusals under the empty required fields are shown and must fit too
    page = editor.tabs.currentWidget()  # nothing pushed past the edge of the Rules tab (clipped there)
    for part in (editor.list, editor.rule_scroll, editor.test_button):
        corner = part.mapTo(page, part.rect().bottomRight())
        assert page.rect().contains(corner), (lang, type(part).__name__, corner, page.size())
    assert [c.type for c in editor.form.cards] == [a.key for a in ACTION_TYPES]
    problems = []
    for kind in EVENT_KINDS:
        combo = editor.form.event_pick.combo
        combo.setCurrentIndex(combo.findData(kind.key))
        QApplication.processEvents()
        problems += [f"{kind.key}: {p}" for p in _clipped(editor.form)]
        if editor.rule_scroll.horizontalScrollBar().maximum() > 0:
            problems.append(f"{kind.key}: the form scrolls sideways by {editor.rule_scroll.horizontalScrollBar().maximum()}")
    print("\n".join(problems))
    assert problems == [], lang
    combo.setCurrentIndex(combo.findData("gift"))
    QApplication.processEvents()
    _shot(editor, f"actions-editor-{lang}.png")
