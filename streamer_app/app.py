"""The one place that wires the layers together: source + engine (+ overlay) (+ window)."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

from . import settings as settings_mod
from .engine.engine import Engine
from .engine.headless import run_headless, summary_text
from .sources.demo import DemoSource

log = logging.getLogger(__name__)


def load_settings(args: argparse.Namespace, home: Path) -> settings_mod.Settings:
    s = settings_mod.load(home)
    if getattr(args, "overlay_port", None):
        s = settings_mod.replace(s, overlay_port=args.overlay_port)
    return s


def demo_source(args: argparse.Namespace) -> DemoSource:
    start = None
    if getattr(args, "demo_start", None):
        try:
            start = datetime.fromisoformat(args.demo_start).replace(tzinfo=timezone.utc).timestamp()
        except ValueError:
            raise settings_mod.SettingsError(f"--demo-start: {args.demo_start!r} is not an ISO date") from None
    seed = args.seed if args.seed is not None else 1
    speed = args.speed if args.speed is not None else 1.0
    return DemoSource(seed=seed, duration=args.duration, speed=speed, start=start)


def make_source(args: argparse.Namespace, settings: settings_mod.Settings):
    """The source the command line asks for; the demo when nothing else is configured."""
    if getattr(args, "demo", False) or not settings.creator:
        return demo_source(args)
    raise settings_mod.SettingsError(
        f"connecting to {settings.creator} needs the TikTok source; run with --demo meanwhile"
    )


def run_app(args: argparse.Namespace, home: Path) -> int:
    settings = load_settings(args, home)
    if args.headless:
        engine = Engine(make_source(args, settings), home, settings)
        result = run_headless(engine)
        print(summary_text(engine, result), file=sys.stderr)
        return 0 if result.committed else 1
    print("The window is coming in a later release; running headless instead.", file=sys.stderr)
    args.headless = True
    return run_app(args, home)
