"""A tiny scripted source of Twitch and YouTube events, and paid messages built as the sources build them.

The Twitch and YouTube sources (branches twitch, youtube) yield these same ``PaidEvent``s; until
they exist the tests build them directly, with ids shaped like the platforms' own: an EventSub
message id is a UUID (https://dev.twitch.tv/docs/eventsub/handling-websocket-events/), a
liveChatMessages id an opaque string (https://developers.google.com/youtube/v3/live/docs/liveChatMessages).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from streamer_app.core import events as ev
from streamer_app.engine.engine import Engine, RunResult
from streamer_app.settings import Settings

T0 = 1_767_000_000.0
VIEWER = ev.User("twitch:141981764", "twitchdev", "TwitchDev")
GIFTER = ev.User("twitch:1337", "cool_user", "Cool_User")
YT_FAN = ev.User("youtube:UCfan1", "", "Fan One")
YT_FAN2 = ev.User("youtube:UCfan2", "", "Fan Two")


def paid(platform: str, message_id: str, kind: str, user: ev.User, t: float = 0.0, **kw: object) -> ev.PaidEvent:
    return ev.PaidEvent(T0 + t, ev.platform_msg_id(platform, message_id), message_id, platform, kind, user,
                        **kw)  # type: ignore[arg-type]


class ScriptedSource:
    """Yields the given events once, then ends (or not: ``end=False`` leaves the session open)."""

    def __init__(self, kind: str, room_id: str, events: Iterable[ev.Event], end: bool = True,
                 extra: dict[str, object] | None = None, pause_s: float = 0.0) -> None:
        self.kind, self.room_id, self.script, self.end = kind, room_id, list(events), end
        self.extra = extra or {}
        self.pause_s = pause_s  # between events: the loop turns and the writer commits as live
        self._now = T0

    async def start(self) -> ev.SourceInfo:
        return ev.SourceInfo(self.kind, self.room_id, "@creator", T0, dict(self.extra))

    def now(self) -> float:
        return self._now

    @property
    def skipped_messages(self) -> dict[str, int]:
        return {}

    async def aclose(self) -> None:
        pass

    async def events(self):
        for e in self.script:
            self._now = max(self._now, e.ts)
            yield e
            if self.pause_s:
                await asyncio.sleep(self.pause_s)
        if self.end:
            yield ev.StreamEndEvent(self._now, "done")


def run_engine(data_dir, source: ScriptedSource, settings: Settings | None = None,
               publishers: Iterable[object] = ()) -> tuple[Engine, RunResult]:
    engine = Engine(source, data_dir, settings or Settings())
    for p in publishers:
        engine.add_publisher(p)  # type: ignore[arg-type]
    result = asyncio.run(engine.run())
    assert result.committed
    return engine, result


class Collect:
    """A publisher that keeps every update."""

    def __init__(self) -> None:
        self.updates: list[dict[str, object]] = []

    def publish(self, update) -> None:
        self.updates.append(dict(update))

    def of(self, kind: str) -> list[dict[str, object]]:
        return [u for u in self.updates if u.get("type") == kind]


def mixed_stream(n: int) -> list[ev.Event]:
    """``n`` paid messages of every kind, some sent twice (as a reconnect resends them), deterministic."""
    kinds = [("bits", {"units": 100}), ("sub", {"tier": "1000"}), ("gift_subs", {"units": 5, "tier": "1000"}),
             ("resub", {"tier": "2000"})]
    out: list[ev.Event] = []
    for i in range(n):
        kind, kw = kinds[i % len(kinds)]
        user = GIFTER if kind == "gift_subs" else ev.User(f"twitch:{i % 37}", f"viewer{i % 37}", f"Viewer {i % 37}")
        out.append(paid("twitch", f"00000000-0000-4000-8000-{i:012d}", kind, user, i * 0.01, **kw))
        if i % 10 == 9:
            out.append(out[-5])  # a resent message, a little later
    return out


if __name__ == "__main__":  # the child of the kill -9 test: python -m tests.platforms.scripted DATA_DIR N
    import sys
    from pathlib import Path

    run_engine(Path(sys.argv[1]), ScriptedSource("twitch", "kill-me", mixed_stream(int(sys.argv[2])), pause_s=0.002))
