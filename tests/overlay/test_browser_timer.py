"""Real headless Chromium: the subathon timer, the like goal and the LIVE Match pages (issue 17).

The timer page counts down from a real headless demo whose ledger file holds a running timer
(as the window's Start button leaves it): what it shows is the saved end minus the clock, to
the second, and gifts extend it. The like goal and battle pages are driven with the updates
the engine sends (docs/PROTOCOL.md). Set OVERLAY_SHOTS=DIR to keep the screenshots.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time

import pytest

from streamer_app.core.subathon import SubathonTimer, TimerRules
from streamer_app.engine.subathon import timer_payload
from streamer_app.overlay.access import PAGES
from streamer_app.store.database import open_database
from streamer_app.store.subathon import load_timer, save_timer
from tests.conftest import run_cli
from tests.support.browser import chromium, chromium_available

from .conftest import TOKEN, base
from .test_browser import _demo
from .test_browser_guests import _keep, _watch

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")]

ANA = {"id": "7001", "handle": "ana.sings", "nickname": "Ana Sings", "name": "Ana Sings", "avatar": ""}
RIVAL = {"id": "7002", "handle": "dj.rival", "nickname": "DJ Rival", "name": "DJ Rival", "avatar": ""}


def test_overlay_urls_lists_the_new_pages(tmp_path):
    urls = run_cli("overlay", "urls", "--data-dir", str(tmp_path)).stdout.split()
    pages = [u.split("/overlay/")[1].split("?")[0] for u in urls]
    assert pages[:8] == ["alerts", "goal", "tally", "leaderboard", "feed", "timer", "likes", "battle"]
    assert pages == list(PAGES)  # and every other row of the registry (media)


def _saved_timer(data):
    with sqlite3.connect(data / "streamer-app.db") as c:
        return load_timer(c)


def test_timer_page_counts_down_the_saved_timer_and_gifts_extend_it(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = open_database(data / "streamer-app.db")
    timer = SubathonTimer(TimerRules(seconds_per_coin=2, start_minutes=90))
    timer.start(time.time())
    save_timer(db.conn, timer.state)
    db.conn.commit()
    db.conn.close()
    with _demo(data, {"timer": {"seconds_per_coin": 2, "seconds_per_sub": 120, "start_minutes": 90}}) as urls:
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 800, "height": 300})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(urls["alerts"].replace("/overlay/alerts", "/overlay/timer"))
            page.wait_for_selector('[data-testid=timer][data-status=running]', timeout=30_000)
            # Gifts of the demo extend it: wait for an addition to pop up.
            page.wait_for_selector(".timer-pop", timeout=60_000)
            page.wait_for_timeout(400)
            _keep(page, "timer-running")
            # The page shows the saved end minus the clock (the engine saves each gift's time at once).
            # The demo keeps adding time, so compare at a moment when no gift landed in between.
            agree = False
            for _ in range(60):
                before = _saved_timer(data)
                shown = page.evaluate("() => [Number(document.querySelector('[data-testid=timer]').dataset.remaining),"
                                      " document.querySelector('[data-testid=timer-digits]').textContent,"
                                      " document.querySelector('.timer-rules').textContent]")
                now = time.time()
                saved = _saved_timer(data)
                if saved == before and abs(shown[0] - (saved.ends_at - now)) <= 2:
                    agree = True
                    break
                page.wait_for_timeout(250)
            assert not errors
    assert saved is not None and saved.status == "running" and saved.coins > 0
    assert agree, (shown, saved, now)
    assert shown[0] > 90 * 60
    assert re.fullmatch(r"\d+:\d\d:\d\d", shown[1])  # H:MM:SS
    assert "1 coin = 2 s" in shown[2] and "sub = 2:00" in shown[2]


async def test_timer_page_shows_paused_idle_ended_and_flashes_added_time(server):
    t = SubathonTimer(TimerRules(start_minutes=5))
    now = time.time()
    t.start(now)
    t.pause(now)
    paused = {"type": "timer", **timer_payload(t, now), "change_s": 0.0, "cause": "pause"}
    t.adjust(95, now)
    added = {"type": "timer", **timer_payload(t, now), "change_s": 95.0, "cause": "adjust"}

    def look(page):
        page.wait_for_selector(".timer-pop", timeout=10_000)
        page.wait_for_timeout(350)
        _keep(page, "timer-paused-added")
        return page.evaluate("""() => { const c = document.querySelector('[data-testid=timer]');
            return {status: c.dataset.status, digits: c.querySelector('.timer-digits').textContent,
                    chip: c.querySelector('.timer-chip').textContent, pop: c.querySelector('.timer-pop').textContent,
                    flash: c.classList.contains('flash')}; }""")

    got = await _watch(server, f"{base(server)}/overlay/timer?token={TOKEN}", (800, 300), look, [paused, 0.3, added])
    assert got == {"status": "paused", "digits": "6:35", "chip": "paused", "pop": "+1:35", "flash": True}

    t.start(now)
    t.adjust(-10_000, now)
    ended = {"type": "timer", **timer_payload(t, now), "change_s": -395.0, "cause": "adjust"}

    def look_end(page):
        page.wait_for_selector("[data-testid=timer][data-status=ended]", timeout=10_000)
        page.wait_for_timeout(300)
        _keep(page, "timer-ended")
        return page.evaluate("() => [document.querySelector('.timer-digits').textContent,"
                             " document.querySelector('.timer-chip').textContent]")

    assert await _watch(server, f"{base(server)}/overlay/timer?token={TOKEN}", (800, 300), look_end,
                        [ended, {"type": "timer_end", "ts": now, "ended_at": now, "added_s": 0, "coins": 0,
                                 "subs": 0, "follows": 0}]) == ["0:00", "time's up!"]


def _like(total: int) -> dict:
    return {"type": "like", "ts": 1000.0, "user": ANA, "count": 5, "room_total": total}


async def test_likes_page_fills_toward_the_goal_and_moves_on_to_the_next_step(server):
    server.feed.config["likes"] = {"goal": 1000, "step": 500}

    def look(page):
        page.wait_for_function("() => document.querySelector('[data-testid=likes]').dataset.likes === '1234'",
                               timeout=10_000)
        page.wait_for_timeout(1200)  # the count-up and the celebration
        _keep(page, "likes")
        return page.evaluate("""() => { const c = document.querySelector('[data-testid=likes]');
            return [c.dataset.goal, c.querySelector('.goal-of').textContent, c.querySelector('.goal-pct').textContent,
                    c.querySelector('.goal-now').textContent]; }""")

    got = await _watch(server, f"{base(server)}/overlay/likes?token={TOKEN}", (960, 200), look,
                       [_like(400), _like(950), 0.3, _like(1234), _like(1200)])  # an older total never goes back
    assert got == ["1500", " / 1,500", "82%", "1,234"]


def _battle(host: int, rival: int, ended: bool = False) -> dict:
    return {"type": "battle", "battle_id": 77, "ended": ended, "ts": 1000.0,
            "scores": [{"user": ANA, "points": host}, {"user": RIVAL, "points": rival}]}


async def test_battle_page_is_hidden_without_a_match_and_shows_points_never_money(server):
    def look(page):
        hidden = page.evaluate("() => getComputedStyle(document.querySelector('[data-testid=battle]')).opacity")
        page.wait_for_selector("[data-testid=battle].shown", timeout=10_000)
        page.wait_for_function("() => document.querySelector('.battle-host .battle-points').textContent === '12,500'")
        page.wait_for_timeout(700)
        _keep(page, "battle")
        return hidden, page.evaluate("""() => { const c = document.querySelector('[data-testid=battle]');
            return {text: c.innerText, state: c.dataset.state, ahead: c.classList.contains('ahead'),
                    names: [...c.querySelectorAll('.battle-name')].map(n => n.textContent),
                    points: [...c.querySelectorAll('.battle-points')].map(n => n.textContent)}; }""")

    hidden, got = await _watch(server, f"{base(server)}/overlay/battle?token={TOKEN}", (1200, 260), look,
                               [_battle(300, 900), 0.2, _battle(12_500, 8_000)])
    assert hidden == "0"
    assert got["names"] == ["Ana Sings", "DJ Rival"] and got["points"] == ["12,500", "8,000"]
    assert got["state"] == "live" and got["ahead"]
    assert "$" not in got["text"] and "coin" not in got["text"].lower() and "diamond" not in got["text"].lower()

    def look_end(page):
        page.wait_for_selector("[data-testid=battle][data-state=ended]", timeout=10_000)
        return page.locator(".battle-status").text_content()

    assert await _watch(server, f"{base(server)}/overlay/battle?token={TOKEN}", (1200, 260), look_end,
                        [_battle(12_500, 8_000, ended=True)]) == "Victory!"


async def test_the_top_gifter_wears_the_crown_on_the_leaderboard_in_the_feed_and_on_alerts(server):
    from .test_browser_guests import CORGI, ROSE, _gift

    board = {"type": "leaderboard", "top_gifters": [
        {"user_id": "1", "handle": "u1", "nickname": "User 1", "coins": 598, "gifts": 2, "share": 0.9},
        {"user_id": "4", "handle": "u4", "nickname": "User 4", "coins": 3, "gifts": 3, "share": 0.1}]}
    server.publish(_gift(1, CORGI, first=True, top_gifter=True))
    server.publish(_gift(4, ROSE, units=3, top_gifter=False))

    def look():
        with chromium() as browser:
            feed = browser.new_page(viewport={"width": 800, "height": 500})
            feed.goto(f"{base(server)}/overlay/feed?token={TOKEN}")
            feed.wait_for_function("() => document.querySelectorAll('[data-testid=feed-item]').length === 2")
            feed.wait_for_timeout(300)
            _keep(feed, "feed-crown")
            return feed.evaluate("() => [...document.querySelectorAll('[data-testid=feed-item]')]"
                                 ".map(li => [li.dataset.crown || '', !!li.querySelector('.feed-name .crown')])")

    assert await asyncio.to_thread(look) == [["1", True], ["", False]]

    def look_board(page):
        page.wait_for_function("() => document.querySelectorAll('.board-row').length === 2", timeout=10_000)
        page.wait_for_timeout(800)
        _keep(page, "leaderboard-crown")
        return page.evaluate("() => [...document.querySelectorAll('.board-row')].map(r => "
                             "getComputedStyle(r.querySelector('.crown')).display)")

    assert await _watch(server, f"{base(server)}/overlay/leaderboard?token={TOKEN}", (700, 600), look_board,
                        [board]) == ["block", "none"]

    def look_alert(page):
        page.wait_for_selector("[data-testid=alert][data-crown='1']", timeout=10_000)
        page.wait_for_timeout(900)
        _keep(page, "alert-crown")
        card = page.locator("[data-testid=alert]").first
        return card.locator(".alert-name").inner_text(), card.locator(".alert-first").inner_text()

    # A first gift that makes its sender the top gifter: both marks, side by side.
    assert await _watch(server, f"{base(server)}/overlay/alerts?token={TOKEN}", (1920, 1080), look_alert,
                        [_gift(9, CORGI, units=2, first=True, top_gifter=True)]) == ("User 9", "FIRST GIFT!")


async def test_a_match_whose_end_never_came_hides_when_the_stream_ends(server):
    def look(page):
        page.wait_for_selector("[data-testid=battle].shown", timeout=10_000)
        page.wait_for_selector("[data-testid=battle][data-state=none]", timeout=10_000)
        return page.evaluate("() => document.querySelector('[data-testid=battle]').classList.contains('shown')")

    assert await _watch(server, f"{base(server)}/overlay/battle?token={TOKEN}", (1200, 260), look,
                        [_battle(100, 50), 0.5, {"type": "end", "reason": "stream ended", "committed": True}]) is False
