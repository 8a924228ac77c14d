"""``streamer-app timer [show|start|pause|resume|reset|add SECONDS]``: the subathon timer from the
command line, for creators who run headless (``--headless``) and have no window to press Start in.

It changes the timer saved in the data folder, and only while no streamer-app runs there (a
running app keeps the timer in memory: its window's panel is the place then). The next start
picks the change up, to the second (docs/TIMER.md).
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from pathlib import Path

from .. import settings as settings_mod
from ..core import formatting as fmt
from ..core.subathon import Change, SubathonTimer, TimerRules, TimerState

ACTIONS = ("show", "start", "pause", "resume", "reset", "add")


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]", common: argparse.ArgumentParser) -> None:
    tp = sub.add_parser("timer", parents=[common], help="the subathon timer: show, start, pause, resume, reset, add S",
                        description="Show or change the subathon timer saved in the data folder (while "
                        "streamer-app is not running there; in the window, use its timer panel).")
    tp.add_argument("action", nargs="?", default="show", choices=ACTIONS)
    tp.add_argument("seconds", nargs="?", type=float, default=None,
                    help="for 'add': seconds to add (negative: take away)")


def cmd_timer(args: argparse.Namespace, home: Path) -> int:
    action = args.action
    if action == "add" and args.seconds is None:
        raise LookupError("say how many seconds to add, e.g. 'streamer-app timer add 300' (negative takes away)")
    from ..store.subathon import TimerLogEntry, change_saved_timer  # (here: the parser stays light)

    rules = settings_mod.load(home).timer.rules()
    now = time.time()

    def change(saved: TimerState | None) -> tuple[TimerState, TimerLogEntry] | None:
        if action == "show":
            return None
        t = SubathonTimer(rules, saved)
        done: Change
        if action == "add":
            done = t.adjust(float(args.seconds), now, "command line")
        elif action == "reset":
            done = t.reset(now)
        else:
            done = getattr(t, action)(now)
        return t.state, TimerLogEntry(now, "adjust" if action == "add" else action, done.seconds, "command line")

    state = change_saved_timer(home, change)
    print(describe(SubathonTimer(rules, state), rules, now))
    return 0


def describe(t: SubathonTimer, rules: TimerRules, now: float) -> str:
    """One line: "Subathon timer: running, 1:23:45 left (ends 18:40:12); added 10:18 from 309 coins, 1 sub"."""
    s = t.state
    left = t.remaining(now)
    status = "ended" if s.status == "running" and left <= 0 else s.status
    text = f"Subathon timer: {status}, {fmt.countdown(left)} left"
    if status == "running" and s.ends_at is not None:
        text += f" (ends {datetime.fromtimestamp(s.ends_at).strftime('%Y-%m-%d %H:%M:%S')})"
    income = [fmt.plural(n, word) for n, word in ((s.coins, "coin"), (s.subs, "sub"), (s.follows, "follow")) if n]
    if s.added_s:
        text += f"; {'added' if s.added_s > 0 else 'taken'} {fmt.countdown(abs(s.added_s))}"
        text += f" (income: {', '.join(income)})" if income else ""
    rule = f"1 coin = {rules.seconds_per_coin:g} s, 1 sub = {rules.seconds_per_sub:g} s, " \
           f"1 follow = {rules.seconds_per_follow:g} s"
    return f"{text}.\n  Rules: {rule}" + (f", cap {fmt.countdown(rules.cap_s)}" if rules.cap_s else "") + "."
