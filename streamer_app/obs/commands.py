"""``streamer-app overlay add-to-obs [PAGES...]``: the browser sources made or updated from the command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from pathlib import Path

from ..i18n import translate
from ..overlay.access import LOOPBACK, ensure_token, page_urls
from .browser_sources import PageResult, add_to_obs, summary
from .client import ObsClient
from .errors import ObsError

LOCAL_HOSTS = (LOOPBACK, "localhost", "::1")


def cmd_add_to_obs(args: argparse.Namespace, home: Path) -> int:
    """Connect once (no retries), make or update each page's source, one line per page."""
    for stream in (sys.stdout, sys.stderr):  # a console without ✓ or × shows "?" instead of failing
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    s = ensure_token(home)
    if getattr(args, "overlay_port", None):
        s = replace(s, overlay_port=args.overlay_port)
    urls = page_urls(s)
    pages = list(getattr(args, "pages", None) or urls)
    unknown = [p for p in pages if p not in urls]
    if unknown:
        raise LookupError(translate("Commands", "there is no overlay page called {page}: choose from {pages}").format(
            page=repr(unknown[0]), pages=", ".join(urls)))
    client = ObsClient.from_settings(s, home)
    print(translate("Commands", "Connecting to OBS at {host}:{port}…").format(host=client.host, port=client.port),
          file=sys.stderr)
    if s.obs_host.strip() not in LOCAL_HOSTS:
        print(translate("Commands", "Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 "
                                    "(this computer for OBS): turn on overlay_lan and edit the address in each source "
                                    "(docs/OBS.md)."), file=sys.stderr)

    def show(result: PageResult) -> None:
        print(("✓ " if result.ok else "✗ ") + result.message, flush=True)

    async def run() -> list[PageResult]:
        await client.connect_once()
        try:
            return await add_to_obs(client, urls, pages, progress=show)
        finally:
            await client.stop()

    try:
        results = asyncio.run(run())
    except ObsError as exc:
        print(f"streamer-app: {exc}", file=sys.stderr)
        return 1
    print(summary(results), file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1
