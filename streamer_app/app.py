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
    """The source the command line asks for; the demo when nothing else is configured."""
    from .controller import build_source

    home = home or data_dir(getattr(args, "data_dir", None))
    command = getattr(args, "command", None)
    if command == "replay":  # None: real time, as the replay's own default
        return build_source("replay", args.file, settings, home, speed=1.0 if args.speed is None else args.speed)
    if command == "connect":
        return build_source("tiktok", args.handle, settings, home)
    if getattr(args, "demo", False) or not settings.creator:
        return build_source("demo", "", settings, home, demo=demo_options(args))
    return build_source("tiktok", settings.creator, settings, home)


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


def run_app(args: argparse.Namespace, home: Path) -> int:
    settings = load_settings(args, home)
    if args.headless:
        from .engine.engine import Engine
        from .engine.headless import run_headless, summary_text

        source = make_source(args, settings, home)
        settle_imports(source, overlay=not getattr(args, "no_overlay", False))
        engine = Engine(source, home, settings)
        if getattr(args, "no_overlay", False):
            result = run_headless(engine)
        else:
            from .overlay.headless import overlay_hooks

            start, stop = overlay_hooks(settings, home)
            result = run_headless(engine, extra=start, after=stop)
        print(summary_text(engine, result), file=sys.stderr)
        if result.session_id:
            from .export.auto import on_session_ended  # automatic backup (and export, if set up)

            for line in on_session_ended(home, settings, result.session_id):
                print(f"  {line}", file=sys.stderr)
        return 0 if result.committed else 1
    from .ui.run import run_window  # Qt is imported only when a window is wanted

    return run_window(args, home, settings)
