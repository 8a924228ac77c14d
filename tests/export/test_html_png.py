"""The HTML report in real headless Chromium, and the PNG share card's pixels."""

from __future__ import annotations

import json

import pytest
from PIL import Image, ImageStat

from streamer_app.core.formatting import count

from .conftest import export

try:
    from tests.support.browser import chromium, chromium_available
except ImportError:  # the overlay tests' helper is not there: the same launch, inline
    import contextlib
    import os

    def chromium_available() -> bool:
        return os.path.exists("/usr/bin/chromium")

    @contextlib.contextmanager
    def chromium():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"])
            try:
                yield b
            finally:
                b.close()


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")
@pytest.mark.parametrize("what", [("1",), ("--from", "2025-03-01", "--to", "2025-03-07")])
def test_html_report_loads_offline_with_totals_and_charts(demo_home, tmp_path, what):
    out = tmp_path / "report.html"
    r = export(demo_home, *what, "--format", "html", "-o", str(out))
    assert r.returncode == 0, r.stderr
    totals = json.loads(export(demo_home, *what, "-o", "-").stdout)["totals"]
    html = out.read_text(encoding="utf-8")
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors, requests = [], []
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda req: requests.append(req.url))
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        assert errors == []
        assert requests == [out.as_uri()], "the report must load nothing but itself"
        assert page.locator("#total-coins").inner_text().startswith(count(totals["coins"]))
        assert page.locator("svg.chart").count() >= 3
        chart = page.locator("svg.chart").first
        box = chart.bounding_box()
        assert box["width"] > 600 and box["height"] > 150
        assert chart.locator("polyline.series").count() == 1
        assert chart.locator("g.threshold").count() >= 1
        assert page.get_by_text("Payout planner").count() == 1
        assert page.get_by_text("USD 1,000 per day").count() == 1
        page.emulate_media(media="print")  # the print stylesheet applies without errors
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
        assert errors == []


def test_png_share_card(demo_home, tmp_path):
    out = tmp_path / "card.png"
    r = export(demo_home, "1", "--format", "png", "-o", str(out))
    assert r.returncode == 0, r.stderr
    img = Image.open(out)
    assert img.format == "PNG" and img.size == (1080, 1350)
    rgb = img.convert("RGB")
    assert len(rgb.getcolors(maxcolors=1 << 20) or []) > 2000, "a real picture, not a flat fill"
    assert min(ImageStat.Stat(rgb).stddev) > 15
    # the hero number is drawn in white on the dark panel: bright pixels are there
    hero = rgb.crop((180, 330, 700, 460)).convert("L")
    assert hero.getextrema()[1] > 240 and sum(hero.histogram()[241:]) > 3000


def test_png_card_for_a_range_and_names_the_font_cannot_draw(tmp_path):
    from datetime import date, datetime, timezone

    from streamer_app.export.card import clean, render_card
    from streamer_app.export.summary import build_range_summary
    from streamer_app.settings import Settings
    from streamer_app.store.database import open_database
    from streamer_app.store.queries import Reader

    assert clean("Aria Flow 🔥") == "Aria Flow" and clean("Zoë") == "Zoë"
    home = tmp_path / "d"
    db = open_database(home / "streamer-app.db")
    db.conn.execute("INSERT INTO sessions (source, room_id, creator, started_at, ended_at, rates) "
                    "VALUES ('demo', 'r', '@me', 1740852000, 1740855600, '{}')")
    db.conn.execute("INSERT INTO users VALUES ('1', 'only.handle', '🔥🔥', '')")
    db.conn.execute("INSERT INTO gifts VALUES (1, 'Rose', 1, '')")
    db.conn.execute("INSERT INTO ledger (session_id, ts, user_id, gift_id, units, coins_each, coins) "
                    "VALUES (1, 1740852100, '1', 1, 5, 1, 5)")
    s = build_range_summary(Reader(home / "streamer-app.db", db.conn), date(2025, 3, 1), date(2025, 3, 31),
                            Settings().thresholds, Settings().rates, now=datetime(2025, 3, 6, tzinfo=timezone.utc))
    img = Image.open(__import__("io").BytesIO(render_card(s)))
    assert img.size == (1080, 1350)


def test_connection_gaps_are_shown_not_hidden(demo_home, tmp_path):
    import shutil
    import sqlite3

    home = tmp_path / "data"
    shutil.copytree(demo_home, home, ignore=shutil.ignore_patterns("backups"))
    start = 1740852000  # 2025-03-01 18:00 UTC, session 1
    with sqlite3.connect(home / "streamer-app.db") as c:
        c.execute("INSERT INTO gaps (session_id, from_ts, to_ts, reason) VALUES (1, ?, ?, 'network dropped')",
                  (start + 120, start + 200))
    html = export(home, "1", "--format", "html", "-o", "-").stdout
    assert "Connection gaps" in html and "network dropped" in html and "1:20" in html
    assert html.count('class="gap"') == 2  # shaded on the earnings chart and on the gifts timeline
    md = export(home, "1", "--format", "md", "-o", "-").stdout
    assert "1 connection gap (1:20): gifts sent then may be missing" in md
    data = json.loads(export(home, "1", "-o", "-").stdout)
    assert data["gaps"] == [{"from": "2025-03-01T18:02:00Z", "to": "2025-03-01T18:03:20Z", "reason": "network dropped"}]
