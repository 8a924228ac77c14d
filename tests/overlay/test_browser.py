"""Real headless Chromium against a real headless demo: alerts render, backgrounds stay transparent."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT, run_cli
from tests.support.browser import chromium, chromium_available

from .conftest import free_port

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")]


@pytest.fixture
def live_demo(tmp_path):
    """``streamer-app --demo --headless`` with its overlay server on a free port, as a user runs it."""
    port = free_port()
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "25", "--duration", "3600",
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
