"""Real headless Chromium: gifts to guests, first gifts, the like total and LIVE Match scores (issue 15).

A gift to a guest of a multi-guest LIVE is the guest's income: the feed and alert pages show it
as theirs ("to Guest Mia", quieter, no coins) and an alert summary card never adds it to its
coins. A viewer's first gift says "first gift!". The tally can show the room's like total and
the latest LIVE Match score (points, never money). Set OVERLAY_SHOTS=DIR to keep the screenshots.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

import pytest

from tests.support.browser import chromium, chromium_available

from .conftest import TOKEN, base, gift_update
from .test_browser import live_demo  # noqa: F401  (a fixture: a real headless demo)

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")]

MIA = {"id": "6900000000000000101", "handle": "guest.mia", "nickname": "Guest Mia", "name": "Guest Mia", "avatar": ""}
LEO = {"id": "6900000000000000102", "handle": "guest.leo", "nickname": "Guest Leo", "name": "Guest Leo", "avatar": ""}
ROSE = {"id": 1, "name": "Rose", "coins": 1, "image": "gifts/rose.svg"}
CORGI = {"id": 9, "name": "Corgi", "coins": 299, "image": "gifts/corgi.svg"}


def _keep(page, name: str) -> None:
    """A screenshot for a person to look at, when OVERLAY_SHOTS names a folder."""
    folder = os.environ.get("OVERLAY_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def _gift(n: int, gift: dict, units: int = 1, to: dict | None = None, first: bool = False, **extra) -> dict:
    u = gift_update(n)
    u.update(gift=gift, units=units, coins=units * gift["coins"], to=to, first_gift=first, group_id=0)
    u.update(extra)
    return u


def _streak(n: int, gift: dict, count: int, ended: bool, to: dict | None = None, group: int = 1) -> dict:
    user = gift_update(n)["user"]
    return {"type": "streak", "ts": 1000.0, "user": user, "gift": gift, "group_id": group, "count": count,
            "ended": ended, "to": to}


async def _watch(server, url: str, viewport: tuple[int, int], look, updates: list[dict | float]):
    """Open ``url``, publish ``updates`` once its socket has the snapshot (a number: wait so many
    seconds first), and return ``look(page)``."""
    connected = threading.Event()

    def run():
        with chromium() as browser:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
            page.goto(url)
            page.wait_for_timeout(600)  # its socket has the snapshot: updates reach it from now on
            connected.set()
            return look(page)

    seen = asyncio.ensure_future(asyncio.to_thread(run))
    while not connected.is_set() and not seen.done():
        await asyncio.sleep(0.05)
    for u in updates:
        if isinstance(u, dict):
            server.publish(u)
        else:
            await asyncio.sleep(u)
    return await seen


FEED_ROWS_JS = """() => [...document.querySelectorAll('[data-testid=feed-item]')].map(li => {
    const q = s => li.querySelector(s), cs = getComputedStyle(li);
    return {name: q('.feed-name').textContent, what: q('.feed-what').textContent, to: li.dataset.to || null,
            chip: q('.feed-to') && q('.feed-to').textContent, first: q('.feed-first') && q('.feed-first').textContent,
            coins: q('.feed-coins') && q('.feed-coins').textContent, opacity: parseFloat(cs.opacity),
            size: parseFloat(cs.fontSize)};
})"""


async def test_feed_says_to_whom_a_guest_gift_went_quieter_and_marks_first_gifts(server):
    """A guest's gift was a line like any other, its coins on the right as if the creator's."""
    server.publish(_gift(1, CORGI, first=True))
    server.publish(_gift(2, ROSE, units=5, to=MIA))
    server.publish(_gift(3, CORGI, to=LEO, first=True))  # a first gift to a guest is the guest's news
    server.publish(_gift(4, ROSE, units=3))

    def look():
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 800, "height": 500})
            page.goto(f"{base(server)}/overlay/feed?token={TOKEN}")
            page.wait_for_function("() => document.querySelectorAll('[data-testid=feed-item]').length === 4")
            page.wait_for_timeout(300)
            _keep(page, "feed-guests")
            return page.evaluate(FEED_ROWS_JS)

    first, mia, leo, plain = await asyncio.to_thread(look)
    assert (first["first"], first["coins"], first["to"]) == ("first gift!", "299", None)
    assert (mia["what"], mia["chip"], mia["to"], mia["coins"]) == ("\u00a0sent 5 \u00d7 Rose", "to Guest Mia", "Guest Mia", None)
    assert (leo["chip"], leo["first"], leo["coins"]) == ("to Guest Leo", None, None)
    assert (plain["first"], plain["chip"], plain["coins"]) == (None, None, "3")
    for guest in (mia, leo):  # quieter than the creator's lines
        assert guest["opacity"] < plain["opacity"] == 1 and guest["size"] < plain["size"]


ALERT_CARDS_JS = """() => [...document.querySelectorAll('[data-testid=alert]')].filter(c => !c.closest('.leaving'))
    .map(c => ({kind: c.dataset.kind, user: c.dataset.user || null, to: c.dataset.to || null,
                first: c.querySelector('.alert-first') ? c.querySelector('.alert-first').textContent : null,
                kicker: c.querySelector('.alert-kicker').textContent,
                line: c.querySelector('.alert-line') ? c.querySelector('.alert-line').textContent : null,
                name: c.querySelector('.alert-name').textContent, units: c.dataset.units,
                coins: c.querySelector('.alert-coins-n') ? c.querySelector('.alert-coins-n').textContent : null,
                confetti: !!c.querySelector('.confetti'), guest: c.classList.contains('to-guest')}))"""


def _cards(page, want: int, shot: str, timeout: float = 30.0) -> list[dict]:
    """Every alert card shown, in order (each once, as it last looked, with when it was first seen),
    until ``want`` were seen."""
    seen: dict[tuple, dict] = {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(seen) < want:
        for card in page.evaluate(ALERT_CARDS_JS):
            key = (card["kind"], card["user"], card["to"])
            if key not in seen:
                card["at"] = time.monotonic()
                if os.environ.get("OVERLAY_SHOTS"):
                    page.wait_for_timeout(700)  # the card's entrance, for the screenshot
                    _keep(page, f"{shot}-{len(seen) + 1}")
            seen[key] = {**card, "at": seen[key]["at"]} if key in seen else card
        page.wait_for_timeout(80)
    return list(seen.values())


async def test_alerts_show_a_guest_gift_as_theirs_and_a_first_gift(server):
    """A streak to a guest grows and settles on a quiet card that says whose it is (no coins, no
    celebration whatever it is worth); the first gift learnt at a streak's count is marked."""
    updates = [
        _streak(1, CORGI, 2, False, to=MIA), _streak(1, CORGI, 4, True, to=MIA),
        _gift(1, CORGI, units=4, to=MIA, streak=True, group_id=1),  # 1,196 coins: a "big" tier if it were ours
        _streak(2, ROSE, 7, True, group=2), _gift(2, ROSE, units=7, first=True, streak=True, group_id=2),
    ]
    url = f"{base(server)}/overlay/alerts?token={TOKEN}&sound=0"
    guest, first = await _watch(server, url, (1920, 1080), lambda page: _cards(page, 2, "alerts-guest"), updates)
    assert guest["to"] == "Guest Mia" and guest["guest"] and guest["line"] == "sent Corgi to Guest Mia"
    assert (guest["kicker"], guest["units"], guest["coins"], guest["confetti"]) == ("Gift to a guest", "4", None, False)
    assert guest["first"] is None
    assert (first["user"], first["to"], first["first"], first["units"], first["coins"]) == (
        "User 2", None, "first gift!", "7", "7")


