"""The alert queue rules (core.alert_queue), pure: ordering, merging, the cap and its summary card."""

from streamer_app.core.alert_queue import HOLD_S, MIN_HOLD_S, AlertQueue, tier_of


def gift(uid, gid, coins, units=1, streak=False, name=None):
    return {"type": "gift", "user": {"id": uid, "name": name or f"user{uid}"},
            "gift": {"id": gid, "name": f"gift{gid}", "coins": coins, "image": ""},
            "units": units, "coins": units * coins, "streak": streak}


def streak(uid, gid, coins, count, ended=False, group=7):
    return {"type": "streak", "user": {"id": uid, "name": f"user{uid}"},
            "gift": {"id": gid, "name": f"gift{gid}", "coins": coins, "image": ""},
            "group_id": group, "count": count, "ended": ended}


def test_alerts_come_out_in_arrival_order():
    q = AlertQueue(max_queue=10)
    for i, coins in enumerate((5, 500, 1, 100)):
        q.push(gift(str(i), 10 + i, coins))
    assert [q.next().user_id for _ in range(4)] == ["0", "1", "2", "3"]
    assert q.next() is None


def test_a_streak_is_one_card_that_grows_while_shown_and_settles_at_the_counted_total():
    q = AlertQueue()
    q.push(streak("a", 1, 1, 1))
    q.push(streak("a", 1, 1, 2))
    card = q.next()
    assert card.units == 2 and card.live
    q.push(streak("a", 1, 1, 9))
    assert card.units == 9 and card.live  # the card on screen grows
    q.push(streak("a", 1, 1, 12, ended=True))
    q.push(gift("a", 1, 1, units=12, streak=True))
    assert card.units == 12 and not card.live
    assert len(q) == 0  # the counted end did not add a second card
    q.done()
    assert q.next() is None


def test_the_same_viewer_sending_the_same_gift_again_merges_while_waiting():
    q = AlertQueue()
    q.push(gift("a", 6, 50))
    q.push(gift("b", 6, 50))
    q.push(gift("a", 6, 50, units=2))
    assert len(q) == 2
    first = q.next()
    assert first.user_id == "a" and first.units == 3 and first.coins == 150


def test_min_coins_filters_small_gifts_and_a_streak_appears_once_it_crosses_the_minimum():
    q = AlertQueue(min_coins=10)
    assert q.push(gift("a", 1, 1, units=3)) is None
    assert q.filtered == 1
    assert q.push(streak("b", 1, 1, 4)) is None
    card = q.push(streak("b", 1, 1, 10))
    assert card is not None and card.units == 10
    assert len(q) == 1


def test_a_burst_beyond_the_cap_folds_the_smallest_into_one_honest_summary_card():
    q = AlertQueue(max_queue=3)
    q.push(gift("big", 14, 29999))
    for i in range(40):
        q.push(gift(f"v{i}", 1, 1 + i))  # forty different small gifts
    assert len(q.waiting) == 3
    assert q.waiting[0].user_id == "big"  # the top-tier gift is never folded
    s = q.summary
    assert s is not None
    folded = [f"v{i}" for i in range(40) if f"v{i}" not in {a.user_id for a in q.waiting}]
    assert s.units == len(folded) == 38
    assert s.coins == sum(1 + int(u[1:]) for u in folded)
    assert s.text() == f"+38 more gifts, {s.coins:,} coins"
    shown = [q.next() for _ in range(4)]
    assert [a.kind for a in shown] == ["gift", "gift", "gift", "summary"]  # the summary comes last
    assert q.next() is None


def test_a_folded_streak_keeps_counting_into_the_summary():
    q = AlertQueue(max_queue=1)
    q.push(gift("x", 9, 299))
    q.push(streak("s", 1, 1, 5))  # the smaller one is folded
    assert q.summary.units == 5
    q.push(streak("s", 1, 1, 8))
    q.push(gift("s", 1, 1, units=8, streak=True))
    assert q.summary.units == 8 and q.summary.coins == 8
    assert len(q.waiting) == 1


def test_hold_is_by_tier_and_shorter_under_a_backlog_but_big_gifts_keep_their_moment():
    q = AlertQueue(max_queue=20)
    q.push(gift("a", 1, 1))
    small = q.next()
    assert q.hold_seconds(small) == HOLD_S[0]
    for i in range(10):
        q.push(gift(f"b{i}", 2, 1))
    assert MIN_HOLD_S <= q.hold_seconds(small) < HOLD_S[0]
    q.push(gift("whale", 15, 44999))
    whale = q.waiting[-1]
    assert whale.tier == 3 and q.hold_seconds(whale) == HOLD_S[3]
    assert [tier_of(c) for c in (1, 99, 100, 999, 1000, 10000)] == [0, 0, 1, 1, 2, 3]


def test_an_ended_streak_folded_at_once_is_not_shown_again_by_its_counted_gift():
    """Found by the window work of issue 15: a streak whose first update the queue sees is already its
    end, folded into the summary at once, came back as a card of its own when its counted gift followed,
    and the summary's coins held it twice."""
    from streamer_app.core.alert_queue import AlertQueue

    q = AlertQueue(min_coins=1, max_queue=1)
    user = {"id": "7", "name": "Ana"}
    rose = {"id": 5655, "name": "Rose", "coins": 1}
    corgi = {"id": 6064, "name": "Corgi", "coins": 299}
    q.push({"type": "gift", "user": {"id": "8", "name": "Bo"}, "gift": corgi, "units": 1})
    q.push({"type": "streak", "user": user, "gift": rose, "group_id": 3, "count": 20, "ended": True})
    assert [a.key for a in q.waiting] == [("8", 6064, "msg")] and q.summary is not None
    q.push({"type": "gift", "user": user, "gift": rose, "units": 20, "streak": True, "group_id": 3})
    assert len(q.waiting) == 1
    assert (q.summary.units, q.summary.summary_coins) == (20, 20)
