"""The subathon timer: a countdown that income extends (coins, subs, follows) and the creator steers.

Pure and Qt-free: every method takes the wall-clock time ``now`` (POSIX seconds) instead of
reading a clock, so tests drive it exactly and a restart rebuilds it from its saved state.

Why wall-clock time, not stream time: a subathon is a promise to the audience in real
life ("the stream ends when the timer does"). While the app is closed or crashed, the
timer keeps counting down, exactly as a kitchen timer would; a running timer is saved as
the moment it ends (``ends_at``), so a restart shows the remaining time to the second,
and a timer that ran out while the app was down ends at the restart (``timer_end`` once).
A paused timer is saved as the seconds it has left, which no downtime touches.

Income adds time only while the timer is running or paused (paused still collects, like
a creator taking a break while gifts keep coming); before it starts and after it ended,
income adds nothing. Manual adjustments work in every state. The optional cap bounds
the remaining time; what the cap refuses is counted in ``capped_s``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Status = Literal["idle", "running", "paused", "ended"]
STATUSES: tuple[Status, ...] = ("idle", "running", "paused", "ended")


@dataclass(frozen=True, slots=True)
class TimerRules:
    """How much time income adds, and where the timer starts (the ``timer.*`` settings)."""

    seconds_per_coin: float = 1.0
    seconds_per_sub: float = 60.0
    seconds_per_follow: float = 0.0
    start_minutes: float = 60.0
    max_minutes: float = 0.0  # 0: no cap on the remaining time

    @property
    def start_s(self) -> float:
        return self.start_minutes * 60.0

    @property
    def cap_s(self) -> float | None:
        return self.max_minutes * 60.0 if self.max_minutes > 0 else None


@dataclass(frozen=True, slots=True)
class TimerState:
    """Everything a restart needs, as saved in the ledger file (one row)."""

    status: Status = "idle"
    remaining_s: float = 0.0  # while not running: what is left
    ends_at: float | None = None  # while running: the wall-clock moment it reaches zero
    added_s: float = 0.0  # time income and adjustments added since the last reset (after the cap)
    capped_s: float = 0.0  # time the cap refused
    coins: int = 0  # income counted into the timer since the last reset
    subs: int = 0
    follows: int = 0
    updated_at: float = 0.0  # wall clock of the last change

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown timer status {self.status!r}")
        if self.status == "running" and self.ends_at is None:
            raise ValueError("a running timer needs the moment it ends")


@dataclass(frozen=True, slots=True)
class Change:
    """What one call did: the seconds it really added (after the cap) and why."""

    seconds: float
    cause: str
    ended: bool = False  # this call made the timer reach zero


class SubathonTimer:
    """The timer's model: mutate with the methods, save ``state``, restore with ``SubathonTimer(rules, state)``."""

    def __init__(self, rules: TimerRules = TimerRules(), state: TimerState | None = None) -> None:
        self.rules = rules
        self.state = state if state is not None else TimerState(remaining_s=rules.start_s)

    # -- reading -------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self.state.status

    @property
    def collecting(self) -> bool:
        """Whether income adds time now (running or paused)."""
        return self.state.status in ("running", "paused")

    def remaining(self, now: float) -> float:
        s = self.state
        if s.status == "running":
            assert s.ends_at is not None
            return max(0.0, s.ends_at - now)
        return max(0.0, s.remaining_s)

    # -- the creator's controls ------------------------------------------------------------
    def start(self, now: float) -> Change:
        """Start (from idle or after the end, with the time it shows) or resume a paused timer."""
        s = self.state
        if s.status == "running":
            return Change(0.0, "start")
        left = s.remaining_s if s.remaining_s > 0 else (self.rules.start_s if s.status != "paused" else 0.0)
        self.state = replace(s, status="running", ends_at=now + left, remaining_s=left, updated_at=now)
        return Change(0.0, "start" if s.status != "paused" else "resume")

    def pause(self, now: float) -> Change:
        s = self.state
        if s.status != "running":
            return Change(0.0, "pause")
        self.state = replace(s, status="paused", remaining_s=self.remaining(now), ends_at=None, updated_at=now)
        return Change(0.0, "pause")

    def resume(self, now: float) -> Change:
        return self.start(now) if self.state.status == "paused" else Change(0.0, "resume")

    def reset(self, now: float) -> Change:
        """Back to the start: idle, showing the starting time, nothing counted."""
        self.state = TimerState(remaining_s=self.rules.start_s, updated_at=now)
        return Change(0.0, "reset")

    def adjust(self, seconds: float, now: float, cause: str = "adjust") -> Change:
        """Add (or, negative, take away) time by hand; works in every state.

        After the end, added time pauses the timer with that time (the creator resumes it).
        """
        s = self.state
        if s.status == "ended" and seconds > 0:
            self.state = replace(s, status="paused", remaining_s=0.0, ends_at=None)
        return self._add(float(seconds), now, cause)

    # -- income ----------------------------------------------------------------------------
    def credit(self, now: float, *, coins: int = 0, subs: int = 0, follows: int = 0, cause: str = "") -> Change:
        """Income that adds time by the rules; nothing unless the timer is running or paused."""
        if not self.collecting or (coins <= 0 and subs <= 0 and follows <= 0):
            return Change(0.0, cause)
        seconds = self.seconds_for(coins=coins, subs=subs, follows=follows)
        s = self.state
        self.state = replace(s, coins=s.coins + max(0, coins), subs=s.subs + max(0, subs),
                             follows=s.follows + max(0, follows))
        return self._add(seconds, now, cause or ("coins" if coins else "subs" if subs else "follows"))

    def seconds_for(self, *, coins: int = 0, subs: int = 0, follows: int = 0) -> float:
        r = self.rules
        return coins * r.seconds_per_coin + subs * r.seconds_per_sub + follows * r.seconds_per_follow

    # -- time passing ----------------------------------------------------------------------
    def tick(self, now: float) -> Change | None:
        """A running timer that reached zero ends here (once); returns that change, else None."""
        s = self.state
        if s.status != "running" or self.remaining(now) > 0:
            return None
        assert s.ends_at is not None
        self.state = replace(s, status="ended", remaining_s=0.0, updated_at=s.ends_at)  # when it ended
        return Change(0.0, "end", ended=True)

    # -- the arithmetic ------------------------------------------------------------------------
    def _add(self, seconds: float, now: float, cause: str) -> Change:
        if seconds == 0:
            return Change(0.0, cause)
        s = self.state
        left = self.remaining(now)
        new_left = max(0.0, left + seconds)
        capped = 0.0
        cap = self.rules.cap_s
        if cap is not None and seconds > 0 and new_left > cap:
            capped = new_left - max(cap, left)
            new_left = max(cap, left)  # a cap lowered below the time left takes nothing away
        real = new_left - left
        if s.status == "running":
            assert s.ends_at is not None
            # Shift the end, not "now + left": the same additions give the same end whenever applied.
            self.state = replace(s, ends_at=s.ends_at + real if left > 0 else now + new_left,
                                 added_s=s.added_s + real, capped_s=s.capped_s + capped, updated_at=now)
        else:
            self.state = replace(s, remaining_s=new_left, added_s=s.added_s + real, capped_s=s.capped_s + capped,
                                 updated_at=now)
        ended = self.tick(now) is not None if real < 0 else False
        return Change(real, cause, ended)