FINGER_HEART = {"id": 3, "name": "Finger Heart", "coins": 5, "image": "gifts/finger-heart.svg"}
DOUGHNUT = {"id": 5, "name": "Doughnut", "coins": 30, "image": "gifts/doughnut.svg"}


async def test_guests_gifts_wait_apart_and_never_fold_into_the_creators_coins(server):
    """As in the desktop alert window: guests' cards wait in a queue of their own (three; more fold
    into "+N more gifts to guests", without coins), shown once none of the creator's waits. In one
    shared queue they were shown before the creator's later cards, and folded into a summary whose
    coins read as the creator's."""
    updates = [_gift(1, FINGER_HEART), _gift(2, FINGER_HEART),  # the first at once, the second waits
               _gift(3, CORGI, to=MIA), _gift(4, CORGI, to=LEO),
               _gift(5, ROSE),  # the smallest of the creator's waiting two (?max=1): folded
               _gift(6, ROSE, to=MIA), _gift(7, ROSE, to=LEO), _gift(8, DOUGHNUT, to=MIA)]  # 6 and 7 folded
    url = f"{base(server)}/overlay/alerts?token={TOKEN}&sound=0&max=1"
    cards = await _watch(server, url, (1920, 1080), lambda page: _cards(page, 7, "alerts-queues"), updates)
    assert [(c["kind"], c["user"], c["to"]) for c in cards] == [
        ("gift", "User 1", None), ("gift", "User 2", None), ("summary", None, None),
        ("gift", "User 3", "Guest Mia"), ("gift", "User 4", "Guest Leo"), ("gift", "User 8", "Guest Mia"),
        ("summary", None, "guests")]
    mine, theirs = cards[2], cards[6]
    assert (mine["name"], mine["line"]) == ("+1 more gift, 1 coin", "from 1 viewer \u2014 thank you all!")
    assert (theirs["name"], theirs["line"], theirs["guest"]) == ("+2 more gifts to guests", "from 2 viewers", True)


