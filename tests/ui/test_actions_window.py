"""The actions editor in the window: opened from the menu, a rule made there runs during the demo
stream (webhook calls equal the ledger rows it matches) and its lines reach the editor's log;
"Test" with no stream uses the window's own runner and the window's voice."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

from aiohttp import web
from PySide6.QtCore import Qt

from streamer_app import settings as sm
from streamer_app.engine.thread import EngineThread
from streamer_app.ui.action_speech import install
from streamer_app.ui.main_window import MainWindow


class JsonWebhook:
    """A local receiver for our own webhook format, POST {"rule": name, "event": {...}}
    (DESIGN.md section 4, Actions), answering 204."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self.lock = threading.Lock()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._thread.start()
        assert self._ready.wait(10)

    def _main(self) -> None:
        async def hook(request: web.Request) -> web.Response:
            body = await request.json()
            with self.lock:
                self.bodies.append(body)
            return web.Response(status=204)

        app = web.Application()
        app.router.add_post("/hook", hook)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())

    def received(self) -> list[dict]:
        with self.lock:
            return list(self.bodies)

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def _menu_action(win: MainWindow, text: str):
    for menu_action in win.menuBar().actions():
        for a in menu_action.menu().actions():
            if a.text() == text:
                return a
    raise LookupError(text)


def _add(editor, label: str):
    next(a for a in editor.form.add_action.menu().actions() if a.text() == label).trigger()
    return editor.form.cards[-1]


def _big_gifts(home) -> int:
    conn = sqlite3.connect(home / "streamer-app.db")
    try:
        return sum(conn.execute(f"SELECT COUNT(*) FROM {t} WHERE coins >= 1000").fetchone()[0]
                   for t in ("ledger", "guest_gifts"))
    finally:
        conn.close()


def test_a_rule_made_in_the_window_runs_during_the_demo_once_per_counted_gift(qtbot, tmp_path):
    hook = JsonWebhook()
    home = tmp_path / "w"
    thread = EngineThread().start()
    win = MainWindow(home, sm.Settings(actions_per_second=0), thread,
                     demo_options={"speed": 0, "seed": 4, "duration": 300})
    qtbot.addWidget(win)
    win.show()
    try:
        _menu_action(win, "A&ctions…").trigger()
        ed = win.actions_editor
        assert ed is not None and ed.isVisible()
        qtbot.mouseClick(ed.list_buttons["add"], Qt.MouseButton.LeftButton)
        ed.form.name.edit.selectAll()
        qtbot.keyClicks(ed.form.name.edit, "Big gifts")
        qtbot.keyClicks(ed.form.filters["min_coins"].edit, "1000")
        web_card = _add(ed, "Call a webhook")
        qtbot.keyClicks(web_card.fields["url"].edit, f"http://127.0.0.1:{hook.port}/hook")
        qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
        assert "Saved 1 rule" in ed.status.text()
        win.first_run.demo_requested.emit()
        qtbot.waitUntil(lambda: win.batches > 0 and not win.dashboard.bar.connected, timeout=60000)
        expected = _big_gifts(home)
        assert expected > 0
        qtbot.waitUntil(lambda: len(hook.received()) >= expected, timeout=30000)
        bodies = hook.received()
        assert len(bodies) == expected and all(b["rule"] == "Big gifts" for b in bodies)
        assert all(b["event"]["coins"] >= 1000 for b in bodies)
        # The editor's log shows the stream's runner's lines.
        ed.tabs.setCurrentWidget(ed.log_view)
        ed.log_view.refresh(force=True)
        assert ed.log_view.table.rowCount() >= expected
        assert "Big gifts > webhook: posted to http://127.0.0.1" in ed.log_view.table.item(0, 1).text()
    finally:
        win.close()
        hook.stop()


def test_test_without_a_stream_uses_the_windows_runner_and_voice(qtbot, tmp_path):
    home = tmp_path / "v"
    win = MainWindow(home, sm.Settings(), None)
    qtbot.addWidget(win)
    speech = install(win.controller, win.alerts.speaker, win)
    try:
        ed = win.open_actions()
        qtbot.mouseClick(ed.list_buttons["add"], Qt.MouseButton.LeftButton)
        ed.form.event_pick.combo.setCurrentIndex(ed.form.event_pick.combo.findData("first_gift"))
        qtbot.keyClicks(_add(ed, "Speak a text").fields["text"].edit, "Thanks {user} for your first gift!")
        qtbot.mouseClick(ed.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "✓ tts" in ed.test_result.text(), timeout=15000)
        assert win.controller.actions is not None  # the window's runner, not one made for the test
        qtbot.waitUntil(lambda: speech.spoken == ["Thanks Sample Viewer for your first gift!"])
    finally:
        win.close()


def test_quit_asks_about_unsaved_actions_first(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    win = MainWindow(tmp_path / "q", sm.Settings(), None)
    qtbot.addWidget(win)
    win.show()
    ed = win.open_actions()
    qtbot.mouseClick(ed.list_buttons["add"], Qt.MouseButton.LeftButton)
    ed.ask_unsaved = lambda: QMessageBox.StandardButton.Cancel
    _menu_action(win, "&Quit").trigger()
    assert win.isVisible() and ed.rules  # nothing lost, still open
    ed.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert win.quit_asking() and not win.isVisible()
