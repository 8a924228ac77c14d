"""The local overlay server: OBS browser-source pages and their live WebSocket feed.

It lives as long as the app (or the headless run), on the engine's loop, and survives
engine switches: ``attach(engine)`` when a source starts, ``detach()`` when it stops.
Usage::

    server = OverlayServer(settings)
    await server.start()          # OverlayError (one clear sentence) if the port is taken
    server.attach(engine)         # engine loop only; the server registers as a publisher
    server.urls()                 # {"alerts": "http://127.0.0.1:8765/overlay/alerts?token=...", ...}
    server.set_token(new_token)   # after access.rotate_token(): old links stop working
    server.send_test_alert()      # a pretend gift for the "test alert" button
    server.detach(); await server.stop()

Security (DESIGN.md section 5): see guard.py. The protocol: docs/PROTOCOL.md.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import re
import time
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any, Callable

from aiohttp import WSMsgType, web

from ..core.economics import tiktok_thresholds
from ..i18n import chosen_for_run, resolve, shown, translate
from ..i18n import current as current_language
from ..i18n.catalog import load as load_catalog
from ..i18n.languages import DEFAULT, Language
from ..core.snapshot import Update
from ..paths import asset
from ..settings import Settings
from . import guard
from .access import PAGE_TITLES, PAGES, page_urls
from .errors import OverlayError
from .feed import PROTOCOL_VERSION, Feed, Subscriber, deltas_frame

log = logging.getLogger(__name__)

MAX_CLIENT_MSG = 1024  # bytes; clients only ever send tiny acks
MAX_CLIENT_MSGS_PER_S = 20
MAX_SOCKETS = 64
HEARTBEAT_S = 20.0
CLOSE_TOO_SLOW = 1013  # "try again later": the page resumes from its last sequence
CLOSE_POLICY = 1008
CLOSE_TOKEN_ROTATED = 4001
CLOSE_RELOAD = 4002  # the overlay language changed: open pages reload themselves (overlay.js)


def _alert_rules(settings: Settings) -> dict:
    # The Qt alert window and the overlay follow the same rules (core.alert_queue).
    try:
        from ..core import alert_queue as aq
        tiers, hold, min_hold = list(aq.TIER_COINS), list(aq.HOLD_S), aq.MIN_HOLD_S
    except (ImportError, AttributeError):
        tiers, hold, min_hold = [0, 100, 1000, 10000], [2.5, 4.0, 6.0, 9.0], 1.2
    a = settings.alerts
    return {"tier_coins": tiers, "hold_s": hold, "min_hold_s": min_hold, "min_coins": a.min_coins,
            "max_queue": a.max_queue, "volume": 0 if a.muted else a.volume}


def _thresholds(settings: Settings) -> list[dict]:
    """Each threshold in coins at today's rates, and in its own unit (money in the display
    currency), so the goal page can show "$8.81 / $100" for a money threshold."""
    out, r = [], settings.rates
    for t in tiktok_thresholds(settings.thresholds):  # goals in coins; Twitch's and YouTube's count other income
        try:
            amount = t.amount
            if t.unit == "money" and t.currency != r.currency:  # USD shown in the display currency
                amount = amount * r.usd_to_currency
            out.append({"name": t.name, "coins": float(t.in_coins(r)), "unit": t.unit, "amount": float(amount)})
        except (ValueError, ArithmeticError):
            continue
    return out


def overlay_language(settings: Settings) -> Language:
    """The audience's language: ``--lang`` for this run when given, else ``overlay_language``, else
    the window's (``language``), else the system's."""
    chosen = chosen_for_run()
    if chosen is not None:
        return chosen
    for code in (settings.overlay_language, settings.language):
        found = resolve(code) if code else None
        if found is not None:
            return found
    return current_language()


def page_strings(lang: Language) -> dict:
    """What a page needs to speak ``lang``: its code, locale, direction, digits and the
    "Overlay" strings of its catalog (the English source where none is kept)."""
    strings = {} if lang.code == DEFAULT else {
        src: text for (ctx, src), text in load_catalog(lang.code).items() if ctx == "Overlay"}
    return {"lang": lang.code, "locale": lang.locale.replace("_", "-"), "dir": "rtl" if lang.rtl else "ltr",
            "numbers": lang.numbers, "strings": strings}


def localize_page(body: bytes, lang: Language, page: str = "") -> bytes:
    """``<html lang dir>``, the page's title (a browser tab's name) and the strings as an inline JSON
    data block (not a script: our CSP runs none inline, and a data block needs none)."""
    data = page_strings(lang)
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    html = body.decode("utf-8")
    html = html.replace('<html lang="en"', f'<html lang="{data["locale"]}" dir="{data["dir"]}"', 1)
    if page in PAGE_TITLES:  # the title marked in overlay/access.OVERLAY_PAGES, as the window shows it
        title = escape(shown("OverlayPages", PAGE_TITLES[page], lang.code))
        html = re.sub(r"<title>[^<]*</title>", lambda _: f"<title>streamer-app: {title}</title>", html, count=1)
    html = html.replace("</head>", f'<script type="application/json" id="sa-i18n">{blob}</script>\n</head>', 1)
    return html.encode("utf-8")


class OverlayServer:
    """aiohttp app serving ``assets/overlay`` pages and ``/overlay/ws``; see the module docstring."""

    def __init__(self, settings: Settings, *, host: str | None = None, port: int | None = None,
                 assets_dir: Path | None = None, media_dir: Path | None = None) -> None:
        self.settings = settings
        self.lan = bool(settings.overlay_lan)
        self.host = host or ("0.0.0.0" if self.lan else "127.0.0.1")
        self.port = settings.overlay_port if port is None else port
        self.token = settings.overlay_token
        self.root = Path(assets_dir) if assets_dir else asset("overlay")
        self.media_dir = Path(media_dir) if media_dir else None  # the data folder's media/ (actions)
        self.language = overlay_language(settings)
        self.feed = Feed(config={"protocol": PROTOCOL_VERSION, "alerts": _alert_rules(settings),
                                 "thresholds": _thresholds(settings),
                                 "likes": {"goal": settings.likes.goal, "step": settings.likes.step}})
        self.engine: Any = None
        self.warnings: list[str] = []
        self._runner: web.AppRunner | None = None
        self._sockets: dict[Subscriber, web.WebSocketResponse] = {}
        self._tasks: set[asyncio.Task] = set()
        # benchmarks/bench_overlay.py measures gift-to-send here: called with each sent batch.
        self.send_observer: Callable[[list[str]], None] | None = None

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self) -> "OverlayServer":
        if not self.token:
            raise OverlayError("the overlay has no token yet: run 'streamer-app overlay rotate-token'")
        app = web.Application(middlewares=[self._host_guard], client_max_size=4096)
        app.on_response_prepare.append(self._security_headers)
        app.router.add_get("/overlay/ws", self._ws)
        app.router.add_get("/overlay/{page:[a-z]+}", self._page)
        app.router.add_get("/overlay/media/{path:.+}", self._media)
        app.router.add_get("/overlay/{path:.+}", self._static)
        # access_log=None: request lines carry the token, and secrets never reach logs.
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
                raise OverlayError(translate(
                    "OverlayServer", "port {port} is already in use (another streamer-app or program?): "
                    "choose another with --overlay-port P or the overlay_port setting").format(port=self.port)) from None
            raise OverlayError(translate(
                "OverlayServer", "cannot open the overlay server on port {port}: {error}; choose another with "
                "--overlay-port P").format(port=self.port, error=exc.strerror or exc)) from None
        self._runner = runner
        if self.port == 0:
            self.port = runner.addresses[0][1]
        if self.lan:
            self.warnings.append(
                f"LAN access is on: any device on your network that has the token can open the overlays "
                f"(port {self.port}). Turn overlay_lan off unless you need it."
            )
            for w in self.warnings:
                log.warning(w)
        return self

    async def stop(self) -> None:
        self.detach()
        for sub, ws in list(self._sockets.items()):
            self.feed.unsubscribe(sub)
            try:
                await ws.close(code=1001, message=b"server stopping")
            except Exception:
                pass
        for task in list(self._tasks):
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def running(self) -> bool:
        return self._runner is not None

    # -- engines ---------------------------------------------------------------------------
    def attach(self, engine: Any) -> None:
        """Follow ``engine`` (engine loop only): its updates go out, its snapshot answers new pages."""
        if self.engine is not None:
            self.detach()
        self.engine = engine
        self.feed.snapshot_source = engine.snapshot
        engine.add_publisher(self)
        self.feed.reset()

    def detach(self) -> None:
        engine = self.engine
        if engine is None:
            return
        engine.remove_publisher(self)
        self.feed.cancel_totals()
        self.feed.emit_totals()  # pages keep the final totals after the stream
        self.feed.snapshot_source = lambda: None
        self.engine = None

    def publish(self, update: Update) -> None:
        """The engine's publisher hook (engine loop)."""
        self.feed.publish(update)
        if update.get("type") == "session":
            self.feed.reset()

    def send_test_alert(self, coins: int = 1000) -> None:
        """A pretend gift for every page (not counted anywhere): checks sound and placement in OBS."""
        self.feed.publish({
            "type": "gift", "test": True, "ts": time.time(),
            "user": {"id": "test", "handle": "streamer.app", "nickname": "Test alert", "name": "Test alert",
                     "avatar": ""},
            "gift": {"id": 12, "name": "Galaxy", "coins": coins, "image": "gifts/galaxy.svg"},
            "units": 1, "coins": coins, "streak": False, "closed_without_end": False,
        }, refresh_totals=False)

    # -- access ------------------------------------------------------------------------------
    def urls(self) -> dict[str, str]:
        """Each page's full URL with the token (loopback), for the CLI and the window's panel."""
        return page_urls(replace(self.settings, overlay_token=self.token), port=self.port)

    def set_token(self, token: str) -> None:
        """Switch to a new token (after ``access.rotate_token``): connected pages are closed."""
        if len(token) < 22:
            raise ValueError("an overlay token must carry at least 128 bits (22 characters)")
        self.token = token
        for sub, ws in list(self._sockets.items()):
            self.feed.unsubscribe(sub)
            self._spawn(ws.close(code=CLOSE_TOKEN_ROTATED, message=b"token changed"))

    def set_language(self, settings: Settings) -> None:
        """Follow a settings change of the overlay (or window) language: open pages reload in it."""
        lang = overlay_language(settings)
        if lang == self.language:
            return
        self.language = lang
        for sub, ws in list(self._sockets.items()):
            self.feed.unsubscribe(sub)
            self._spawn(ws.close(code=CLOSE_RELOAD, message=b"language changed: reload"))

    @property
    def client_count(self) -> int:
        return len(self._sockets)

    # -- HTTP --------------------------------------------------------------------------------
    @web.middleware
    async def _host_guard(self, request: web.Request, handler):
        if request.method not in ("GET", "HEAD"):
            return web.Response(status=405, text="Overlays are read-only.")
        if not guard.host_ok(request.headers.get("Host"), self.port, self.lan):
            return web.Response(status=421, text="Misdirected request: this server only answers to its own address.")
        return await handler(request)

    async def _security_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        h = response.headers
        host = request.headers.get("Host", "")
        if not guard.host_ok(host, self.port, self.lan):
            host = f"127.0.0.1:{self.port}"
        h["Content-Security-Policy"] = guard.content_security_policy(host)
        h["Referrer-Policy"] = "no-referrer"
        h["X-Content-Type-Options"] = "nosniff"
        h["X-Frame-Options"] = "DENY"
        h["Cross-Origin-Resource-Policy"] = "same-origin"  # other sites cannot embed our files
        h.setdefault("Cache-Control", "no-store")

    def _refuse(self, status: int) -> web.Response:
        text = {
            401: "This overlay link has no token: copy the full URL from streamer-app (overlay urls).",
            403: "This overlay link's token is wrong or was replaced: copy the current URL from streamer-app.",
        }.get(status, "Refused.")
        return web.Response(status=status, text=text)

    async def _page(self, request: web.Request) -> web.StreamResponse:
        page = request.match_info["page"]
        if page not in PAGES:
            raise web.HTTPNotFound()
        status = guard.token_status(request.query.get("token"), self.token)
        if status:
            return self._refuse(status)
        path = self.root / f"{page}.html"
        try:
            body = path.read_bytes()
        except OSError:
            log.error("overlay page %s is missing from %s", page, self.root)
            return web.Response(status=500, text="This overlay page is missing from the installation.")
        return web.Response(body=localize_page(body, self.language, page), content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        path = guard.static_file(self.root, request.match_info["path"])
        if path is None:
            raise web.HTTPNotFound()
        resp = web.FileResponse(path, headers={"Content-Type": guard.STATIC_TYPES[path.suffix.lower()],
                                               "Cache-Control": "no-cache"})
        return resp

    async def _media(self, request: web.Request) -> web.StreamResponse:
        """A file of the data folder's media/ for the media page: token required, nothing outside it."""
        status = guard.token_status(request.query.get("token"), self.token)
        if status:
            return self._refuse(status)
        path = guard.static_file(self.media_dir, request.match_info["path"], guard.MEDIA_TYPES) \
            if self.media_dir is not None else None
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": guard.MEDIA_TYPES[path.suffix.lower()]})

    # -- WebSocket --------------------------------------------------------------------------
    async def _ws(self, request: web.Request) -> web.StreamResponse:
        status = guard.token_status(request.query.get("token"), self.token)
        if status:
            return self._refuse(status)
        if not guard.origin_ok(request.headers.get("Origin"), self.port, self.lan):
            return web.Response(status=403, text="Cross-site connections are refused.")
        if len(self._sockets) >= MAX_SOCKETS:
            return web.Response(status=503, text="Too many overlay connections.")
        ws = web.WebSocketResponse(heartbeat=HEARTBEAT_S, max_msg_size=MAX_CLIENT_MSG)
        await ws.prepare(request)
        since = request.query.get("since")
        sub = Subscriber(label=str(request.remote))
        first = self.feed.subscribe(sub, request.query.get("epoch"),
                                    int(since) if since and since.isdigit() and len(since) < 19 else None)
        self._sockets[sub] = ws
        sender = self._spawn(self._send_loop(ws, sub, first))
        try:
            await self._read_loop(ws, sub)
        finally:
            self.feed.unsubscribe(sub)
            self._sockets.pop(sub, None)
            sender.cancel()
            if not ws.closed:
                await ws.close()
        return ws

    async def _send_loop(self, ws: web.WebSocketResponse, sub: Subscriber, first: str) -> None:
        try:
            await ws.send_str(first)
            while not sub.closed:
                await sub.wake.wait()
                if sub.overflowed:
                    await ws.close(code=CLOSE_TOO_SLOW, message=b"too far behind: resume")
                    return
                items = sub.take()
                if items:
                    await ws.send_str(deltas_frame(items))
                    if self.send_observer is not None:
                        self.send_observer(items)
        except (ConnectionError, RuntimeError, asyncio.CancelledError):
            pass  # the page went away; its reader ends the connection

    async def _read_loop(self, ws: web.WebSocketResponse, sub: Subscriber) -> None:
        """Clients may only send small acks: {"type": "ack", "seq": N}. Anything else closes."""
        window, count = time.monotonic(), 0
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                await ws.close(code=1003, message=b"text acks only")
                return
            now = time.monotonic()
            if now - window >= 1.0:
                window, count = now, 0
            count += 1
            if count > MAX_CLIENT_MSGS_PER_S:
                await ws.close(code=CLOSE_POLICY, message=b"too many messages")
                return
            try:
                data = json.loads(msg.data)
            except ValueError:
                data = None
            if not isinstance(data, dict) or data.get("type") != "ack" or not isinstance(data.get("seq"), int):
                await ws.close(code=CLOSE_POLICY, message=b"only acks are accepted")
                return
            sub.acked = max(sub.acked, data["seq"])
        # An oversized message ends the loop with an ERROR; aiohttp already closed with 1009.

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task
