"""Tallies.top_gifters: only the gifters that can rank are sorted; the order is the full sort's."""

from __future__ import annotations

import random

from streamer_app.core.counting import CountedGift
from streamer_app.core.events import Gift, User
from streamer_app.core.tallies import Tallies


def _ranked(t: Tallies) -> list:
    return sorted(t.gifters.values(), key=lambda g: (-g.coins, -g.gifts, g.user_id))


def test_top_n_equals_the_head_of_the_full_ranking_with_many_ties():
    rng = random.Random(5)
    t = Tallies()
    users = [User(str(i), f"u{i}", f"U{i}") for i in range(500)]
    gifts = [Gift(1, "Rose", 1), Gift(5, "Doughnut", 30)]
    for i in range(3000):  # small coin totals: many gifters tie on coins, and on gifts too
        t.add(CountedGift(100.0 + i, i, rng.choice(users), rng.choice(gifts), rng.randint(1, 2)))
    full = _ranked(t)
    assert len({g.coins for g in full[:40]}) < 40  # the ties this test is about are there
    for n in (0, 1, 2, 10, 37, 124, 500, 10_000):
        assert t.top_gifters(n) == full[:n], n
    assert t.top_gifters(None) == full


def test_top_n_with_fewer_gifters_than_n():
    t = Tallies()
    t.add(CountedGift(1.0, 1, User("b", "b", "B"), Gift(1, "Rose", 1), 3))
    t.add(CountedGift(2.0, 2, User("a", "a", "A"), Gift(1, "Rose", 1), 3))
    assert [g.user_id for g in t.top_gifters(10)] == ["a", "b"]  # a tie on coins and gifts: by user id
