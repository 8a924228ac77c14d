"""The flight recorder and replay of raw TikTok frames (DESIGN.md section 4).

The recorder keeps every binary WebSocket message exactly as received, so any total
can be re-derived and any bug reproduced. A recording is JSON lines, gzipped: a
header object, then ``{"t": seconds since start, "frame": base64}`` per message.

Replay decodes each frame through TikTokLive's own parse path (the push frame, its
gzip payload, the client's ``_parse_webcast_response``) and maps the events with the
same mapper as a live connection, so a replay behaves as the live run did. A damaged
line or frame is skipped, counted and reported, never fatal; a gzip file cut short
by a crash replays up to the cut.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import gzip
import io
import json
import logging
import os
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, AsyncIterator, Callable, Iterator, TypeVar

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..core import events as ev
from .errors import SourceError
from .flight_recorder import RECORDINGS_DIR, TIKTOK_SUFFIX, FlightRecorder, prune_recordings  # noqa: F401 - a public home
from .pacing import Pacer
from .tiktok_decoding import FrameDecoder  # noqa: F401 - replays decode with it (and tests import it here)

if TYPE_CHECKING:
    from .tiktok_mapping import TikTokMapper

log = logging.getLogger(__name__)
T = TypeVar("T")

FORMAT = "streamer-app/raw-tiktok/1"
SUFFIX = TIKTOK_SUFFIX


# -- recording ---------------------------------------------------------------------------------
class Recorder(FlightRecorder):
    """Appends TikTok's raw frames, as base64, to one gzipped recording; ``close()`` at the end."""

    def __init__(self, folder: Path, creator: str, room_id: str, started_at: float | None = None,
                 max_mb: int | None = None, host_user_id: str | None = None) -> None:
        # host_user_id whenever known: a replay tells the host's gifts from the guests' by it
        super().__init__(folder, FORMAT, SUFFIX, "frame", creator, "room_id", str(room_id), started_at, max_mb,
                         header={"host_user_id": str(host_user_id)} if host_user_id else None)

    @property
    def frames(self) -> int:
        return self.messages

    def write(self, frame: bytes, now: float | None = None) -> None:
        self._append(b'"%s"' % base64.b64encode(frame), now)


# -- reading -----------------------------------------------------------------------------------
@dataclass
class Header:
    creator: str
    room_id: str
    started_at: float
    raw: dict = field(default_factory=dict)

    @property
    def host_user_id(self) -> str | None:
        """The room owner's TikTok user id, when the recording kept it (DESIGN.md section 4)."""
        from .tiktok_mapping import clean_user_id

        return clean_user_id(self.raw.get("host_user_id"))


@dataclass
class SkipReport:
    lines: int = 0  # lines that were not a JSON frame record
    frames: int = 0  # records whose frame TikTokLive could not decode
    truncated: bool = False  # the file ended mid-stream (a crash while recording)
    messages: dict = field(default_factory=dict)  # odd messages inside good frames, by kind
    # Gifts that named a recipient in a recording that does not say who the host is: they
    # all counted as the host's, since a guest could not be told apart from the host.
    unattributed_recipients: int = 0

    @property
    def total(self) -> int:
        return self.lines + self.frames + sum(self.messages.values())

    def sentence(self) -> str:
        if not self.total and not self.truncated:
            return "replay: every line of the recording was read; nothing was skipped"
        parts = []
        if self.lines:
            parts.append(f"{self.lines} malformed line{'s' if self.lines != 1 else ''}")
        if self.frames:
            parts.append(f"{self.frames} undecodable frame{'s' if self.frames != 1 else ''}")
        n = sum(self.messages.values())
        if n:
            parts.append(f"{n} unexpected message{'s' if n != 1 else ''}")
        text = "replay: skipped " + (", ".join(parts) if parts else "nothing")
        if self.truncated:
            text += "; the file ends abruptly (recorded until a crash?) and was read up to that point"
        return text

    def full_sentence(self) -> str:
        """What the replay has to say at its end: the skips, then who received the gifts."""
        text = self.sentence()
        n = self.unattributed_recipients
        if n:
            text += (f". This recording does not say who the host is (it has no host_user_id), so gifts to "
                     f"guests could not be told apart: {n} gift message{'s' if n != 1 else ''} naming a "
                     "recipient counted as the creator's")
        return text


def _open_text(path: Path) -> io.BufferedReader | gzip.GzipFile:
    f = open(path, "rb")
    magic = f.read(2)
    f.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=f, mode="rb")
    return f


def first_line_json(path: Path) -> object:
    """A recording's first line read as JSON (None when it is not JSON), for every platform's format;
    SourceError in one sentence when the file is missing or cannot be read."""
    path = Path(path)
    if not path.exists():
        raise SourceError(translate("Sources", "{path} does not exist").format(path=path))
    try:
        with _open_text(path) as f:
            first = f.readline(1_000_000)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(translate("Sources", "{path} cannot be read as a recording ({error})").format(
            path=path, error=exc)) from None
    try:
        return json.loads(first)
    except ValueError:
        return None


def header_of(path: Path, fmt: str, required: tuple[str, ...]) -> dict:
    """The header of a ``fmt`` recording with its ``required`` keys and its ``started_at`` as POSIX
    seconds in ``started_ts``, or SourceError in one sentence."""
    return checked_header(path, first_line_json(path), fmt, required)


