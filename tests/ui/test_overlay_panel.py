"""The window's overlay panel against a real OverlayServer on 127.0.0.1 (engine thread)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import replace

import aiohttp
from PySide6.QtGui import QGuiApplication

from streamer_app import settings as sm
from streamer_app.engine.thread import EngineThread
from streamer_app.overlay.access import PAGES
from streamer_app.overlay.server import OverlayServer
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.overlay_panel import OverlayPanel


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def test_panel_masks_copies_tests_and_regenerates_the_token(qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    thread = EngineThread().start()
    win = MainWindow(home, sm.Settings(overlay_port=free_port()), thread)
    qtbot.addWidget(win)
    win.start_overlay()
    qtbot.waitUntil(lambda: win.overlay is not None, timeout=10000)
    server = win.overlay
    old_token = server.token
    assert sm.load(home).overlay_token == old_token == win.settings.overlay_token  # saved, and the window agrees

    panel = win.open_overlay_panel()
    assert isinstance(panel, OverlayPanel) and panel.isVisible()
    assert not panel.lan_banner.isVisible()
    for page in PAGES:
        shown = panel.rows[page][0].text()
        assert f"/overlay/{page}?token=" in shown and old_token not in shown and "•" in shown

    # Copy puts the full URL, token included, in the clipboard, and that URL opens the page.
    panel.rows["alerts"][1].click()
    old_url = QGuiApplication.clipboard().text()
    assert old_url == server.urls()["alerts"] and old_token in old_url
    assert http_status(old_url) == 200

    opened = []
    panel.open_url = lambda url: opened.append(url.toString()) or True
    panel.rows["goal"][2].click()
    assert opened == [server.urls()["goal"]]

    # The test alert reaches a connected browser page (WebSocket) and the Qt alert window.
    got: dict = {}
    ready = threading.Event()

    async def listen() -> None:
        ws_url = f"ws://127.0.0.1:{server.port}/overlay/ws?token={old_token}"
        async with aiohttp.ClientSession() as s, s.ws_connect(ws_url) as ws:
            got["first"] = json.loads((await ws.receive(timeout=5)).data)
            ready.set()
            while "test" not in got:
                msg = json.loads((await ws.receive(timeout=5)).data)
                for d in msg.get("deltas", []):
                    if d["update"].get("test"):
                        got["test"] = d["update"]

    listener = threading.Thread(target=lambda: asyncio.run(listen()), daemon=True)
    listener.start()
    qtbot.waitUntil(ready.is_set, timeout=5000)
    assert got["first"]["type"] == "snapshot"
    panel.test_btn.click()
    qtbot.waitUntil(lambda: "test" in got, timeout=5000)
    assert got["test"]["type"] == "gift" and got["test"]["coins"] == 1000
    assert win.alerts.current is not None or len(win.alerts.queue) > 0
    listener.join(5)

    # Regenerate: nothing happens without confirmation.
    monkeypatch.setattr(panel, "confirm_rotation", lambda: False)
    assert not panel.regenerate()
    assert server.token == old_token

    monkeypatch.setattr(panel, "confirm_rotation", lambda: True)
    panel.rotate_btn.click()
    qtbot.waitUntil(lambda: "New token in use" in panel.status.text(), timeout=5000)
    new_token = server.token
    assert new_token != old_token and len(new_token) >= 22
    assert sm.load(home).overlay_token == new_token == win.settings.overlay_token
    assert http_status(old_url) == 403  # the old link is refused ("token is wrong or was replaced")
    assert http_status(server.urls()["alerts"]) == 200
    assert new_token not in panel.rows["alerts"][0].text()
    panel.copy("tally")
    assert QGuiApplication.clipboard().text() == server.urls()["tally"] and new_token in QGuiApplication.clipboard().text()
    win.close()
    assert not thread.running


def test_panel_warns_when_lan_access_is_on(qtbot, tmp_path):
    thread = EngineThread().start()
    settings = replace(sm.Settings(overlay_lan=True), overlay_token=sm.new_token())
    server = OverlayServer(settings, host="127.0.0.1", port=0)  # LAN rules, but the test binds loopback only
    thread.submit(server.start()).result(10)
    try:
        panel = OverlayPanel(tmp_path, server, thread)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.lan_banner.isVisible()
        assert "LAN access is on" in panel.lan_banner.label.text()
        assert f":{server.port}/overlay/alerts" in panel.rows["alerts"][0].text()
    finally:
        thread.submit(server.stop()).result(10)
        thread.shutdown(10)


def test_panel_without_a_server_says_so(qtbot, tmp_path):
    panel = OverlayPanel(tmp_path, None, None, problem="The overlay server could not start: port 8765 is already in use")
    qtbot.addWidget(panel)
    panel.show()
    assert "already in use" in panel.problem.text()
    assert "not running" in panel.rows["alerts"][0].text()
    assert not panel.rows["alerts"][1].isEnabled() and not panel.test_btn.isEnabled()


def test_the_window_saving_its_settings_keeps_a_token_rotated_from_the_command_line(qtbot, tmp_path):
    from streamer_app import settings as sm
    from streamer_app.overlay.access import ensure_token
    from streamer_app.ui.main_window import MainWindow

    from ..conftest import run_cli

    home = tmp_path / "h"
    started_with = ensure_token(home)
    win = MainWindow(home, started_with, None)
    qtbot.addWidget(win)
    r = run_cli("overlay", "rotate-token", "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    rotated = sm.load(home).overlay_token
    assert rotated != started_with.overlay_token
    win.toggle_mute()  # any settings save from the window
    saved = sm.load(home)
    assert saved.alerts.muted and saved.overlay_token == rotated
