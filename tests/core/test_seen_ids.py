"""SeenIds.add_if_new answers exactly as check() followed by add() for new ids."""

from __future__ import annotations

import random

from streamer_app.core.seen_ids import BloomFilter, SeenIds


def test_add_if_new_matches_check_then_add():
    # A tiny filter and window, so ids leave memory and the filter gives false positives.
    rng = random.Random(3)
    fast, reference = SeenIds(window=64), SeenIds(window=64)
    fast._bloom, reference._bloom = BloomFilter(1 << 10), BloomFilter(1 << 10)
    answers = {True: 0, False: 0, None: 0}
    for _ in range(5_000):
        msg_id = rng.randrange(1, 3_000)
        expected = reference.check(msg_id)
        got = fast.add_if_new(msg_id)
        assert got == expected
        answers[got] += 1
        if expected is False:
            reference.add(msg_id)
        elif expected is None:  # the caller asks the store, then adds an id that is new
            reference.add(msg_id)
            fast.add(msg_id)
        assert (fast._current, fast._previous, fast.complete) == (reference._current, reference._previous,
                                                                   reference.complete)
        assert fast._bloom._bits == reference._bloom._bits
    assert all(answers.values())  # every kind of answer was exercised
