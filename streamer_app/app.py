"""The one place that wires the layers together: source + engine (+ overlay) (+ window)."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import settings as settings_mod
from .paths import data_dir

if TYPE_CHECKING:
    from .sources.factory import DemoOptions

# The engine, the store (sqlite-utils pulls in numpy) and the sources are imported where they
# are used: the window path shows its first window before any of them is needed.

log = logging.getLogger(__name__)


def load_settings(args: argparse.Namespace, home: Path) -> settings_mod.Settings:
    s = settings_mod.load(home)
    if getattr(args, "overlay_port", None):
        s = settings_mod.replace(s, overlay_port=args.overlay_port)
    return s


def demo_options(args: argparse.Namespace) -> DemoOptions:
    """The demo's options from the command line (each unset one keeps its default)."""
    start = None
    if getattr(args, "demo_start", None):
        try:
            start = datetime.fromisoformat(args.demo_start).replace(tzinfo=timezone.utc).timestamp()
        except ValueError:
            raise settings_mod.SettingsError(f"--demo-start: {args.demo_start!r} is not an ISO date") from None
    from .controller import demo_options as over_defaults

    return over_defaults({"seed": getattr(args, "seed", None), "speed": getattr(args, "speed", None),
                          "duration": getattr(args, "duration", None), "start": start})


def make_source(args: argparse.Namespace, settings: settings_mod.Settings, home: Path | None = None) -> Any:
    """The source the command line asks for; the demo when nothing else is configured.

    With several (``connect @h --twitch NAME``, ``--demo --platforms ...``): the first of
    ``make_sources``; the run itself uses them all.
    """
    return make_sources(args, settings, home)[0]


def source_requests(args: argparse.Namespace, settings: settings_mod.Settings) -> list[tuple[str, str]]:
    """(source kind, target) of each source the command line asks for, in order."""
    command = getattr(args, "command", None)
    if command == "replay":
        return [("replay", args.file)]
    if command == "connect":
        wanted = [("tiktok", args.handle), ("twitch", getattr(args, "twitch", None)),
                  ("youtube", getattr(args, "youtube", None))]
        kinds = [(kind, target) for kind, target in wanted if target]
        if not kinds:
            raise settings_mod.SettingsError("connect: name a TikTok @handle, --twitch NAME or --youtube CHANNEL")
        return kinds
    if getattr(args, "demo", False) or not settings.creator:
        from .sources.factory import DEMO_KINDS

        return [(DEMO_KINDS[p], "") for p in (getattr(args, "platforms", None) or ["tiktok"])]
    return [(kind, target) for kind, target in (("tiktok", settings.creator), ("twitch", settings.twitch_channel),
                                                 ("youtube", settings.youtube_channel)) if target]


def make_sources(args: argparse.Namespace, settings: settings_mod.Settings, home: Path | None = None) -> list[Any]:
    """Every source the command line asks for (several run at once: engine/multistream.py)."""
    from .controller import build_source

    home = home or data_dir(getattr(args, "data_dir", None))
    speed = None
    if getattr(args, "command", None) == "replay":  # None: real time, as the replay's own default
        speed = 1.0 if args.speed is None else args.speed
    demo = demo_options(args)
    return [build_source(kind, target, settings, home, demo=demo, speed=speed)
            for kind, target in source_requests(args, settings)]


def settle_imports(source, overlay: bool) -> None:
    """Load what a headless run will need, then let the garbage collector ignore it (``gc.freeze``).

    Hundreds of thousands of long-lived objects come from imports (TikTokLive's message classes
    above all). Frozen, they are no longer traversed by every full collection, nor by the one
    Python makes at exit, which took 0.2-0.3 s of every headless run (docs/BENCHMARKS.md).
    TikTokLive (for the sources that decode with it) and aiohttp (for the overlay server) are
    loaded a moment earlier than the source and the server would load them, nothing else.
    """
    # Replays of other platforms' recordings (``platform`` set) never decode with TikTokLive.
    if getattr(source, "kind", None) in ("replay", "tiktok") and getattr(source, "platform", "tiktok") == "tiktok":
        from .sources.tiktok_mapping import prime_event_metadata

        prime_event_metadata()  # before TikTokLive decodes anything (DESIGN.md section 3)
        import TikTokLive  # noqa: F401
        import TikTokLive.client.ws.ws_utils  # noqa: F401
        import TikTokLive.proto  # noqa: F401
    if overlay:
        from .overlay import server  # noqa: F401
    gc.freeze()


def _headless_hooks(args: argparse.Namespace, settings: settings_mod.Settings, home: Path) -> tuple[Any, Any]:
    """(extra, after) for ``run_headless``: the overlay server and the actions runner, as asked."""
    starts, stops = [], []
    if not getattr(args, "no_overlay", False):
        from .overlay.headless import overlay_hooks

        start, stop = overlay_hooks(settings, home)
        starts.append(start)
        stops.append(stop)
    from .actions.headless import actions_hooks, actions_wanted

    if actions_wanted(getattr(args, "command", None), getattr(args, "actions", False)):
        start, stop, _ = actions_hooks(settings, home)
        starts.append(start)
        stops.insert(0, stop)

    async def extra(engine: Any) -> None:
        for fn in starts:
            await fn(engine)

    async def after(engine: Any) -> None:
        for fn in stops:
            await fn(engine)

    return extra, after


def run_app(args: argparse.Namespace, home: Path) -> int:
    settings = load_settings(args, home)
    if args.headless:
        return _run_headless(args, home, settings)
    from .ui.run import run_window  # Qt is imported only when a window is wanted

    return run_window(args, home, settings)


def _run_headless(args: argparse.Namespace, home: Path, settings: settings_mod.Settings) -> int:
    from .engine.engine import Engine
    from .engine.headless import run_headless, summary_text

    sources = make_sources(args, settings, home)
    for source in sources:
        settle_imports(source, overlay=not getattr(args, "no_overlay", False))
    if len(sources) > 1:
        from .engine.multistream import Multistream
        from .engine.multistream_headless import MultiProgressPrinter, multi_summary_text

        multi = Multistream(sources, home, settings)
        result = _headless_run(args, settings, home, multi, MultiProgressPrinter(multi))
        print(multi_summary_text(multi, result), file=sys.stderr)
        session_ids, committed = result.session_ids, result.committed
    else:
        engine = Engine(sources[0], home, settings)
        one = _headless_run(args, settings, home, engine)
        print(summary_text(engine, one), file=sys.stderr)
        session_ids, committed = ([one.session_id] if one.session_id else []), one.committed
    if session_ids:
        from .export.auto import on_session_ended  # automatic backup (and export, if set up)

        for i, sid in enumerate(session_ids):
            for line in on_session_ended(home, settings, sid, back_up=i == 0):
                print(f"  {line}", file=sys.stderr)
    return 0 if committed else 1


def _headless_run(args: argparse.Namespace, settings: settings_mod.Settings, home: Path, engine: Any,
                  printer: Any = None) -> Any:
    """``engine`` (one source's Engine or a Multistream) run headless with the overlay server, the
    actions and OBS control as the command line and the settings ask."""
    from .engine.headless import run_headless

    extra, after = _headless_hooks(args, settings, home)
    if settings.obs_enabled:
        from .obs.headless import obs_hooks  # simpleobsws is loaded only when OBS control is on

        extra, after = obs_hooks(settings, home, extra, after, overlay=not getattr(args, "no_overlay", False))
    return run_headless(engine, extra=extra, after=after, printer=printer)
