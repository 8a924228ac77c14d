"""Publisher dicts for the users and gifts of a stream, built once per record.

Shared by many updates (publishers must treat updates as read-only), and who tops the
leaderboard now (the crown on a gift's update), kept without sorting on every gift.
"""

from __future__ import annotations

from ..core import events as ev
from ..core.counting import CountedGift
from ..core.snapshot import GiftPayload, UserPayload, gift_payload, user_payload
from ..core.tallies import Tallies

MAX_USERS = 50_000  # a long stream's crowd: start over beyond this, stay bounded


class PayloadCache:
    def __init__(self) -> None:
        self._users: dict[str, tuple[ev.User, UserPayload]] = {}
        self._gifts: dict[int, tuple[ev.Gift, GiftPayload]] = {}

    def user(self, u: ev.User) -> UserPayload:
        cached = self._users.get(u.user_id)
        if cached is None or cached[0] is not u:
            if len(self._users) > MAX_USERS:
                self._users.clear()
            cached = self._users[u.user_id] = (u, user_payload(u))
        return cached[1]

    def gift(self, g: ev.Gift) -> GiftPayload:
        cached = self._gifts.get(g.gift_id)
        if cached is None or cached[0] is not g:
            cached = self._gifts[g.gift_id] = (g, gift_payload(g))
        return cached[1]


class TopGifter:
    """Tonight's top gifter of the creator (guests' gifts never count): who wears the crown."""

    def __init__(self) -> None:
        self.user_id, self.coins = "", 0

    def restore(self, tallies: Tallies) -> None:
        top = tallies.top_gifters(1)
        self.user_id, self.coins = (top[0].user_id, top[0].coins) if top else ("", 0)

    def sent(self, g: CountedGift, tallies: Tallies) -> bool:
        """After ``tallies.add(g)``: whether its sender tops the leaderboard now."""
        if g.recipient is not None:
            return False
        uid = g.user.user_id
        gifter = tallies.gifters.get(uid)
        coins = gifter.coins if gifter is not None else 0
        if uid == self.user_id or coins > self.coins:
            self.user_id, self.coins = uid, coins
            return True
        return False
