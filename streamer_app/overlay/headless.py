"""The overlay server in headless mode: started before the engine runs, stopped after."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Awaitable, Callable, TextIO

from ..settings import Settings
from .access import ensure_token, mask_token
from .errors import OverlayError

Hook = Callable[[Any], Awaitable[None]]


def overlay_hooks(settings: Settings, home: Path, out: TextIO = sys.stderr) -> tuple[Hook, Hook]:
    """(start, stop) coroutines for ``run_headless(extra=start, after=stop)``.

    A port that is taken does not stop the run: the ledger matters more than the
    overlays, so the reason is printed and the stream is recorded without them.

    ``settings`` may carry a --overlay-port override; the token is the saved one, so
    ``streamer-app overlay urls`` prints the links this server accepts.
    """
    holder: dict[str, Any] = {}

    async def start(engine: Any) -> None:
        from .server import OverlayServer  # aiohttp is imported only when overlays run

        token = ensure_token(home).overlay_token
        server = OverlayServer(replace(settings, overlay_token=token), media_dir=Path(home) / "media")
        try:
            await server.start()
        except OverlayError as exc:
            # The ledger matters more than the overlays: say why, and record the stream anyway.
            print(f"streamer-app: overlays are off for this run: {exc}", file=out)
            return
        holder["server"] = server
        server.attach(engine)
        for warning in server.warnings:
            print(f"WARNING: {warning}", file=out)
        alerts = server.urls()["alerts"]
        print(f"Overlay alerts: {mask_token(alerts, token)}  (full links: streamer-app overlay urls)", file=out)

    async def stop(engine: Any) -> None:
        server = holder.pop("server", None)
        if server is not None:
            await server.stop()

    return start, stop
