"""The parts every simulated stream shares (sources/demo.py): the weighted pick and the timeline."""

from __future__ import annotations

import random

from streamer_app.core import events as ev
from streamer_app.sources.demo import Timeline, weighted_pick


class _Fixed(random.Random):
    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


def test_weighted_pick_gives_each_item_its_share_of_the_draw():
    items, cum = ["rose", "lion", "galaxy"], [6.0, 7.0, 10.0]  # weights 6, 1 and 3
    assert [weighted_pick(_Fixed(x), items, cum) for x in (0.0, 0.59, 0.61, 0.69, 0.71, 0.999999)] == [
        "rose", "rose", "lion", "lion", "galaxy", "galaxy"]
    draws = [weighted_pick(random.Random(seed), items, cum) for seed in range(3000)]
    assert 0.55 < draws.count("rose") / 3000 < 0.65 and 0.25 < draws.count("galaxy") / 3000 < 0.35


def test_the_timeline_hands_out_in_time_order_keeps_ties_in_order_and_ends_at_its_end():
    timeline = Timeline(end=10.0)
    for ts, text in ((5.0, "b"), (1.0, "a"), (5.0, "c"), (10.0, "d"), (10.5, "too late")):
        timeline.push(ev.CommentEvent(ts, ev.User("1", "u", "U"), text))
    out = list(timeline.drain("over"))
    assert [e.text for e in out[:-1]] == ["a", "b", "c", "d"]
    assert isinstance(out[-1], ev.StreamEndEvent) and (out[-1].ts, out[-1].reason) == (10.0, "over")