async def test_a_guests_card_gives_way_to_the_creators_next_alert(server):
    """A guest's live streak held its card (and the creator's alert behind it) until six quiet seconds."""
    updates = [_streak(1, CORGI, 2, False, to=MIA), 1.6, _streak(1, CORGI, 3, False, to=MIA), 0.3,
               _gift(2, CORGI), 2.0, _streak(1, CORGI, 6, False, to=MIA)]
    url = f"{base(server)}/overlay/alerts?token={TOKEN}&sound=0"
    guest, mine = await _watch(server, url, (1920, 1080), lambda page: _cards(page, 2, "alerts-give-way"), updates)
    assert (guest["to"], mine["to"], mine["user"]) == ("Guest Mia", None, "User 2")
    assert mine["at"] - guest["at"] < 3.5  # the guest's streak was still going: it used to hold on


async def test_tally_shows_the_like_total_and_the_live_match_score(server):
    battle = {"battle_id": 7, "ended": False, "ts": 1000.0, "scores": [
        {"user": {"id": "1", "handle": "demo.creator", "nickname": "Demo Creator", "name": "Demo Creator"}, "points": 1240},
        {"user": {"id": "2", "handle": "rival", "nickname": "Rival Creator", "name": "Rival Creator"}, "points": 980}]}
    snap = {"session": None, "state": {"state": "live"}, "viewers": 5, "battle": battle,
            "totals": {"coins": 1500, "likes": 12345, "currency": "USD", "earnings": "7.5", "diamonds": 750.0}}
    server.feed.snapshot_source = lambda: snap
    final = {"type": "battle", **battle, "ended": True,
             "scores": [{**battle["scores"][0], "points": 1300}, {**battle["scores"][1], "points": 1900}]}

    def look(page):
        tile = "document.querySelector('[data-testid=tally-match]')"
        page.wait_for_function(f"() => {tile}.dataset.host === '1300'", timeout=10_000)
        page.wait_for_function("() => document.querySelector('[data-testid=tally-likes] .tile-value')"
                               ".textContent === '12,400'", timeout=10_000)
        page.wait_for_timeout(300)
        _keep(page, "tally-likes-match")
        return page.evaluate(f"""() => [...document.querySelectorAll('.tile')].map(t =>
            [t.dataset.testid, t.querySelector('.tile-value').textContent, t.querySelector('.tile-label').textContent,
             t.classList.contains('ahead')])""")

    url = f"{base(server)}/overlay/tally?token={TOKEN}&show=coins,likes,match"
    def values(page):
        page.wait_for_timeout(1200)  # the figures count up
        return page.evaluate("() => [...document.querySelectorAll('.tile-value')].map(v => v.textContent)")

    first = await _watch(server, url, (1320, 200), values, [])
    assert first == ["1,500", "12,345", "1,240 : 980"]
    snap["totals"] = {**snap["totals"], "likes": 12400}
    tiles = await _watch(server, url, (1760, 200), look, [{"type": "like", "count": 55, "room_total": 12400}, final])
    assert [t[0] for t in tiles] == ["tally-coins", "tally-likes", "tally-match"]
    assert tiles[2][1:] == ["1,300 : 1,900", "Final \u00b7 vs Rival Creator", False]  # points, no coin or money sign


def test_the_live_demo_shows_guests_gifts_first_gifts_and_a_match(live_demo):  # noqa: F811
    """The real demo through the real engine and server: its multi-guest stretch reaches the feed
    as guests' lines, and its LIVE Match the tally, from the snapshot and from updates alike."""
    with chromium() as browser:
        feed = browser.new_page(viewport={"width": 800, "height": 500})
        feed.goto(live_demo["feed"] + "&max=20")
        tally = browser.new_page(viewport={"width": 1320, "height": 200})
        tally.goto(live_demo["tally"] + "&show=coins,likes,match")
        feed.wait_for_selector(".feed-guest", timeout=45_000)
        feed.wait_for_selector(".feed-first", timeout=45_000)
        to = feed.locator(".feed-guest .feed-to").first.text_content()
        assert to in ("to Guest Mia", "to Guest Leo")
        tally.wait_for_function("() => document.querySelector('[data-testid=tally-match]').dataset.host", timeout=45_000)
        likes = tally.evaluate("() => Number(document.querySelector('[data-testid=tally-likes] .tile-value').dataset.value)")
        assert likes > 0
        late = browser.new_page(viewport={"width": 1320, "height": 200})  # a page opened now: from the snapshot
        late.goto(live_demo["tally"] + "&show=match")
        late.wait_for_function("() => document.querySelector('[data-testid=tally-match]').dataset.host", timeout=10_000)
        assert " : " in late.locator(".tile-value").text_content()
