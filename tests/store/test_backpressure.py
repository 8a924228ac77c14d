"""The engine never outruns the ledger writer by more than a bound, and drops nothing doing so."""

from __future__ import annotations

import asyncio
import itertools
import logging
import sqlite3
import threading
from concurrent.futures import Future

from streamer_app.core import events as ev
from streamer_app.core.counting import CountedGift
from streamer_app.engine import engine as engine_mod
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.store.writer import LedgerWriter, open_or_create_session

from ..core.factories import ALICE, BOB, CORGI, ROSE

MESSAGES = 12_000


class FloodSource:
    """A source that never waits: single gifts and short streaks, as fast as the engine pulls.

    At every message it records how far the ledger writer is behind, as the engine's own
    ``writer.backlog`` says.
    """

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.max_backlog = 0
        self._now = 1_700_000_000.0

    async def start(self) -> ev.SourceInfo:
        return ev.SourceInfo("demo", "flood", "@flood", self._now)

    def now(self) -> float:
        return self._now

    async def aclose(self) -> None:
        pass

    async def events(self):
        ids = itertools.count(1)
        users = [ev.User(str(1000 + i), f"u{i}", f"U {i}") for i in range(300)]
        for i in range(MESSAGES):
            writer = self.engine._writer
            self.max_backlog = max(self.max_backlog, writer.backlog)
            self._now += 0.001
            u = users[i % len(users)]
            if i % 4 == 3:  # the end of a 3-tap streak of Roses with its own group id
                yield ev.GiftEvent(self._now, next(ids), u, ROSE, 3, True, True, i)
            else:
                yield ev.GiftEvent(self._now, next(ids), u, CORGI, 1, False, False, 0)
        yield ev.StreamEndEvent(self._now, "done")


def test_intake_pauses_while_the_ledger_is_behind_and_every_gift_is_committed(data_dir, monkeypatch, caplog):
    monkeypatch.setattr(engine_mod, "LEDGER_BACKLOG_MAX", 400)
    monkeypatch.setattr(engine_mod, "LEDGER_BACKLOG_RESUME", 100)
    source = FloodSource()
    engine = Engine(source, data_dir, Settings())
    source.engine = engine
    with caplog.at_level(logging.INFO, logger="streamer_app.engine.engine"):
        result = asyncio.run(engine.run())
    assert result.committed and result.reason == "done"
    # Rows handed over between two looks at the backlog: at most one hand-over of
    # PERSIST_EVERY messages (a gift row, a message id and a streak row each) past the bound.
    bound = 400 + 3 * (engine_mod.PERSIST_EVERY + engine_mod.BACKLOG_CHECK_EVERY)
    assert source.max_backlog <= bound
    assert any("ledger is behind by" in r.getMessage() for r in caplog.records)
    singles, streaks = MESSAGES - MESSAGES // 4, MESSAGES // 4
    expected_coins = singles * CORGI.coins + streaks * 3 * ROSE.coins
    assert result.tallies.coins == expected_coins
    with sqlite3.connect(engine.db_path) as conn:
        coins, rows = conn.execute("SELECT SUM(coins), COUNT(*) FROM ledger").fetchone()
        seen = conn.execute("SELECT COUNT(*) FROM seen_messages").fetchone()[0]
    assert (coins, rows, seen) == (expected_coins, MESSAGES, MESSAGES)


def test_writer_backlog_counts_rows_until_they_are_committed(data_dir):
    w = LedgerWriter(data_dir / "a.db")
    w.start()
    sid = w.call(lambda c: open_or_create_session(c, "demo", "room-1", "@me", 1000.0, {}))[0]
    assert w.backlog == 0
    gate = threading.Event()
    w._put("call", lambda conn: gate.wait(10), future=Future())  # holds the writer until set
    w.write_counted(sid, [CountedGift(1000.0, 1, ALICE, ROSE, 5), CountedGift(1000.5, 2, BOB, CORGI, 1)], [1, 2], [])
    assert w.backlog == 4  # two ledger rows and two message ids, held behind the blocked call
    gate.set()
    w.flush()
    assert w.backlog == 0
    w.stop()
