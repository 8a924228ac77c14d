"""Property: any interleaving and duplication of the same messages gives the same totals."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streamer_app.core.counting import GiftCounter
from streamer_app.core.events import Gift, GiftEvent, User
from streamer_app.core.tallies import Tallies

USERS = [User(str(i), f"u{i}", f"User {i}") for i in range(4)]
GIFTS = [Gift(1, "Rose", 1), Gift(3, "Finger Heart", 5), Gift(9, "Corgi", 299)]


@st.composite
def streams(draw):
    """Messages of a stream plus the totals the rule must give, computed independently."""
    msgs: list[GiftEvent] = []
    expected = 0
    msg_id = 1
    for i in range(draw(st.integers(1, 12))):
        user = draw(st.sampled_from(USERS))
        gift = draw(st.sampled_from(GIFTS))
        if draw(st.booleans()):  # a streak with its own group id
            n = draw(st.integers(1, 20))
            has_end = draw(st.booleans())
            for k in range(1, n + 1):
                end = has_end and k == n
                msgs.append(GiftEvent(100.0, msg_id, user, gift, k, end, True, 1000 + i))
                msg_id += 1
            if has_end and draw(st.booleans()):  # the end again under a new id
                msgs.append(GiftEvent(100.0, msg_id, user, gift, n, True, True, 1000 + i))
                msg_id += 1
            expected += n * gift.coins  # ended: n; never ended: closed at source end with n
        else:
            units = draw(st.integers(1, 5))
            msgs.append(GiftEvent(100.0, msg_id, user, gift, units, False, False, 0))
            msg_id += 1
            expected += units * gift.coins
    return msgs, expected


def total(msgs) -> int:
    c = GiftCounter()
    t = Tallies()
    for m in msgs:
        for g in c.process(m).counted:
            t.add(g)
    for g in c.close_all():
        t.add(g)
    return t.coins


@settings(max_examples=300, deadline=None)
@given(streams(), st.randoms(use_true_random=False), st.data())
def test_any_order_and_duplication_gives_the_same_totals(stream, rnd, data):
    msgs, expected = stream
    shuffled = list(msgs)
    rnd.shuffle(shuffled)
    dupes = data.draw(st.lists(st.sampled_from(msgs), max_size=len(msgs)))
    for d in dupes:
        shuffled.insert(rnd.randrange(len(shuffled) + 1), d)
    assert total(msgs) == expected
    assert total(shuffled) == expected


@settings(max_examples=100, deadline=None)
@given(streams(), st.integers(1, 30))
def test_restart_at_any_point_gives_the_same_totals(stream, cut):
    """Persist state after a prefix, restore into a new counter, feed everything again."""
    msgs, expected = stream
    cut = min(cut, len(msgs))
    first = GiftCounter()
    counted = 0
    for m in msgs[:cut]:
        counted += sum(g.coins for g in first.process(m).counted)
    seen = [m.msg_id for m in msgs[:cut]]
    state = {k: v for k, v in first.take_dirty_streaks() if v is not None}
    second = GiftCounter()
    second.restore(seen, state)
    for m in msgs:  # a replay from the start after the restart
        counted += sum(g.coins for g in second.process(m).counted)
    counted += sum(g.coins for g in second.close_all())
    assert counted == expected
