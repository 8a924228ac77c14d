"""The count-once rule, case by case (DESIGN.md section 1)."""

from __future__ import annotations

from streamer_app.core.counting import GiftCounter

from .factories import ALICE, BOB, CARA, CORGI, DOUGHNUT, ROSE, single, streak


def feed(counter: GiftCounter, events):
    out = []
    for e in events:
        out.extend(counter.process(e).counted)
    return out


def coins(counted) -> int:
    return sum(g.coins for g in counted)


def test_streak_counts_only_at_its_end():
    c = GiftCounter()
    growing = [streak(ALICE, ROSE, n, ts=100 + n * 0.2) for n in range(1, 8)]
    assert feed(c, growing) == []
    end = feed(c, [streak(ALICE, ROSE, 7, end=True, ts=102)])
    assert [(g.units, g.coins, g.closed_without_end) for g in end] == [(7, 7, False)]


def test_streak_updates_report_the_growing_count():
    c = GiftCounter()
    counts = [c.process(streak(ALICE, ROSE, n)).streak.count for n in (1, 2, 3)]
    final = c.process(streak(ALICE, ROSE, 3, end=True)).streak
    assert counts == [1, 2, 3] and final.ended and final.count == 3


def test_resent_end_with_same_message_id_is_ignored():
    c = GiftCounter()
    end = streak(ALICE, DOUGHNUT, 4, end=True)
    assert coins(feed(c, [end])) == 120
    result = c.process(end)
    assert result.duplicate and result.counted == []


def test_end_resent_under_a_new_message_id_counts_nothing_more():
    c = GiftCounter()
    assert coins(feed(c, [streak(ALICE, ROSE, 5, end=True, group=9)])) == 5
    assert feed(c, [streak(ALICE, ROSE, 5, end=True, group=9)]) == []


def test_a_later_end_with_a_higher_count_adds_only_the_difference():
    c = GiftCounter()
    first = feed(c, [streak(ALICE, ROSE, 5, end=True, group=9)])
    later = feed(c, [streak(ALICE, ROSE, 8, end=True, group=9)])
    assert [g.units for g in first + later] == [5, 3]
    assert [g.units_to for g in first + later] == [5, 8]


def test_missing_end_closes_after_idle_time_in_stream_time():
    c = GiftCounter(idle_close_s=15)
    feed(c, [streak(ALICE, ROSE, n, ts=100 + n) for n in range(1, 5)])  # last message at t=104
    assert c.advance(118.9) == []
    closed = c.advance(119.0)
    assert [(g.units, g.closed_without_end) for g in closed] == [(4, True)]
    assert c.advance(200) == []  # closed once


def test_idle_close_happens_when_other_messages_move_time():
    c = GiftCounter(idle_close_s=15)
    feed(c, [streak(ALICE, ROSE, 3, ts=100)])
    out = feed(c, [single(BOB, CORGI, ts=130)])
    assert [(g.user.user_id, g.units, g.closed_without_end) for g in out] == [("101", 3, True), ("202", 1, False)]


def test_source_end_closes_open_streaks():
    c = GiftCounter()
    feed(c, [streak(ALICE, ROSE, 6), streak(BOB, DOUGHNUT, 2, group=5)])
    closed = c.close_all()
    assert sorted((g.user.user_id, g.units) for g in closed) == [("101", 6), ("202", 2)]
    assert all(g.closed_without_end for g in closed)
    assert c.close_all() == []


def test_end_arriving_after_idle_close_counts_only_what_was_missing():
    c = GiftCounter(idle_close_s=15)
    feed(c, [streak(ALICE, ROSE, 4, ts=100, group=3)])
    assert [g.units for g in c.advance(120)] == [4]
    late = feed(c, [streak(ALICE, ROSE, 6, end=True, ts=121, group=3)])
    assert [g.units for g in late] == [2]


