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


async def test_a_page_is_titled_in_the_overlay_language(server, http):
    """A browser tab's name: the page's title as the window's overlay panel shows it (overlay/access)."""
    from streamer_app.overlay.access import PAGE_TITLES

    server.set_language(replace(Settings(), overlay_language="de"))
    async with http.get(f"{base(server)}/overlay/timer?token={TOKEN}") as r:
        html = await r.text()
    assert f"<title>streamer-app: {translate('OverlayPages', PAGE_TITLES['timer'], 'de')}</title>" in html
    assert html.count("<title>") == 1 and "subathon timer</title>" not in html
