"""The count-once rule: turns TikTok gift messages into gifts counted exactly once.

DESIGN.md section 1 is the specification. In short:

* a non-streakable gift counts ``repeat_count x coins`` once per message;
* a streakable gift counts only at its end message, ``max(0, repeat_count - counted)``
  units, where ``counted`` is the high-water mark of its streak identity
  (sender, gift id, group id);
* a streak whose end never arrives is closed at the source's end or after
  ``idle_close_s`` of stream time, counting up to the highest count seen and
  marked ``closed_without_end``;
* with group id 0 the identity is (sender, gift id) and a new streak starts after an end;
* a message id seen before in the session is ignored.

The counter is pure and synchronous. Its state can be exported and restored, so a
session resumed after a restart continues with the same de-duplication state.
Memory stays bounded on long sessions: message ids live in ``SeenIds`` (recent ones
exactly, all of them in a Bloom filter) and settled streaks are forgotten after a
while. Whatever memory cannot answer for sure is asked of ``history``, the store's
persisted copy of the same state, so the answer stays exact at any session length.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from .events import Gift, GiftEvent, User
from .seen_ids import BloomFilter, SeenIds

StreakKey = tuple[str, int, int]  # (user id, gift id, group id)

DEFAULT_IDLE_CLOSE_S = 15.0
DEFAULT_MSG_ID_WINDOW = 100_000
# A settled streak (end counted or closed) is kept this long in stream time so a
# resent end is recognised in memory; after that the ledger's unique key catches it.
SETTLED_STREAK_KEEP_S = 30.0
SWEEP_EVERY_S = SETTLED_STREAK_KEEP_S / 4  # how often settled streaks are looked over


# CountedGift and StreakUpdate are built per gift message and handed to other threads:
# never assigned to after creation (not frozen only because a frozen dataclass's __init__
# costs about four times as much on this path).
@dataclass(slots=True)
class CountedGift:
    """Units of one gift that the rule counted; becomes one ledger row. Read-only by convention.

    ``streak_key`` is set for streaks with a group id; ``units_to`` is the streak's
    high-water mark after this row, so (session, streak_key, units_to) is unique.
    """

    ts: float
    msg_id: int
    user: User
    gift: Gift
    units: int
    streak_key: str | None = None
    units_to: int = 0
    closed_without_end: bool = False
    recipient: User | None = None  # None: the host's income; else a guest's (never the creator's totals)
    first_gift: bool = False  # the viewer's first gift to this creator (TikTok's is_first_sent)
    group_id: int = 0  # the streak's group id (0: none, or not a streak)

    @property
    def coins(self) -> int:
        return self.units * self.gift.coins


@dataclass(slots=True)
class Streak:
    """A streak in progress or recently settled (its high-water mark is kept)."""

    user: User
    gift: Gift
    group_id: int
    counted: int = 0  # units already counted (high-water mark)
    max_seen: int = 0  # highest repeat_count seen
    last_ts: float = 0.0
    last_msg_id: int = 0
    open: bool = True  # False once its end was counted or it was closed
    recipient: User | None = None  # as its latest message names it (None: the host)
    first_gift: bool = False  # one of its messages was marked the viewer's first gift

    @property
    def pending(self) -> int:
        return max(0, self.max_seen - self.counted)

    def copy(self) -> "Streak":
        # Spelled out: copy.copy() on a slotted dataclass costs several times more.
        return Streak(self.user, self.gift, self.group_id, self.counted, self.max_seen, self.last_ts,
                      self.last_msg_id, self.open, self.recipient, self.first_gift)


@dataclass(slots=True)
class StreakUpdate:
    """A live streak display change: ``count`` grows while ``ended`` is False."""

    ts: float
    user: User
    gift: Gift
    group_id: int
    count: int
    ended: bool
    recipient: User | None = None  # None: the host


@dataclass(slots=True)
class CountResult:
    """What one call to the counter produced."""

    counted: list[CountedGift]
    streak: StreakUpdate | None = None
    duplicate: bool = False


def streak_key_text(key: StreakKey) -> str:
    return f"{key[0]}:{key[1]}:{key[2]}"


class CounterHistory(Protocol):
    """The persisted state of a session, asked only for what memory let go of."""

    def msg_id_known(self, msg_id: int) -> bool: ...

    def streak(self, key: StreakKey) -> Streak | None: ...


class GiftCounter:
    """Applies the count-once rule to gift messages of one session."""

    def __init__(
        self,
        idle_close_s: float = DEFAULT_IDLE_CLOSE_S,
        msg_id_window: int = DEFAULT_MSG_ID_WINDOW,
        history: CounterHistory | None = None,
    ) -> None:
        if idle_close_s <= 0:
            raise ValueError("idle_close_s must be positive")
        self.idle_close_s = idle_close_s
        self._seen = SeenIds(msg_id_window)
        self._streaks: dict[StreakKey, Streak] = {}
        self._open: set[StreakKey] = set()
        self._now = 0.0
        self._last_sweep = 0.0
        self._history = history
        # Every streak key of the session (hashed): a key it has never held is a new streak.
        self._streak_keys = BloomFilter(1 << 22)
        # True once memory no longer holds every streak of the session.
        self._streaks_partial = False
        self.new_msg_ids: list[int] = []  # to persist; the engine drains it
        self._dirty: set[StreakKey] = set()

    # -- state --------------------------------------------------------------------
    def restore(self, msg_ids: Iterable[int], streaks: dict[StreakKey, Streak],
                older_streak_keys: Iterable[StreakKey] = ()) -> None:
        """Seed state saved by the store: every message id of the session, and its streaks.

        ``streaks`` are held in memory; ``older_streak_keys`` (settled streaks the store
        holds beyond those) are only remembered as keys, and asked of ``history`` if they
        come back.
        """
        for msg_id in msg_ids:
            self._seen.add(msg_id)
        self._streaks.update(streaks)
        for key in streaks:
            self._streak_keys.add(hash(key))
        for key in older_streak_keys:
            self._streak_keys.add(hash(key))
            self._streaks_partial = True
        self._open = {k for k, s in self._streaks.items() if s.open}

    def take_dirty_streaks(self) -> list[tuple[StreakKey, Streak | None]]:
        """Streaks changed since the last call, to persist with the same batch.

        Copies, not the live objects: the writer reads them later on its own thread, and
        the state it commits must be the state that goes with this batch's gifts. (Handing
        over live objects let a streak's later count be committed before the ledger row
        that explains it; a crash in between then lost that row.)
        """
        if not self._dirty:
            return []
        streaks = self._streaks
        out: list[tuple[StreakKey, Streak | None]] = []
        for k in self._dirty:
            s = streaks.get(k)
            # A group-0 streak that settled is deleted: persist it as closed (None) so a
            # restart does not resurrect it.
            out.append((k, None if s is None else s.copy()))
        self._dirty.clear()
        out.sort(key=lambda item: item[1] is None)  # updates first, then deletions, as before
        return out

    def streak_count(self) -> int:
        """Streaks held in memory (open and recently settled)."""
        return len(self._streaks)

    # -- the rule -------------------------------------------------------------------
    def first_seen(self, msg_id: int) -> bool:
        """Whether message ``msg_id`` (of any kind) is new to the session; it is seen from now on."""
        seen = self._seen.add_if_new(msg_id)
        if seen is None:  # memory let go of it: the store knows
            seen = self._history.msg_id_known(msg_id) if self._history is not None else False
            if not seen:
                self._seen.add(msg_id)
        return not seen

    def process(self, event: GiftEvent) -> CountResult:
        """Apply the rule to one gift message."""
        ts, msg_id = event.ts, event.msg_id
        counted: list[CountedGift] = []
        if ts > self._now:
            if self._open or ts - self._last_sweep > SWEEP_EVERY_S:
                counted = self.advance(ts)
            else:
                self._now = ts  # nothing to close or forget yet: all advance() would do
        if msg_id:
            if not self.first_seen(msg_id):
                return CountResult(counted, duplicate=True)
            self.new_msg_ids.append(msg_id)

        if not event.streakable:
            units = event.repeat_count
            if units > 0:
                g = CountedGift(ts, msg_id, event.user, event.gift, units)
                if event.recipient is not None or event.first_gift:  # rare: keep the common path lean
                    g.recipient, g.first_gift = event.recipient, event.first_gift
                counted.append(g)
            return CountResult(counted)

        key, streak = self._streak_seen(event)
        if not event.repeat_end:
            if streak.max_seen > streak.counted:
                streak.open = True
                self._open.add(key)
            if event.repeat_count <= streak.counted:
                return CountResult(counted)  # already counted (a resent message): nothing new to show
            return CountResult(
                counted,
                StreakUpdate(event.ts, event.user, event.gift, key[2], event.repeat_count, False, event.recipient),
            )

        units = max(0, event.repeat_count - streak.counted)
        if not units:
            # A resent end (TikTok sends ends again under new ids): nothing new, and nothing to
            # show either: the displays settled this streak with its counted gift already. A
            # higher count seen meanwhile is moot now.
            streak.max_seen = max(streak.counted, event.repeat_count)
            self._settle(key, streak)
            return CountResult(counted)
        counted.append(self._count(key, streak, event.repeat_count, event.ts, event.msg_id))
        self._settle(key, streak)
        return CountResult(
            counted,
            StreakUpdate(event.ts, event.user, event.gift, key[2], event.repeat_count, True, event.recipient),
        )

    def _streak_seen(self, event: GiftEvent) -> tuple[StreakKey, Streak]:
        """The streak a message belongs to (found, asked of the history, or new), updated by it."""
        key: StreakKey = (event.user.user_id, event.gift.gift_id, event.group_id or 0)
        streak = self._streaks.get(key)
        if streak is None:
            if key[2] and self._streaks_partial and self._history is not None and hash(key) in self._streak_keys:
                streak = self._history.streak(key)  # a settled streak that memory let go of
            if streak is None:
                streak = Streak(event.user, event.gift, key[2])
                self._streak_keys.add(hash(key))
            self._streaks[key] = streak
        streak.user, streak.gift = event.user, event.gift  # names and prices may update
        streak.recipient = event.recipient
        if event.first_gift:
            streak.first_gift = True
        self._dirty.add(key)
        streak.max_seen = max(streak.max_seen, event.repeat_count)
        streak.last_ts = max(streak.last_ts, event.ts)
        streak.last_msg_id = event.msg_id or streak.last_msg_id
        return key, streak

    def advance(self, now: float) -> list[CountedGift]:
        """Move stream time forward; close streaks idle for longer than the limit."""
        if now <= self._now:
            return []
        self._now = now
        closed: list[CountedGift] = []
        if self._open:
            limit = now - self.idle_close_s
            for key in self._in_order([k for k in self._open if self._streaks[k].last_ts <= limit]):
                closed.extend(self._close(key))
        if now - self._last_sweep > SWEEP_EVERY_S:
            self._forget_settled(now - SETTLED_STREAK_KEEP_S)
            self._last_sweep = now
        return closed

    def close_all(self, ts: float | None = None) -> list[CountedGift]:
        """The source ended: close every open streak without waiting."""
        closed: list[CountedGift] = []
        for key in self._in_order(self._open):
            closed.extend(self._close(key, ts))
        return closed

    def _in_order(self, keys: Iterable[StreakKey]) -> list[StreakKey]:
        """Streaks to close in one go, oldest first: a set's order changes from one process to the
        next (string hashes are salted), and the ledger's rows must not."""
        streaks = self._streaks
        return sorted(keys, key=lambda k: (streaks[k].last_ts, k))

    # -- helpers ----------------------------------------------------------------------
    def _count(
        self, key: StreakKey, streak: Streak, upto: int, ts: float, msg_id: int,
        closed_without_end: bool = False,
    ) -> CountedGift:
        units = upto - streak.counted
        streak.counted = upto
        first, streak.first_gift = streak.first_gift, False  # marks the first row counted of it only
        return CountedGift(
            ts, msg_id, streak.user, streak.gift, units,
            streak_key=streak_key_text(key) if key[2] else None,
            units_to=upto,
            closed_without_end=closed_without_end,
            recipient=streak.recipient,
            first_gift=first,
            group_id=key[2],
        )

    def _close(self, key: StreakKey, ts: float | None = None) -> list[CountedGift]:
        streak = self._streaks[key]
        self._dirty.add(key)
        out = []
        if streak.pending:
            # The end never came: count what was seen, at the streak's own last time,
            # with no message id (the row's identity is its streak key and units_to).
            out.append(
                self._count(key, streak, streak.max_seen, ts if ts is not None else streak.last_ts, 0, True)
            )
        self._settle(key, streak)
        return out

    def _settle(self, key: StreakKey, streak: Streak) -> None:
        streak.open = False
        self._open.discard(key)
        if key[2] == 0:
            # Without a group id the next message of this gift is a new streak.
            del self._streaks[key]

    def _forget_settled(self, before: float) -> None:
        old = [
            k for k, s in self._streaks.items()
            if not s.open and s.last_ts < before and k not in self._dirty
        ]
        for key in old:
            del self._streaks[key]
        self._streaks_partial |= bool(old)
