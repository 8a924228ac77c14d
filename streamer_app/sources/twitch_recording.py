"""The flight recorder and replay of Twitch EventSub messages (DESIGN.md section 4).

A recording is gzipped JSON lines: the header ``{"format": "streamer-app/raw-twitch/1",
"creator", "channel_id", "started_at"}``, then ``{"t": seconds since start, "message":
<one EventSub WebSocket message, the JSON object exactly as received>}`` per message. A
text that was not JSON at all is kept as ``{"t", "unparsed": "<text>"}`` so a replay
skips and counts it just as the live run did.

Replay maps every message with the same ``TwitchMapper`` as a live connection, with the
message's own timestamps, so its totals are a function of the file alone.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..core import events as ev
from .errors import SourceError
from .flight_recorder import TWITCH_SUFFIX, JsonRecorder
from .pacing import Pacer
from .recording import SkipReport, checked_header, iter_records
from .twitch_mapping import TwitchMapper

log = logging.getLogger(__name__)

FORMAT = "streamer-app/raw-twitch/1"


def twitch_recorder(folder: Path, creator: str, channel_id: str, started_at: float | None = None,
                    max_mb: int | None = None) -> JsonRecorder:
    """A recorder for one channel's EventSub messages, header keys as DESIGN.md section 4 lists them."""
    return JsonRecorder(folder, FORMAT, TWITCH_SUFFIX, "message", creator, "channel_id", str(channel_id),
                        started_at, max_mb)


@dataclass
class TwitchHeader:
    creator: str
    channel_id: str
    started_at: float
    raw: dict = field(default_factory=dict)


def parse_header(path: Path, h: dict) -> TwitchHeader:
    """The header's fields, or SourceError with a sentence saying what is wrong."""
    channel = str(h.get("channel_id") or "")
    if not channel:
        raise SourceError(translate("Sources", "{path}: the Twitch recording header has no channel_id").format(
            path=path))
    started = checked_header(path, h, FORMAT)["started_ts"]  # the format and start time, as every replay
    return TwitchHeader(str(h.get("creator") or ""), channel, started, h)


def iter_messages(path: Path, report: SkipReport) -> Iterator[tuple[float, Any]]:
    """(t, message) for every good record after the header; bad lines go to ``report`` (texts that
    were not JSON when received, kept as ``unparsed``, among them)."""
    return iter_records(path, report, lambda rec: rec["message"])


class TwitchReplaySource:
    """Replays a Twitch recording: the same mapping as live, the session (twitch, channel id).

    Replaying into the data folder of the live run continues that session; every message
    counts once by its EventSub id, so nothing is counted twice.
    """

    # A replay, as the TikTok and YouTube ones: actions and the subathon timer leave replays alone
    # unless asked (DESIGN.md section 4). Its session is still (twitch, channel id): SourceInfo.
    kind = "replay"
    platform = "twitch"

    def __init__(self, path: str | os.PathLike, header: dict, speed: float = 0.0) -> None:
        if speed < 0:
            raise ValueError("speed must be 0 (as fast as possible) or more")
        self.path = Path(path)
        self.header = parse_header(self.path, header)
        self.speed = float(speed)
        self.report = SkipReport()
        self.mapper = TwitchMapper()
        self._closed = False

    async def start(self) -> ev.SourceInfo:
        h = self.header
        return ev.SourceInfo(kind="twitch", room_id=h.channel_id, creator=h.creator or "unknown",
                             started_at=h.started_at, extra={"file": str(self.path), "platform": "twitch",
                                                             "host_user_id": None})

    @property
    def skipped_messages(self) -> dict[str, int]:
        return dict(self.mapper.skipped)

    def now(self) -> float:
        return self.mapper.last_ts or self.header.started_at

    async def aclose(self) -> None:
        self._closed = True

    def _final(self, ts: float) -> ev.ConnectionStateEvent:
        self.report.messages = self.skipped_messages
        return ev.ConnectionStateEvent(ts, ev.ConnectionState.ENDED, self.report.sentence())

    async def events(self) -> AsyncIterator[ev.Event]:
        pacer, started = Pacer(self.speed), self.header.started_at
        for t, message in iter_messages(self.path, self.report):
            if self._closed:
                return
            await pacer.wait_for(t)
            for e in self.mapper.map(message, started + t):
                yield e
        end = max(self.mapper.last_ts, started)
        yield self._final(end)
        yield ev.StreamEndEvent(end, QT_TRANSLATE_NOOP("EndReasons", "end of the recording"))
