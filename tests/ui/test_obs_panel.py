"""OBS in the window: its state in the status bar and the overlay panel, Add to OBS, and the
sources updated after a token rotation, against the obs-websocket 5 peer (tests/obs/obs_peer.py)."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import Qt

from streamer_app import settings as sm
from streamer_app.engine.thread import EngineThread
from streamer_app.obs.browser_sources import source_name
from streamer_app.obs.status import ObsState
from streamer_app.overlay.access import PAGES
from streamer_app.sources.secrets import OBS_PASSWORD, SecretStore
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.obs_link import ObsStatusLabel
from tests.obs.obs_peer import PeerThread

PASSWORD = "supersecretpassword"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def peer():
    p = PeerThread(PASSWORD)
    obs = p.start()
    yield p, obs
    p.stop()


def window(qtbot, home, port: int, password: str | None, enabled: bool = True) -> MainWindow:
    if password:
        SecretStore(home).set(OBS_PASSWORD, password)
    s = sm.Settings(overlay_port=free_port(), obs_enabled=enabled, obs_port=port)
    win = MainWindow(home, s, EngineThread().start())
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.start_overlay()
    win.start_obs()
    qtbot.waitUntil(lambda: win.overlay is not None, timeout=10000)
    return win


def test_add_to_obs_then_rotation_updates_the_sources(qtbot, tmp_path, peer, monkeypatch):
    thread, obs = peer
    if os.environ.get("OBS_SCREENSHOT"):  # docs/OBS.md's picture, in the window's own theme
        from PySide6.QtWidgets import QApplication

        from streamer_app.ui import theme

        theme.apply(QApplication.instance())
    win = window(qtbot, tmp_path / "home", obs.port, PASSWORD)
    label = win.statusBar().findChild(ObsStatusLabel)
    qtbot.waitUntil(lambda: win.obs.status.state is ObsState.CONNECTED, timeout=10000)
    assert "OBS: connected" in label.text() and "30.2.2" in label.toolTip()

    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # the status opens the overlay panel
    panel = win.overlay_panel
    assert panel is not None and panel.isVisible()
    assert "Connected to OBS 30.2.2" in panel.obs_message.text()
    panel.chosen["feed"].setChecked(False)
    panel.add_btn.click()
    assert not panel.add_btn.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: panel.status.text().startswith("Add to OBS:"), timeout=10000)
    made = thread.call(lambda: {k: dict(v.settings) for k, v in obs.inputs.items()})
    assert set(made) == {source_name(p) for p in PAGES if p != "feed"}
    token = win.overlay.token
    assert made[source_name("goal")] == {"url": win.overlay.urls()["goal"], "width": 960, "height": 200,
                                         "reroute_audio": True, "shutdown": False, "restart_when_active": False}
    shown = panel.obs_result.text()
    assert shown.count("✓") == len(PAGES) - 1 and "created 'streamer-app: alerts' (1920×1080) in 'Scene'" in shown
    assert token not in shown
    assert panel.status.text() == f"Add to OBS: {len(PAGES) - 1} created."
    if os.environ.get("OBS_SCREENSHOT"):  # OBS_SCREENSHOT=$PWD/docs/images/obs-panel.png
        qtbot.wait(200)  # the layout settles (a picture, not a timing assertion)
        panel.grab().save(os.environ["OBS_SCREENSHOT"])
        win.statusBar().grab().save(os.environ["OBS_SCREENSHOT"].replace(".png", "-status.png"))

    monkeypatch.setattr(panel, "confirm_rotation", lambda: True)
    assert panel.regenerate()
    qtbot.waitUntil(lambda: panel.obs_result.text().count("now uses the new token") == len(PAGES) - 1, timeout=10000)
    new = win.overlay.token
    assert new != token
    urls = thread.call(lambda: {k: v.settings["url"] for k, v in obs.inputs.items()})
    assert len(urls) == len(PAGES) - 1 and all(u.endswith("?token=" + new) for u in urls.values())
    qtbot.waitUntil(lambda: panel.obs_result.text().count("now uses the new token") == len(PAGES) - 1)
    assert "no 'streamer-app: feed' in OBS (nothing to update)" in panel.obs_result.text()


def test_wrong_password_shows_in_the_window(qtbot, tmp_path, peer):
    thread, obs = peer
    win = window(qtbot, tmp_path / "home", obs.port, "nope-nope")
    qtbot.waitUntil(lambda: win.obs.status.state is ObsState.AUTH_FAILED, timeout=10000)
    label = win.statusBar().findChild(ObsStatusLabel)
    assert "OBS: wrong password" in label.text()
    panel = win.open_overlay_panel()
    assert panel.obs_message.text().startswith("OBS refused the password: Authentication failed.")
    panel.add_btn.click()
    qtbot.waitUntil(lambda: "Add to OBS failed: OBS refused the password" in panel.obs_result.text(), timeout=10000)
    assert thread.call(lambda: dict(obs.inputs)) == {}


def test_off_and_obs_not_running(qtbot, tmp_path):
    port = free_port()  # nothing listens there
    win = window(qtbot, tmp_path / "home", port, PASSWORD, enabled=False)
    assert win.obs.status.state is ObsState.OFF
    assert "OBS: off" in win.statusBar().findChild(ObsStatusLabel).text()
    panel = win.open_overlay_panel()
    panel.add_btn.click()  # works without OBS control on: one connection for the job
    qtbot.waitUntil(lambda: "failed" in panel.obs_result.text(), timeout=10000)
    assert f"OBS is not reachable at 127.0.0.1:{port} (connection refused): is OBS running?" in panel.obs_result.text()
    assert panel.add_btn.isEnabled()


def test_turning_obs_on_in_the_settings_connects_and_a_new_password_reconnects(qtbot, tmp_path, peer):
    thread, obs = peer
    home = tmp_path / "home"
    win = window(qtbot, home, obs.port, PASSWORD, enabled=False)
    assert win.obs.status.state is ObsState.OFF and win.controller.obs is None
    win.apply_settings(sm.replace(win.settings, obs_enabled=True))
    qtbot.waitUntil(lambda: win.obs.status.state is ObsState.CONNECTED, timeout=10000)
    first = win.controller.obs
    win.apply_settings(win.settings)  # nothing about OBS changed: the connection stays
    assert win.controller.obs is first
    SecretStore(home).set(OBS_PASSWORD, "a-new-password")  # what the settings dialog does on Save
    win.apply_settings(win.settings)
    qtbot.waitUntil(lambda: win.obs.status.state is ObsState.AUTH_FAILED, timeout=10000)
    win.apply_settings(sm.replace(win.settings, obs_enabled=False))
    qtbot.waitUntil(lambda: win.obs.status.state is ObsState.OFF, timeout=10000)
    assert win.controller.obs is None


def test_settings_dialog_has_the_obs_tab_with_its_password(qtbot, tmp_path):
    from streamer_app.ui.settings_dialog import SettingsDialog

    home = tmp_path / "home"
    dlg = SettingsDialog(home, sm.Settings())
    qtbot.addWidget(dlg)
    tabs = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert "OBS" in tabs
    dlg.fields["obs_enabled"].box.setChecked(True)
    dlg.fields["obs_port"].edit.setText("4460")
    dlg.f_secrets[OBS_PASSWORD].setText("from-obs-connect-info")
    if os.environ.get("OBS_SCREENSHOT"):
        dlg.tabs.setCurrentIndex(tabs.index("OBS"))
        dlg.show()
        qtbot.wait(100)
        dlg.grab().save(os.environ["OBS_SCREENSHOT"].replace(".png", "-settings.png"))
    dlg.save()
    saved = sm.load(home)
    assert (saved.obs_enabled, saved.obs_port, saved.obs_host) == (True, 4460, "127.0.0.1")
    assert SecretStore(home).get(OBS_PASSWORD) == "from-obs-connect-info"
    assert "from-obs-connect-info" not in (home / "settings.json").read_text()


def test_links_left_stale_by_a_rotation_from_the_command_line_are_fixed_on_connecting(qtbot, tmp_path, peer):
    thread, obs = peer
    home = tmp_path / "home"
    sm.save(home, sm.Settings())
    old = sm.load(home).overlay_token
    stale = f"http://127.0.0.1:8765/overlay/alerts?token={old}"
    thread.call(lambda: obs.add_input("Scene", source_name("alerts"), "browser_source",
                                      {"url": stale, "width": 1920, "height": 1080}))
    thread.call(lambda: obs.add_input("Scene", "My own browser", "browser_source", {"url": stale}))
    win = window(qtbot, home, obs.port, PASSWORD)  # a new token and port since those sources were made
    qtbot.waitUntil(lambda: thread.call(lambda: obs.inputs[source_name("alerts")].settings["url"])
                    == win.overlay.urls()["alerts"], timeout=10000)
    assert thread.call(lambda: obs.inputs["My own browser"].settings["url"]) == stale  # not ours: untouched
    qtbot.waitUntil(lambda: "were out of date" in win.statusBar().currentMessage(), timeout=10000)
