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
    """

    async def start(self) -> SourceInfo: ...

    def events(self) -> AsyncIterator[Event]: ...

    def now(self) -> float: ...

    async def aclose(self) -> None: ...
