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
from ..i18n import QT_TRANSLATE_NOOP, shown, translate

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
        raise LookupError(translate("Commands", "say how many seconds to add, e.g. 'streamer-app timer add 300' "
                                                "(negative takes away)"))
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


STATUSES = {"idle": QT_TRANSLATE_NOOP("Commands", "idle"), "running": QT_TRANSLATE_NOOP("Commands", "running"),
            "paused": QT_TRANSLATE_NOOP("Commands", "paused"), "ended": QT_TRANSLATE_NOOP("Commands", "ended")}


def _income(s: TimerState) -> str:
    """"309 coins, 1 sub": what extended the timer, in the creator's language."""
    words = ((s.coins, translate("Commands", "{count} coin"), translate("Commands", "{count} coins")),
             (s.subs, translate("Commands", "{count} sub"), translate("Commands", "{count} subs")),
             (s.follows, translate("Commands", "{count} follow"), translate("Commands", "{count} follows")))
    return ", ".join((one if n == 1 else many).format(count=f"{n:,}") for n, one, many in words if n)


def describe(t: SubathonTimer, rules: TimerRules, now: float) -> str:
    """One line: "Subathon timer: running, 1:23:45 left (ends 18:40:12); added 10:18 from 309 coins, 1 sub"."""
    s = t.state
    left = t.remaining(now)
    status = "ended" if s.status == "running" and left <= 0 else s.status
    shown_status = shown("Commands", STATUSES.get(status, status))
    if status == "running" and s.ends_at is not None:
        text = translate("Commands", "Subathon timer: {status}, {left} left (ends {time})").format(
            status=shown_status, left=fmt.countdown(left),
            time=datetime.fromtimestamp(s.ends_at).strftime("%Y-%m-%d %H:%M:%S"))
    else:
        text = translate("Commands", "Subathon timer: {status}, {left} left").format(
            status=shown_status, left=fmt.countdown(left))
    if s.added_s:  # the clauses joined and ended with the language's own punctuation
        text = translate("Commands", "{timer}; {change}.").format(timer=text, change=_change_words(s))
    else:
        text = translate("Commands", "{timer}.").format(timer=text)
    return text + "\n  " + _rule_words(rules)


def _change_words(s: TimerState) -> str:
    """"added 10:18 (income: 309 coins, 1 sub)": what changed the timer, as one clause."""
    income, time_ = _income(s), fmt.countdown(abs(s.added_s))
    if s.added_s > 0:
        words = (translate("Commands", "added {time} (income: {income})") if income
                 else translate("Commands", "added {time}"))
    else:
        words = (translate("Commands", "taken {time} (income: {income})") if income
                 else translate("Commands", "taken {time}"))
    return words.format(time=time_, income=income)


def _rule_words(rules: TimerRules) -> str:
    values = {"coin": f"{rules.seconds_per_coin:g}", "sub": f"{rules.seconds_per_sub:g}",
              "follow": f"{rules.seconds_per_follow:g}"}
    if rules.cap_s:
        return translate("Commands", "Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, "
                                     "cap {cap}.").format(cap=fmt.countdown(rules.cap_s), **values)
    return translate("Commands", "Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.").format(**values)
