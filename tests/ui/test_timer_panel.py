"""The subathon timer's controls in the window, on a real demo through the real engine thread:
start, add time, pause, resume and reset from the buttons; the ledger file keeps each change."""

from __future__ import annotations

import sqlite3

from streamer_app import settings as sm
from streamer_app.engine.thread import EngineThread
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.subathon import load_timer, timer_log
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.timer_panel import TimerPanel


def _saved(home):
    with sqlite3.connect(home / DB_FILENAME) as c:
        return load_timer(c), [e.kind for e in reversed(timer_log(c))]


def test_the_window_starts_extends_pauses_and_resets_the_timer(qtbot, tmp_path):
    home = tmp_path / "w"
    thread = EngineThread().start()
    settings = sm.Settings(timer=sm.TimerSettings(seconds_per_coin=0, start_minutes=30))  # only the buttons move it
    win = MainWindow(home, settings, thread, demo_options={"speed": 1, "seed": 4, "duration": 600})
    qtbot.addWidget(win)
    win.show()
    panel: TimerPanel = win.dashboard.timer_panel
    assert not panel.start_btn.isEnabled()  # no stream: nothing to steer
    win.first_run.demo_requested.emit()
    qtbot.waitUntil(lambda: panel.start_btn.isEnabled(), timeout=30_000)
    assert panel.status() == "idle" and panel.digits.text() == "30:00"

    qtbot.mouseClick(panel.start_btn, qtbot_button())
    qtbot.waitUntil(lambda: panel.status() == "running", timeout=10_000)
    assert panel.start_btn.text() == "Pause"
    plus5 = next(b for b in panel.step_btns if b.text() == "+5:00")
    before = panel.remaining()
    qtbot.mouseClick(plus5, qtbot_button())
    qtbot.waitUntil(lambda: panel.remaining() > before + 250, timeout=10_000)
    assert 34 * 60 < panel.remaining() <= 35 * 60
    win.resize(1280, 800)
    panel.grab().save(str(tmp_path / "timer-panel.png"))

    qtbot.mouseClick(panel.start_btn, qtbot_button())  # pause
    qtbot.waitUntil(lambda: panel.status() == "paused", timeout=10_000)
    left = panel.remaining()
    saved, _ = _saved(home)
    assert saved.status == "paused" and abs(saved.remaining_s - left) < 0.5

    panel.confirm_reset = lambda: False  # "No": nothing happens
    qtbot.mouseClick(panel.reset_btn, qtbot_button())
    qtbot.wait(300)
    assert panel.status() == "paused"
    panel.confirm_reset = lambda: True
    qtbot.mouseClick(panel.reset_btn, qtbot_button())
    qtbot.waitUntil(lambda: panel.status() == "idle", timeout=10_000)
    assert panel.digits.text() == "30:00"
    saved, kinds = _saved(home)
    assert saved.status == "idle" and saved.remaining_s == 1800
    assert kinds == ["start", "adjust", "pause", "reset"]
    win.close()
    assert not thread.running


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
