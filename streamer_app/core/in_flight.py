"""The counter's history while the disk lags behind: what is on its way, in front of what is saved.

``GiftCounter`` lets go of settled streaks and old message ids to stay small, and asks its
history when one comes back. The store answers only for what it has committed, and the
writer commits later than the counter counts: by milliseconds on a fast disk, by seconds
on a slow or stalled one, and 30 s of stream time pass in milliseconds when a recording
is replayed flat out. A streak asked for in between was counted again from zero (issue
15: the same recording gave different totals on a busy machine or a slow disk).

``InFlightHistory`` closes that gap: every batch handed to the writer is kept here, by the
writer's sequence number, until the writer reports it committed; questions are answered
from the newest batch that knows, then from the store. So the counter's answers are the
same whatever the timing, and a total is a function of the messages alone.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from .counting import CounterHistory, Streak, StreakKey


class _Batch:
    __slots__ = ("seq", "msg_ids", "streaks", "_id_set")

    def __init__(self, seq: int, msg_ids: list[int], streaks: dict[StreakKey, Streak | None]) -> None:
        self.seq = seq
        self.msg_ids = msg_ids
        self.streaks = streaks
        self._id_set: set[int] | None = None

    def knows_id(self, msg_id: int) -> bool:
        if self._id_set is None:  # built on the first question only: most batches are never asked
            self._id_set = set(self.msg_ids)
        return msg_id in self._id_set


class InFlightHistory:
    """A ``CounterHistory``: batches not yet committed, in front of the store's answers."""

    def __init__(self, saved: CounterHistory | None = None) -> None:
        self.saved = saved
        self._batches: deque[_Batch] = deque()

    def pending(self) -> int:
        """Batches still on their way to the disk."""
        return len(self._batches)

    def sent(self, seq: int, msg_ids: Iterable[int] = (),
             streaks: Iterable[tuple[StreakKey, Streak | None]] = ()) -> None:
        """A batch went to the writer as operation ``seq``; ``streaks`` are copies (None: deleted).

        The lists are kept, not copied: the caller hands them over for good.
        """
        ids = msg_ids if isinstance(msg_ids, list) else list(msg_ids)
        self._batches.append(_Batch(seq, ids, dict(streaks)))

    def committed(self, seq: int) -> None:
        """Everything up to operation ``seq`` is on disk: the store answers for it from now on."""
        batches = self._batches
        while batches and batches[0].seq <= seq:
            batches.popleft()

    def msg_id_known(self, msg_id: int) -> bool:
        for batch in reversed(self._batches):
            if batch.knows_id(msg_id):
                return True
        return self.saved.msg_id_known(msg_id) if self.saved is not None else False

    def streak(self, key: StreakKey) -> Streak | None:
        for batch in reversed(self._batches):
            if key in batch.streaks:
                st = batch.streaks[key]
                # A copy: the counter goes on changing the streak it is given.
                return None if st is None else st.copy()
        return self.saved.streak(key) if self.saved is not None else None
