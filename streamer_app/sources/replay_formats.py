"""Which replay reads a recording: one row per recording format, chosen by the file's header.

``streamer-app replay FILE`` replays any platform's recording (DESIGN.md section 4): the
first line's ``format`` names the platform. Adding a platform's recording is one row in
``REPLAYS`` (the format name and a builder of its replay source).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..i18n import translate
from .errors import SourceError
from .recording import FORMAT as TIKTOK_FORMAT, first_line_json


def read_format(path: Path) -> tuple[str, dict]:
    """The recording's format name and header object, or SourceError in one sentence."""
    header = first_line_json(path)
    fmt = header.get("format") if isinstance(header, dict) else None
    if not isinstance(header, dict) or fmt not in REPLAYS:
        raise SourceError(translate("Sources", "{path} is not a streamer-app raw recording (its first line is not a "
                                               "header of {formats})").format(
            path=path, formats=', '.join(REPLAYS)))
    return str(fmt), header


def _tiktok(path: Path, header: dict, speed: float) -> Any:
    from .recording import ReplaySource, read_header

    read_header(path)  # its own checks (room id, start time), in one sentence
    return ReplaySource(path, speed=speed)


def _twitch(path: Path, header: dict, speed: float) -> Any:
    from .twitch_recording import TwitchReplaySource

    return TwitchReplaySource(path, header, speed=speed)


def _youtube(path: Path, header: dict, speed: float) -> Any:
    from .youtube_replay import YouTubeReplaySource, read_youtube_header

    read_youtube_header(path)  # its own checks (live chat id, start time), in one sentence
    return YouTubeReplaySource(path, speed=speed)


REPLAYS: dict[str, Callable[[Path, dict, float], Any]] = {
    TIKTOK_FORMAT: _tiktok,
    "streamer-app/raw-twitch/1": _twitch,
    "streamer-app/raw-youtube/1": _youtube,
}


def replay_source(path: str | Path, speed: float) -> Any:
    """The replay source for the recording at ``path``, picked by its header's format."""
    fmt, header = read_format(Path(path))
    return REPLAYS[fmt](Path(path), header, speed)
