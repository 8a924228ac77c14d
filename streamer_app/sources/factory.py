"""Every kind of source, in one registry: how to build it and what it needs.

The command line and the window build sources here (through ``controller.build_source``),
from a ``SourceRequest``; the window's picker lists ``SOURCES`` in order. Adding a source
kind is one ``SourceKind`` row in ``SOURCES`` plus its module (docs/ARCHITECTURE.md). Kept apart from ``app`` so
importing the app never imports TikTokLive (four seconds of start-up) unless a TikTok
source is used: each builder imports its module itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..i18n import translate, QT_TRANSLATE_NOOP
from ..settings import HANDLE_RE, Settings
from .errors import SourceError

if TYPE_CHECKING:  # the window imports this module for its picker: keep it light
    from ..core import events as ev


@dataclass(frozen=True)
class DemoOptions:
    """The demo stream's knobs, with their defaults written once (``--seed``, ``--speed``, ``--duration``)."""

    seed: int = 1
    speed: float = 1.0  # 0 = as fast as possible
    duration: float = 1800.0  # stream seconds
    start: float | None = None  # POSIX time the demo's clock starts at (None: now)


@dataclass(frozen=True)
class SourceRequest:
    """What to connect to: a kind of ``SOURCES`` and its target (a @handle, a file)."""

    kind: str
    target: str = ""
    speed: float | None = None  # replay speed (None: real time)
    demo: DemoOptions = field(default_factory=DemoOptions)


@dataclass(frozen=True)
class SourceKind:
    """One row of the registry."""

    key: str
    label: str  # in the window's picker
    target_hint: str  # the picker's placeholder for ``target`` ("": the kind takes no target)
    build: Callable[[SourceRequest, Settings, Path], Any]
    # What the creator typed, made into a target (raises SourceError in one sentence), so the
    # window can refuse it before it stops the running engine.
    prepare: Callable[[str], str] = str.strip
    file_filter: str = ""  # the target is a file: with none typed, the window asks with this filter


# The demo of each platform, for ``--demo --platforms tiktok,twitch,youtube`` and the window.
DEMO_KINDS = {"tiktok": "demo", "twitch": "twitch-demo", "youtube": "youtube-demo"}


def build_source(request: SourceRequest, settings: Settings, home: Path) -> Any:
    """The source ``request`` names; its errors are one sentence for the creator."""
    kind = SOURCES.get(request.kind)
    if kind is None:
        raise SourceError(translate("Sources", "unknown source {kind}: choose {kinds}").format(
            kind=repr(request.kind), kinds=', '.join(SOURCES)))
    return kind.build(request, settings, home)


def _demo(request: SourceRequest, settings: Settings, home: Path) -> Any:
    from .demo import DemoSource

    d = request.demo
    return DemoSource(seed=d.seed, duration=d.duration, speed=d.speed, start=d.start)


def _platform_demo(platform: str) -> Callable[[SourceRequest, Settings, Path], Any]:
    """The builder of a simulated ``platform`` stream (sources/demo_platforms.py)."""

    def build(request: SourceRequest, settings: Settings, home: Path) -> Any:
        from .demo_platforms import PlatformDemoSource

        d = request.demo
        return PlatformDemoSource(platform, seed=d.seed, duration=d.duration, speed=d.speed, start=d.start)

    return build


def _handle(typed: str) -> str:
    if not HANDLE_RE.match(typed.strip()):
        raise SourceError(translate("Sources", "Type your TikTok @handle first (2-24 letters, digits, '_' or '.')."))
    return "@" + typed.strip().lstrip("@")


def _tiktok(request: SourceRequest, settings: Settings, home: Path) -> Any:
    return tiktok_source("@" + request.target.strip().lstrip("@"), settings, home)


def _replay(request: SourceRequest, settings: Settings, home: Path) -> Any:
    return replay_source(request.target, request.speed)


def tiktok_source(handle: str, settings: Settings, home: Path,
                  on_state: Callable[[ev.ConnectionStateEvent], None] | None = None) -> Any:
    """A TikTokSource for ``handle`` with the stored secrets and the flight recorder as set.

    The engine relays the states reported before the connection is up (``on_state``) to
    its publishers, so headless mode prints them with the rest.
    """
    if not HANDLE_RE.match(handle.strip()):
        raise SourceError(translate("Sources", "{handle} is not a TikTok @handle (2-24 letters, digits, '_' or '.')").format(
            handle=repr(handle)))
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


