"""Every kind of raw recording, in one registry keyed by the header's ``format`` name.

``streamer-app replay FILE`` (and the window's "Replay file…") reads the first line of the
file and hands it to the row its ``format`` names (DESIGN.md section 4): TikTok's frames,
YouTube's liveChatMessages responses, Twitch's EventSub messages. Adding a platform's
recordings is one ``RecordingFormat`` row here plus its replay source; each builder imports
its module itself, so sniffing a file never loads TikTokLive or the Google client.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .errors import SourceError


@dataclass(frozen=True)
class RecordingFormat:
    """One row: a header ``format`` name and how to replay such a file."""

    format: str  # the header's "format", e.g. "streamer-app/raw-youtube/1"
    platform: str  # "tiktok", "twitch", "youtube"
    suffix: str  # what the recorder names its files, gzipped (e.g. ".youtube.jsonl.gz")
    replay: Callable[[Path, float], Any]  # (file, speed) -> a Source; checks the header itself


def _tiktok(path: Path, speed: float) -> Any:
    from .recording import ReplaySource, read_header

    read_header(path)  # a wrong file fails now, in one sentence
    return ReplaySource(path, speed=speed)


def _youtube(path: Path, speed: float) -> Any:
    from .youtube_replay import YouTubeReplaySource, read_youtube_header

    read_youtube_header(path)
    return YouTubeReplaySource(path, speed=speed)


RECORDING_FORMATS: dict[str, RecordingFormat] = {r.format: r for r in (
    RecordingFormat("streamer-app/raw-tiktok/1", "tiktok", ".ttlive.jsonl.gz", _tiktok),
    RecordingFormat("streamer-app/raw-youtube/1", "youtube", ".youtube.jsonl.gz", _youtube),
)}


def file_filter() -> str:
    """The window's file dialog filter: every kind of recording, gzipped or not."""
    patterns = " ".join(f"*{r.suffix} *{r.suffix.removesuffix('.gz')}" for r in RECORDING_FORMATS.values())
    return f"Recordings ({patterns});;All files (*)"


def first_line(path: Path) -> bytes:
    """The file's first line (a gzipped file is read through gzip), or SourceError."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path} does not exist")
    try:
        with open(path, "rb") as raw:
            gz = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            if gz:
                with gzip.GzipFile(fileobj=raw, mode="rb") as f:
                    return f.readline(1_000_000)
            return raw.readline(1_000_000)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(f"{path} cannot be read as a recording ({exc})") from None


def sniff_format(path: Path) -> RecordingFormat:
    """The registry row for the file's header, or SourceError naming what is wrong."""
    try:
        header = json.loads(first_line(path))
    except ValueError:
        header = None
    name = header.get("format") if isinstance(header, dict) else None
    row = RECORDING_FORMATS.get(name) if isinstance(name, str) else None
    if row is None:
        known = ", ".join(RECORDING_FORMATS)
        raise SourceError(f"{path} is not a streamer-app raw recording (its first line is not a header of "
                          f"one of: {known})")
    return row


def replay_source(path: str | Path, speed: float) -> Any:
    """The replay source for any recording, picked by its header."""
    return sniff_format(Path(path)).replay(Path(path), speed)
