"""States a source reports before its session starts reach the window: words, reason, countdown."""

from __future__ import annotations

import asyncio
import re
import threading
import time

import pytest

from streamer_app import settings as sm
from streamer_app.core import events as ev
from streamer_app.engine.thread import EngineThread
from streamer_app.ui import source_requests
from streamer_app.ui.main_window import MainWindow

S = ev.ConnectionState


class SlowToGoLive:
    """Like TikTokSource: states go to ``on_state`` while ``start()`` has not returned yet."""

    kind = "tiktok"

    def __init__(self, fail: str | None = None) -> None:
        self.on_state = None
        self.fail = fail
        self.steps = [threading.Event(), threading.Event()]
        self.closed = False

    def _state(self, state, message, retry_in=None):
        now = time.time()
        self.on_state(ev.ConnectionStateEvent(now, state, message, now + retry_in if retry_in else None))

    async def _until(self, step: threading.Event) -> None:
        while not step.is_set():
            await asyncio.sleep(0.02)

    async def start(self) -> ev.SourceInfo:
        self._state(S.CONNECTING, "Connecting to @slow.creator")
        self._state(S.WAITING_FOR_LIVE, "@slow.creator is not LIVE yet: waiting for the LIVE to start", 42)
        await self._until(self.steps[0])
        self._state(S.RATE_LIMITED, "The sign server's hourly limit was reached", 95)
        await self._until(self.steps[1])
        if self.fail:
            raise ev_error(self.fail)
        return ev.SourceInfo("tiktok", f"room-{time.time()}", "@slow.creator", time.time())

    async def events(self):
        t = time.time()
        yield ev.ConnectionStateEvent(t, S.LIVE, "Connected to @slow.creator")
        yield ev.GiftEvent(t, 1, ev.User("1", "ann", "Ann"), ev.Gift(5655, "Rose", 1), 3, False, False)
        yield ev.StreamEndEvent(t + 1, "The creator ended the LIVE")

    def now(self) -> float:
        return time.time()

    async def aclose(self) -> None:
        self.closed = True


def ev_error(text: str) -> Exception:
    from streamer_app.sources.errors import SourceError

    return SourceError(text)


def _seconds_left(text: str) -> int:
    m = re.search(r"retrying in (\d+) s", text)
    assert m, text
    return int(m.group(1))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    source_box = {}
    monkeypatch.setattr(source_requests, "build_source", lambda kind, target, **kw: source_box["source"])
    thread = EngineThread().start()
    win = MainWindow(tmp_path / "h", sm.Settings(), thread)
    qtbot.addWidget(win)
    win.show()
    yield win, source_box
    win.close()


def test_states_before_the_session_starts_show_with_reason_and_countdown(qtbot, window):
    win, box = window
    source = box["source"] = SlowToGoLive()
    win.connect_source("tiktok", "@slow.creator")
    bar = win.dashboard.bar
    qtbot.waitUntil(lambda: bar.pill.text() == "WAITING", timeout=10000)
    assert "not LIVE yet" in bar.message.text()
    assert 35 <= _seconds_left(bar.message.text()) <= 42
    assert win.last_snapshot["session"]["id"] is None  # no session yet: the state came before it

    source.steps[0].set()
    qtbot.waitUntil(lambda: bar.pill.text() == "RATE LIMITED", timeout=10000)
    assert "hourly limit" in bar.message.text()
    assert 88 <= _seconds_left(bar.message.text()) <= 95

    source.steps[1].set()
    qtbot.waitUntil(lambda: not bar.connected, timeout=20000)
    assert bar.pill.text() == "ENDED"
    assert win.last_snapshot["totals"]["coins"] == 3
    assert "retrying" not in bar.message.text()


def test_a_source_that_fails_before_going_live_says_why(qtbot, window):
    win, box = window
    source = box["source"] = SlowToGoLive(fail="@slow.creator does not exist on TikTok: check the spelling")
    win.connect_source("tiktok", "@slow.creator")
    bar = win.dashboard.bar
    qtbot.waitUntil(lambda: bar.pill.text() == "WAITING", timeout=10000)
    source.steps[0].set()
    source.steps[1].set()
    qtbot.waitUntil(lambda: bar.pill.text() == "FAILED", timeout=10000)
    assert "does not exist on TikTok" in bar.message.text()
    assert not bar.connected
