"""Headless Chromium for tests: Debian's /usr/bin/chromium driven by playwright (no download).

Usage::

    from tests.support.browser import chromium, chromium_available
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
"""

from __future__ import annotations

import contextlib
import os
import shutil
from typing import Iterator

CHROMIUM = os.environ.get("STREAMER_APP_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"]


def chromium_available() -> bool:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return os.path.exists(CHROMIUM) or shutil.which("chromium") is not None


@contextlib.contextmanager
def chromium() -> Iterator["object"]:
    """A launched headless browser (playwright sync API), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()
