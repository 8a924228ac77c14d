"""A local stand-in for Twitch on 127.0.0.1: the id server, Helix and EventSub WebSocket.

It speaks the published wire protocol with the documented example messages
(fixtures/README.md lists their pages), so the real twitchAPI client and the real aiohttp
WebSocket client run against it unchanged:

- id server (https://dev.twitch.tv/docs/authentication/): POST /oauth2/device,
  POST /oauth2/token (device grant and refresh), GET /oauth2/validate.
- Helix: GET /helix/users, POST /helix/eventsub/subscriptions.
- EventSub: GET /ws (and /ws2 for session_reconnect); each connection gets a welcome, then
  the test's ``script`` runs against it.
"""

from __future__ import annotations

import asyncio
import copy
import json
import uuid
from pathlib import Path
from typing import Any, Awaitable, Callable

from aiohttp import WSMsgType, web

FIXTURES = Path(__file__).parent / "fixtures"
CLIENT_ID = "wbmytr93xzw8zbg0p1izqyzzc5mbiz"  # the validate example's client id
CHANNEL_ID, LOGIN = "141981764", "twitchdev"
N_SUBSCRIPTIONS = 7


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


EVENTS = fixture("events.json")
VERSIONS = {"channel.follow": "2"}


def notification(sub_type: str, event: dict | None = None, message_id: str | None = None,
                 ts: str = "2023-07-19T15:00:00.123456789Z", **changes: Any) -> dict:
    """The docs' notification envelope around ``event`` (default: the type's doc example)."""
    msg = fixture("notification.json")
    version = VERSIONS.get(sub_type, "1")
    msg["metadata"].update(message_id=message_id or str(uuid.uuid4()), message_timestamp=ts,
                           subscription_type=sub_type, subscription_version=version)
    msg["payload"]["subscription"].update(type=sub_type, version=version)
    e = copy.deepcopy(event if event is not None else EVENTS[sub_type])
    e.update(changes)
    msg["payload"]["event"] = e
    return msg


def gift_of(n: int, gifter_id: str = "1234", ts: str = "2023-07-19T15:00:01Z") -> list[dict]:
    """A gift of ``n`` subs as Twitch sends it: one channel.subscription.gift (total n), then n
    channel.subscribe with is_gift true, one per recipient."""
    msgs = [notification("channel.subscription.gift", total=n, user_id=gifter_id, ts=ts)]
    for i in range(n):
        msgs.append(notification("channel.subscribe", user_id=f"90{i}", user_login=f"lucky{i}",
                                 user_name=f"Lucky{i}", is_gift=True, ts=ts))
    return msgs


Script = Callable[["FakeTwitch", web.WebSocketResponse, str], Awaitable[None]]


