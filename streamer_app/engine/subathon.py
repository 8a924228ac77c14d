"""The subathon timer on the engine loop: income and the creator's controls in, durable state and updates out.

The model is core/subathon.py; this module decides when its state is saved and published.
The rule that keeps it exact through a crash (DESIGN.md section 5, issue 17): the time a
gift, follow or sub added is saved in the same writer operation as the rows that count that
income (``Engine._persist_gift_state`` and ``Engine._flush_session_fields`` hand over
``take_dirty()``), so a commit never holds a gift without its time or time without its gift.
The creator's own changes go to the writer at once, logged (``timer_log``).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import TYPE_CHECKING, Callable, Literal

from ..core.snapshot import TimerEndUpdate, TimerPayload, TimerUpdate
from ..core.subathon import Change, SubathonTimer, TimerRules, TimerState
from ..store.subathon import TimerLogEntry, load_timer

if TYPE_CHECKING:
    from .engine import Engine

log = logging.getLogger(__name__)

Command = Literal["start", "pause", "resume", "reset", "adjust"]
COMMANDS: tuple[Command, ...] = ("start", "pause", "resume", "reset", "adjust")


class EngineTimer:
    """The engine's subathon timer. Every method runs on the engine loop."""

    def __init__(self, engine: Engine, rules: TimerRules, clock: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.model = SubathonTimer(rules)
        self.clock = clock
        self.feeds = True  # whether this source's income adds time (replays only when asked)
        # One timer a night: of several sources at once (engine/multistream.py) only the first
        # engine's keeps it (adds income, ends it, saves and shows it); the others leave it alone,
        # or two copies of one saved row would overwrite each other's time and end it twice.
        self.owner = True
        self._dirty = False  # changed by income since the state last went to the writer
        self._added = 0.0  # seconds income added since the last published update
        self._cause = ""
        self._publish_scheduled = False

    def restore(self, conn: sqlite3.Connection, feeds: bool) -> None:
        """At the session's start (a worker thread): the saved state, read on ``conn`` (the rules stay
        today's settings). ``session_opened`` then ends, on the loop, a timer that ran out meanwhile."""
        state = load_timer(conn)
        if state is not None:
            self.model = SubathonTimer(self.model.rules, state)
        self.feeds = feeds

    @property
    def collecting(self) -> bool:
        return self.feeds and self.model.collecting

    # -- income (called while counting) ----------------------------------------------------------
    def credit(self, *, coins: int = 0, subs: int = 0, follows: int = 0, cause: str = "") -> bool:
        """Income that adds time; True when the timer changed (its state must then be saved with that income)."""
        if not self.owner:
            return False
        now = self.clock()
        self.tick(now)  # a timer that already reached zero takes nothing more
        if not self.collecting:
            return False
        change = self.model.credit(now, coins=coins, subs=subs, follows=follows, cause=cause)
        self._dirty = True
        self._added += change.seconds
        # One update per loop turn: its cause is the income's kind, or "income" for a mix.
        self._cause = change.cause if not self._publish_scheduled or self._cause == change.cause else "income"
        self._schedule_publish()
        return True

    def take_dirty(self) -> TimerState | None:
        """The state to save with the income rows being handed to the writer now, if income changed it."""
        if not self._dirty:
            return None
        self._dirty = False
        return self.model.state

    # -- the creator's controls ---------------------------------------------------------------------
    def command(self, kind: Command, seconds: float = 0.0, cause: str = "") -> Change:
        """start, pause, resume, reset or adjust (``seconds``, may be negative); saved and published at once."""
        if kind not in COMMANDS:
            raise ValueError(f"unknown timer command {kind!r}: one of {', '.join(COMMANDS)}")
        if not self.owner:
            raise ValueError("this source's engine does not keep the subathon timer (the night's first source does)")
        now = self.clock()
        self.tick(now)
        m = self.model
        if kind == "adjust":
            change = m.adjust(seconds, now, cause or "adjust")
        elif kind == "reset":
            change = m.reset(now)
        else:
            change = getattr(m, kind)(now)
        self._save(TimerLogEntry(now, kind, change.seconds, cause or change.cause))
        self._publish(change.seconds, cause or change.cause)
        if change.ended:
            self._ended(now)
        return change

    def set_rules(self, rules: TimerRules) -> None:
        """New settings: future income follows them; time already added stays."""
        self.model.rules = rules
        self._publish(0.0, "rules")

    # -- time passing ----------------------------------------------------------------------------
    def tick(self, now: float | None = None) -> None:
        """End a running timer that reached zero: saved, then ``timer`` and ``timer_end`` once."""
        if not self.owner:
            return
        now = self.clock() if now is None else now
        if self.model.tick(now) is not None:
            self._save(TimerLogEntry(now, "end", 0.0, "end"))
            self._publish(0.0, "end")
            self._ended(now)

    def _ended(self, now: float) -> None:
        s = self.model.state
        update: TimerEndUpdate = {"type": "timer_end", "ts": now, "ended_at": s.updated_at, "added_s": s.added_s,
                                  "coins": s.coins, "subs": s.subs, "follows": s.follows}
        log.info("the subathon timer reached zero")
        self.engine._publish(update)

    # -- saving and showing ----------------------------------------------------------------------------
    def _save(self, entry: TimerLogEntry) -> None:
        e = self.engine
        if e.session_id is not None:
            e._persist_gift_state()  # keep the writer's order: income counted before this change first
        self._dirty = False
        e._writer.write_timer(self.model.state, entry)

    def payload(self, now: float | None = None) -> TimerPayload:
        now = self.clock() if now is None else now
        return timer_payload(self.model, now)

    def session_opened(self) -> None:
        """End a timer that ran out while the app was down (once), and show it as it stands."""
        self.tick()
        self._publish(0.0, "")

    def _schedule_publish(self) -> None:
        """One ``timer`` update per turn of the loop, however many gifts it counted."""
        loop = self.engine._loop
        if loop is None or not self.engine.publishers:
            self._added = 0.0
            return
        if not self._publish_scheduled:
            self._publish_scheduled = True
            loop.call_soon(self._publish_income)

    def _publish_income(self) -> None:
        self._publish_scheduled = False
        added, self._added = self._added, 0.0
        self._publish(added, self._cause)

    def _publish(self, change_s: float, cause: str) -> None:
        if not self.owner:
            return
        update: TimerUpdate = {"type": "timer", **self.payload(), "change_s": change_s, "cause": cause}
        self.engine._publish(update)


def timer_payload(model: SubathonTimer, now: float) -> TimerPayload:
    """The timer as views draw it: ``remaining_s`` at ``wall_time``; a running one counts down from there."""
    s, r = model.state, model.rules
    return {
        "status": s.status, "remaining_s": round(model.remaining(now), 3), "ends_at": s.ends_at, "wall_time": now,
        "added_s": s.added_s, "capped_s": s.capped_s, "coins": s.coins, "subs": s.subs, "follows": s.follows,
        "cap_s": r.cap_s, "start_s": r.start_s, "seconds_per_coin": r.seconds_per_coin,
        "seconds_per_sub": r.seconds_per_sub, "seconds_per_follow": r.seconds_per_follow,
    }
