"""The actions editor with OBS: scene and source names picked from OBS's own lists, and the Lion
rule's Test switching the program scene of an obs-websocket 5 peer (tests/obs/obs_peer.py, built
from the protocol's specification) through the real client; a source shown or hidden by name."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from streamer_app import settings as sm
from streamer_app.engine.thread import EngineThread
from streamer_app.obs.status import ObsState
from streamer_app.sources.secrets import OBS_PASSWORD, SecretStore
from streamer_app.ui.main_window import MainWindow
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
    p.call(lambda: obs.add_input("Lion", "Lion video", "ffmpeg_source"))
    yield p, obs
    p.stop()


def window(qtbot, home, port: int, enabled: bool = True) -> MainWindow:
    SecretStore(home).set(OBS_PASSWORD, PASSWORD)
    win = MainWindow(home, sm.Settings(overlay_port=free_port(), obs_enabled=enabled, obs_port=port),
                     EngineThread().start())
    qtbot.addWidget(win)
    win.start_overlay()
    win.start_obs()
    return win


def _obs_card(qtbot, ed):
    qtbot.mouseClick(ed.list_buttons["add"], Qt.MouseButton.LeftButton)
    next(a for a in ed.form.add_action.menu().actions() if a.text() == "An OBS request").trigger()
    return ed.form.cards[-1].obs


def _pick_from_obs(qtbot, obs_editor, name: str, item: str) -> None:
    qtbot.mouseClick(obs_editor.from_obs[name], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name in obs_editor.menus, timeout=10000)
    menu = obs_editor.menus[name]
    next(a for a in menu.actions() if a.text() == item).trigger()
    menu.close()


def test_names_come_from_obs_and_test_switches_the_scene(qtbot, tmp_path, peer):
    thread, obs = peer
    win = window(qtbot, tmp_path / "home", obs.port)
    qtbot.waitUntil(lambda: win.obs.status.state is ObsState.CONNECTED, timeout=10000)
    ed = win.open_actions()
    editor = _obs_card(qtbot, ed)
    _pick_from_obs(qtbot, editor, "scene", "Lion")
    assert [a.text() for a in editor.menus["scene"].actions()] == ["Just chatting", "Lion", "Scene"]
    assert editor.names["scene"].text() == "Lion" and editor.value() == (
        "SetCurrentProgramScene", {"sceneName": "Lion"})
    qtbot.mouseClick(ed.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✓ obs" in ed.test_result.text(), timeout=15000)
    assert thread.call(lambda: obs.program) == "Lion"
    # Hide a source by its name: the executor asks OBS for its scene item id first.
    editor.pick.setCurrentIndex(editor.pick.findData("hide"))
    _pick_from_obs(qtbot, editor, "source", "Lion video")
    qtbot.mouseClick(ed.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ed.test_result.text().count("✓ obs") == 1 and "SetSceneItemEnabled" in ed.test_result.text(),
                    timeout=15000)
    assert thread.call(lambda: obs.item("Lion", "Lion video").enabled) is False
    win.close()


def test_obs_not_running_is_said_under_the_field(qtbot, tmp_path):
    win = window(qtbot, tmp_path / "home", free_port(), enabled=False)
    ed = win.open_actions()
    editor = _obs_card(qtbot, ed)
    qtbot.mouseClick(editor.from_obs["scene"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.names["scene"].error.text().startswith("OBS could not be asked:"), timeout=15000)
    assert editor.from_obs["scene"].isEnabled() and "scene" not in editor.menus
    win.close()
