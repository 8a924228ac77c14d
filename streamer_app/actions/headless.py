"""Actions in headless mode: the runner started before the engine runs, stopped after, its log printed."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any, Awaitable, Callable, TextIO

from .log import LogEntry
from .runner import ActionRunner, build_runner

Hook = Callable[[Any], Awaitable[None]]


def actions_wanted(command: str | None, replay_actions: bool) -> bool:
    """Live streams and the demo run actions; a replay only with ``replay --actions``."""
    return command != "replay" or replay_actions


def actions_hooks(settings: Any, home: Path, out: TextIO = sys.stderr) -> tuple[Hook, Hook, dict[str, ActionRunner]]:
    """(start, stop, holder) for ``run_headless``; ``holder["runner"]`` is the runner once started.

    Each line of the actions log is printed to ``out`` (there is no window to show it).
    """
    holder: dict[str, ActionRunner] = {}

    def show(entry: LogEntry) -> None:
        print(f"actions: {entry.line()}", file=out, flush=True)

    async def start(engine: Any) -> None:
        runner = build_runner(home, settings)
        if not runner.matcher.rules and not runner.problems:
            return  # no actions.json (or no rule on): nothing to run, no thread
        runner.log.add_listener(show)
        await asyncio.to_thread(runner.start)
        runner.attach(engine)
        holder["runner"] = runner

    async def stop(engine: Any) -> None:
        runner = holder.get("runner")
        if runner is not None:
            await asyncio.to_thread(runner.stop)
            s = runner.stats()
            if s["fired"] or s["dropped"] or runner.problems:
                print(f"actions: {s['fired']} rule firings, {s['done']} actions done, {s['failed']} failed, "
                      f"{s['dropped']} dropped (queue full), {s['limited']} over the rate limit, "
                      f"{s['cooled']} in a cooldown", file=out, flush=True)

    return start, stop, holder