def test_interleaved_streaks_of_several_viewers():
    c = GiftCounter()
    msgs = []
    for n in range(1, 6):
        msgs += [streak(ALICE, ROSE, n, group=1), streak(BOB, ROSE, n, group=2), streak(CARA, DOUGHNUT, n, group=3)]
    msgs += [streak(BOB, ROSE, 5, end=True, group=2), streak(ALICE, ROSE, 5, end=True, group=1),
             streak(CARA, DOUGHNUT, 5, end=True, group=3)]
    out = feed(c, msgs)
    assert sorted((g.user.user_id, g.coins) for g in out) == [("101", 5), ("202", 5), ("303", 150)]


def test_same_viewer_same_gift_two_groups_are_two_streaks():
    c = GiftCounter()
    out = feed(c, [streak(ALICE, ROSE, 3, group=1), streak(ALICE, ROSE, 2, group=2),
                   streak(ALICE, ROSE, 3, end=True, group=1), streak(ALICE, ROSE, 2, end=True, group=2)])
    assert [g.units for g in out] == [3, 2]


def test_non_streak_gift_with_repeat_count_counts_at_once_without_an_end():
    c = GiftCounter()
    out = feed(c, [single(ALICE, CORGI, count=3)])
    assert [(g.units, g.coins) for g in out] == [(3, 897)]


def test_non_streak_gift_counts_once_per_message():
    c = GiftCounter()
    a, b = single(ALICE, CORGI), single(ALICE, CORGI)
    assert coins(feed(c, [a, b, a])) == 598


def test_group_zero_starts_a_new_streak_after_an_end():
    c = GiftCounter()
    out = feed(c, [streak(ALICE, ROSE, 1, group=0), streak(ALICE, ROSE, 3, end=True, group=0),
                   streak(ALICE, ROSE, 1, group=0), streak(ALICE, ROSE, 2, end=True, group=0)])
    assert [g.units for g in out] == [3, 2]
    assert all(g.streak_key is None for g in out)


def test_group_zero_streak_without_end_is_closed_by_idle_time():
    c = GiftCounter(idle_close_s=5)
    feed(c, [streak(ALICE, ROSE, 2, group=0, ts=10)])
    assert [(g.units, g.closed_without_end) for g in c.advance(16)] == [(2, True)]


def test_zero_or_negative_counts_count_nothing():
    c = GiftCounter()
    assert feed(c, [single(ALICE, CORGI, count=0), streak(ALICE, ROSE, 0, end=True)]) == []


def test_message_id_zero_is_never_treated_as_a_duplicate():
    c = GiftCounter()
    assert coins(feed(c, [single(ALICE, CORGI, msg_id=0), single(ALICE, CORGI, msg_id=0)])) == 598


class _History:
    def __init__(self, known_ids=(), streaks=None):
        self.known, self.streaks, self.asked = set(known_ids), streaks or {}, 0

    def msg_id_known(self, msg_id):
        self.asked += 1
        return msg_id in self.known

    def streak(self, key):
        return self.streaks.get(key)


def test_message_ids_beyond_the_window_are_asked_of_history():
    hist = _History()
    c = GiftCounter(msg_id_window=4, history=hist)
    events = [single(ALICE, ROSE, msg_id=i) for i in range(1, 11)]
    assert len(feed(c, events)) == 10
    assert hist.asked == 0  # new ids never wait for the store (the filter says "never seen")
    hist.known = {m.msg_id for m in events}  # as if committed
    again = c.process(events[0])
    assert again.duplicate and hist.asked == 1


def test_forgotten_settled_streak_is_recovered_from_history():
    from streamer_app.core.counting import SETTLED_STREAK_KEEP_S, Streak

    c = GiftCounter(history=None)
    feed(c, [streak(ALICE, ROSE, 5, end=True, group=4, ts=100)])
    saved = dict(c.take_dirty_streaks())
    c._history = _History(streaks=saved)
    c.advance(100 + SETTLED_STREAK_KEEP_S * 2)
    assert c.streak_count() == 0
    assert feed(c, [streak(ALICE, ROSE, 5, end=True, group=4, ts=100 + SETTLED_STREAK_KEEP_S * 2)]) == []
    assert isinstance(next(iter(saved.values())), Streak)


