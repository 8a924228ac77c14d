"""A local stand-in for the YouTube Data API v3 and Google's OAuth token endpoint, on 127.0.0.1.

It speaks the published wire protocol (https://developers.google.com/youtube/v3/docs, the paths
of the discovery document the real client ships: ``youtube/v3/liveChat/messages``,
``youtube/v3/liveBroadcasts``, ``youtube/v3/channels``, ``youtube/v3/videos``) and the OAuth 2.0
token refresh (https://developers.google.com/identity/protocols/oauth2/native-app#offline:
``POST token`` with ``grant_type=refresh_token``; an unknown or revoked refresh token is answered
400 ``invalid_grant``). Responses come from the JSON fixtures (fixtures/README.md says where
each is documented). Every request is logged with its monotonic time, query and Authorization.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@dataclass
class Logged:
    at: float  # time.monotonic() when the request arrived
    path: str
    query: dict[str, str]
    auth: str


@dataclass
class DataApiServer:
    """``chat`` is the script of liveChatMessages answers: a response dict, or (status, body)."""

    chat: list[Any] = field(default_factory=list)
    access_token: str = "ya29.fresh"
    expired_tokens: set[str] = field(default_factory=set)  # answered 401 (an expired access token)
    refresh_tokens: set[str] = field(default_factory=lambda: {"1//refresh-ok"})
    # liveBroadcasts.list answers in turn (the last one repeats); None: the fixture
    broadcasts: list[Any] | None = None
    log: list[Logged] = field(default_factory=list)
    refreshes: int = 0
    _runner: web.AppRunner | None = None
    port: int = 0

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def token_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    def chat_requests(self) -> list[Logged]:
        return [r for r in self.log if r.path.endswith("/liveChat/messages")]

    async def start(self) -> "DataApiServer":
        app = web.Application()
        app.router.add_get("/youtube/v3/liveChat/messages", self._chat)
        app.router.add_get("/youtube/v3/liveBroadcasts", self._broadcasts)
        app.router.add_get("/youtube/v3/search", self._fixed("search_live.json"))
        app.router.add_get("/youtube/v3/channels", self._fixed("channels_mine.json"))
        app.router.add_get("/youtube/v3/videos", self._fixed("videos.json"))
        app.router.add_post("/token", self._token)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _note(self, request: web.Request) -> web.Response | None:
        auth = request.headers.get("Authorization", "")
        self.log.append(Logged(time.monotonic(), request.path, dict(request.query), auth))
        if auth.removeprefix("Bearer ") in self.expired_tokens:
            body = {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                              "errors": [{"message": "Invalid Credentials", "domain": "global",
                                          "reason": "authError", "location": "Authorization"}],
                              "status": "UNAUTHENTICATED"}}
            return web.json_response(body, status=401)
        return None

    def _fixed(self, name: str):
        async def handler(request: web.Request) -> web.Response:
            return self._note(request) or web.json_response(fixture(name))
        return handler

    async def _broadcasts(self, request: web.Request) -> web.Response:
        refused = self._note(request)
        if refused is not None:
            return refused
        if not self.broadcasts:
            return web.json_response(fixture("live_broadcasts.json"))
        n = sum(r.path.endswith("/liveBroadcasts") for r in self.log) - 1
        return web.json_response(self.broadcasts[min(n, len(self.broadcasts) - 1)])

    async def _chat(self, request: web.Request) -> web.Response:
        refused = self._note(request)
        if refused is not None:
            return refused
        n = len(self.chat_requests()) - 1
        answer = self.chat[min(n, len(self.chat) - 1)]
        if isinstance(answer, tuple):
            status, body = answer
            return web.json_response(body, status=status)
        return web.json_response(answer)

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.log.append(Logged(time.monotonic(), request.path, {k: str(v) for k, v in form.items()}, ""))
        if form.get("grant_type") == "authorization_code" and form.get("code") == "4/test-code":
            # The installed-app flow's exchange of the consent's code for tokens (RFC 6749 4.1.3).
            return web.json_response({"access_token": self.access_token, "refresh_token": "1//refresh-ok",
                                      "expires_in": 3599, "token_type": "Bearer",
                                      "scope": "https://www.googleapis.com/auth/youtube.readonly"})
        if form.get("grant_type") != "refresh_token" or form.get("refresh_token") not in self.refresh_tokens:
            return web.json_response({"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
                                     status=400)
        self.refreshes += 1
        return web.json_response({"access_token": self.access_token, "expires_in": 3599,
                                  "scope": "https://www.googleapis.com/auth/youtube.readonly", "token_type": "Bearer"})
