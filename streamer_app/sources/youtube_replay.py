"""YouTube recordings: the recorder's header and the replay (``streamer-app/raw-youtube/1``).

A recording keeps every ``liveChatMessages.list`` response exactly as received (DESIGN.md
section 4). Replay maps them with the same ``YouTubeMapper`` as the live source, so a
replay counts what the live run counted: every message once by its id, overlapping pages
included. Damaged lines are skipped, counted and reported, never fatal.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any, AsyncIterator

from ..core import events as ev
from .flight_recorder import YOUTUBE_SUFFIX, JsonRecorder
from .pacing import Pacer
from .recording import SkipReport, header_of, iter_records
from .youtube_mapping import YouTubeMapper

FORMAT = "streamer-app/raw-youtube/1"
KEY = "response"


def youtube_recorder(folder: Path, creator: str, live_chat_id: str, started_at: float,
                     max_mb: int | None = None) -> JsonRecorder:
    """A recorder for one live chat, header keys as DESIGN.md section 4 lists them."""
    return JsonRecorder(folder, FORMAT, YOUTUBE_SUFFIX, KEY, creator, "live_chat_id", live_chat_id, started_at, max_mb)


def read_youtube_header(path: Path) -> dict[str, Any]:
    return header_of(Path(path), FORMAT, ("live_chat_id",))


class YouTubeReplaySource:
    """Replays a YouTube recording into the session of its live chat: (youtube, live chat id).

    Replayed into the data folder of the live run, it continues that session and adds only what
    the ledger missed (every message counts once by its id). The source object's own ``kind`` is
    "replay", so what must not run during a replay (actions) can tell.

    ``speed`` 0 replays as fast as mapping allows; 1 keeps the recorded pace. Stream time
    is the messages' own ``publishedAt``, so the totals are a function of the file alone.
    """

    kind = "replay"
    platform = "youtube"

    def __init__(self, path: str | os.PathLike[str], speed: float = 0.0) -> None:
        if speed < 0:
            raise ValueError("speed must be 0 (as fast as possible) or more")
        self.path = Path(path)
        self.speed = float(speed)
        self.report = SkipReport()
        self.header: dict[str, Any] | None = None
        self.responses_read = 0
        self._mapper = YouTubeMapper()
        self._now = 0.0
        self._closed = False

    async def start(self) -> ev.SourceInfo:
        self.header = h = await asyncio.to_thread(read_youtube_header, self.path)
        self._now = h["started_ts"]
        return ev.SourceInfo(kind="youtube", room_id=str(h["live_chat_id"]), creator=str(h.get("creator") or "@unknown"),
                             started_at=h["started_ts"],
                             extra={"file": str(self.path), "platform": "youtube", "host_user_id": None})

    @property
    def skipped_messages(self) -> dict[str, int]:
        return dict(self._mapper.skipped)

    def now(self) -> float:
        return max(self._mapper.last_ts, self._now) if self._mapper.last_ts else self._now

    async def aclose(self) -> None:
        self._closed = True

    def _final_report(self, ts: float) -> ev.ConnectionStateEvent:
        """The skip report, as the replay's last state: damaged lines, then messages by their own name."""
        report, skipped = self.report, self.skipped_messages
        if not skipped:
            return ev.ConnectionStateEvent(ts, ev.ConnectionState.ENDED, report.sentence())
        parts = [f"{report.lines} malformed line{'s' if report.lines != 1 else ''}"] if report.lines else []
        parts += [f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(skipped.items())]
        text = "replay: skipped " + ", ".join(parts)
        if report.truncated:
            text += "; the file ends abruptly (recorded until a crash?) and was read up to that point"
        return ev.ConnectionStateEvent(ts, ev.ConnectionState.ENDED, text)

    async def events(self) -> AsyncIterator[ev.Event]:
        assert self.header is not None, "start() first"
        started = self.header["started_ts"]
        pacer = Pacer(self.speed, breathe_every=64)  # (a response holds many messages)
        for t, response in iter_records(self.path, self.report, lambda rec: rec[KEY]):
            if self._closed:
                return
            await pacer.wait_for(t)
            self.responses_read += 1
            self._now = max(self._now, started + t)
            events, page = self._mapper.map_response(response, started + t)
            for e in events:
                if isinstance(e, ev.StreamEndEvent):
                    yield self._final_report(e.ts)
                    yield e
                    return
                yield e
        end = self.now()
        yield self._final_report(end)
        yield ev.StreamEndEvent(end, "end of the recording")
