"""Real headless Chromium against a real headless demo: alerts render, backgrounds stay transparent."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import subprocess
import sys
import time
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT, run_cli
from tests.support.browser import chromium, chromium_available

from .conftest import TOKEN, base, free_port, gift_update

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")]


@contextlib.contextmanager
def _demo(data, settings: dict | None = None, speed: int = 25):
    """``streamer-app --demo --headless`` with its overlay server on a free port, as a user runs it."""
    port = free_port()
    if settings is not None:
        data.mkdir(parents=True, exist_ok=True)
        (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", str(speed), "--duration", "3600",
         "--seed", "11", "--data-dir", str(data), "--overlay-port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy(),
    )
    try:
        deadline = time.monotonic() + 30
        line = ""
        while "Overlay alerts:" not in line:  # wait for the server's announcement
            assert time.monotonic() < deadline and proc.poll() is None, "the headless demo did not start"
            line = proc.stdout.readline()
        assert "token=" in line and "\u2022" in line  # the token is masked on screen
        urls = run_cli("overlay", "urls", "--data-dir", str(data), "--overlay-port", str(port)).stdout.split()
        yield dict(zip(("alerts", "goal", "tally", "leaderboard", "feed"), urls))
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture
def live_demo(tmp_path):
    with _demo(tmp_path / "data") as urls:
        yield urls


def test_alerts_render_from_the_live_demo_on_a_transparent_background(live_demo):
    from PIL import Image

    requests: list[str] = []
    errors: list[str] = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(live_demo["alerts"])
        page.wait_for_selector('[data-testid="alert"]', timeout=30_000)
        alert = page.locator('[data-testid="alert"]').first
        assert alert.get_attribute("data-kind") in ("gift", "summary")
        page.wait_for_timeout(900)  # let the entrance animation finish before looking at pixels
        png = page.screenshot(omit_background=True)
    img = Image.open(io.BytesIO(png)).convert("RGBA")
    assert img.size == (1920, 1080)
    alpha = img.getchannel("A")
    for xy in ((0, 0), (1919, 0), (0, 1079), (1919, 1079), (960, 1000), (100, 540)):
        assert alpha.getpixel(xy) == 0, f"background not transparent at {xy}"
    assert alpha.getbbox() is not None  # something (the alert) was drawn
    assert not errors
    hosts = {urlparse(u).hostname for u in requests if not u.startswith("data:")}
    assert hosts == {"127.0.0.1"}  # nothing from the internet


def test_widgets_show_live_figures_and_safe_mode_hides_gift_images(live_demo):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(live_demo["tally"])
        page.wait_for_function(
            "() => Number(document.querySelector('[data-testid=tally-coins] .tile-value').dataset.value) > 0",
            timeout=30_000)
        board = browser.new_page(viewport={"width": 1920, "height": 1080})
        board.goto(live_demo["leaderboard"])
        board.wait_for_selector(".board-row", timeout=30_000)
        feed = browser.new_page(viewport={"width": 1920, "height": 1080})
        feed.goto(live_demo["feed"])
        feed.wait_for_selector('[data-testid="feed-item"]', timeout=30_000)
        safe = browser.new_page(viewport={"width": 1920, "height": 1080})
        safe.goto(live_demo["alerts"] + "&safe=1")
        safe.wait_for_selector('[data-testid="alert"]', timeout=30_000)
        assert safe.locator('[data-testid="alert"] img').count() == 0
        refused = browser.new_page()
        response = refused.goto(live_demo["alerts"].split("?")[0])
        assert response.status == 401


# -- widget sizes, goal thresholds, readability ----------------------------------------------------

SUGGESTED = {"goal": (960, 200, ".goal"), "tally": (1200, 200, ".tile"), "leaderboard": (700, 600, ".board"),
             "feed": (800, 500, ".feed-item")}

BOX_JS = """sel => {
    const layout = e => {  // the layout box, without the transforms of entrance animations
        let left = 0, top = 0;
        for (let p = e; p; p = p.offsetParent) { left += p.offsetLeft; top += p.offsetTop; }
        return {left, top, right: left + e.offsetWidth, bottom: top + e.offsetHeight};
    };
    const boxes = [...document.querySelectorAll(sel)].map(layout);
    return {left: Math.min(...boxes.map(b => b.left)), top: Math.min(...boxes.map(b => b.top)),
            right: Math.max(...boxes.map(b => b.right)), bottom: Math.max(...boxes.map(b => b.bottom)),
            rem: parseFloat(getComputedStyle(document.documentElement).fontSize)};
}"""


def test_widgets_fill_the_source_sizes_the_docs_suggest_and_keep_their_1080p_size(live_demo):
    """docs/OBS.md suggests a source size per widget: the widget fills it (it used to be drawn as if the
    source were a 1920x1080 scene, a 170 px goal bar in a 960x200 source). A 1920x1080 source keeps
    the widget at its 1080p size in the top-left corner (crop it), the alerts page is unchanged, and
    ?scale= still scales."""
    with chromium() as browser:
        for name, (w, h, sel) in SUGGESTED.items():
            page = browser.new_page(viewport={"width": w, "height": h})
            page.goto(live_demo[name])
            page.wait_for_selector(sel, timeout=30_000)
            page.wait_for_timeout(700)  # entrance animations
            box = page.evaluate(BOX_JS, sel)
            assert box["rem"] == 16, name  # drawn at its design size: crisp, not scaled down
            assert box["right"] - box["left"] >= 0.9 * w, (name, box)  # fills the width...
            assert box["left"] >= 0 and box["top"] >= 0 and box["right"] <= w and box["bottom"] <= h, (name, box)
            if name in ("goal", "tally"):
                assert box["bottom"] - box["top"] >= 0.7 * h, (name, box)  # ...and the height
            page.close()
        goal = browser.new_page(viewport={"width": 1920, "height": 1080})
        goal.goto(live_demo["goal"])
        goal.wait_for_selector(".goal")
        box = goal.evaluate(BOX_JS, ".goal")
        assert box["rem"] == 16 and box["right"] <= 960 and box["bottom"] <= 200  # the crop box of a scene
        small = browser.new_page(viewport={"width": 480, "height": 100})  # a smaller source: scaled to fit
        small.goto(live_demo["goal"])
        small.wait_for_selector(".goal")
        box = small.evaluate(BOX_JS, ".goal")
        assert box["rem"] == 8 and 0.9 * 480 <= box["right"] - box["left"] and box["right"] <= 480
        scaled = browser.new_page(viewport={"width": 960, "height": 200})
        scaled.goto(live_demo["goal"] + "&scale=0.5")
        scaled.wait_for_selector(".goal")
        box = scaled.evaluate(BOX_JS, ".goal")
        assert box["rem"] == 8 and box["right"] <= 480
        alerts = browser.new_page(viewport={"width": 1920, "height": 1080})
        alerts.goto(live_demo["alerts"])
        assert alerts.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == 16
        alerts.set_viewport_size({"width": 1280, "height": 720})
        assert alerts.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(
            16 * 1280 / 1920, abs=0.01)


# (name, coins at the default rates, what the bar shows: its unit and amount); the last is USD 50
THRESHOLDS = [("Warm-up", 3000, "coins", 3000), ("Second step", 6000, "coins", 6000),
              ("Cash-out", 10000, "earnings", 50)]

@pytest.fixture
def threshold_demo(tmp_path):
    settings = {"thresholds": [
        {"name": "Warm-up", "amount": "3000", "unit": "coins"},
        {"name": "Second step", "amount": "6000", "unit": "coins"},
        {"name": "Cash-out", "amount": "50", "unit": "money", "currency": "USD"},
    ]}
    # Slower than the other demos: on a busy machine Chromium can take seconds to open the page,
    # and at 25x the demo had passed every threshold before the first look.
    with _demo(tmp_path / "data", settings, speed=8) as urls:
        yield urls


def test_goal_follows_the_next_unreached_threshold_and_stays_on_the_last_one_reached(threshold_demo):
    """Without &target the goal bar used to stay on the first threshold forever ("First cash-out ✓
    37,000 / 1,000 coins"); it moves on to the next one not reached yet, and shows the last once all are."""
    samples = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 960, "height": 200})
        page.goto(threshold_demo["goal"])
        page.wait_for_selector(".goal")
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            s = page.evaluate("""() => { const c = document.querySelector('.goal');
                return [Number(c.dataset.coins), Number(c.dataset.value), Number(c.dataset.goal), c.dataset.unit,
                        document.querySelector('.goal-title').textContent, c.classList.contains('reached')]; }""")
            samples.append(s)
            if s[0] >= 12000:
                break
            page.wait_for_timeout(150)
        page_text = page.locator(".goal-figures").text_content()
    assert samples[-1][0] >= 12000, "the demo did not pass every threshold in time"
    for coins, value, goal, unit, title, reached in samples:
        if coins != coins or goal != goal:  # NaN: before the first snapshot
            continue
        name, _, want_unit, amount = next((t for t in THRESHOLDS if coins < t[1]), THRESHOLDS[-1])
        assert (title, unit, goal) == (name, want_unit, float(amount)), (coins, value, goal, unit, title)
        if unit == "earnings":  # a money threshold shows the balance in money: $0.005 a coin here
            assert abs(value - coins * 0.005) < 1e-6
        assert reached == (coins >= THRESHOLDS[-1][1])
    titles = [t for *_, t, _ in samples]
    assert titles[-1] == "Cash-out" and "Second step" in titles, samples[:3]
    assert page_text.endswith("/ $50.00"), page_text


