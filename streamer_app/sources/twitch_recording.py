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

import asyncio
import gzip
import json
import logging
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

from ..i18n import translate
from ..core import events as ev
from .errors import SourceError
from .recording import SkipReport, iter_records, prune_recordings
from .twitch_mapping import TwitchMapper

log = logging.getLogger(__name__)

FORMAT = "streamer-app/raw-twitch/1"
SUFFIX = ".twitch.jsonl.gz"
FLUSH_EVERY_S = 2.0


def recording_name(creator: str, channel_id: str, started_at: float) -> str:
    stamp = datetime.fromtimestamp(started_at, timezone.utc).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "", creator.lstrip("@")) or "channel"
    return f"{safe}-{re.sub(r'[^0-9A-Za-z]', '', channel_id)}-{stamp}{SUFFIX}"


class TwitchRecorder:
    """Appends EventSub messages, as received, to one gzipped recording.

    Like the TikTok recorder: synchronous small writes, a sync flush every couple of
    seconds, and a write failure (disk full) turns it off with one log line.
    """

    def __init__(self, folder: Path, creator: str, channel_id: str, started_at: float | None = None,
                 max_mb: int | None = None) -> None:
        self.folder = Path(folder)
        self.started_at = started_at if started_at is not None else time.time()
        self.folder.mkdir(parents=True, exist_ok=True)
        if max_mb is not None:
            prune_recordings(self.folder, max_mb)  # every platform's recordings share the one limit
        self.path = self.folder / recording_name(creator, channel_id, self.started_at)
        self._raw = open(self.path, "ab")
        self._gz: gzip.GzipFile | None = gzip.GzipFile(fileobj=self._raw, mode="ab", compresslevel=6)
        header = {"format": FORMAT, "creator": creator, "channel_id": str(channel_id),
                  "started_at": datetime.fromtimestamp(self.started_at, timezone.utc).isoformat()}
        self._gz.write((json.dumps(header) + "\n").encode())
        self._last_flush = time.monotonic()
        self.messages = 0
        self.failed: str | None = None

    def write(self, text: str, parsed: Any, now: float | None = None) -> None:
        """Keep one received text; ``parsed`` is its JSON (None when it was not JSON)."""
        if self._gz is None:
            return
        t = (now if now is not None else time.time()) - self.started_at
        if parsed is None:
            line = json.dumps({"t": round(t, 3), "unparsed": text})
        elif "\n" in text or "\r" in text:  # one line per record: the same object, re-serialised
            line = '{"t": %.3f, "message": %s}' % (t, json.dumps(parsed))
        else:
            line = '{"t": %.3f, "message": %s}' % (t, text)
        try:
            self._gz.write(line.encode() + b"\n")
            self.messages += 1
            if time.monotonic() - self._last_flush >= FLUSH_EVERY_S:
                self.flush()
        except OSError as exc:
            self.failed = f"the flight recorder stopped: {exc.strerror or exc}"
            log.warning("%s (%s)", self.failed, self.path)
            self._gz = None

    def flush(self) -> None:
        if self._gz is not None:
            self._gz.flush()
            self._raw.flush()
            self._last_flush = time.monotonic()

    def close(self) -> None:
        if self._gz is None:
            return
        try:
            self._gz.close()
            self._raw.close()
        except OSError as exc:
            log.warning("closing the recording %s failed: %s", self.path, exc.strerror or exc)
        self._gz = None


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
    try:
        started = datetime.fromisoformat(str(h.get("started_at"))).timestamp()
    except ValueError:
        raise SourceError(translate("Sources", "{path}: the recording header's started_at is not an ISO date").format(
            path=path)) from None
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
        wall0, n, started = time.monotonic(), 0, self.header.started_at
        for t, message in iter_messages(self.path, self.report):
            if self._closed:
                return
            if self.speed > 0:
                delay = wall0 + t / self.speed - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            else:
                n += 1
                if n % 256 == 0:
                    await asyncio.sleep(0)
            for e in self.mapper.map(message, started + t):
                yield e
        end = max(self.mapper.last_ts, started)
        yield self._final(end)
        yield ev.StreamEndEvent(end, "end of the recording")
