"""Builds the TikTok and replay sources from settings, secrets and the command line.

Kept apart from ``app`` so the wiring there stays a few lines, and so importing the
app never imports TikTokLive (four seconds of start-up) unless a TikTok source is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..core import events as ev
from ..settings import HANDLE_RE, Settings
from .errors import SourceError


def tiktok_source(handle: str, settings: Settings, home: Path,
                  on_state: Callable[[ev.ConnectionStateEvent], None] | None = None):
    """A TikTokSource for ``handle`` with the stored secrets and the flight recorder as set.

    The engine relays the states reported before the connection is up (``on_state``) to
    its publishers, so headless mode prints them with the rest.
    """
    if not HANDLE_RE.match(handle.strip()):
        raise SourceError(f"{handle!r} is not a TikTok @handle (2-24 letters, digits, '_' or '.')")
    from .recording import RECORDINGS_DIR
    from .secrets import SESSION_ID, SIGN_API_KEY, SecretStore, install_log_filter
    from .tiktok import TikTokSource

    install_log_filter()
    store = SecretStore(home)
    return TikTokSource(
        handle,
        sign_api_key=store.get(SIGN_API_KEY),
        session_id=store.get(SESSION_ID),
        recordings_dir=(Path(home) / RECORDINGS_DIR) if settings.recorder_enabled else None,
        recordings_max_mb=settings.recordings_max_mb,
        on_state=on_state,
    )


def replay_source(path: str, speed: float | None):
    """A ReplaySource; the file's header is checked now so a wrong file fails in one sentence."""
    from .recording import ReplaySource, read_header

    read_header(Path(path))
    return ReplaySource(path, speed=1.0 if speed is None else speed)
