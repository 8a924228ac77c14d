"""Real headless Chromium: every overlay page in each of our languages (issue 19).

The server writes ``<html lang dir>`` and the page's strings from the catalogs; the pages show
them (the translations of assets/i18n/*.ts, context "Overlay"), write numbers with the page's
locale as Babel does for the window (Arabic-Indic digits in Arabic), mirror in Arabic, and no
translated text overflows its box at the page's documented size. Set OVERLAY_SHOTS=DIR to keep
the screenshots (one per page and language).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from streamer_app.i18n import LANGUAGES, translate
from streamer_app.i18n import numbers
from streamer_app.overlay.access import OVERLAY_PAGES
from streamer_app.overlay.feed import empty_snapshot
from streamer_app.overlay.server import OverlayServer, localize_page, overlay_language
from streamer_app.settings import Settings
from tests.support.browser import chromium, chromium_available

from .conftest import TOKEN

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")]

ANA = {"id": "7001", "handle": "ana.sings", "nickname": "Ana Sings", "name": "Ana Sings", "avatar": ""}
RIVAL = {"id": "7002", "handle": "dj.rival", "nickname": "DJ Rival", "name": "DJ Rival", "avatar": ""}
SIZES = {p.key: p.size for p in OVERLAY_PAGES}


def _snapshot() -> dict:
    now = time.time()
    snap = empty_snapshot()
    snap.update({
        "totals": {"coins": 12345, "diamonds": 6172, "earnings": "61.72", "currency": "USD", "gifts": 345,
                   "unique_gifters": 67, "likes": 8901},
        "timer": {"status": "running", "remaining_s": 3600, "ends_at": now + 3600, "wall_time": now,
                  "seconds_per_coin": 2, "seconds_per_sub": 120, "seconds_per_follow": 10},
        "battle": {"scores": [{"user": ANA, "points": 1234}, {"user": RIVAL, "points": 987}], "ended": False},
    })
    return snap


def _gift(n: int) -> dict:
    return {"type": "gift", "ts": time.time(), "user": dict(ANA, id=str(8000 + n)),
            "gift": {"id": 5, "name": "Rose", "coins": 1, "image": "gifts/rose.svg"}, "units": 1, "coins": 1,
            "streak": False, "closed_without_end": False}


@pytest.fixture(scope="module")
def served():
    """An overlay server on its own loop in a thread; the test switches its language."""
    loop = asyncio.new_event_loop()
    srv = OverlayServer(replace(Settings(), overlay_token=TOKEN), port=0)
    srv.feed.snapshot_source = _snapshot
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(srv.start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(30)
    srv._loop = loop  # type: ignore[attr-defined]
    yield srv
    asyncio.run_coroutine_threadsafe(srv.stop(), loop).result(30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(30)


# What each page must show (the catalog's text; a placeholder's text is cut at its first "{").
EXPECTED = {
    "tally": ["Coins", "Diamonds (est.)", "Earnings (est.)"],
    "leaderboard": [],
    "goal": [],
    "likes": ["Like goal"],
    "timer": ["Subathon", "live"],
    "battle": ["LIVE Match"],
    "feed": ["sent {gift}"],
    "alerts": [],
}
# The elements whose text is ours: each must fit its box.
TEXT = (".tile-label, .tile-value, .goal-title, .timer-title, .timer-chip, .timer-rules, .battle-status, .battle-vs, "
        ".board-empty, .alert-kicker, .alert-line, .feed-what, .feed-chip")
OVERFLOW_JS = """(sel) => Array.from(document.querySelectorAll(sel))
  .filter((e) => e.offsetParent !== null && e.textContent.trim())
  .map((e) => { const r = e.getBoundingClientRect();
    return {cls: e.className, text: e.textContent, sw: e.scrollWidth, cw: e.clientWidth,
            sh: e.scrollHeight, ch: e.clientHeight, right: r.right, left: r.left, bottom: r.bottom}; })"""


def _piece(text: str) -> str:
    """The longest stretch of ``text`` without a placeholder (what a page shows verbatim)."""
    import re
    return max(re.split(r"\{[a-z_]+\}", text), key=len).strip()


def test_served_page_names_its_language_and_carries_the_strings():
    body = b'<!doctype html>\n<html lang="en" class="x">\n<head>\n</head>\n<body></body></html>'
    html = localize_page(body, LANGUAGES["ar"]).decode("utf-8")
    assert '<html lang="ar-SA" dir="rtl" class="x">' in html
    assert '<script type="application/json" id="sa-i18n">' in html
    assert translate("Overlay", "Coins", "ar") in html and "</script>\n</head>" in html
    assert overlay_language(replace(Settings(), language="de", overlay_language="ja")).code == "ja"
    assert overlay_language(replace(Settings(), language="de", overlay_language="")).code == "de"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_page_speaks_the_language_and_nothing_overflows(served, code):
    lang = LANGUAGES[code]
    served.language = lang
    shots = os.environ.get("OVERLAY_SHOTS")
    problems: list = []
    with chromium() as browser:
        for key, (w, h) in SIZES.items():
            if key == "media":
                continue  # shows the creator's files, no text of ours
            page = browser.new_page(viewport={"width": w, "height": h})
            page.goto(f"http://127.0.0.1:{served.port}/overlay/{key}?token={TOKEN}")
            page.wait_for_function("document.documentElement.classList.contains('offline') === false", timeout=30_000)
            assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
                lang.locale.replace("_", "-"), "rtl" if lang.rtl else "ltr"]
            if key in ("feed", "alerts"):
                page.wait_for_timeout(400)
                served._loop.call_soon_threadsafe(served.feed.publish, _gift(1))
            if key == "battle":  # a match going on shows its card
                page.wait_for_timeout(400)
                served._loop.call_soon_threadsafe(served.feed.publish, dict(_snapshot()["battle"], type="battle"))
            page.wait_for_timeout(1500)  # entrance animations and counting up
            text = page.evaluate("document.body.textContent")
            for source in EXPECTED[key]:
                want = _piece(translate("Overlay", source, code))
                assert want in text, (code, key, source, want, text)
            if key == "tally":
                assert numbers.count(12345, code) in text, (code, text)  # Intl and Babel agree
            if key == "timer":
                assert _piece(translate("Overlay", "1 coin = {time}", code)) in text
            for box in page.evaluate(OVERFLOW_JS, TEXT):
                if box["sw"] > box["cw"] + 1 or box["right"] > w + 1 or box["left"] < -1:
                    problems.append((code, key, box))
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(shots) / f"{key}-{code}.png"))
            page.close()
    assert problems == []
