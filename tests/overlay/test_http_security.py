"""The overlay server's HTTP face, attacked over real sockets: tokens, Host, traversal, headers."""

from __future__ import annotations

import shutil
import socket
from dataclasses import replace

import pytest

from streamer_app.overlay import guard
from streamer_app.overlay.errors import OverlayError
from streamer_app.overlay.server import OverlayServer
from streamer_app.settings import Settings
from streamer_app.paths import asset

from .conftest import TOKEN, base, raw_url

PAGES = ("alerts", "goal", "tally", "leaderboard", "feed")


@pytest.mark.parametrize("page", PAGES)
async def test_every_page_needs_the_token(server, http, page):
    url = f"{base(server)}/overlay/{page}"
    async with http.get(url) as r:
        assert r.status == 401
        assert "token" in (await r.text())
    async with http.get(url + "?token=" + "x" * 22) as r:
        assert r.status == 403
    async with http.get(url + "?token=" + TOKEN[:-1]) as r:
        assert r.status == 403
    async with http.get(url + "?token=" + TOKEN) as r:
        assert r.status == 200
        assert r.content_type == "text/html"
        body = await r.text()
        assert 'src="js/overlay.js"' in body


async def test_security_headers_on_pages_files_and_refusals(server, http):
    for path, status in ((f"/overlay/alerts?token={TOKEN}", 200), ("/overlay/css/overlay.css", 200),
                         ("/overlay/alerts", 401), ("/overlay/nope.txt", 404)):
        async with http.get(base(server) + path) as r:
            assert r.status == status, path
            csp = r.headers["Content-Security-Policy"]
            assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
            assert f"ws://127.0.0.1:{server.port}" in csp
            assert "http:" not in csp.replace(f"ws://127.0.0.1:{server.port}", "")  # nothing from elsewhere
            assert r.headers["Referrer-Policy"] == "no-referrer"
            assert r.headers["X-Content-Type-Options"] == "nosniff"
            assert r.headers["Cross-Origin-Resource-Policy"] == "same-origin"


async def test_files_have_exact_types(server, http):
    for path, ctype in (("/overlay/js/alerts.js", "text/javascript"), ("/overlay/css/alerts.css", "text/css"),
                        ("/overlay/gifts/rose.svg", "image/svg+xml")):
        async with http.get(base(server) + path) as r:
            assert r.status == 200 and r.content_type == ctype, path


@pytest.mark.parametrize("host", ["evil.example:{port}", "127.0.0.1.nip.io:{port}", "127.0.0.1:{other}",
                                  "localhost", "192.168.1.20:{port}", "attacker.com"])
async def test_foreign_host_is_misdirected(server, http, host):
    host = host.format(port=server.port, other=server.port + 1)
    async with http.get(f"{base(server)}/overlay/alerts?token={TOKEN}", headers={"Host": host}) as r:
        assert r.status == 421
    async with http.get(f"{base(server)}/overlay/css/overlay.css", headers={"Host": host}) as r:
        assert r.status == 421


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}", "[::1]:{port}"])
async def test_own_loopback_hosts_are_served(server, http, host):
    async with http.get(f"{base(server)}/overlay/alerts?token={TOKEN}",
                        headers={"Host": host.format(port=server.port)}) as r:
        assert r.status == 200


@pytest.mark.parametrize("path", [
    "/overlay/../pyproject.toml",
    "/overlay/%2e%2e/%2e%2e/pyproject.toml",
    "/overlay/css/..%2f..%2f..%2fpyproject.toml",
    "/overlay/gifts/%2e%2e%2f%2e%2e%2fstreamer_app%2fsettings.py",
    "/overlay/..%5c..%5cpyproject.toml",
    "/overlay//etc/passwd",
    "/overlay/%2fetc%2fpasswd",
    "/overlay/alerts.html",  # HTML only through the token-checked page route
    "/overlay/js/overlay.js%00.svg",
    "/overlay/.git/config",
    "/overlay/gifts/.hidden.svg",
    "/etc/passwd",
    "/",
])
async def test_traversal_and_unlisted_files_are_not_found(server, http, path):
    async with http.get(raw_url(server, path)) as r:
        assert r.status in (404, 400), path
        text = await r.text()
        assert "[project]" not in text and "root:" not in text


async def test_symlink_out_of_the_folder_is_refused(tmp_path, http):
    root = tmp_path / "overlay"
    shutil.copytree(asset("overlay"), root)
    secret = tmp_path / "secret.css"
    secret.write_text("body{} /* SECRET */")
    (root / "css" / "leak.css").symlink_to(secret)
    srv = OverlayServer(replace(Settings(), overlay_token=TOKEN), port=0, assets_dir=root)
    await srv.start()
    try:
        async with http.get(f"{base(srv)}/overlay/css/leak.css") as r:
            assert r.status == 404
        async with http.get(f"{base(srv)}/overlay/css/overlay.css") as r:
            assert r.status == 200
    finally:
        await srv.stop()


async def test_only_get_is_allowed(server, http):
    async with http.post(f"{base(server)}/overlay/alerts?token={TOKEN}", data=b"x") as r:
        assert r.status == 405


async def test_binds_loopback_only(server):
    sock_addrs = server._runner.addresses
    assert sock_addrs and all(a[0] == "127.0.0.1" for a in sock_addrs)


async def test_busy_port_is_one_clear_sentence():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        srv = OverlayServer(replace(Settings(), overlay_token=TOKEN), port=port)
        with pytest.raises(OverlayError) as info:
            await srv.start()
    text = str(info.value)
    assert f"port {port} is already in use" in text and "--overlay-port" in text
    assert "\n" not in text


def test_lan_mode_accepts_ip_literals_but_never_names():
    assert guard.host_ok("192.168.1.20:8765", 8765, lan=True)
    assert guard.host_ok("[fe80::1]:8765", 8765, lan=True)
    assert not guard.host_ok("192.168.1.20:8765", 8765, lan=False)
    assert not guard.host_ok("evil.example:8765", 8765, lan=True)  # DNS rebinding comes by name
    assert not guard.host_ok("192.168.1.20:9999", 8765, lan=True)
    assert not guard.host_ok(None, 8765)


def test_token_status_distinguishes_missing_and_wrong():
    assert guard.token_status(None, TOKEN) == 401
    assert guard.token_status("", TOKEN) == 401
    assert guard.token_status(TOKEN + "x", TOKEN) == 403
    assert guard.token_status(TOKEN, "") == 403  # a server without a token refuses everyone
    assert guard.token_status(TOKEN, TOKEN) == 0

