"""Message ids seen in a session, in bounded memory, with exact answers.

Recent ids are held exactly (two generations of sets, so the oldest half can be let go
in O(1)). Every id ever added also goes into a Bloom filter of fixed size. A lookup is:

* in the recent sets -> seen;
* not in the Bloom filter -> never seen (a Bloom filter has no false negatives);
* otherwise -> "maybe": the caller asks the persisted copy (the store), which happens
  only for resent old messages and the filter's rare false positives.

So a session of any length costs a few megabytes, and a new message never waits for
the database.
"""

from __future__ import annotations

BLOOM_BITS = 1 << 24  # 2 MiB: about 1 % false positives at 1.7 million ids
_MASK = BLOOM_BITS - 1
_MUL = 0x9E3779B97F4A7C15  # Fibonacci hashing: spreads sequential ids over the filter


class SeenIds:
    def __init__(self, window: int = 100_000) -> None:
        self._half = max(1, window // 2)
        self._current: set[int] = set()
        self._previous: set[int] = set()
        self._bloom = bytearray(BLOOM_BITS // 8)
        self.complete = True  # False once an id was let go of (or history was loaded partly)

    def __len__(self) -> int:
        return len(self._current) + len(self._previous)

    def add(self, msg_id: int) -> None:
        self._current.add(msg_id)
        h = (msg_id * _MUL) & 0xFFFFFFFFFFFFFFFF
        bloom = self._bloom
        for shift in (0, 21, 42):
            bit = (h >> shift) & _MASK
            bloom[bit >> 3] |= 1 << (bit & 7)
        if len(self._current) >= self._half:
            if self._previous:
                self.complete = False
            self._previous = self._current
            self._current = set()

    def add_to_filter(self, msg_id: int) -> None:
        """Remember an id only in the filter (history loaded on resume beyond the window)."""
        h = (msg_id * _MUL) & 0xFFFFFFFFFFFFFFFF
        for shift in (0, 21, 42):
            bit = (h >> shift) & _MASK
            self._bloom[bit >> 3] |= 1 << (bit & 7)
        self.complete = False

    def check(self, msg_id: int) -> bool | None:
        """True: seen. False: never seen. None: maybe; ask the persisted history."""
        if msg_id in self._current or msg_id in self._previous:
            return True
        h = (msg_id * _MUL) & 0xFFFFFFFFFFFFFFFF
        bloom = self._bloom
        for shift in (0, 21, 42):
            bit = (h >> shift) & _MASK
            if not bloom[bit >> 3] & (1 << (bit & 7)):
                return False
        return False if self.complete else None