class FakeTwitch:
    def __init__(self, keepalive: int = 10) -> None:
        self.keepalive = keepalive
        self.access = {"access-1"}  # valid access tokens
        self.refresh = {"refresh-1": "access-2"}  # refresh token -> the access token it gives
        self.revoked_refresh: set[str] = set()
        self.expired_once: set[str] = set()  # tokens that expire at their first subscription request
        self.subscriptions: dict[str, list[str]] = {}  # session id -> types
        self.refuse: dict[str, int] = {}  # subscription type -> HTTP status to answer
        self.connections: list[str] = []  # the session id of each WebSocket, in order
        self.scripts: list[Script] = []  # one per connection, in order (then: stay quiet)
        self.device_polls = 0
        self.refreshes = 0
        self.sockets: list[web.WebSocketResponse] = []
        self._changed = asyncio.Event()
        self.runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self) -> FakeTwitch:
        app = web.Application()
        app.router.add_post("/oauth2/device", self.device)
        app.router.add_post("/oauth2/token", self.token)
        app.router.add_get("/oauth2/validate", self.validate)
        app.router.add_get("/helix/users", self.users)
        app.router.add_post("/helix/eventsub/subscriptions", self.subscribe)
        app.router.add_get("/ws", self.ws)
        app.router.add_get("/ws2", self.ws)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for s in self.sockets:
            await s.close()
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def urls(self) -> dict[str, str]:
        return {"api_url": self.base + "/helix/", "auth_url": self.base + "/oauth2/"}

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    async def wait_for(self, check: Callable[[], bool], timeout: float = 20.0) -> None:
        async def loop() -> None:
            while not check():
                self._changed.clear()
                await self._changed.wait()
        await asyncio.wait_for(loop(), timeout)

    def _poke(self) -> None:
        self._changed.set()

    # -- id server ------------------------------------------------------------------------
    async def device(self, request: web.Request) -> web.Response:
        return web.json_response(fixture("device.json"))

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("grant_type") == "urn:ietf:params:oauth:grant-type:device_code":
            self.device_polls += 1
            if self.device_polls < 2:  # the creator has not approved yet
                return web.json_response({"status": 400, "message": "authorization_pending"}, status=400)
            return web.json_response({"access_token": "access-1", "refresh_token": "refresh-1",
                                      "scope": ["bits:read"], "token_type": "bearer"})
        if form.get("grant_type") == "refresh_token":
            self.refreshes += 1
            old = str(form.get("refresh_token"))
            if "client_secret" in form or old in self.revoked_refresh or old not in self.refresh:
                return web.json_response({"status": 400, "message": "Invalid refresh token"}, status=400)
            access = self.refresh.pop(old)
            self.access.add(access)
            new_refresh = f"refresh-after-{access}"
            self.refresh[new_refresh] = access + "-next"
            self._poke()
            return web.json_response({"access_token": access, "refresh_token": new_refresh,
                                      "scope": ["bits:read"], "token_type": "bearer"})
        return web.json_response({"status": 400, "message": "unsupported grant"}, status=400)

    def _token(self, request: web.Request) -> str:
        return request.headers.get("Authorization", "").split(" ", 1)[-1]

    async def validate(self, request: web.Request) -> web.Response:
        if self._token(request) not in self.access:
            return web.json_response({"status": 401, "message": "invalid access token"}, status=401)
        return web.json_response(fixture("validate.json"))

    # -- Helix ----------------------------------------------------------------------------
    def _unauthorized(self, request: web.Request, expire: bool = False) -> web.Response | None:
        token = self._token(request)
        if expire and token in self.expired_once:
            self.expired_once.discard(token)
            self.access.discard(token)
            return web.json_response({"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"},
                                     status=401)
        if token not in self.access:
            return web.json_response({"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"},
                                     status=401)
        return None

    async def users(self, request: web.Request) -> web.Response:
        bad = self._unauthorized(request)
        if bad is not None:
            return bad
        if request.query.get("login") != LOGIN:
            return web.json_response({"data": []})
        return web.json_response(fixture("helix_users.json"))

    async def subscribe(self, request: web.Request) -> web.Response:
        bad = self._unauthorized(request, expire=True)
        if bad is not None:
            return bad
        body = await request.json()
        status = self.refuse.get(body["type"])
        if status:
            return web.json_response({"error": "Forbidden", "status": status,
                                      "message": "subscription missing proper authorization"}, status=status)
        sid = body["transport"]["session_id"]
        self.subscriptions.setdefault(sid, []).append(body["type"])
        self._poke()
        # https://dev.twitch.tv/docs/api/reference/#create-eventsub-subscription (response example)
        return web.json_response({"data": [{
            "id": str(uuid.uuid4()), "status": "enabled", "type": body["type"], "version": body["version"],
            "condition": body["condition"], "created_at": "2023-07-19T14:56:52.000000000Z",
            "transport": {**body["transport"], "connected_at": "2023-07-19T14:56:51.616329898Z"}, "cost": 0,
        }], "total": 1, "total_cost": 0, "max_total_cost": 10}, status=202)

    def subscribed(self, n: int = N_SUBSCRIPTIONS) -> Callable[[], bool]:
        """True once the newest session has ``n`` subscriptions."""
        return lambda: bool(self.connections) and len(self.subscriptions.get(self.connections[-1], [])) >= n

    # -- EventSub WebSocket -------------------------------------------------------------
    def welcome(self, session_id: str) -> dict:
        msg = fixture("welcome.json")
        msg["metadata"]["message_id"] = str(uuid.uuid4())
        msg["payload"]["session"].update(id=session_id, keepalive_timeout_seconds=self.keepalive)
        return msg

    async def ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        session_id = request.query.get("session") or f"session-{len(self.connections) + 1}"
        index = len(self.connections)
        self.connections.append(session_id)
        await ws.send_json(self.welcome(session_id))
        self._poke()
        script = self.scripts[index] if index < len(self.scripts) else None
        if script is not None:
            await script(self, ws, session_id)
        async for m in ws:  # hold the socket until the client or the script closes it
            if m.type == WSMsgType.CLOSE:
                break
        return ws

    async def send_all(self, ws: web.WebSocketResponse, msgs: list[Any]) -> None:
        for m in msgs:
            await ws.send_str(m if isinstance(m, str) else json.dumps(m))
