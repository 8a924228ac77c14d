"""The subathon timer in the real engine, on a real ledger file: which income adds time, that the
time is saved with the income, ``timer_end`` once (also after the app was down), actions' time."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace
from types import SimpleNamespace

from streamer_app.core import events as ev
from streamer_app.core.subathon import SubathonTimer, TimerRules
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings, TimerSettings
from streamer_app.store.database import DB_FILENAME, open_database
from streamer_app.store.subathon import load_timer, save_timer, timer_log

from ..core.factories import ALICE, BOB, CARA, CORGI, ROSE

NOW = 1_900_000_000.0
RULES = TimerSettings(seconds_per_coin=2, seconds_per_sub=60, seconds_per_follow=5, start_minutes=10)


class ListSource:
    """A source that yields the given events (a callable is called with the engine instead)."""

    def __init__(self, items, kind: str = "demo") -> None:
        self.items, self.kind, self.engine = items, kind, None
        self.skipped_messages: dict[str, int] = {}

    async def start(self) -> ev.SourceInfo:
        return ev.SourceInfo(self.kind, "room-1", "@host", NOW)

    def now(self) -> float:
        return NOW

    async def aclose(self) -> None:
        pass

    async def events(self):
        for item in self.items:
            if callable(item):
                item(self.engine)
                continue
            yield item
        yield ev.StreamEndEvent(NOW + 100, "done")


def _seed(home, state) -> None:
    db = open_database(home / DB_FILENAME)
    save_timer(db.conn, state)
    db.conn.commit()
    db.conn.close()


def _running(at: float = NOW) -> SubathonTimer:
    t = SubathonTimer(RULES.rules())
    t.start(at)
    return t


def _run(home, items, kind="demo", timer=RULES, clock=NOW):
    source = ListSource(items, kind)
    engine = Engine(source, home, replace(Settings(), timer=timer))
    source.engine = engine
    engine.timer.clock = lambda: clock
    updates: list[dict] = []
    engine.publishers.append(SimpleNamespace(publish=updates.append))
    asyncio.run(engine.run())
    with sqlite3.connect(home / DB_FILENAME) as c:
        return updates, load_timer(c), [(e.kind, e.seconds, e.cause) for e in reversed(timer_log(c))]


def test_the_creators_income_adds_time_once_and_is_saved_with_it(data_dir):
    start = _running()
    _seed(data_dir, start.state)
    items = [
        ev.GiftEvent(NOW + 1, 11, ALICE, ROSE, 10, False, False),
        ev.GiftEvent(NOW + 2, 12, BOB, CORGI, 1, False, False),
        ev.GiftEvent(NOW + 3, 13, CARA, CORGI, 2, False, False, recipient=BOB),  # a guest's: adds nothing
        ev.GiftEvent(NOW + 3, 12, BOB, CORGI, 1, False, False),  # resent: counted (and timed) once
        ev.FollowEvent(NOW + 4, CARA, msg_id=21),
        ev.FollowEvent(NOW + 5, CARA, msg_id=21),  # resent
        ev.SubscribeEvent(NOW + 6, ALICE, msg_id=22),
        ev.CommentEvent(NOW + 7, ALICE, "hi", msg_id=23),  # adds nothing
    ]
    updates, saved, log = _run(data_dir, items)
    assert (saved.coins, saved.follows, saved.subs) == (309, 1, 1)
    assert saved.ends_at == start.state.ends_at + 309 * 2 + 5 + 60
    assert saved.added_s == 309 * 2 + 5 + 60
    timer_updates = [u for u in updates if u["type"] == "timer"]
    assert sum(u["change_s"] for u in timer_updates) == 309 * 2 + 5 + 60
    # (one update per turn of the loop: this source never waits, so its income is one "income" update)
    assert {u["cause"] for u in timer_updates if u["change_s"]} <= {"coins", "follows", "subs", "income"}
    assert log == []  # income is not logged row by row: the ledger holds it
    gifts = [u for u in updates if u["type"] == "gift"]
    assert [u["top_gifter"] for u in gifts] == [True, True, False]  # Alice tops, then Bob; a guest's never


def test_idle_timer_takes_nothing_and_a_replay_adds_time_only_when_asked(data_dir, tmp_path):
    gift = ev.GiftEvent(NOW + 1, 11, ALICE, CORGI, 1, False, False)
    _, saved, _ = _run(data_dir, [gift])
    assert saved is None or (saved.status == "idle" and saved.coins == 0)  # never started

    replayed = tmp_path / "replayed"
    replayed.mkdir()
    _seed(replayed, _running().state)
    _, saved, _ = _run(replayed, [gift], kind="replay")
    assert saved.coins == 0
    asked = tmp_path / "asked"
    asked.mkdir()
    _seed(asked, _running().state)
    _, saved, _ = _run(asked, [gift], kind="replay", timer=replace(RULES, count_replays=True))
    assert saved.coins == 299


def test_a_timer_that_ran_out_while_the_app_was_down_ends_once_at_the_start(data_dir):
    _seed(data_dir, _running(NOW - 3600).state)  # 10 minutes, started an hour ago
    updates, saved, log = _run(data_dir, [ev.GiftEvent(NOW + 1, 11, ALICE, CORGI, 1, False, False)])
    ends = [u for u in updates if u["type"] == "timer_end"]
    assert len(ends) == 1 and ends[0]["ended_at"] == NOW - 3000 and ends[0]["ts"] == NOW
    assert saved.status == "ended" and saved.coins == 0  # the gift came after the end
    assert log == [("end", 0.0, "end")]
    updates, _, _ = _run(data_dir, [])  # the next start: already ended, no second timer_end
    assert not [u for u in updates if u["type"] == "timer_end"]


def test_actions_and_the_window_steer_it_on_the_engine_loop(data_dir):
    items = [
        lambda e: e.timer.command("start"),
        lambda e: e.add_timer_seconds(60, "every 1,000 likes"),
        ev.GiftEvent(NOW + 1, 11, ALICE, ROSE, 5, False, False),
        lambda e: e.timer.command("pause"),
        lambda e: e.add_timer_seconds(-30, "penalty"),
    ]
    updates, saved, log = _run(data_dir, items)
    assert saved.status == "paused" and saved.remaining_s == 600 + 60 + 10 - 30
    assert log == [("start", 0.0, "start"), ("adjust", 60.0, "every 1,000 likes"), ("pause", 0.0, "pause"),
                   ("adjust", -30.0, "penalty")]
    causes = [u["cause"] for u in updates if u["type"] == "timer"]
    assert causes[:3] == ["", "start", "every 1,000 likes"] and "penalty" in causes


def test_a_cap_and_new_rules_from_the_settings(data_dir):
    _seed(data_dir, _running().state)
    capped = replace(RULES, max_minutes=11)
    _, saved, _ = _run(data_dir, [ev.GiftEvent(NOW + 1, 11, ALICE, CORGI, 1, False, False)], timer=capped)
    assert saved.ends_at == NOW + 660 and saved.capped_s == 299 * 2 - 60


def _paid(ts: float, mid: str, kind: str, user: ev.User, units: int = 1) -> ev.PaidEvent:
    return ev.PaidEvent(ts, ev.platform_msg_id("twitch", mid), mid, "twitch", kind, user, units, tier="1000")


def test_twitch_subs_add_time_once_and_are_saved_with_their_rows(data_dir):
    """A sub, five gifted subs and a resub add 7 subs' time; Bits add none; a resent sub adds nothing."""
    start = _running()
    _seed(data_dir, start.state)
    items = [
        _paid(NOW + 1, "m-1", "sub", ALICE),
        _paid(NOW + 2, "m-2", "gift_subs", BOB, units=5),
        _paid(NOW + 3, "m-3", "bits", CARA, units=500),
        _paid(NOW + 4, "m-1", "sub", ALICE),  # redelivered by Twitch: counted (and timed) once
        _paid(NOW + 5, "m-4", "resub", CARA),
    ]
    updates, saved, _ = _run(data_dir, items, kind="twitch")
    assert saved.subs == 7 and saved.coins == 0
    assert saved.ends_at == start.state.ends_at + 7 * 60
    assert sum(u["change_s"] for u in updates if u["type"] == "timer") == 7 * 60
    with sqlite3.connect(data_dir / DB_FILENAME) as c:
        assert c.execute("SELECT SUM(units) FROM platform_income WHERE kind != 'bits'").fetchone()[0] == 7