def _luminance(px) -> float:
    r, g, b = px[:3]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _pct_luminances(page) -> list[float]:
    from PIL import Image

    page.wait_for_selector(".goal-pct")
    page.wait_for_timeout(1400)  # the fill's transition
    png = page.screenshot(clip=page.locator(".goal-pct").first.bounding_box())
    raw = Image.open(io.BytesIO(png)).convert("RGB").tobytes()
    return [_luminance(raw[i:i + 3]) for i in range(0, len(raw), 3)]


async def test_light_goal_percentage_is_dark_on_the_empty_track(server):
    """The light theme drew the percentage white on the pale empty track (unreadable below 50%)."""
    def look():
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 960, "height": 200})
            page.goto(f"{base(server)}/overlay/goal?token={TOKEN}&theme=light&target=1000")  # no stream: 0%
            assert page.locator(".goal-pct").first.text_content() == "0%"
            return _pct_luminances(page)

    assert min(await asyncio.to_thread(look)) < 60, "the percentage is not dark on the pale track"


def test_light_goal_percentage_is_white_on_the_fill(live_demo):
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 960, "height": 200})
        page.goto(live_demo["goal"] + "&theme=light&target=1")
        page.wait_for_function("() => Number(document.querySelector('.goal').dataset.value) >= 1", timeout=30_000)
        assert max(_pct_luminances(page)) > 230  # white text (the fill's colours are all darker)


