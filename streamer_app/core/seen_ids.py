"""Bounded-memory membership with exact answers: message ids and streak keys seen in a session.

Recent items are held exactly; an item goes into a Bloom filter of fixed size when
exact memory lets go of it. A lookup is:

* held exactly -> seen;
* nothing let go of yet -> never seen;
* not in the Bloom filter -> never seen (a Bloom filter has no false negatives);
* otherwise -> "maybe": the caller asks the persisted copy (the store), which happens
  only for resent old messages and the filter's rare false positives.

So a session of any length costs a few megabytes, and a new message never waits for
the database.
"""

from __future__ import annotations

BLOOM_BITS = 1 << 24  # 2 MiB: about 1 % false positives at 1.7 million items
_MASK = BLOOM_BITS - 1
_MUL = 0x9E3779B97F4A7C15  # Fibonacci hashing: spreads sequential ids over the filter
_SHIFTS = (0, 21, 42)


class BloomFilter:
    """A fixed-size Bloom filter over 64-bit integers (three probes)."""

    def __init__(self, bits: int = BLOOM_BITS) -> None:
        self._bits = bytearray(bits // 8)
        self._mask = bits - 1

    # The three probes (shifts 0, 21 and 42 of the hash, see _SHIFTS) are unrolled: this
    # runs for every gift message, and the loop cost more than the probes themselves.
    def add(self, item: int) -> None:
        h = (item * _MUL) & 0xFFFFFFFFFFFFFFFF
        bits, mask = self._bits, self._mask
        bit = h & mask
        bits[bit >> 3] |= 1 << (bit & 7)
        bit = (h >> 21) & mask
        bits[bit >> 3] |= 1 << (bit & 7)
        bit = (h >> 42) & mask
        bits[bit >> 3] |= 1 << (bit & 7)

    def __contains__(self, item: int) -> bool:
        h = (item * _MUL) & 0xFFFFFFFFFFFFFFFF
        bits, mask = self._bits, self._mask
        bit = h & mask
        if not bits[bit >> 3] & (1 << (bit & 7)):
            return False
        bit = (h >> 21) & mask
        if not bits[bit >> 3] & (1 << (bit & 7)):
            return False
        bit = (h >> 42) & mask
        return bool(bits[bit >> 3] & (1 << (bit & 7)))

    def add_many(self, items: set[int] | list[int]) -> None:
        """``add`` for many items at once, vectorised: the same bits, a hundredth of the time."""
        import numpy as np  # already loaded by sqlite-utils and the chart; only needed here

        try:
            h = np.fromiter(items, dtype=np.uint64, count=len(items))
        except (OverflowError, ValueError):  # an id outside 0..2**64-1: the exact Python path
            for item in items:
                self.add(item)
            return
        h *= np.uint64(_MUL)  # wraps modulo 2**64, like the & in add()
        mask = np.uint64(self._mask)
        bits = np.concatenate([h & mask] + [(h >> np.uint64(s)) & mask for s in _SHIFTS[1:]])
        np.bitwise_or.at(np.frombuffer(self._bits, dtype=np.uint8), bits >> np.uint64(3),
                         np.left_shift(1, bits & np.uint64(7)).astype(np.uint8))


class SeenIds:
    """Message ids: the recent ones exactly (two generations of sets), older ones in a Bloom filter."""

    def __init__(self, window: int = 100_000) -> None:
        self._half = max(1, window // 2)
        self._current: set[int] = set()
        self._previous: set[int] = set()
        self._bloom = BloomFilter()
        self.complete = True  # False once an id was let go of (moved to the filter)

    def __len__(self) -> int:
        return len(self._current) + len(self._previous)

    def add(self, msg_id: int) -> None:
        cur = self._current
        cur.add(msg_id)
        if len(cur) >= self._half:
            self._next_generation()

    def add_if_new(self, msg_id: int) -> bool | None:
        """``check`` and, for an id never seen, ``add`` in one step (the per-gift path).

        True: seen before (not added). False: new, now added. None: maybe; ask the
        persisted history, then ``add`` it if it is new after all.
        """
        if msg_id in self._current or msg_id in self._previous:
            return True
        if not self.complete and msg_id in self._bloom:
            return None
        cur = self._current
        cur.add(msg_id)
        if len(cur) >= self._half:
            self._next_generation()
        return False

    def check(self, msg_id: int) -> bool | None:
        """True: seen. False: never seen. None: maybe; ask the persisted history."""
        if msg_id in self._current or msg_id in self._previous:
            return True
        if self.complete or msg_id not in self._bloom:
            return False
        return None

    def _next_generation(self) -> None:
        # Ids enter the filter only as exact memory lets go of them, all at once: hashing
        # each id into the filter as it arrived was most of this class's cost per gift.
        if self._previous:
            self._bloom.add_many(self._previous)
            self.complete = False
        self._previous = self._current
        self._current = set()
