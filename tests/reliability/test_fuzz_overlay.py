"""Fuzzing the overlay server over real sockets: paths, queries, Host/Origin headers, methods, socket messages.

The server runs on 127.0.0.1 (its own loop on a thread) serving a copy of
``assets/overlay``, with a secret file planted beside the copy and a symlink inside
it pointing at that secret. Raw HTTP requests (written byte for byte, so nothing is
normalised by a client library) and WebSocket messages come from hypothesis. Promises:

* never a 500, and the server answers a normal request afterwards;
* a 200 is only ever the bytes of a file inside the overlay folder (never the secret);
* without the right token no page, no snapshot and no socket (never a 101 upgrade);
* a socket client that sends anything but small acks is closed with a policy code
  (1003, 1008 or 1009), never an internal error (1011).
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import socket
import threading
from dataclasses import replace

import aiohttp
from aiohttp.http_exceptions import HttpProcessingError
import pytest
from yarl import URL
from hypothesis import HealthCheck, given, settings, strategies as st

from streamer_app.i18n.languages import LANGUAGES
from streamer_app.overlay.access import PAGE_TITLES
from streamer_app.overlay.server import localize_page
from streamer_app.overlay.access import PAGES
from streamer_app.overlay.server import OverlayServer
from streamer_app.paths import asset
from streamer_app.settings import Settings, new_token

from .conftest import tally, trials

TOKEN = new_token()
SECRET = b"SECRET-OUTSIDE-THE-OVERLAY-FOLDER"


class _Server:
    def __init__(self, root) -> None:
        self.loop = asyncio.new_event_loop()
        self.srv = OverlayServer(replace(Settings(), overlay_token=TOKEN), port=0, assets_dir=root)
        self.errors: list[str] = []
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(self.srv.start(), self.loop).result(10)
        self.port = self.srv.port

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.srv.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)


class _Files(frozenset):
    """The overlay folder's file contents (a short repr keeps failure reports readable)."""

    def __repr__(self) -> str:
        return f"<{len(self)} overlay files>"


class _Errors(logging.Handler):
    def __init__(self, sink: list) -> None:
        super().__init__(logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError):
            return  # a malformed request aiohttp itself answered with 400: the client's fault, not a crash
        self.sink.append(f"{record.getMessage()}: {type(exc).__name__ if exc else ''} {exc or ''}".strip())


