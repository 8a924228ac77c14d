"""The TikTokLive client of one connection attempt: its construction and wiring.

Split out of tiktok.py (TikTokSource calls these with itself): the client with the
frame tap and the sign key, one synchronous sink for every event it emits, the
undecodable-message counter, the test hook, and the sign step that learns who hosts
the room and keeps the first fetch's messages for the flight recorder.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from .tiktok_decoding import UndecodableMessages
from .tiktok_hooks import fetch_host_user_id, tap_protocol_class

if TYPE_CHECKING:
    from .tiktok import TikTokSource

log = logging.getLogger("streamer_app.sources.tiktok")


def new_client(source: TikTokSource) -> Any:
    from TikTokLive import TikTokLiveClient

    web_kwargs: dict = {}
    if source._key:
        web_kwargs["signer_kwargs"] = {"sign_api_key": source._key}
    client = TikTokLiveClient(
        unique_id=source.handle,
        web_kwargs=web_kwargs,
        ws_kwargs={"create_protocol": functools.partial(tap_protocol_class(), tap=source._on_bytes)},
    )
    if source._session_id:
        client.web.set_session(source._session_id, None)
    # One synchronous sink for everything the client emits (it must never raise).
    emit = client.emit

    def sink(event_name: str, *args: Any, **kwargs: Any) -> bool:
        if args:
            source._on_tt_event(args[0])
        try:
            return emit(event_name, *args, **kwargs)
        except Exception:  # pyee raises for an unhandled "error" event; swallow it
            log.debug("TikTokLive emit failed", exc_info=True)
            return False

    client.emit = sink
    UndecodableMessages(client, source.undecodable)
    if source._configure is not None:
        source._configure(client)
    source._wrap_sign_step(client)
    return client


def wrap_sign_step(source: TikTokSource, client: Any) -> None:
    """Learn who hosts the room, then record the first fetch's messages too (they arrive
    over HTTP, before the socket). The room id is known by now and no message has been
    parsed yet, so the first gift is already told apart from a guest's."""
    fetch = client.web.fetch_signed_websocket

    async def fetch_and_record(*args: Any, **kwargs: Any):
        if source.mapper.host_user_id is None:
            source.mapper.host_user_id = await fetch_host_user_id(client)
        result = await fetch(*args, **kwargs)
        source._pending_initial = result
        return result

    client.web.fetch_signed_websocket = fetch_and_record
    source._pending_initial = None


def record_initial(source: TikTokSource) -> None:
    initial = getattr(source, "_pending_initial", None)
    source._pending_initial = None
    if initial is None or source.recorder is None or not initial.messages:
        return
    from TikTokLive.proto import ProtoMessageFetchResult, WebcastPushFrame

    # Only the messages: the fetch's cursor and route parameters are connection tokens.
    frame = WebcastPushFrame(payload_type="msg", payload_encoding="pb",
                             payload=bytes(ProtoMessageFetchResult(messages=initial.messages)))
    source.recorder.write(bytes(frame))
