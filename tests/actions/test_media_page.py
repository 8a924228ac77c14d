"""The media overlay page: its files only from the data folder's media/ with the token, and real
Chromium showing and playing what a real headless demo's rules send."""

from __future__ import annotations

import io
import math
import os
import struct
import subprocess
import sys
import time
import wave
from dataclasses import replace
from pathlib import Path

import pytest

from streamer_app.overlay.server import OverlayServer
from streamer_app.settings import Settings
from tests.conftest import ROOT, run_cli
from tests.overlay.conftest import TOKEN, base, free_port, http, raw_url  # noqa: F401 (http: a fixture)
from tests.support.browser import chromium, chromium_available

from .conftest import write_actions


def make_media(folder: Path) -> None:
    """A GIF badge and a short WAV tone, drawn here (nothing downloaded)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    frames = []
    for i in range(6):
        img = Image.new("RGBA", (480, 480), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        r = 200 + 10 * math.sin(i / 6 * 2 * math.pi)
        d.ellipse((240 - r, 240 - r, 240 + r, 240 + r), fill=(255, 194, 61, 255), outline=(255, 61, 127, 255), width=18)
        d.text((240, 240), "ROAR!", fill=(23, 18, 43, 255), anchor="mm", font_size=110)
        frames.append(img)
    frames[0].save(folder / "lion.gif", save_all=True, append_images=frames[1:], duration=120, loop=0, disposal=2)
    with wave.open(str(folder / "roar.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 220 * n / 22050)))
                               for n in range(22050 // 3)))


@pytest.fixture
async def media_server(tmp_path):
    make_media(tmp_path / "media")
    (tmp_path / "media" / "notes.txt").write_text("not media")
    (tmp_path / "media" / ".hidden.gif").write_bytes(b"GIF89a")
    (tmp_path / "secret.gif").write_bytes(b"GIF89a")
    os.symlink(tmp_path / "secret.gif", tmp_path / "media" / "out.gif")
    srv = OverlayServer(replace(Settings(), overlay_token=TOKEN), port=0, media_dir=tmp_path / "media")
    await srv.start()
    yield srv
    await srv.stop()


async def test_media_files_need_the_token_and_stay_inside_media(media_server, http):
    async def status(path: str) -> int:
        async with http.get(raw_url(media_server, path)) as r:
            await r.read()
            return r.status

    async with http.get(f"{base(media_server)}/overlay/media/lion.gif?token={TOKEN}") as r:
        assert r.status == 200 and r.headers["Content-Type"] == "image/gif"
        assert (await r.read())[:6] == b"GIF89a"
        assert "media-src 'self'" in r.headers["Content-Security-Policy"]
    assert await status(f"/overlay/media/roar.wav?token={TOKEN}") == 200
    assert await status("/overlay/media/lion.gif") == 401
    assert await status("/overlay/media/lion.gif?token=wrong") == 403
    for path in ("/overlay/media/../settings.json", "/overlay/media/..%2Fsecret.gif", "/overlay/media/out.gif",
                 "/overlay/media/notes.txt", "/overlay/media/.hidden.gif", "/overlay/media/%2Fetc%2Fpasswd",
                 "/overlay/media/missing.gif"):
        assert await status(path + f"?token={TOKEN}") in (403, 404), path  # 403: the router's own refusal


def _start_demo(data: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "20", "--duration", "3600",
         "--seed", "11", "--data-dir", str(data), "--overlay-port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    deadline = time.monotonic() + 30
    line = ""
    while "Overlay alerts:" not in line:
        assert time.monotonic() < deadline and proc.poll() is None, "the headless demo did not start"
        line = proc.stdout.readline()
    return proc


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and playwright")
def test_the_media_page_shows_and_plays_what_the_rules_send(tmp_path):
    from PIL import Image

    data = tmp_path / "data"
    make_media(data / "media")
    write_actions(data, [{"name": "Big gift", "when": {"event": "gift", "min_coins": 5}, "cooldown": 20,
                          "do": [{"type": "overlay_media", "file": "lion.gif", "seconds": 3},
                                 {"type": "sound", "file": "roar.wav", "volume": 0.8},
                                 {"type": "tts", "text": "Thanks {user} for {gift}!"},
                                 {"type": "alert", "text": "{user} unlocked the ROAR with {gift}!", "seconds": 8}]}])
    port = free_port()
    proc = _start_demo(data, port)
    errors: list[str] = []
    try:
        urls = run_cli("overlay", "urls", "--data-dir", str(data), "--overlay-port", str(port)).stdout.split()
        url, alerts_url = urls[-1], urls[0]
        assert "/overlay/media?token=" in url and "/overlay/alerts?token=" in alerts_url
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url + "&tts=1")
            page.wait_for_selector('[data-testid="media"] img', timeout=60_000)
            page.wait_for_function("window.SAMedia.played.length > 0 && window.SAMedia.spoken.length > 0",
                                   timeout=30_000)
            page.wait_for_timeout(700)  # the entrance animation
            png = page.screenshot(omit_background=True)
            seen = page.evaluate("window.SAMedia")
            alerts = browser.new_page(viewport={"width": 1920, "height": 1080})
            alerts.on("pageerror", lambda e: errors.append(str(e)))
            alerts.goto(alerts_url + "&min=1000000")  # only the rule's own card
            card = alerts.locator('[data-testid="alert"][data-kind="custom"]')
            card.wait_for(timeout=60_000)
            assert "unlocked the ROAR with" in card.inner_text() and card.get_attribute("data-rule") == "Big gift"
            alerts.wait_for_timeout(900)
            alert_png = alerts.screenshot(omit_background=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert not errors
    assert set(seen["shown"]) == {"lion.gif"} and set(seen["played"]) == {"roar.wav"}
    assert "lion.gif" not in seen["failed"]
    assert seen["spoken"][0].startswith("Thanks ")
    img = Image.open(io.BytesIO(png)).convert("RGBA")
    if os.environ.get("STREAMER_APP_SCREENSHOTS"):  # to look at (docs/ACTIONS.md)
        img.save(Path(os.environ["STREAMER_APP_SCREENSHOTS"]) / "media-page.png")
        (Path(os.environ["STREAMER_APP_SCREENSHOTS"]) / "alert-custom.png").write_bytes(alert_png)
    alpha = img.getchannel("A")
    assert alpha.getpixel((0, 0)) == 0 and alpha.getpixel((1919, 1079)) == 0  # transparent around it
    assert alpha.getpixel((960, 540)) == 255  # the picture, in the middle
