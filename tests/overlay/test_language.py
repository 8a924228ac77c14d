"""The overlay's language (issue 19): served with each page, and a change reloads open pages."""

from __future__ import annotations

from dataclasses import replace

import aiohttp

from streamer_app.i18n import translate
from streamer_app.overlay.server import CLOSE_RELOAD
from streamer_app.settings import Settings

from .conftest import TOKEN, base, receive, ws_url


async def test_pages_are_served_in_the_overlay_language_and_a_change_reloads_them(server, http):
    server.set_language(replace(Settings(), overlay_language="de"))
    async with http.get(f"{base(server)}/overlay/tally?token={TOKEN}") as r:
        html = await r.text()
    assert '<html lang="de-DE" dir="ltr"' in html and translate("Overlay", "Coins", "de") in html
    async with http.ws_connect(ws_url(server), headers={"Origin": base(server)}) as ws:
        assert (await receive(ws))["type"] == "snapshot"
        server.set_language(replace(Settings(), language="ar"))
        msg = await ws.receive(timeout=5)
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED) and ws.close_code == CLOSE_RELOAD
    async with http.get(f"{base(server)}/overlay/goal?token={TOKEN}") as r:
        assert '<html lang="ar-SA" dir="rtl"' in await r.text()


def test_without_a_language_setting_the_overlays_speak_the_lang_option():
    """``--lang ar --demo --headless`` (no language saved): the pages are Arabic, as the window would be."""
    from streamer_app import i18n
    from streamer_app.overlay.server import overlay_language
    from streamer_app.settings import Settings

    before = i18n.current().code
    try:
        i18n.set_language("ar")
        assert overlay_language(Settings()).code == "ar"
        assert overlay_language(Settings(language="de")).code == "de"  # a saved choice still wins
    finally:
        i18n.set_language(before)


def test_the_lang_option_beats_saved_language_settings_until_the_creator_picks_one():
    """DESIGN.md section 4: ``--lang`` picks the overlays' language too, over what the settings saved."""
    from streamer_app import i18n
    from streamer_app.overlay.server import overlay_language

    before = i18n.current().code
    saved = Settings(language="fr", overlay_language="ja")
    try:
        i18n.choose_for_run("de")
        assert overlay_language(saved).code == "de"
        assert overlay_language(Settings()).code == "de"
        i18n.forget_run_choice()  # the creator chose in the settings dialog during the run
        assert overlay_language(saved).code == "ja"
        assert overlay_language(Settings(language="fr")).code == "fr"
    finally:
        i18n.forget_run_choice()
        i18n.set_language(before)


def test_the_lang_option_is_what_a_headless_demo_serves_over_a_saved_language(tmp_path):
    """End to end: a saved ``language`` of fr, then ``--lang de --demo --headless``: the page is German."""
    import json
    import re
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    (tmp_path / "settings.json").write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "streamer_app", "--lang", "de", "--demo", "--headless",
                             "--data-dir", str(tmp_path), "--overlay-port", str(port), "--duration", "600"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = ""
        for _ in range(600):  # the server is up once the token is saved and the page answers
            try:
                token = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8")).get("overlay_token", "")
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/overlay/tally?token={token}", timeout=2) as r:
                    page = r.read().decode()
                break
            except (OSError, ValueError):
                time.sleep(0.1)
        assert re.search(r'<html lang="de-DE"', page), page[:300]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


async def test_a_page_is_titled_in_the_overlay_language(server, http):
    """A browser tab's name: the page's title as the window's overlay panel shows it (overlay/access)."""
    from streamer_app.overlay.access import PAGE_TITLES

    server.set_language(replace(Settings(), overlay_language="de"))
    async with http.get(f"{base(server)}/overlay/timer?token={TOKEN}") as r:
        html = await r.text()
    assert f"<title>streamer-app: {translate('OverlayPages', PAGE_TITLES['timer'], 'de')}</title>" in html
    assert html.count("<title>") == 1 and "subathon timer</title>" not in html
