"""The demo stream's multi-guest stretches, first gifts and LIVE Match scores: present,
consistent, and the same for a seed every time."""

from __future__ import annotations

from collections import defaultdict

from streamer_app.core import events as ev
from streamer_app.sources.demo import DEMO_HOST, GUESTS, DemoSource

START = 1_700_000_000.0


def demo(seed: int = 1, duration: float = 1800) -> list[ev.Event]:
    return list(DemoSource(seed=seed, duration=duration, speed=0, start=START).generate())


def test_a_seed_gives_the_same_guests_first_gifts_and_battles():
    assert demo(5) == demo(5)
    assert demo(5) != demo(6)


async def test_the_demo_names_its_host():
    source = DemoSource(seed=2, duration=60, speed=0, start=START)
    info = await source.start()
    assert info.extra["host_user_id"] == DEMO_HOST.user_id and info.creator == "@demo.creator"
    assert source.skipped_messages == {}


def test_two_guests_receive_a_share_of_the_gifts_in_stretches():
    gifts = [e for e in demo() if isinstance(e, ev.GiftEvent)]
    to_guests = [g for g in gifts if g.recipient is not None]
    assert {g.recipient for g in to_guests} == set(GUESTS)
    assert {g.label for g in GUESTS} == {"Guest Mia", "Guest Leo"}
    assert 0.03 < len(to_guests) / len(gifts) < 0.4  # a share for a while, most gifts stay the host's
    # Stretches, not a sprinkle: the guests' gifts come in a few spans with long breaks between them.
    times = sorted(g.ts for g in to_guests)
    assert times[0] - START < 200  # even a short demo shows the first one
    breaks = [b - a for a, b in zip(times, times[1:]) if b - a > 300]
    assert 1 <= len(breaks) <= 3
    # A streak goes to one person: all its messages name the same recipient.
    by_streak = defaultdict(set)
    for g in gifts:
        if g.streakable and g.group_id:
            by_streak[(g.user.user_id, g.gift.gift_id, g.group_id)].add(g.recipient)
    assert by_streak and all(len(r) == 1 for r in by_streak.values())


def test_first_gifts_are_marked_only_on_a_viewers_first_gift():
    first_of = {}
    marked = defaultdict(set)
    for g in (e for e in demo() if isinstance(e, ev.GiftEvent)):
        first_of.setdefault(g.user.user_id, (g.gift.gift_id, g.group_id))
        if g.first_gift:
            marked[g.user.user_id].add((g.gift.gift_id, g.group_id))
    assert marked and all(len(m) == 1 for m in marked.values())
    assert all(m == {first_of[uid]} for uid, m in marked.items())
    assert len(marked) < len(first_of)  # some viewers gave before, on other days


def test_battle_minutes_carry_scores_for_the_host_and_a_rival():
    events = demo()
    battles = defaultdict(list)
    for e in events:
        if isinstance(e, ev.BattleEvent):
            battles[e.battle_id].append(e)
    assert len(battles) >= 2
    for scores in battles.values():
        assert [e.ended for e in scores] == [False] * (len(scores) - 1) + [True]
        assert all(e.scores[0].user == DEMO_HOST and len(e.scores) == 2 for e in scores)
        host_points = [e.scores[0].points for e in scores]
        assert host_points[0] == 0 and host_points == sorted(host_points) and host_points[-1] > 0
        assert 55 <= scores[-1].ts - scores[0].ts <= 60
