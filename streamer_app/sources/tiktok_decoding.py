"""TikTokLive's own parse path, made to drop and count a message it cannot decode.

One push frame carries many messages. TikTokLive parses them one by one; when a payload does
not parse it logs an ERROR with a traceback and a preview of the bytes, and goes on without
telling anyone else. When the step after parsing raises (its custom events re-parse the
payload), the exception leaves the client's read loop and ends the connection.

DESIGN.md section 1 wants neither: a message TikTokLive cannot decode is dropped, counted and
kept in the recording (the raw frame is recorded before parsing), and the connection goes on.
``UndecodableMessages`` wraps one client's per-message step so that both a live connection and
a replay count such messages the same way, and ``FrameDecoder`` is that same path without a
network, for replays.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

log = logging.getLogger(__name__)


class UndecodableMessages:
    """Counts, by method, the messages of one client that TikTokLive could not decode.

    Installing it replaces the client's ``_parse_webcast_response_message`` on the instance
    (TikTokLive 7.0.1 calls it once per message of a frame): a message that yields no event
    but the bare ``WebsocketResponseEvent`` did not parse; one that raises is dropped instead
    of ending the connection. Both are counted here and logged once.
    """

    def __init__(self, client: Any, by_method: Counter[str] | None = None) -> None:
        # A source passes one counter to the client of each reconnect: its counts add up.
        self.by_method: Counter[str] = by_method if by_method is not None else Counter()
        from TikTokLive.events.custom_events import WebsocketResponseEvent

        parse = client._parse_webcast_response_message
        # We count them ourselves: TikTokLive would log each at ERROR with its bytes.
        client.ignore_broken_payload = True

        async def parse_or_drop(webcast_response: Any, webcast_response_message: Any) -> list:
            try:
                out = await parse(webcast_response=webcast_response,
                                  webcast_response_message=webcast_response_message)
            except Exception:  # noqa: BLE001 - one bad message must not end the connection
                log.debug("TikTokLive raised on a message", exc_info=True)
                out = []
            else:
                if not (len(out) == 1 and type(out[0]) is WebsocketResponseEvent):
                    return out
            self._count(getattr(webcast_response_message, "method", "") or "?")
            return out

        client._parse_webcast_response_message = parse_or_drop

    @property
    def total(self) -> int:
        return sum(self.by_method.values())

    def _count(self, method: str) -> None:
        if not self.by_method:
            log.warning("TikTokLive could not decode a %s message: it was dropped and counted "
                        "(the recording keeps it); further ones are only counted", method)
        self.by_method[method] += 1


class FrameDecoder:
    """Decodes raw push frames exactly as a live TikTokLiveClient does, without a network.

    Create and use under a running loop; ``aclose()`` releases the client's HTTP pool.
    """

    def __init__(self, room_id: int = 0) -> None:
        from .tiktok_mapping import prime_event_metadata

        prime_event_metadata()
        from TikTokLive import TikTokLiveClient
        from TikTokLive.client.ws.ws_utils import extract_webcast_response_message
        from TikTokLive.proto import WebcastPushFrame

        self._extract = extract_webcast_response_message
        self._frame_cls = WebcastPushFrame
        self.client = TikTokLiveClient(unique_id="replay")
        self.client._room_id = room_id or 1  # the connect event of a first fetch needs one
        self.undecodable = UndecodableMessages(self.client)

    @property
    def broken_messages(self) -> int:
        """Messages inside good frames whose payload did not decode."""
        return self.undecodable.total

    async def decode(self, raw: bytes) -> list[Any]:
        """TikTokLive's events for one WebSocket message ([] for heartbeats and acks)."""
        frame = self._frame_cls().parse(raw)
        if frame.payload_type != "msg":  # transport frames: the live client drops them too
            return []
        response = self._extract(frame)
        return [e async for e in self.client._parse_webcast_response(response)]

    async def aclose(self) -> None:
        try:
            await self.client.web.close()
        except Exception:  # closing an unused HTTP pool must not fail a replay
            log.debug("closing the decoder's HTTP client failed", exc_info=True)
