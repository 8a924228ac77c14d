"""Small builders for gift messages in tests."""

from __future__ import annotations

import itertools

from streamer_app.core.events import Gift, GiftEvent, User

ROSE = Gift(1, "Rose", 1)
DOUGHNUT = Gift(5, "Doughnut", 30)
CORGI = Gift(9, "Corgi", 299)
ALICE = User("101", "alice", "Alice")
BOB = User("202", "bob", "Bob")
CARA = User("303", "cara", "Cara")

_ids = itertools.count(1000)


def streak(user, gift, count, end=False, group=77, ts=100.0, msg_id=None) -> GiftEvent:
    return GiftEvent(ts, msg_id if msg_id is not None else next(_ids), user, gift, count, end, True, group)


def single(user, gift, count=1, ts=100.0, msg_id=None) -> GiftEvent:
    return GiftEvent(ts, msg_id if msg_id is not None else next(_ids), user, gift, count, False, False, 0)
