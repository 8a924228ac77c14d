"""The flight recorder of every platform: one gzipped JSON-lines file per live run (DESIGN.md section 4).

A recording is a header object (``format``, ``creator``, the platform's id key, ``started_at``
and any extra keys), then ``{"t": seconds since start, <key>: <value>}`` per message received:
TikTok's binary frames as base64 (``Recorder`` in ``recording.py``), Twitch's EventSub messages
and YouTube's responses as JSON (``JsonRecorder``). Writes are small and synchronous, flushed
every couple of seconds, so they can run right where the data arrives and a crash loses at most
that much of the recording (the ledger is separate). A write failure (disk full) turns the
recorder off with one log line: the live session matters more.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FLUSH_EVERY_S = 2.0
RECORDINGS_DIR = "recordings"
TIKTOK_SUFFIX = ".ttlive.jsonl.gz"
TWITCH_SUFFIX = ".twitch.jsonl.gz"
YOUTUBE_SUFFIX = ".youtube.jsonl.gz"
# Every platform's recordings share the folder and its size limit (``prune_recordings``).
RECORDING_SUFFIXES = (TIKTOK_SUFFIX, TWITCH_SUFFIX, YOUTUBE_SUFFIX)


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat()


def recording_path(folder: Path, creator: str, key: str, started_at: float, suffix: str) -> Path:
    """``<creator>-<room or chat id>-<UTC start><suffix>``, safe as a file name on every system."""
    stamp = datetime.fromtimestamp(started_at, timezone.utc).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "", creator.lstrip("@"))[:40] or "creator"
    safe_key = re.sub(r"[^A-Za-z0-9_-]", "", key)[:24] or "chat"
    return Path(folder) / f"{safe}-{safe_key}-{stamp}{suffix}"


def prune_recordings(folder: Path, max_mb: int, keep: tuple[Path, ...] = ()) -> list[Path]:
    """Delete the oldest recordings until the folder holds at most ``max_mb``; returns what went."""
    files = []
    for p in (q for suffix in RECORDING_SUFFIXES for q in Path(folder).glob(f"*{suffix}")):
        try:
            st = p.stat()
        except OSError:
            continue
        files.append((st.st_mtime, st.st_size, p))
    files.sort()
    total = sum(size for _, size, _ in files)
    limit = max_mb * 1024 * 1024
    removed = []
    for _, size, p in files:
        if total <= limit:
            break
        if p in keep:
            continue
        try:
            p.unlink()
        except OSError as exc:
            log.warning("could not prune %s: %s", p, exc.strerror or exc)
            continue
        total -= size
        removed.append(p)
    return removed


class FlightRecorder:
    """Appends ``{"t", key: value}`` lines to one gzipped recording; ``close()`` at the end.

    ``header`` is written after ``format``, ``creator``, the id (``id_key``: ``id_value``) and
    ``started_at``, in that order. Subclasses say how a message becomes the line's value.
    """

    def __init__(self, folder: Path, fmt: str, suffix: str, key: str, creator: str, id_key: str, id_value: str,
                 started_at: float | None = None, max_mb: int | None = None,
                 header: dict[str, Any] | None = None) -> None:
        self.started_at = started_at if started_at is not None else time.time()
        self.key = key
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if max_mb is not None:
            prune_recordings(folder, max_mb)
        self.path = recording_path(folder, creator, id_value, self.started_at, suffix)
        self._raw = open(self.path, "ab")
        self._gz: gzip.GzipFile | None = gzip.GzipFile(fileobj=self._raw, mode="ab", compresslevel=6)
        first = {"format": fmt, "creator": creator, id_key: id_value, "started_at": iso(self.started_at),
                 **(header or {})}
        self._gz.write((json.dumps(first) + "\n").encode())
        self._gz.flush()
        self._last_flush = time.monotonic()
        self.messages = 0
        self.failed: str | None = None

    def _append(self, value: bytes, now: float | None, key: str | None = None) -> None:
        """One line whose value is ``value``, already JSON."""
        if self._gz is None:
            return
        t = (now if now is not None else time.time()) - self.started_at
        line = b'{"t": %.3f, "%s": %s}\n' % (t, (key or self.key).encode(), value)
        try:
            self._gz.write(line)
            self.messages += 1
            if time.monotonic() - self._last_flush >= FLUSH_EVERY_S:
                self.flush()
        except OSError as exc:
            self.failed = f"the flight recorder stopped: {exc.strerror or exc}"
            log.warning("%s (%s)", self.failed, self.path)
            self._abandon()

    def flush(self) -> None:
        if self._gz is not None:
            self._gz.flush()  # a sync flush: everything so far is readable after a crash
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

    def _abandon(self) -> None:
        try:
            self._raw.close()
        except OSError:
            pass
        self._gz = None


class JsonRecorder(FlightRecorder):
    """Keeps JSON messages: the text exactly as received where the caller has it.

    A text with a line break (one line per record) or a message the caller only has parsed
    (YouTube's client hands over dicts) is serialised compactly; a text that was not JSON at
    all (``message`` None) is kept as ``{"t", "unparsed": "<text>"}``, so a replay skips and
    counts it just as the live run did.
    """

    def write(self, message: Any, now: float | None = None, text: str | None = None) -> None:
        if message is None and text is not None:
            self._append(_json(text), now, "unparsed")
        elif text is not None and "\n" not in text and "\r" not in text:
            self._append(_utf8(text) or _json(message), now)
        else:
            self._append(_json(message), now)


def _json(value: Any) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    except UnicodeEncodeError:  # a lone surrogate (a JSON escape of half a pair): escape it all
        return json.dumps(value, separators=(",", ":")).encode()


def _utf8(text: str) -> bytes | None:
    try:
        return text.encode()
    except UnicodeEncodeError:
        return None
