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


MIA = {"id": "7101", "handle": "guest.mia", "nickname": "Guest Mia", "name": "Guest Mia", "avatar": ""}
LEO = {"id": "7003", "handle": "leo.plays", "nickname": "Leo Plays", "name": "Leo Plays", "avatar": ""}
ROSE = {"id": 5, "name": "Rose", "coins": 1, "image": "gifts/rose.svg"}
CORGI = {"id": 9, "name": "Corgi", "coins": 299, "image": "gifts/corgi.svg"}
BOARD = [{"user_id": "7001", "handle": "ana.sings", "nickname": "Ana Sings", "coins": 8450, "gifts": 40},
         {"user_id": "7003", "handle": "leo.plays", "nickname": "Leo Plays", "coins": 2990, "gifts": 10},
         {"user_id": "7004", "handle": "sofia", "nickname": "Sofia", "coins": 905, "gifts": 31}]
# The goal page shows the first default threshold ("First cash-out", 1,000 coins) at 64 %.
BALANCE_COINS = 640


def _snapshot() -> dict:
    now = time.time()
    snap = empty_snapshot()
    snap.update({
        "totals": {"coins": 12345, "diamonds": 6172, "earnings": "61.72", "currency": "USD", "gifts": 345,
                   "unique_gifters": 67, "likes": 8901},
        "balance": {"since": 0.0, "base_coins": 0, "coins": BALANCE_COINS, "base_diamonds": "0", "base_usd": "0"},
        "top_gifters": BOARD,
        "timer": {"status": "running", "remaining_s": 3723, "ends_at": now + 3723, "wall_time": now,
                  "seconds_per_coin": 2, "seconds_per_sub": 120, "seconds_per_follow": 10},
        "battle": {"scores": [{"user": ANA, "points": 1234}, {"user": RIVAL, "points": 987}], "ended": False},
    })
    return snap


def _gift(n: int, gift: dict = ROSE, units: int = 1, **extra) -> dict:
    return {"type": "gift", "ts": time.time(), "user": dict(ANA, id=str(8000 + n)), "gift": gift, "units": units,
            "coins": units * gift["coins"], "streak": False, "closed_without_end": False, **extra}


def _feed_events() -> list[dict]:
    """The feed's six lines: the creator's gifts (one a first gift), a guest's gift, a follow, a share, a sub."""
    now = time.time()
    return [_gift(1), {"type": "follow", "ts": now, "user": LEO},
            _gift(2, CORGI, 2, to=MIA), {"type": "share", "ts": now, "user": RIVAL},
            {"type": "subscribe", "ts": now, "user": LEO, "months": 3},
            dict(_gift(3, ROSE, 5), user=LEO, first_gift=True)]


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
    "leaderboard": ["Top gifters"],
    "goal": ["First cash-out", "{count} coins"],
    "likes": ["Like goal"],
    "timer": ["Subathon", "live"],
    "battle": ["LIVE Match"],
    "feed": ["sent {gift}", "followed", "shared the stream", "subscribed ({count} months)", "first gift!",
             "to {guest}"],
    "alerts": ["Big gift!", "first gift!"],
}
# The elements whose text is ours: each must fit its box.
TEXT = (".tile-label, .tile-value, .goal-title, .timer-title, .timer-chip, .timer-rules, .battle-status, .battle-vs, "
        ".board-empty, .board-title, .board-name, .alert-kicker, .alert-line, .alert-first, .feed-what, .feed-chip")
OVERFLOW_JS = """(sel) => Array.from(document.querySelectorAll(sel))
  .filter((e) => e.offsetParent !== null && e.textContent.trim())
  .map((e) => { const r = e.getBoundingClientRect(), text = document.createRange();
    text.selectNodeContents(e);  // the text's own width: a fraction of a pixel too wide already shows "…"
    return {cls: e.className, text: e.textContent, sw: e.scrollWidth, cw: e.clientWidth, natural: text.getBoundingClientRect().width,
            width: r.width, sh: e.scrollHeight, ch: e.clientHeight, right: r.right, left: r.left, bottom: r.bottom}; })"""
# The text a viewer sees: each visible text node on a line of its own (as written, before CSS upper-cases it).
VISIBLE_TEXT_JS = """() => { const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), out = [];
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const e = n.parentElement;
    if (e && e.checkVisibility() && n.textContent.trim()) out.push(n.textContent.trim());
  }
  return out.join("\\n"); }"""
