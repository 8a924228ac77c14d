"""What every source offers the engine."""

from __future__ import annotations

from typing import AsyncIterator, Protocol

from ..core.events import Event, SourceInfo


class Source(Protocol):
    """An async adapter that yields normalized events of one broadcast.

    The engine calls ``start()`` once (it returns the broadcast's identity, which for
    TikTok is only known after connecting), iterates ``events()`` until it ends, and
    calls ``aclose()`` whatever happened. ``now()`` is the current stream time, so
    idle streaks close on time even when no message arrives.

    ``skipped_messages`` counts, by kind, the messages dropped so far because they could
    not be decoded or read (``"undecodable payload"``: TikTokLive could not parse it; the
    recording keeps its frame); the stream goes on without them.

    ``start()``'s ``SourceInfo.extra["host_user_id"]`` is the room owner's user id (text),
    or None where it is unknown: then every gift counts as the host's.
    """

    async def start(self) -> SourceInfo: ...

    def events(self) -> AsyncIterator[Event]: ...

    def now(self) -> float: ...

    @property
    def skipped_messages(self) -> dict[str, int]: ...

    async def aclose(self) -> None: ...
