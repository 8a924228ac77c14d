"""The language setting changes the open window at once (issue 19): menus, first-run screen,
dashboard cards and the connection bar retranslate themselves; Arabic mirrors the window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from streamer_app import settings as sm
from streamer_app.ui import translation
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.settings_dialog import SettingsDialog


def _texts(win: MainWindow) -> dict:
    d = win.dashboard
    return {"menus": [a.text() for a in win.menuBar().actions()], "welcome": win.first_run.title.text(),
            "coins": d.tallies.coins.title.text(), "connect": d.bar.connect_btn.text(), "pill": d.bar.pill.text(),
            "likes": d.tonight.likes.caption.text(), "timer": d.timer_panel.title.text()}


def test_the_language_setting_switches_the_open_window(qtbot, tmp_path, demo_home):
    win = MainWindow(tmp_path / "h", sm.Settings(), None)
    qtbot.addWidget(win)
    win.show()
    win.dashboard.apply(demo_home[1], [])
    english = _texts(win)
    assert english["menus"] == ["&File", "&Stream", "&Alerts"] and english["coins"] == "COINS"
    try:
        win.apply_settings(replace(win.settings, language="de"))
        QApplication.processEvents()
        assert _texts(win) == {"menus": ["&Datei", "&Stream", "&Alerts"], "welcome": "Willkommen bei streamer-app",
                               "coins": "MÜNZEN", "connect": "Verbinden", "pill": "BEENDET",
                               "likes": "LIKES", "timer": "SUBATHON-TIMER"}
        assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
        dlg = SettingsDialog(tmp_path / "h", win.settings)  # opened later: built in the new language
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "Einstellungen" and dlg.tabs.tabText(0) == "Einnahmen"
        win.apply_settings(replace(win.settings, language="ar"))
        QApplication.processEvents()
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.alerts.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert _texts(win)["coins"] == "العملات" and _texts(win)["menus"][0] == "&ملف"
        win.apply_settings(replace(win.settings, language="en"))
        QApplication.processEvents()
        assert _texts(win) == english
        assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        translation.install(QApplication.instance(), "en")