async def test_feed_elides_the_name_before_the_gift(server):
    """A long name left "Tomas Dreams sent 5 × Directo…": the gift and count are what matters."""
    long = gift_update(1, coins=500)
    long["user"].update(nickname="Tomas Dreams of the Very Long Nickname", name="Tomas Dreams of the Very Long Nickname")
    long.update(gift={"id": 9, "name": "Director's Chair", "coins": 100, "image": "gifts/directors-chair.svg"},
                units=5, coins=500)
    server.publish(long)
    server.publish(gift_update(2))
    url = f"{base(server)}/overlay/feed?token={TOKEN}"

    def look():
        out = []
        with chromium() as browser:
            for w, h in ((1920, 1080), (800, 500)):
                page = browser.new_page(viewport={"width": w, "height": h})
                page.goto(url)
                page.wait_for_selector('[data-testid="feed-item"] .feed-what')
                out.append(page.evaluate("""() => [...document.querySelectorAll('[data-testid=feed-item]')].map(li => {
                    const n = li.querySelector('.feed-name'), w = li.querySelector('.feed-what');
                    return [n.textContent, n.scrollWidth > n.clientWidth, w.textContent, w.scrollWidth > w.clientWidth];
                })"""))
        return out

    for items in await asyncio.to_thread(look):
        assert items[0][0].startswith("Tomas Dreams") and items[0][1], items  # the name gives way...
        assert items[0][2] == "\u00a0sent 5 \u00d7 Director's Chair" and not items[0][3], items  # ...the gift does not
        assert items[1] == ["User 2", False, "\u00a0sent Finger Heart", False]


