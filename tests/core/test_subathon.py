"""The subathon timer's model (core/subathon.py): exact arithmetic on wall-clock time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from streamer_app.core.subathon import SubathonTimer, TimerRules, TimerState

T0 = 1_800_000_000.0
RULES = TimerRules(seconds_per_coin=2, seconds_per_sub=60, seconds_per_follow=5, start_minutes=10)


def test_idle_shows_the_starting_time_and_income_adds_nothing():
    t = SubathonTimer(RULES)
    assert t.status == "idle" and t.remaining(T0) == 600
    assert t.credit(T0, coins=100).seconds == 0
    assert t.state.coins == 0 and t.remaining(T0 + 1000) == 600


def test_running_counts_down_on_the_wall_clock_and_income_extends_it():
    t = SubathonTimer(RULES)
    t.start(T0)
    assert t.state.ends_at == T0 + 600
    assert t.remaining(T0 + 100) == 500
    change = t.credit(T0 + 100, coins=30, cause="coins")  # 30 coins x 2 s
    assert change.seconds == 60 and t.remaining(T0 + 100) == 560
    t.credit(T0 + 200, subs=1)
    t.credit(T0 + 200, follows=2)
    assert t.state.ends_at == T0 + 600 + 60 + 60 + 10
    assert (t.state.coins, t.state.subs, t.state.follows, t.state.added_s) == (30, 1, 2, 130)


def test_pause_freezes_the_time_left_and_still_collects_income():
    t = SubathonTimer(RULES)
    t.start(T0)
    t.pause(T0 + 50)
    assert t.status == "paused" and t.remaining(T0 + 5000) == 550
    t.credit(T0 + 5000, coins=5)
    assert t.remaining(T0 + 9000) == 560
    assert t.resume(T0 + 9000).cause == "resume"
    assert t.remaining(T0 + 9060) == 500


def test_it_ends_once_at_zero_and_takes_no_income_after():
    t = SubathonTimer(RULES)
    t.start(T0)
    assert t.tick(T0 + 599) is None
    end = t.tick(T0 + 600)
    assert end is not None and end.ended and t.status == "ended"
    assert t.tick(T0 + 700) is None  # once
    assert t.credit(T0 + 700, coins=1000).seconds == 0
    # The creator can give it time again by hand: it waits, paused, to be resumed.
    t.adjust(120, T0 + 800)
    assert t.status == "paused" and t.remaining(T0 + 900) == 120


def test_cap_bounds_the_time_left_and_counts_what_it_refused():
    t = SubathonTimer(TimerRules(seconds_per_coin=10, start_minutes=1, max_minutes=2))
    t.start(T0)
    t.credit(T0, coins=10)  # +100 s, but only 60 fit under 120
    assert t.remaining(T0) == 120 and t.state.capped_s == 40 and t.state.added_s == 60


def test_negative_adjustment_never_goes_below_zero_and_ends_a_running_timer():
    t = SubathonTimer(RULES)
    t.start(T0)
    change = t.adjust(-10_000, T0 + 1)
    assert change.seconds == -599 and change.ended and t.status == "ended"


def test_reset_starts_over():
    t = SubathonTimer(RULES)
    t.start(T0)
    t.credit(T0, coins=5)
    t.reset(T0 + 3)
    assert t.state == TimerState(remaining_s=600, updated_at=T0 + 3)


def test_a_restored_state_gives_the_same_remaining_time():
    t = SubathonTimer(RULES)
    t.start(T0)
    t.credit(T0 + 10, coins=7)
    again = SubathonTimer(RULES, t.state)
    assert again.remaining(T0 + 300) == t.remaining(T0 + 300) == 600 + 14 - 300


def test_a_running_state_needs_its_end():
    with pytest.raises(ValueError):
        TimerState(status="running")
    with pytest.raises(ValueError):
        TimerState(status="stopped")  # type: ignore[arg-type]


ops = st.lists(st.tuples(st.sampled_from(["coins", "subs", "follows", "pause", "resume", "adjust", "wait"]),
                         st.integers(min_value=0, max_value=500)), max_size=40)


@hsettings(max_examples=200, deadline=None)
@given(ops)
def test_remaining_time_is_start_plus_added_minus_time_run(steps):
    """Whatever happens, time left = start + added - seconds spent running (never below zero, while it runs)."""
    t = SubathonTimer(TimerRules(seconds_per_coin=1, seconds_per_sub=30, seconds_per_follow=3, start_minutes=5))
    now = T0
    t.start(now)
    ran = 0.0
    for op, n in steps:
        if t.status == "ended":
            break
        if op == "wait":
            step = min(float(n), t.remaining(now)) if t.status == "running" else float(n)
            if t.status == "running":
                ran += step
            now += n
            if t.tick(now) is not None:
                break
        elif op in ("coins", "subs", "follows"):
            t.credit(now, **{op: n})
        elif op == "adjust":
            t.adjust(n - 100, now)
        else:
            getattr(t, op)(now)
        if t.status == "ended":
            break
    if t.status != "ended":
        assert t.remaining(now) == pytest.approx(300 + t.state.added_s - ran, abs=1e-6)
        s = t.state
        assert s.coins * 1 + s.subs * 30 + s.follows * 3 >= 0
