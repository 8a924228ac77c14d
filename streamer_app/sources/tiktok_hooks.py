"""What the TikTok source adds to TikTokLive's client: a tap on the bytes it receives, and the
room owner's id from room info.

Kept apart from ``tiktok`` (the connection's state machine) because both reach into the
client's plumbing: websockets' protocol class, TikTokLive's web routes.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any, Callable

from .tiktok_mapping import host_id_from_room_info

log = logging.getLogger(__name__)

ROOM_INFO_TIMEOUT_S = 10.0


async def fetch_host_user_id(client: Any) -> str | None:
    """The room owner's id from TikTok's room info, or None: never raises, never hangs.

    One more HTTP request per connection attempt until it succeeds. It is not TikTokLive's
    ``fetch_room_info=True``: that makes an age-restricted LIVE fail to connect, while
    without the host's id the stream still counts (every gift as the host's).
    """
    try:
        info = client.room_info or await asyncio.wait_for(client.web.fetch_room_info(), ROOM_INFO_TIMEOUT_S)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - offline, blocked, age-restricted: go on without it
        log.info("room info unavailable (%s); gifts to guests cannot be told apart", type(exc).__name__)
        return None
    host = host_id_from_room_info(info)
    if host is None:
        log.info("room info names no owner; gifts to guests cannot be told apart")
    return host


@functools.cache
def tap_protocol_class() -> type:
    """A websockets protocol that hands every received message to ``tap`` before TikTokLive parses it.

    This is where the bytes arrive: TikTokLive iterates the protocol, which calls
    ``recv()``; tapping here records frames exactly as received, heartbeats included.
    """
    from websockets.legacy.client import WebSocketClientProtocol

    class TapProtocol(WebSocketClientProtocol):
        def __init__(self, *args: Any, tap: Callable[[Any], None], **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._tap = tap

        async def recv(self):  # noqa: ANN202 (the websockets method it wraps)
            data = await super().recv()
            self._tap(data)
            return data

    return TapProtocol
