"""A flight recorder of JSON messages (YouTube responses, Twitch EventSub messages).

Same shape as TikTok's (DESIGN.md section 4): a gzipped JSON-lines file, a header object
first, then ``{"t": seconds since start, <key>: <the JSON object exactly as received>}`` per
message. Writes are small and synchronous, flushed every couple of seconds, so a crash
loses at most that much of the recording (the ledger is separate); a write failure (disk
full) turns the recorder off with one log line: the live session matters more.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import time
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..i18n import translate
from .errors import SourceError
from .recording import FLUSH_EVERY_S, SkipReport, _open_text

log = logging.getLogger(__name__)


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat()


def recording_path(folder: Path, creator: str, key: str, started_at: float, suffix: str) -> Path:
    stamp = datetime.fromtimestamp(started_at, timezone.utc).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "", creator.lstrip("@"))[:40] or "creator"
    safe_key = re.sub(r"[^A-Za-z0-9_-]", "", key)[:24] or "chat"
    return Path(folder) / f"{safe}-{safe_key}-{stamp}{suffix}"


class JsonRecorder:
    """Appends ``{"t", key: message}`` lines to one gzipped recording; ``close()`` at the end."""

    def __init__(self, path: Path, header: dict[str, Any], key: str, started_at: float) -> None:
        self.path = Path(path)
        self.key = key
        self.started_at = started_at
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._raw = open(self.path, "ab")
        self._gz: gzip.GzipFile | None = gzip.GzipFile(fileobj=self._raw, mode="ab", compresslevel=6)
        self._gz.write((json.dumps(header) + "\n").encode())
        self._gz.flush()
        self._last_flush = time.monotonic()
        self.messages = 0
        self.failed: str | None = None

    def write(self, message: Any, now: float | None = None) -> None:
        if self._gz is None:
            return
        t = (now if now is not None else time.time()) - self.started_at
        line = json.dumps({"t": round(t, 3), self.key: message}, ensure_ascii=False, separators=(",", ":"))
        try:
            self._gz.write(line.encode() + b"\n")
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


def read_json_header(path: Path, fmt: str, required: tuple[str, ...]) -> dict[str, Any]:
    """The header of a ``fmt`` recording with its ``started_at`` as POSIX seconds, or SourceError."""
    path = Path(path)
    if not path.exists():
        raise SourceError(translate("Sources", "{path} does not exist").format(path=path))
    try:
        with _open_text(path) as f:
            header = json.loads(f.readline(1_000_000))
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(translate("Sources", "{path} cannot be read as a recording ({error})").format(
            path=path, error=exc)) from None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != fmt:
        raise SourceError(translate("Sources", "{path} is not a streamer-app raw recording (its first line is not a "
                                               "{fmt} header)").format(
            path=path, fmt=fmt))
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


def iter_messages(path: Path, key: str, report: SkipReport) -> Iterator[tuple[float, Any]]:
    """(t, message) for every good line after the header; bad lines go to ``report.lines``."""
    with _open_text(Path(path)) as f:
        f.readline(1_000_000)  # the header, checked by read_json_header
        while True:
            try:
                line = f.readline()
            except (EOFError, OSError, zlib.error):  # a gzip stream cut short by a crash
                report.truncated = True
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                t = float(rec["t"])
                message = rec[key]
            except (ValueError, KeyError, TypeError):
                report.lines += 1
                continue
            yield t, message
