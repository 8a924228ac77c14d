"""Bounded-memory membership with exact answers: message ids and streak keys seen in a session.

Recent items are held exactly; every item ever added also goes into a Bloom filter of
fixed size. A lookup is:

* held exactly -> seen;
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


class SeenIds:
    """Message ids: the recent ones exactly (two generations of sets), all in a Bloom filter."""

    def __init__(self, window: int = 100_000) -> None:
        self._half = max(1, window // 2)
        self._current: set[int] = set()
        self._previous: set[int] = set()
        self._bloom = BloomFilter()
        self.complete = True  # False once an id was let go of

    def __len__(self) -> int:
        return len(self._current) + len(self._previous)

    def add(self, msg_id: int) -> None:
        self._current.add(msg_id)
        self._bloom.add(msg_id)
        if len(self._current) >= self._half:
            if self._previous:
                self.complete = False
            self._previous = self._current
            self._current = set()

    def add_if_new(self, msg_id: int) -> bool | None:
        """``check`` and, for an id never seen, ``add`` in one step (the per-gift path).

        True: seen before (not added). False: new, now added. None: maybe; ask the
        persisted history, then ``add`` it if it is new after all.
        """
        if msg_id in self._current or msg_id in self._previous:
            return True
        bloom = self._bloom
        h = (msg_id * _MUL) & 0xFFFFFFFFFFFFFFFF
        bits, mask = bloom._bits, bloom._mask
        b0, b1, b2 = h & mask, (h >> 21) & mask, (h >> 42) & mask
        if (bits[b0 >> 3] & (1 << (b0 & 7)) and bits[b1 >> 3] & (1 << (b1 & 7))
                and bits[b2 >> 3] & (1 << (b2 & 7)) and not self.complete):
            return None
        # (In the filter but every id is still held exactly: a false positive, so new.)
        bits[b0 >> 3] |= 1 << (b0 & 7)
        bits[b1 >> 3] |= 1 << (b1 & 7)
        bits[b2 >> 3] |= 1 << (b2 & 7)
        cur = self._current
        cur.add(msg_id)
        if len(cur) >= self._half:
            if self._previous:
                self.complete = False
            self._previous = cur
            self._current = set()
        return False

    def check(self, msg_id: int) -> bool | None:
        """True: seen. False: never seen. None: maybe; ask the persisted history."""
        if msg_id in self._current or msg_id in self._previous:
            return True
        if msg_id not in self._bloom:
            return False
        return False if self.complete else None