@pytest.fixture(scope="module")
def overlay(tmp_path_factory):
    base = tmp_path_factory.mktemp("overlay")
    root = base / "overlay"
    shutil.copytree(asset("overlay"), root)
    (base / "secret.css").write_bytes(SECRET)
    (base / "secret.html").write_bytes(SECRET)
    (root / "leak.css").symlink_to(base / "secret.css")
    raw = [p.read_bytes() for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    # Pages are served with the overlay's language and the page's title put in
    # (overlay/server.localize_page): any language's, any page's title.
    pages = [b for b in raw if b.lstrip().lower().startswith(b"<!doctype html")]
    files = _Files([*raw, *(localize_page(b, lang, name) for b in pages for lang in LANGUAGES.values()
                            for name in ("", *PAGE_TITLES))])
    s = _Server(root)
    handler = _Errors(s.errors)
    for name in ("aiohttp", "streamer_app"):
        logging.getLogger(name).addHandler(handler)
    yield s, files
    for name in ("aiohttp", "streamer_app"):
        logging.getLogger(name).removeHandler(handler)
    s.stop()


def _request(port: int, raw: bytes) -> tuple[int, dict, bytes]:
    """Send raw bytes; read one response (headers, then Content-Length bytes; nothing after a 101)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
        c.sendall(raw)
        data = b""
        while b"\r\n\r\n" not in data:
            try:
                b = c.recv(65536)
            except (ConnectionResetError, socket.timeout):
                b = b""
            if not b:
                break
            data += b
        if not data:
            return 0, {}, b""  # the server closed a request it could not parse: no data
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip()
                   for k, _, v in (ln.decode("latin-1").partition(":") for ln in lines[1:])}
        want = int(headers.get("content-length", "0") or 0) if not raw.startswith(b"HEAD ") else 0
        while status != 101 and len(body) < want:
            try:
                b = c.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not b:
                break
            body += b
    return status, headers, body


seg = st.one_of(st.sampled_from(["overlay", "..", ".", "%2e%2e", "%2E%2e", "..%2f", "%2f", "%5c", "\\", "ws",
                                 "alerts", "goal", "feed", "secret.css", "secret.html", "leak.css", "style.css",
                                 "gifts", "rose.svg", ".hidden", "%00", "a.js", "//", "~", "etc", "passwd"]),
                st.text(st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="?# "), max_size=12))
REAL = ["/overlay/" + p for p in PAGES] + ["/overlay/ws", "/overlay/css/overlay.css", "/overlay/js/overlay.js",
                                           "/overlay/leak.css", "/overlay/../secret.css", "/overlay/%2e%2e/secret.css",
                                           "/overlay/css/..%2f..%2fsecret.css", "/overlay/gifts/rose.svg"]
paths = st.one_of(st.sampled_from(REAL), st.lists(seg, min_size=1, max_size=6).map(lambda p: "/" + "/".join(p)))
queries = st.one_of(st.just(""), st.just("token=" + TOKEN), st.just("token="), st.just("token=" + TOKEN[:-1] + "x"),
                    st.text(st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="# "), max_size=40),
                    st.just("token=" + TOKEN + "&token=other"), st.just("since=99999999999999999999&epoch=x"))
hosts = st.one_of(st.just("127.0.0.1:{port}"), st.just("127.0.0.1:{port}"), st.just("localhost:{port}"), st.none(), st.sampled_from(["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "evil.example",
                                              "127.0.0.1", "127.0.0.1:1", "LOCALHOST:{port}", "", "x" * 300]),
                  st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=30))
origins = st.one_of(st.none(), st.sampled_from(["null", "http://127.0.0.1:{port}", "https://evil.example", "file://"]),
                    st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=30))
methods = st.one_of(st.just("GET"), st.just("GET"), st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH", "BREW"]))


@settings(max_examples=trials(150, 10_000), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(methods, paths, queries, hosts, origins, st.booleans())
def test_random_requests_never_500_never_leak_and_need_the_token(overlay, method, path, query, host, origin, upgrade):
    s, files = overlay
    s.errors.clear()
    target = path + ("?" + query if query else "")
    lines = [f"{method} {target} HTTP/1.1"]
    if host is not None:
        lines.append("Host: " + host.replace("{port}", str(s.port)))
    if origin is not None:
        lines.append("Origin: " + origin.replace("{port}", str(s.port)))
    if upgrade:
        lines += ["Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13",
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="]
    else:
        lines.append("Connection: close")
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape")
    status, headers, body = _request(s.port, raw)
    tally("overlay HTTP requests fuzzed")
    assert status != 500 and status < 500 or status in (0, 503), (raw, status, body[:200])
    assert SECRET not in body
    try:  # the token as the server reads it (yarl, the first "token" value)
        has_token = URL("http://h" + target.replace("\\", "/"), encoded=True).query.get("token") == TOKEN
    except ValueError:
        has_token = False
    if status == 101:
        assert has_token and upgrade and path == "/overlay/ws", raw
        tally("overlay WebSocket upgrades with the token")
        return
    if status == 200 and method == "GET":
        if body in files and body.lstrip().lower().startswith(b"<!doctype html"):
            assert has_token, f"a page was served without the token: {raw!r}"
        else:
            assert body in files, f"served bytes that are not an overlay file: {raw!r}"
    tally("overlay HTTP requests refused" if status != 200 else "overlay HTTP requests served (an overlay file)")
    assert not s.errors, s.errors


ws_messages = st.one_of(
    st.builds(lambda n: {"type": "ack", "seq": n}, st.integers(-2**70, 2**70)).map(json.dumps),
    st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30)),
                 lambda i: st.one_of(st.lists(i, max_size=4), st.dictionaries(st.text(max_size=8), i, max_size=4)),
                 max_leaves=10).map(json.dumps),
    st.text(max_size=2000), st.binary(max_size=2000), st.just("x" * 5000),
)


@settings(max_examples=trials(40, 3_000), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(ws_messages, min_size=1, max_size=6))
def test_random_socket_messages_close_with_a_policy_code_never_an_internal_error(overlay, messages):
    s, _ = overlay
    s.errors.clear()

    async def talk() -> tuple[int | None, int]:
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(f"ws://127.0.0.1:{s.port}/overlay/ws?token={TOKEN}") as ws:
                first = json.loads((await ws.receive(timeout=5)).data)
                assert first["type"] == "snapshot"
                sent = 0
                for m in messages:
                    if ws.closed:
                        break
                    try:
                        await (ws.send_bytes(m) if isinstance(m, bytes) else ws.send_str(m))
                    except aiohttp.ClientConnectionResetError:
                        break  # the server already closed on an earlier message
                    sent += 1
                # A good ack keeps the socket open; anything else is answered with a close.
                msg = await ws.receive(timeout=1.0) if not ws.closed else None
                while msg is not None and msg.type == aiohttp.WSMsgType.TEXT:
                    msg = await ws.receive(timeout=1.0)
                return ws.close_code, sent

    def acceptable(m) -> bool:
        if isinstance(m, bytes) or len(m.encode()) > 1024:
            return False
        try:
            d = json.loads(m)
        except ValueError:
            return False
        return isinstance(d, dict) and d.get("type") == "ack" and type(d.get("seq")) is int

    try:
        code, _ = asyncio.run(talk())
    except asyncio.TimeoutError:
        code = None  # still open after a second: only acks were sent
    tally("overlay WebSocket client messages fuzzed", len(messages))
    if all(acceptable(m) for m in messages):
        assert code in (None, 1000), code
    else:
        # 1006: the server's close raced our next send, so the client saw the TCP close first.
        assert code in (1003, 1008, 1009, 1006), code
        tally("overlay sockets closed with a policy code")
    assert not s.errors, s.errors
    # The server still answers a page request afterwards.
    status, _, _ = _request(s.port, f"GET /overlay/alerts?token={TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:{s.port}\r\n"
                                    f"Connection: close\r\n\r\n".encode())
    assert status == 200
