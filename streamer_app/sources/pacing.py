"""Holding a replay or a simulated stream to its speed: one home for every source that plays
stream time back (TikTok, Twitch and YouTube replays, the demos).

At speed x an item ``t`` stream seconds after the start is due ``t / x`` seconds after the
pacer started; at speed 0 items go flat out, and the loop gets a turn every so often so the
overlay, the window's signals and Ctrl-C are served during a long replay.
"""

from __future__ import annotations

import asyncio
import time

BREATHE_EVERY = 256  # items between two turns given to the loop at speed 0


class Pacer:
    def __init__(self, speed: float, breathe_every: int = BREATHE_EVERY) -> None:
        self.speed = speed
        self.breathe_every = breathe_every
        self.wall0 = time.monotonic()
        self._n = 0

    async def wait_for(self, t: float) -> None:
        """Return when the item ``t`` stream seconds after the start is due."""
        if self.speed > 0:
            delay = self.wall0 + t / self.speed - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
        else:
            self._n += 1
            if self._n % self.breathe_every == 0:
                await asyncio.sleep(0)
