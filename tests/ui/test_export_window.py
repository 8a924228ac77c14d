"""Exports from the window (menu and history), off the GUI thread, and the end-of-session hook."""

from __future__ import annotations

import csv
import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from streamer_app import settings as sm
from streamer_app.engine.thread import EngineThread
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.queries import Reader
from streamer_app.ui.history import HistoryView
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.settings_dialog import SettingsDialog


def _ledger_coins(home, sid) -> int:
    r = Reader(home / DB_FILENAME)
    try:
        return r.tallies([sid]).coins
    finally:
        r.close()


def test_the_export_menu_writes_the_current_session_off_the_gui_thread(qtbot, tmp_path, monkeypatch, demo_runner):
    home = tmp_path / "h"
    engine = demo_runner(home, seed=5, duration=240)
    sid = engine.session_id
    win = MainWindow(home, sm.Settings(), None)
    qtbot.addWidget(win)
    win.last_snapshot = {"session": {"id": sid}}
    target = tmp_path / "out" / "summary.json"
    target.parent.mkdir()
    asked = []

    def fake_dialog(parent, caption, start, filters):
        asked.append((start, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    json_action = next(a for a in win.export_menu.actions() if a.text().startswith("JSON"))
    json_action.trigger()
    assert win.exporter.busy  # the export runs on a worker; the GUI thread returned at once
    qtbot.waitUntil(lambda: not win.exporter.busy, timeout=20000)
    assert win.exporter.last_error is None
    assert asked and asked[0][0].endswith(f"-s{sid}.json") and "JSON" in asked[0][1]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "streamer-app/session-summary/1"
    assert data["session"]["id"] == sid
    assert data["totals"]["coins"] == _ledger_coins(home, sid) > 0
    assert str(target) in win.statusBar().currentMessage()

    # CSV: progress reaches the GUI thread, and the ledger's coins add up.
    seen = []
    win.exporter.progress.connect(lambda d, t, w: seen.append((d, t, w)))
    csv_path = tmp_path / "out" / "ledger.csv"
    assert win.exporter.start(sid, "csv", csv_path)
    qtbot.waitUntil(lambda: not win.exporter.busy, timeout=20000)
    assert win.exporter.last_error is None and csv_path in win.exporter.last_written
    assert seen and seen[-1][2] == "gift ledger"
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    coins_col = next(k for k in rows[0] if k.lower().startswith("coins") and "each" not in k.lower())
    assert sum(int(r[coins_col]) for r in rows) == data["totals"]["coins"]


def test_an_export_error_is_one_sentence_in_a_dialog(qtbot, tmp_path, monkeypatch, demo_runner):
    home = tmp_path / "h"
    sid = demo_runner(home, seed=6, duration=60).session_id
    win = MainWindow(home, sm.Settings(), None)
    qtbot.addWidget(win)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    assert win.exporter.start(sid, "html", tmp_path / "missing-folder" / "x.html")
    qtbot.waitUntil(lambda: not win.exporter.busy, timeout=20000)
    assert len(shown) == 1
    assert "does not exist" in shown[0] and "Traceback" not in shown[0] and "\n" not in shown[0]

    # Nothing to export before any session: said in words, no file dialog.
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: infos.append(text))
    win.last_snapshot = None
    assert not win.exporter.ask_and_export(win.current_session_id(), "md")
    assert infos and "Nothing to export yet" in infos[0]


def test_history_export_button_exports_the_selected_session(qtbot, tmp_path, monkeypatch, demo_runner):
    home = tmp_path / "h"
    first = demo_runner(home, seed=7, duration=60, start=1_700_000_000.0).session_id
    demo_runner(home, seed=8, duration=60, start=1_700_100_000.0)
    view = HistoryView(home / DB_FILENAME)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: len(view.rows) == 2, timeout=10000)
    view.table.selectRow(1)  # newest first: row 1 is the first session
    with qtbot.waitSignal(view.export_requested) as sig:
        md = next(a for a in view.export_btn.menu().actions() if a.text().startswith("Markdown"))
        md.trigger()
    assert sig.args == [first, "md"]


def test_a_demo_session_ending_in_the_window_backs_up_and_exports(qtbot, tmp_path):
    home = tmp_path / "h"
    auto = tmp_path / "auto"
    settings = sm.Settings(auto_export_dir=str(auto), auto_export_formats=("json", "md"))
    thread = EngineThread().start()
    win = MainWindow(home, settings, thread, demo_options={"speed": 0, "seed": 9, "duration": 120})
    qtbot.addWidget(win)
    win.connect_source("demo", "")
    qtbot.waitUntil(lambda: win.session_end_lines is not None, timeout=30000)
    lines = win.session_end_lines
    assert any(line.startswith("backup saved:") for line in lines), lines
    files = sorted(p.suffix for p in auto.iterdir())
    assert files == [".json", ".md"], lines
    sid = win.last_snapshot["session"]["id"]
    data = json.loads(next(auto.glob("*.json")).read_text(encoding="utf-8"))
    assert data["session"]["id"] == sid and data["totals"]["coins"] == _ledger_coins(home, sid)
    assert "backup saved" in win.statusBar().currentMessage()
    win.close()


def test_settings_dialog_sets_the_automatic_export_folder_and_formats(qtbot, tmp_path):
    home = tmp_path / "h"
    dlg = SettingsDialog(home, sm.Settings())
    qtbot.addWidget(dlg)
    folder = tmp_path / "exports"
    formats = dlg.fields["auto_export_formats"]
    dlg.fields["auto_export_dir"].edit.setText(str(folder))
    for box in formats.boxes.values():
        box.setChecked(False)
    assert dlg.collect() is None  # a folder with no format is explained, not saved
    assert "Tick at least one format" in formats.error.text()
    formats.boxes["csv"].setChecked(True)
    formats.boxes["png"].setChecked(True)
    dlg.save()
    saved = sm.load(home)
    assert saved.auto_export_dir == str(folder) and saved.auto_export_formats == ("csv", "png")
    afile = tmp_path / "afile"
    afile.write_text("x")
    dlg2 = SettingsDialog(home, saved)
    qtbot.addWidget(dlg2)
    dlg2.fields["auto_export_dir"].edit.setText(str(afile))
    assert dlg2.collect() is None and "is a file, not a folder" in dlg2.fields["auto_export_dir"].error.text()