# Words on the pages that are not ours to translate: viewers' names, gift names, brands.
NOT_OURS = {"Ana", "Sings", "DJ", "Rival", "Guest", "Mia", "Leo", "Plays", "Sofia", "Rose", "Corgi", "TikTok", "LIVE",
            "VS", "US"}


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


def _publish_all(served, updates: list[dict]) -> None:
    async def publish() -> None:
        for u in updates:
            served.feed.publish(u)
    asyncio.run_coroutine_threadsafe(publish(), served._loop).result(30)


def _left_in_english(code: str, text: str) -> list[str]:
    """The catalog's English "Overlay" sources (with a translation of their own) that ``text`` shows
    verbatim; and in Arabic and Japanese any Latin word that is not a name, a gift or a brand."""
    import re

    from streamer_app.i18n import _catalog

    left = []
    for (ctx, source), target in _catalog(code).items():
        piece = _piece(source)
        if ctx != "Overlay" or not target or _piece(target) == piece or len(piece) < 3:
            continue
        if re.search(r"(?<![\w])" + re.escape(piece) + r"(?![\w])", text):
            left.append(source)
    if code in ("ar", "ja"):
        left += [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in NOT_OURS]
    return left


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_page_speaks_the_language_and_nothing_overflows(served, code):
    lang = LANGUAGES[code]
    served.language = lang
    shots = os.environ.get("OVERLAY_SHOTS")
    problems: list = []
    english: dict = {}
    with chromium() as browser:
        for key, (w, h) in SIZES.items():
            if key == "media":
                continue  # shows the creator's files, no text of ours
            if key == "feed":
                _publish_all(served, _feed_events())  # its six lines, newest last, whatever came before
            page = browser.new_page(viewport={"width": w, "height": h})
            page.goto(f"http://127.0.0.1:{served.port}/overlay/{key}?token={TOKEN}")
            page.wait_for_function("document.documentElement.classList.contains('offline') === false", timeout=30_000)
            assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
                lang.locale.replace("_", "-"), "rtl" if lang.rtl else "ltr"]
            if key == "alerts":  # a big gift, a viewer's first
                page.wait_for_timeout(400)
                served._loop.call_soon_threadsafe(served.feed.publish, _gift(9, CORGI, 4, first_gift=True))
            if key == "battle":  # a match going on shows its card
                page.wait_for_timeout(400)
                served._loop.call_soon_threadsafe(served.feed.publish, dict(_snapshot()["battle"], type="battle"))
            page.wait_for_timeout(1500)  # entrance animations and counting up
            text = page.evaluate(VISIBLE_TEXT_JS)
            for source in EXPECTED[key]:
                want = _piece(translate("Overlay", source, code))
                assert want in text, (code, key, source, want, text)
            _check_numbers(page, key, code, text)
            if code != "en":
                english[key] = _left_in_english(code, text)
            for box in page.evaluate(OVERFLOW_JS, TEXT):
                if (box["sw"] > box["cw"] + 1 or box["natural"] > box["width"] + 0.01
                        or box["right"] > w + 1 or box["left"] < -1):
                    problems.append((code, key, box))
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(shots) / f"{key}-{code}.png"))
            page.close()
    assert problems == []
    assert {k: v for k, v in english.items() if v} == {}


def _check_numbers(page, key: str, code: str, text: str) -> None:
    """Every figure in the page's own digits and way, as streamer_app.i18n.numbers writes it."""
    arabic = code == "ar"
    if key == "tally":
        assert numbers.count(12345, code) in text, (code, text)  # Intl and Babel agree
        assert code != "de" or "12.345" in text
    if key == "timer":
        assert _piece(translate("Overlay", "1 coin = {time}", code)) in text
        digits = page.text_content("[data-testid=timer-digits]")
        assert digits in {numbers.countdown(s, code) for s in range(3715, 3724)}, (code, digits)
        assert not arabic or (digits.startswith("\u0661:") and not any(c.isascii() and c.isdigit() for c in digits))
    if key in ("goal", "likes"):
        pct = page.text_content(".goal-pct")
        assert pct == numbers.percent(64 if key == "goal" else 98, code), (code, key, pct)
        assert not arabic or "\u0666\u0664" in pct or "\u0669\u0668" in pct
    if key == "leaderboard":
        ranks = [e.text_content() for e in page.query_selector_all(".board-rank-n")]
        assert ranks == [numbers.count(i, code) for i in (1, 2, 3)]
    if arabic:  # no Western digit on an Arabic page (no name or gift here has one)
        assert not [c for c in text if c.isascii() and c.isdigit()], (key, text)