def test_restore_continues_a_session():
    c1 = GiftCounter()
    msgs = [streak(ALICE, ROSE, 1, group=8), streak(ALICE, ROSE, 2, group=8), single(BOB, CORGI)]
    feed(c1, msgs)
    ids = [m.msg_id for m in msgs]
    state = dict(c1.take_dirty_streaks())
    c2 = GiftCounter()
    c2.restore(ids, state)
    assert feed(c2, msgs) == []  # all duplicates
    out = feed(c2, [streak(ALICE, ROSE, 4, end=True, group=8)])
    assert [g.units for g in out] == [4]


def test_seen_ids_answer_exactly_or_say_maybe():
    from streamer_app.core.seen_ids import SeenIds

    s = SeenIds(window=1000)
    for i in range(50_000):
        s.add(10**15 + i * 7919)
    assert not s.complete
    assert s.check(10**15 + 49_999 * 7919) is True  # recent: exact
    assert s.check(10**15) in (True, None)  # old: never a wrong "new"
    fresh = [s.check(3 * 10**16 + i) for i in range(20_000)]
    assert fresh.count(False) > 19_500  # the filter rarely needs the store
    assert len(s) <= 1000


def test_bloom_add_many_sets_the_same_bits_as_adding_one_by_one():
    """SeenIds fills its filter in bulk (numpy) when a generation leaves exact memory."""
    import random

    from streamer_app.core.seen_ids import BloomFilter

    rng = random.Random(5)
    ids = {rng.getrandbits(64) for _ in range(5_000)} | {0, 1, 2**64 - 1}
    one, many = BloomFilter(1 << 16), BloomFilter(1 << 16)
    for i in ids:
        one.add(i)
    many.add_many(ids)
    assert one._bits == many._bits and any(one._bits)
    # Ids numpy cannot hold (negative, beyond 64 bits) take the exact Python path.
    odd = [-5, 2**70 + 3]
    one.add(-5), one.add(2**70 + 3)
    many.add_many(odd)
    assert one._bits == many._bits and all(i in many for i in odd)


def test_new_streaks_never_wait_for_the_store_even_after_forgetting():
    from streamer_app.core.counting import SETTLED_STREAK_KEEP_S

    hist = _History()
    c = GiftCounter(history=hist)
    feed(c, [streak(ALICE, ROSE, 2, end=True, group=1, ts=100)])
    c.advance(100 + SETTLED_STREAK_KEEP_S * 2)  # group 1 is forgotten: memory is now partial
    hist.asked = 0
    calls = []
    hist.streak = lambda key: calls.append(key)
    out = feed(c, [streak(BOB, ROSE, 3, end=True, group=g, ts=500) for g in range(2, 200)])
    assert len(out) == 198 and len(calls) < 5  # only Bloom false positives may ask


def test_restore_remembers_older_streak_keys_and_asks_for_them():
    from streamer_app.core.counting import Streak

    old = Streak(ALICE, ROSE, 9, counted=5, max_seen=5, last_ts=50, open=False)
    hist = _History(streaks={("101", 1, 9): old})
    c = GiftCounter(history=hist)
    c.restore([], {}, older_streak_keys=[("101", 1, 9)])
    assert feed(c, [streak(ALICE, ROSE, 5, end=True, group=9, ts=60)]) == []  # resent end of an old streak
    assert [g.units for g in feed(c, [streak(ALICE, ROSE, 7, end=True, group=9, ts=61)])] == [2]


def test_dirty_streaks_are_snapshots_not_live_objects():
    """The writer reads them later: a later count must not leak into an earlier batch."""
    c = GiftCounter()
    feed(c, [streak(ALICE, ROSE, 3, group=12)])
    (key, early), = c.take_dirty_streaks()
    feed(c, [streak(ALICE, ROSE, 3, end=True, group=12)])
    assert (early.counted, early.open) == (0, True)
    (_, late), = c.take_dirty_streaks()
    assert (late.counted, late.open) == (3, False)
