"""Signing in to Twitch from the window, against the local Twitch of tests/twitch/fake_twitch.py."""

from __future__ import annotations

import asyncio
import threading

import pytest

from streamer_app import settings as sm
from streamer_app.sources import secrets as S
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.twitch_sign_in import TwitchSignIn

from ..twitch.fake_twitch import CLIENT_ID, FakeTwitch


@pytest.fixture
def twitch_server():
    """The fake Twitch on its own loop and thread, as the real one runs elsewhere."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    server = asyncio.run_coroutine_threadsafe(FakeTwitch().start(), loop).result(10)
    yield server
    asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)


def test_connecting_to_twitch_without_a_sign_in_opens_the_sign_in(qtbot, tmp_path):
    win = MainWindow(tmp_path / "h", sm.Settings(), None)
    qtbot.addWidget(win)
    win.connect_source("twitch", "twitchdev")
    dialog = win.findChild(TwitchSignIn)
    assert dialog is not None and dialog.isVisible()
    assert "client id first" in dialog.status.text()
    dialog.close()


def test_the_device_code_is_shown_and_the_tokens_are_kept(qtbot, tmp_path, twitch_server):
    home = tmp_path / "h"
    dialog = TwitchSignIn(home, **twitch_server.urls())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.client_id.setText("too short")
    dialog.sign_in.click()
    assert "Paste the Client ID" in dialog.status.text() and not S.SecretStore(home).get(S.TWITCH_CLIENT_ID)
    dialog.client_id.setText(CLIENT_ID)
    opened = []
    dialog.open_url = opened.append
    with qtbot.waitSignal(dialog._code_ready, timeout=15000):
        dialog.sign_in.click()
    assert dialog.code.text() == "ABCDEFGH" and dialog.open_button.isVisible()
    dialog.open_button.click()
    assert opened[0].toString().startswith("https://www.twitch.tv/activate")
    qtbot.waitUntil(lambda: dialog.sign_in.isEnabled(), timeout=15000)  # the flow is over
    assert dialog.status.text() == "Signed in to Twitch as twitchdev."
    store = S.SecretStore(home)
    assert (store.get(S.TWITCH_CLIENT_ID), store.get(S.TWITCH_ACCESS_TOKEN)) == (CLIENT_ID, "access-1")