def test_alert_cards_never_overlap_and_the_minimal_glow_is_not_boxed(live_demo):
    """Two cards were on screen together for a quarter second (the next entered while the last was
    leaving), their text overprinting; the minimal theme's glow around the name was cut off square."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(live_demo["alerts"] + "&theme=minimal&sound=0")
        page.evaluate("""() => {
            window.__cards = {max: 0, seen: new Set()};
            const stage = document.getElementById('stage');
            (function tick() {
                const shown = [...stage.querySelectorAll('[data-testid=alert]')]
                    .filter(e => parseFloat(getComputedStyle(e).opacity) > 0.02);
                shown.forEach(e => { if (!e.__id) e.__id = Math.random(); window.__cards.seen.add(e.__id); });
                window.__cards.max = Math.max(window.__cards.max, shown.length);
                requestAnimationFrame(tick);
            })();
        }""")
        page.wait_for_function("() => window.__cards.seen.size >= 4", timeout=45_000)
        assert page.evaluate("() => window.__cards.max") == 1
        page.wait_for_selector('[data-testid="alert"]:not(.leaving) .alert-name')
        room = page.evaluate("""() => {
            const name = document.querySelector('[data-testid=alert]:not(.leaving) .alert-name');
            const r = document.createRange(); r.selectNodeContents(name);
            const text = r.getBoundingClientRect(), clip = name.getBoundingClientRect();
            const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
            const cs = getComputedStyle(name);  // the text's own box is taller than its ink: padding there
            const k = clip.width / name.offsetWidth;  // the card may still be scaling in
            return Math.min((text.left - clip.left) / k, parseFloat(cs.paddingTop), parseFloat(cs.paddingBottom)) / rem;
        }""")
        assert room >= 1.2  # the minimal theme's deepest shadow is a 1.2rem glow


async def test_leaderboard_tells_two_viewers_of_one_name_apart(server):
    import threading

    board = [{"user_id": "1", "handle": "marco.nova", "nickname": "Marco", "coins": 900, "gifts": 3},
             {"user_id": "2", "handle": "marco_vibes", "nickname": "Marco", "coins": 500, "gifts": 1},
             {"user_id": "3", "handle": "eli", "nickname": "Eli", "coins": 100, "gifts": 1}]
    url = f"{base(server)}/overlay/leaderboard?token={TOKEN}"
    connected = threading.Event()

    def look():
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 700, "height": 600})
            page.goto(url)
            page.wait_for_selector(".board-empty")
            page.wait_for_timeout(500)  # its socket has the snapshot: updates reach it from now on
            connected.set()
            page.wait_for_function("() => document.querySelectorAll('.board-name').length === 3", timeout=15_000)
            return page.evaluate("() => [...document.querySelectorAll('.board-name')].map(n => n.textContent)")

    seen = asyncio.ensure_future(asyncio.to_thread(look))
    while not connected.is_set() and not seen.done():
        await asyncio.sleep(0.05)
    server.publish({"type": "leaderboard", "top_gifters": board})
    assert await seen == ["Marco @marco.nova", "Marco @marco_vibes", "Eli"]


async def test_two_streaks_of_one_gift_at_once_settle_their_own_cards(server):
    """A viewer's two streaks of the same gift (groups 1 and 2): each counted gift settles its
    own streak's card; matched by viewer and gift alone, the second card took the first's total."""
    import threading

    user = {"id": "7", "handle": "tess", "nickname": "Tess", "name": "Tess", "avatar": ""}
    rose = {"id": 5, "name": "Doughnut", "coins": 30, "image": "gifts/doughnut.svg"}

    def streak(group, count, ended):
        return {"type": "streak", "user": user, "gift": rose, "group_id": group, "count": count, "ended": ended}

    def counted(group, units):
        return {"type": "gift", "user": user, "gift": rose, "units": units, "coins": 30 * units, "streak": True,
                "group_id": group, "closed_without_end": False}

    url = f"{base(server)}/overlay/alerts?token={TOKEN}&sound=0"
    connected = threading.Event()

    def look():
        seen = []
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            page.goto(url)
            page.wait_for_timeout(600)  # its socket has the snapshot
            connected.set()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and len(seen) < 2:
                units = page.evaluate("() => [...document.querySelectorAll('[data-testid=alert]')]"
                                      ".filter(c => !c.closest('.leaving')).map(c => c.dataset.units)")
                for u in units:
                    if not seen or seen[-1] != u:
                        seen.append(u)
                page.wait_for_timeout(100)
        return seen

    shown = asyncio.ensure_future(asyncio.to_thread(look))
    while not connected.is_set() and not shown.done():
        await asyncio.sleep(0.05)
    for u in (streak(1, 6, False), streak(2, 1, False), streak(2, 1, True), counted(2, 1),
              streak(1, 6, True), counted(1, 6)):
        server.publish(u)
    assert (await shown)[:2] == ["6", "1"]  # the first streak's 6, then the second's 1 (not 6 again)
