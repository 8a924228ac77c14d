"""timer_add and timer_end against the real subathon timer in the real engine (tests/engine/test_subathon.py
has the timer's own tests): "every 1,000 likes -> add 60 s", and a rule on the timer's end."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace

from streamer_app.actions.rules import parse_rule
from streamer_app.actions.runner import ActionRunner
from streamer_app.core import events as ev
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.subathon import load_timer, timer_log
from tests.engine.test_subathon import NOW, RULES, ListSource, _running, _seed

from ..core.factories import ALICE


class WaitingSource(ListSource):
    """Also awaits coroutine functions among its items (to let the actions' thread act)."""

    async def events(self):
        for item in self.items:
            if asyncio.iscoroutinefunction(item):
                await item()
            elif callable(item):
                item(self.engine)
            else:
                yield item
        yield ev.StreamEndEvent(NOW + 100, "done")


def _run(home, items, runner):
    source = WaitingSource(items)
    engine = Engine(source, home, replace(Settings(), timer=RULES))
    source.engine = engine
    engine.timer.clock = lambda: NOW
    runner.attach(engine)
    asyncio.run(engine.run())
    with sqlite3.connect(home / DB_FILENAME) as c:
        return load_timer(c), [(e.kind, e.seconds, e.cause) for e in reversed(timer_log(c))]


def test_every_1000_likes_adds_60_seconds_to_the_running_timer(data_dir):
    rule = parse_rule({"name": "Every 1,000 likes", "when": {"event": "like_total", "every": 1000},
                       "do": [{"type": "timer_add", "seconds": 60}]})[0]
    runner = ActionRunner(data_dir, [rule], per_second=0).start()

    async def acted():
        while runner.done + runner.failed < 2:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0)  # the engine loop runs what the runner's thread handed it

    items = [lambda e: e.timer.command("start"),
             ev.LikeEvent(NOW + 1, ALICE, 10, 900), ev.LikeEvent(NOW + 2, ALICE, 10, 1500),
             ev.LikeEvent(NOW + 3, ALICE, 10, 1900), ev.LikeEvent(NOW + 4, ALICE, 10, 2100), acted]
    try:
        saved, log = _run(data_dir, items, runner)
    finally:
        runner.stop()
    assert log == [("start", 0.0, "start"), ("adjust", 60.0, "rule Every 1,000 likes"),
                   ("adjust", 60.0, "rule Every 1,000 likes")]
    assert saved.ends_at == NOW + 600 + 120 and saved.added_s == 120
    assert [e.message for e in runner.log.entries() if e.rule] == ["+60 s to the timer"] * 2


def test_a_rule_fires_once_when_the_timer_ends(data_dir):
    _seed(data_dir, _running(NOW - 3600).state)  # ran out while the app was down: ends at the start
    rule = parse_rule({"name": "Time is up", "when": {"event": "timer_end"},
                       "do": [{"type": "alert", "text": "The subathon is over!"}]})[0]
    runner = ActionRunner(data_dir, [rule], per_second=0).start()

    async def acted():
        while runner.done < 1:
            await asyncio.sleep(0.01)

    try:
        _run(data_dir, [acted], runner)
        _run(data_dir, [], runner)  # the next start: already ended, nothing fires
    finally:
        runner.stop()
    assert [e.message for e in runner.log.entries() if e.rule == "Time is up"] == ['alert "The subathon is over!"']
