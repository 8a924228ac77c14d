"""OBS control in headless mode: connected beside the engine, its state printed when it changes."""

from __future__ import annotations

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
              out: TextIO = sys.stderr) -> tuple[Hook, Hook]:
    """(start, stop) for ``run_headless``: ``start``/``stop`` (the overlay's, if any) run around OBS's.

    OBS is optional to a stream: while it is away the client retries quietly and the run goes on.
    """
    client = ObsClient.from_settings(settings, home)

    async def start_all(engine: Any) -> None:
        if start is not None:
            await start(engine)
        print(f"OBS control on: connecting to {client.host}:{client.port}", file=out)
        client.add_listener(StatusPrinter(out))
        await client.start()

    async def stop_all(engine: Any) -> None:
        try:
            await client.stop()
        finally:
            if stop is not None:
                await stop(engine)

    return start_all, stop_all
