"""OBS control in headless mode: connected beside the engine, its state printed when it changes."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any, Awaitable, Callable, TextIO

from ..settings import Settings
from .client import ObsClient
from .status import ObsState, ObsStatus

Hook = Callable[[Any], Awaitable[None]]


class StatusPrinter:
    """Prints ``OBS: <sentence>`` when the state changes; retries (connecting, failing again) stay quiet."""

    def __init__(self, out: TextIO = sys.stderr) -> None:
        self.out = out
        self.last: ObsState | None = None
        self.tried = False  # before the first try, "not connected yet" says nothing

    def __call__(self, status: ObsStatus) -> None:
        if status.state is ObsState.CONNECTING:
            self.tried = True
            return
        if not self.tried or status.state is self.last:
            return
        self.last = status.state
        print(f"OBS: {status.message}", file=self.out, flush=True)


def obs_hooks(settings: Settings, home: Path, start: Hook | None = None, stop: Hook | None = None,
              out: TextIO = sys.stderr, overlay: bool = False) -> tuple[Hook, Hook]:
    """(start, stop) for ``run_headless``: ``start``/``stop`` (the overlay's, if any) run around OBS's.

    OBS is optional to a stream: while it is away the client retries quietly and the run goes on.
    With the overlay server on (``overlay``), each connection fixes stale links in the sources
    Add to OBS made, as the window does.
    """
    client = ObsClient.from_settings(settings, home)
    pending: set[asyncio.Task[None]] = set()

    def on_status(status: ObsStatus) -> None:
        if overlay and status.state is ObsState.CONNECTED:
            task = asyncio.ensure_future(_sync(client, settings, home, out))
            pending.add(task)
            task.add_done_callback(pending.discard)

    async def start_all(engine: Any) -> None:
        if start is not None:
            await start(engine)
        print(f"OBS control on: connecting to {client.host}:{client.port}", file=out)
        client.add_listener(StatusPrinter(out))
        client.add_listener(on_status)
        await client.start()

    async def stop_all(engine: Any) -> None:
        try:
            await client.stop()
        finally:
            if stop is not None:
                await stop(engine)

    return start_all, stop_all


async def _sync(client: ObsClient, settings: Settings, home: Path, out: TextIO) -> None:
    from dataclasses import replace

    from ..overlay.access import ensure_token, page_urls
    from .browser_sources import sync_sources
    from .errors import ObsError

    # The links the overlay server of this run accepts: the saved token, this run's port.
    urls = page_urls(replace(settings, overlay_token=ensure_token(home).overlay_token))
    try:
        changed = await sync_sources(client, urls)
    except ObsError as exc:  # OBS went away meanwhile: the next connection tries again
        print(f"OBS: the sources could not be checked ({exc})", file=out)
        return
    if changed:
        print(f"OBS: the links of {len(changed)} streamer-app source(s) were out of date and now use the "
              "current token and port", file=out, flush=True)