def _twitch_login(typed: str) -> str:
    from .twitch_auth import check_login

    return check_login(typed)


def _twitch(request: SourceRequest, settings: Settings, home: Path) -> Any:
    return twitch_source(request.target, settings, home)


def twitch_source(login: str, settings: Settings, home: Path) -> Any:
    """A TwitchSource for the channel ``login``, signed in with the tokens in the keyring."""
    from .recording import RECORDINGS_DIR
    from .secrets import install_log_filter
    from .twitch import TwitchSource
    from .twitch_auth import TwitchAuth, check_login

    install_log_filter()
    auth = TwitchAuth.from_store(home)
    auth.require_sign_in()  # refused here, before the window stops a running source
    return TwitchSource(
        check_login(login), auth,
        recordings_dir=(Path(home) / RECORDINGS_DIR) if settings.recorder_enabled else None,
        recordings_max_mb=settings.recordings_max_mb,
    )


def _youtube(request: SourceRequest, settings: Settings, home: Path) -> Any:
    return youtube_source(request.target, settings, home)


def _youtube_target(typed: str) -> str:
    from .youtube_api import prepare_target

    return prepare_target(typed)


def youtube_source(target: str, settings: Settings, home: Path,
                   on_state: Callable[[ev.ConnectionStateEvent], None] | None = None) -> Any:
    """A YouTubeSource for ``target`` (empty: the signed-in creator's own broadcast) with the saved
    sign-in or API key, the quota count of the data folder and the flight recorder as set."""
    from .recording import RECORDINGS_DIR
    from .secrets import YOUTUBE_API_KEY, SecretStore, install_log_filter
    from .youtube_api import require_google

    require_google()
    from .youtube import YouTubeSource
    from .youtube_auth import load_credentials
    from .youtube_quota import QuotaMeter

    install_log_filter()
    store = SecretStore(home)
    return YouTubeSource(
        target, credentials=load_credentials(store), api_key=store.get(YOUTUBE_API_KEY), store=store,
        client_secrets=settings.youtube_client_secrets,
        quota=QuotaMeter(Path(home), settings.youtube_daily_quota, settings.youtube_hours_per_day),
        recordings_dir=(Path(home) / RECORDINGS_DIR) if settings.recorder_enabled else None,
        recordings_max_mb=settings.recordings_max_mb,
        on_state=on_state,
    )


def replay_source(path: str, speed: float | None) -> Any:
    """The replay of any platform's recording (by its header, ``replay_formats.REPLAYS``); the header
    is checked now so a wrong file fails in one sentence."""
    from .replay_formats import replay_source as by_format

    return by_format(path, 1.0 if speed is None else speed)


# In the picker's order.
SOURCES: dict[str, SourceKind] = {k.key: k for k in (
    SourceKind("tiktok", QT_TRANSLATE_NOOP("Sources", "TikTok @handle"), "@handle", _tiktok, prepare=_handle),
    SourceKind("demo", QT_TRANSLATE_NOOP("Sources", "Demo stream"), "", _demo),
    SourceKind("twitch-demo", QT_TRANSLATE_NOOP("Sources", "Demo Twitch stream"), "", _platform_demo("twitch")),
    SourceKind("youtube-demo", QT_TRANSLATE_NOOP("Sources", "Demo YouTube stream"), "", _platform_demo("youtube")),
    SourceKind("twitch", QT_TRANSLATE_NOOP("Sources", "Twitch channel"), "channel login", _twitch, prepare=_twitch_login),
    SourceKind("youtube", QT_TRANSLATE_NOOP("Sources", "YouTube live chat"), "@channel or video (empty: yours)", _youtube,
               prepare=_youtube_target),
    SourceKind("replay", QT_TRANSLATE_NOOP("Sources", "Replay file…"), "recording.ttlive.jsonl", _replay,
               file_filter="Recordings (*.ttlive.jsonl *.ttlive.jsonl.gz *.twitch.jsonl *.twitch.jsonl.gz "
                           "*.youtube.jsonl *.youtube.jsonl.gz);;All files (*)"),
)}
