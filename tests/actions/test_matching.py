"""The compiled matcher (filters, like multiples, thresholds) and the gate (cooldowns, rate limit)."""

from __future__ import annotations

from streamer_app.actions.matching import Gate, Matcher
from streamer_app.actions.rules import parse_rule


def R(name, event, do=None, cooldown=0, enabled=True, **filters):
    r, problems = parse_rule({"name": name, "enabled": enabled, "cooldown": cooldown,
                              "when": {"event": event, **filters},
                              "do": do or [{"type": "alert", "text": name}]})
    assert not problems, problems
    return r


def gift(gift_id=1, coins=1, to=None, first=False, platform=None, ts=0.0):
    u = {"type": "gift", "ts": ts, "user": {"id": "1", "name": "Ann"}, "gift": {"id": gift_id, "name": "G", "coins": 1},
         "units": coins, "coins": coins, "to": to, "first_gift": first}
    if platform:
        u["platform"] = platform
    return u


def names(found):
    return sorted((kind, r.name) for kind, rules, _ in found or [] for r in rules)


def test_gift_filters():
    m = Matcher([
        R("any", "gift"), R("lion", "gift", gift_id=6064), R("big", "gift", min_coins=1000),
        R("big lion", "gift", gift_id=6064, min_coins=29_999), R("mine", "gift", recipient="host"),
        R("twitch", "gift", platform="twitch"), R("off", "gift", enabled=False), R("first", "first_gift"),
        R("first big", "first_gift", min_coins=500),
    ])
    assert names(m.match(gift(1, 1))) == [("gift", "any"), ("gift", "mine")]
    assert names(m.match(gift(6064, 29_999))) == [("gift", n) for n in ("any", "big", "big lion", "lion", "mine")]
    assert names(m.match(gift(6064, 29_998, to={"id": "9"}))) == [("gift", n) for n in ("any", "big", "lion")]
    assert names(m.match(gift(2, 5, platform="twitch"))) == [("gift", "any"), ("gift", "mine"), ("gift", "twitch")]
    assert names(m.match(gift(2, 600, first=True))) == [("first_gift", "first"), ("first_gift", "first big"),
                                                        ("gift", "any"), ("gift", "mine")]
    assert m.match({**gift(), "test": True}) is None  # the overlay's pretend gift
    assert m.match({"type": "streak", "count": 5}) is None  # a streak message never fires: its counted gift does
    assert m.match({"type": "comment"}) is None


def test_like_total_fires_once_per_multiple_passed():
    m = Matcher([R("k", "like_total", every=1000), R("5k", "like_total", every=5000)])
    m.like_total = 1500  # a resumed session's likes are not new
    assert m.match({"type": "like", "room_total": 1900}) is None
    found = m.match({"type": "like", "room_total": 3100})
    assert [(r.name, extra["total"]) for _, (r,), extra in found] == [("k", 2000), ("k", 3000)]
    assert m.match({"type": "like", "room_total": 3000}) is None  # an older total
    found = m.match({"type": "like", "room_total": 5000})
    assert [(r.name, extra["total"]) for _, (r,), extra in found] == [("k", 4000), ("k", 5000), ("5k", 5000)]
    found = m.match({"type": "like", "room_total": 1_000_000})  # a jump fires a bounded number of times
    assert len([1 for _, (r,), _ in found if r.name == "k"]) == 10


def test_activity_threshold_and_timer_events():
    m = Matcher([R("f", "follow"), R("s", "share"), R("sub", "subscribe", platform="twitch"),
                 R("any threshold", "threshold_reached"), R("cash", "threshold_reached", threshold="First cash-out"),
                 R("end", "timer_end")])
    assert names(m.match({"type": "follow"})) == [("follow", "f")]
    assert names(m.match({"type": "share"})) == [("share", "s")]
    assert m.match({"type": "subscribe"}) is None
    assert names(m.match({"type": "subscribe", "platform": "twitch"})) == [("subscribe", "sub")]
    # Twitch and YouTube subscriptions come as "paid" updates (docs/PROTOCOL.md); Bits do not subscribe.
    assert names(m.match({"type": "paid", "platform": "twitch", "kind": "gift_subs"})) == [("subscribe", "sub")]
    assert m.match({"type": "paid", "platform": "twitch", "kind": "bits"}) is None
    assert m.match({"type": "paid", "platform": "youtube", "kind": "membership"}) is None
    assert names(m.match({"type": "threshold", "threshold": {"name": "First cash-out"}})) == [
        ("threshold_reached", "any threshold"), ("threshold_reached", "cash")]
    assert names(m.match({"type": "threshold", "threshold": {"name": "My goal"}})) == [
        ("threshold_reached", "any threshold")]
    assert names(m.match({"type": "timer_end"})) == [("timer_end", "end")]


def test_cooldowns_and_the_rate_limit_count_in_stream_time():
    cool, plain = R("cool", "gift", cooldown=10), R("plain", "gift")
    g = Gate(per_second=0)
    assert g.admit((cool, plain), 100.0) == (cool, plain)
    assert g.admit((cool, plain), 105.0) == (plain,)
    assert g.admit((cool, plain), 110.0) == (cool, plain)
    assert g.cooled == 1 and g.limited == 0

    g = Gate(per_second=2, burst=4)
    fired = [len(g.admit((plain,), 0.0)) for _ in range(10)]
    assert fired == [1, 1, 1, 1, 0, 0, 0, 0, 0, 0] and g.limited == 6
    assert len(g.admit((plain, plain, plain), 1.0)) == 2  # two tokens a second came back
    assert len(g.admit((plain,) * 10, 100.0)) == 4  # never more than a burst at once
    assert g.limited == 6 + 1 + 6
