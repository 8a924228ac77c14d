"""Real headless Chromium against a real headless multistream demo (TikTok, Twitch, YouTube at once):
the pages show each platform's mark (our own art) and the night's per-platform breakdown.
Set OVERLAY_SHOTS=DIR to keep the screenshots."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.support.browser import chromium, chromium_available

from .conftest import free_port

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")]

MARKS_LOADED_JS = """sel => [...document.querySelectorAll(sel)].map(img => ({
    platform: img.dataset.platform, loaded: img.complete && img.naturalWidth > 0}))"""


@contextlib.contextmanager
def _multistream_demo(data: Path):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--platforms", "tiktok,twitch,youtube", "--headless",
         "--speed", "25", "--duration", "3600", "--seed", "11", "--data-dir", str(data), "--overlay-port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy(),
    )
    try:
        deadline = time.monotonic() + 30
        line = ""
        while "Overlay alerts:" not in line:
            assert time.monotonic() < deadline and proc.poll() is None, "the headless multistream demo did not start"
            line = proc.stdout.readline()
        urls = run_cli("overlay", "urls", "--data-dir", str(data), "--overlay-port", str(port)).stdout.split()
        yield {u.split("/overlay/")[1].split("?")[0]: u for u in urls if "/overlay/" in u}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _keep(page, name: str) -> None:
    folder = os.environ.get("OVERLAY_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def test_pages_show_each_platforms_mark_and_the_breakdown(tmp_path):
    errors: list[str] = []
    with _multistream_demo(tmp_path / "data") as urls, chromium() as browser:
        def page(url: str):
            p = browser.new_page(viewport={"width": 1920, "height": 1080})
            p.on("pageerror", lambda e: errors.append(str(e)))
            p.goto(url)
            return p

        tally = page(urls["tally"])
        tally.wait_for_function("() => document.querySelectorAll('.tally-parts .platform-part').length === 3",
                                timeout=30_000)
        tally.wait_for_function("() => [...document.querySelectorAll('.tally-parts .platform-mark')]"
                                ".every(i => i.complete && i.naturalWidth > 0)", timeout=30_000)
        parts = tally.evaluate(MARKS_LOADED_JS, ".tally-parts .platform-mark")
        assert [p["platform"] for p in parts] == ["tiktok", "twitch", "youtube"] and all(p["loaded"] for p in parts)
        tally.wait_for_function("() => /[1-9]/.test(document.querySelector('.tally-parts .platform-money').textContent)",
                                timeout=30_000)
        _keep(tally, "multistream-tally")

        feed = page(urls["feed"] + "&comments=1&max=10")
        feed.wait_for_function(
            "() => new Set([...document.querySelectorAll('.feed-item > .platform-mark')].map(i => i.dataset.platform)).size === 3",
            timeout=60_000)
        # Every mark drawn (a line that just came in may still be loading its image).
        feed.wait_for_function("""() => [...document.querySelectorAll('.feed-item > .platform-mark')]
            .every(img => img.complete && img.naturalWidth > 0)""", timeout=10_000)
        _keep(feed, "multistream-feed")

        paid = page(urls["feed"] + "&max=12")  # no chat: gifts, follows and paid messages
        # Both platforms' paid lines at one moment (the feed scrolls on): [platform, what] of each.
        lines = paid.wait_for_function("""() => {
            const rows = [...document.querySelectorAll('.feed-paid')].map(li => [
                li.querySelector('.platform-mark').dataset.platform, li.querySelector('.feed-what').textContent]);
            return new Set(rows.map(r => r[0])).size === 2 ? rows : null; }""", timeout=60_000).json_value()
        what = {platform: text for platform, text in lines}
        assert "Bits" in what["twitch"] or "sub" in what["twitch"], lines
        assert "Super" in what["youtube"] or "member" in what["youtube"], lines
        _keep(paid, "multistream-feed-paid")

        alerts = page(urls["alerts"])
        alerts.wait_for_selector('[data-testid="alert"][data-platform="tiktok"]', timeout=30_000)
        alerts.wait_for_timeout(900)
        _keep(alerts, "multistream-alerts")
        # Twitch and YouTube income gets cards too: the platform's mark, what was sent, the share.
        paid_card = alerts.wait_for_selector(
            '[data-testid="alert"][data-platform="twitch"], [data-testid="alert"][data-platform="youtube"]',
            timeout=60_000)
        assert paid_card.query_selector(".alert-coins-n").text_content().startswith(("$", "-"))
        _keep(alerts, "multistream-alerts-paid")

        board = page(urls["leaderboard"])
        board.wait_for_selector(".board-row .platform-mark[data-platform]", timeout=30_000)
        _keep(board, "multistream-leaderboard")

        goal = page(urls["goal"])
        goal.wait_for_function("() => document.querySelectorAll('.goal-parts .platform-part').length === 3",
                               timeout=30_000)
        _keep(goal, "multistream-goal")
    assert not errors