def checked_header(path: Path, header: object, fmt: str, required: tuple[str, ...] = ()) -> dict:
    """``header`` (a recording's first line, read) checked as ``header_of`` does; a copy is returned."""
    if not isinstance(header, dict) or header.get("format") != fmt:
        raise SourceError(translate("Sources", "{path} is not a streamer-app raw recording (its first line is not a "
                                               "{fmt} header)").format(path=path, fmt=fmt))
    header = dict(header)
    for key in required:
        if not header.get(key):
            raise SourceError(translate("Sources", "{path}: the recording header has no {key}").format(
                path=path, key=key))
    try:
        header["started_ts"] = datetime.fromisoformat(str(header.get("started_at"))).timestamp()
    except ValueError:
        raise SourceError(translate("Sources", "{path}: the recording header's started_at is not an ISO date").format(
            path=path)) from None
    return header


def read_header(path: Path) -> Header:
    """The TikTok recording's header, or SourceError with a sentence saying what is wrong."""
    h = header_of(path, FORMAT, ("room_id",))
    room, started = str(h["room_id"]), float(h.pop("started_ts"))
    return Header(str(h.get("creator") or ""), room, started, h)


def iter_records(path: Path, report: SkipReport, read: Callable[[dict], T]) -> Iterator[tuple[float, T]]:
    """(t, ``read(record)``) for every good record after the header, in any platform's recording;
    a line that is not a JSON record, or that ``read`` refuses, goes to ``report``."""
    with _open_text(Path(path)) as f:
        f.readline(1_000_000)  # the header, checked by whoever opened the replay
        while True:
            try:
                line = f.readline()
            except (EOFError, zlib.error, OSError):
                report.truncated = True
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                t = float(rec["t"])
                item = read(rec)
            except (ValueError, KeyError, TypeError, binascii.Error):
                report.lines += 1
                continue
            yield t, item


def iter_frames(path: Path, report: SkipReport) -> Iterator[tuple[float, bytes]]:
    """(t, raw frame) for every good record after the header; bad ones go to ``report``."""
    return iter_records(path, report, lambda rec: base64.b64decode(rec["frame"], validate=True))


class ReplaySource:
    """Replays a recording into the engine: same decoding as live, kind "replay".

    ``speed`` 0 replays as fast as decoding allows; 1 keeps the recorded pace.
    The session is (replay, room id from the header), so replaying the same recording
    into the same data folder continues its session and counts nothing twice.
    """

    kind = "replay"

    def __init__(self, path: str | os.PathLike, speed: float = 0.0) -> None:
        if speed < 0:
            raise ValueError("speed must be 0 (as fast as possible) or more")
        self.path = Path(path)
        self.speed = float(speed)
        self.report = SkipReport()
        self.header: Header | None = None
        self.frames_read = 0
        self._decoder: FrameDecoder | None = None
        self._mapper: TikTokMapper | None = None  # made at start(): TikTokLive loads only then
        self._now = 0.0
        self._closed = False

    async def start(self) -> ev.SourceInfo:
        self.header = h = await asyncio.to_thread(read_header, self.path)
        from .tiktok_mapping import TikTokMapper

        room = int(h.room_id) if h.room_id.isdigit() else 0
        self._decoder = FrameDecoder(room)
        # Without the host's id every gift is the host's, as before recordings kept it.
        self._mapper = TikTokMapper(host_user_id=h.host_user_id)
        self._now = h.started_at
        return ev.SourceInfo(kind="replay", room_id=h.room_id, creator=h.creator or "@unknown",
                             started_at=h.started_at,
                             extra={"file": str(self.path), "host_user_id": h.host_user_id})

    @property
    def skipped_messages(self) -> dict[str, int]:
        """Messages dropped so far inside good frames, by kind (undecodable ones and odd shapes)."""
        msgs = dict(self._mapper.skipped) if self._mapper is not None else {}
        if self._decoder is not None and self._decoder.broken_messages:
            msgs["undecodable payload"] = self._decoder.broken_messages
        return msgs

    def now(self) -> float:
        """Stream time as far as the recording has been read: its events' own times.

        Not the lines' arrival times: those run ahead of TikTok's create times by the
        network's delay, and a tick between two events that read such a clock closed idle
        streaks at moments that depended on when ticks fell (a recording's totals must be a
        function of its frames alone). So the engine's ticker never moves a replay on.
        """
        return self._mapper.last_ts if self._mapper is not None else self._now

    def _final_report(self, ts: float) -> ev.ConnectionStateEvent:
        """The skip report, as the replay's last state: headless prints it, the UI shows it."""
        self.report.messages = self.skipped_messages
        self.report.unattributed_recipients = self._mapper.unattributed_recipients if self._mapper else 0
        return ev.ConnectionStateEvent(ts, ev.ConnectionState.ENDED, self.report.full_sentence())

    async def aclose(self) -> None:
        self._closed = True
        if self._decoder is not None:
            await self._decoder.aclose()
            self._decoder = None

    async def events(self) -> AsyncIterator[ev.Event]:
        assert self._decoder is not None and self._mapper is not None and self.header is not None, "start() first"
        decoder, mapper, report = self._decoder, self._mapper, self.report
        pacer = Pacer(self.speed)
        for t, raw in iter_frames(self.path, report):
            if self._closed:
                return
            await pacer.wait_for(t)
            self.frames_read += 1
            try:
                tt_events = await decoder.decode(raw)
            except Exception:
                report.frames += 1
                continue
            self._now = max(self._now, self.header.started_at + t)
            for tt in tt_events:
                for e in mapper.map(tt, self._now):
                    if isinstance(e, ev.StreamEndEvent):
                        yield self._final_report(e.ts)
                        yield e
                        return
                    yield e
        # The recording is over: open streaks close now (count-once rule, replay end).
        end = max(self._now, mapper.last_ts)
        yield self._final_report(end)
        yield ev.StreamEndEvent(end, QT_TRANSLATE_NOOP("EndReasons", "end of the recording"))
