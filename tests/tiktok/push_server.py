"""A local TikTok push server on 127.0.0.1 for the real TikTokLiveClient (no network).

Each accepted connection plays the next script: a list of steps, each a frame to send
(bytes), a pause (float seconds), or an action ("drop": cut the TCP connection without
a close frame, as a dying network does; "close": a clean close; "hang": send nothing
more, keeping the socket open). Frames the client sends (enter-room, heartbeats, acks)
are collected in ``received``. ``room_info`` is what TikTok's room info answers (the
room owner's id is read from it), or an exception to raise instead.
"""

from __future__ import annotations

import asyncio
from typing import Any

from websockets.asyncio.server import serve

from TikTokLive.proto import WebcastPushFrame

from . import frames as F


HOST_USER_ID = "6800000000000000042"  # the room owner in the default room info


class PushServer:
    def __init__(self, scripts: list[list[Any]], room_info: dict | BaseException | None = None) -> None:
        self.scripts = list(scripts)
        self.room_info = room_info if room_info is not None else {
            "owner": {"id": int(HOST_USER_ID), "id_str": HOST_USER_ID, "display_id": "live.tester"},
            "owner_user_id": int(HOST_USER_ID)}
        self.room_info_calls = 0
        self.connections = 0
        self.received: list[str] = []  # payload types of client frames
        self.port = 0
        self._server = None

    async def __aenter__(self) -> "PushServer":
        self._server = await serve(self._handle, "127.0.0.1", 0, subprotocols=["echo-protocol"])
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc) -> None:
        self._server.close()
        try:
            await asyncio.wait_for(self._server.wait_closed(), 5)
        except asyncio.TimeoutError:
            pass

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/webcast/im/push/v2/"

    async def _drain(self, ws) -> None:
        try:
            async for msg in ws:
                if isinstance(msg, bytes):
                    self.received.append(WebcastPushFrame().parse(msg).payload_type)
        except Exception:
            pass

    async def _handle(self, ws) -> None:
        self.connections += 1
        script = self.scripts.pop(0) if self.scripts else ["hang"]
        drain = asyncio.create_task(self._drain(ws))
        try:
            for step in script:
                if isinstance(step, (bytes, bytearray)):
                    await ws.send(bytes(step))
                elif isinstance(step, (int, float)):
                    await asyncio.sleep(step)
                elif step == "drop":
                    ws.transport.abort()
                    return
                elif step == "close":
                    await ws.close()
                    return
                elif step == "hang":
                    break
            await ws.wait_closed()  # the script is over: keep the socket until the client leaves
        finally:
            drain.cancel()

    def fake_sign(self, fail_first: list[BaseException] | None = None):
        """A replacement for client.web.fetch_signed_websocket: hands out this server's URL.

        ``fail_first`` are raised by the first calls, in order (offline, 429, ...).
        """
        failures = list(fail_first or [])
        server = self

        def configure(client) -> None:
            async def fetch_signed_websocket(*args, **kwargs):
                if failures:
                    exc = failures.pop(0)
                    raise exc() if callable(exc) and not isinstance(exc, BaseException) else exc
                result = F.initial_result()
                result.push_server = server.url
                return result

            async def fetch_room_info(*args, **kwargs):
                server.room_info_calls += 1
                if isinstance(server.room_info, BaseException):
                    raise server.room_info
                return server.room_info

            client.web.fetch_signed_websocket = fetch_signed_websocket
            client.web.fetch_room_info = fetch_room_info

        return configure
