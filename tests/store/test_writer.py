"""The single writer: group commits, durable state, faults."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

from streamer_app.core.counting import CountedGift
from streamer_app.store.queries import Reader
from streamer_app.store.writer import LedgerWriter, open_or_create_session

from ..core.factories import ALICE, BOB, CORGI, ROSE


def _session(w: LedgerWriter) -> int:
    return w.call(lambda c: open_or_create_session(c, "demo", "room-1", "@me", 1000.0, {}))[0]


def test_gifts_are_committed_with_their_catalog_and_users(data_dir):
    path = data_dir / "a.db"
    commits = []
    w = LedgerWriter(path, on_commit=commits.append)
    w.start()
    sid = _session(w)
    w.write_counted(sid, [CountedGift(1000.0, 1, ALICE, ROSE, 5)], [1], [])
    w.write_counted(sid, [CountedGift(1001.0, 2, BOB, CORGI, 2)], [2], [])
    w.stop()
    r = Reader(path)
    t = r.tallies([sid])
    assert (t.coins, t.gifts, t.unique_gifters) == (603, 7, 2)
    assert r.conn.execute("SELECT name, coins FROM gifts ORDER BY gift_id").fetchall() == [("Rose", 1), ("Corgi", 299)]
    assert r.msg_id_known(sid, 2) and not r.msg_id_known(sid, 3)
    assert sum(c.gifts for c in commits) == 2


def test_sessions_resume_by_source_and_room(data_dir):
    w = LedgerWriter(data_dir / "a.db")
    w.start()
    a = w.call(lambda c: open_or_create_session(c, "tiktok", "42", "@me", 1.0, {}))
    b = w.call(lambda c: open_or_create_session(c, "tiktok", "42", "@me", 2.0, {}))
    d = w.call(lambda c: open_or_create_session(c, "replay", "42", "@me", 2.0, {}))
    w.stop()
    assert a == (1, False) and b == (1, True) and d == (2, False)


FULL_DISK_CHILD = textwrap.dedent("""
    import resource, signal, sys, time
    from streamer_app.core.counting import CountedGift
    from streamer_app.core.events import Gift, User
    from streamer_app.store.writer import LedgerWriter, open_or_create_session
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    problems = []
    w = LedgerWriter(sys.argv[1], on_problem=problems.append)
    w.start()
    sid = w.call(lambda c: open_or_create_session(c, "demo", "full", "@me", 0.0, {}))[0]
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))  # the disk is now "full"
    gift = Gift(1, "Rose", 1)
    for i in range(1, 3001):
        w.write_counted(sid, [CountedGift(float(i), i, User(str(i % 40), "u", "U" * 60), gift, 1)], [i], [])
    deadline = time.monotonic() + 10
    while not problems and time.monotonic() < deadline:
        time.sleep(0.02)
    print("problem:", problems[0] if problems else None, flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space returns
    deadline = time.monotonic() + 15
    while w.problem is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    print("recovered:", w.problem is None, flush=True)
    print("stopped:", w.stop(30), flush=True)
""")


def test_full_disk_keeps_gifts_in_memory_until_space_returns(data_dir):
    """A real write failure (file size limit, EFBIG) in a child process, then space returns."""
    path = data_dir / "a.db"
    out = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(path)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("problem: ") and "kept in memory" in lines[0], out.stdout
    assert lines[1:] == ["recovered: True", "stopped: True"]
    r = Reader(path)
    assert r.tallies([1]).gifts == 3000
    assert r.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


CHILD = textwrap.dedent("""
    import sys, time
    from streamer_app.core.counting import CountedGift
    from streamer_app.core.events import Gift, User
    from streamer_app.store.writer import LedgerWriter, open_or_create_session
    import threading
    path = sys.argv[1]
    out = threading.Lock()  # the writer thread and the main thread both print whole lines
    def say(text):
        with out:
            sys.stdout.write(text + "\\n")
            sys.stdout.flush()
    def report(r):
        say(str(r.seq))
    w = LedgerWriter(path, on_commit=report)
    w.start()
    sid = w.call(lambda c: open_or_create_session(c, "demo", "kill", "@me", 0.0, {}))[0]
    say("ready")
    gift = Gift(1, "Rose", 1)
    i = 0
    while True:
        i += 1
        # op i+1 (after the session call) holds gift i: seq - 1 gifts are durable at report seq
        w.write_counted(sid, [CountedGift(float(i), i, User(str(i % 50)), gift, 1)], [i], [])
        if i % 200 == 0:
            time.sleep(0.005)
""")


def test_kill_9_loses_nothing_the_writer_reported_committed(data_dir):
    for trial in range(3):
        path = data_dir / f"kill{trial}.db"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
        try:
            reported = 0
            while (line := proc.stdout.readline().strip()) != "ready":
                assert line.isdigit(), line
            stop_at = time.monotonic() + 0.3 + 0.2 * trial
            while time.monotonic() < stop_at:
                line = proc.stdout.readline()
                if line.strip().isdigit():
                    reported = max(reported, int(line))
        finally:
            os.kill(proc.pid, signal.SIGKILL)  # also when an assertion above failed: no orphans
            proc.wait()
        r = Reader(path)
        assert r.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = r.conn.execute("SELECT COUNT(*), COALESCE(MAX(msg_id), 0) FROM ledger").fetchone()
        seen = r.conn.execute("SELECT COUNT(*) FROM seen_messages").fetchone()[0]
        assert reported > 1
        assert rows[0] >= reported - 1  # everything reported durable is there
        assert rows[0] == rows[1] == seen  # no holes, and ledger and de-dup state agree
        r.close()


def test_stop_flushes_everything(data_dir):
    path = data_dir / "a.db"
    w = LedgerWriter(path)
    w.start()
    sid = _session(w)
    threads = [threading.Thread(target=lambda k=k: [
        w.write_counted(sid, [CountedGift(1.0, k * 10_000 + i, ALICE, ROSE, 1)], [k * 10_000 + i], [])
        for i in range(500)]) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert w.stop(30)
    assert Reader(path).tallies([sid]).gifts == 2000


def test_a_refused_row_does_not_take_the_rest_of_the_batch_with_it(data_dir):
    """The unique streak span refuses a second count of the same span; the other gifts still land."""
    path = data_dir / "a.db"
    problems = []
    w = LedgerWriter(path, on_problem=problems.append)
    w.start()
    sid = _session(w)
    span = CountedGift(1.0, 0, ALICE, ROSE, 5, streak_key="101:1:7", units_to=5)
    w.write_counted(sid, [span], [], [])
    w.flush()
    w.write_counted(sid, [CountedGift(2.0, 11, BOB, CORGI, 1)], [11], [])
    w.write_counted(sid, [span], [], [])  # the same span again: must be refused
    w.write_counted(sid, [CountedGift(3.0, 12, BOB, CORGI, 1)], [12], [])
    assert w.stop(20)
    t = Reader(path).tallies([sid])
    assert (t.gifts, t.coins) == (7, 5 + 2 * 299)
    assert problems and "refused 1 row" in problems[0]


def test_two_rows_of_one_batch_that_conflict_set_the_later_aside_and_nothing_else(data_dir):
    """Issue 15: two spans of one batch that conflict only with each other (neither with the file)
    used to be refused '0 write(s)', and the batch was retried for ever: nothing after it was saved.
    Now the later one is set aside (in a file, with its reason), and its operation's other gifts,
    message ids and streak state are saved, as is every operation after it."""
    import json
    import threading

    from streamer_app.core.counting import Streak

    path = data_dir / "a.db"
    problems = []
    w = LedgerWriter(path, on_problem=problems.append)
    w.start()
    sid = _session(w)
    gate = threading.Event()
    blocked = threading.Thread(target=w.call, args=(lambda conn: gate.wait(10),))
    blocked.start()  # the writer waits inside this call: what follows queues up as one batch
    span = CountedGift(1.0, 0, ALICE, ROSE, 5, streak_key="101:1:7", units_to=5)
    key = (ALICE.user_id, ROSE.gift_id, 7)
    settled = Streak(ALICE, ROSE, 7, counted=5, max_seen=5, last_ts=1.0, open=False)
    w.write_counted(sid, [span], [21], [(key, settled)])
    w.write_counted(sid, [CountedGift(2.0, 22, BOB, CORGI, 1), span], [22, 23], [(key, settled)])
    w.write_counted(sid, [CountedGift(3.0, 24, BOB, CORGI, 1)], [24], [])
    gate.set()
    blocked.join()
    assert w.stop(20)
    reader = Reader(path)
    t = reader.tallies([sid])
    assert (t.gifts, t.coins) == (7, 5 + 2 * 299)
    ids, streaks, _ = reader.counter_state(sid)
    assert set(ids) == {21, 22, 23, 24}
    assert streaks[key].counted == 5
    reader.close()
    assert problems and "refused 1 row" in problems[-1]
    aside = [json.loads(line) for line in (data_dir / "refused-ledger-rows.jsonl").read_text().splitlines()]
    assert [(r["row"]["streak_key"], r["row"]["units_to"]) for r in aside] == [("101:1:7", 5)]
    assert "UNIQUE" in aside[0]["reason"]


def test_an_open_streak_is_restored_with_its_real_gift_and_sender(data_dir):
    """Saved before any of its gift was counted, a streak still comes back at the real price."""
    from streamer_app.core.counting import Streak

    path = data_dir / "a.db"
    w = LedgerWriter(path)
    w.start()
    sid = _session(w)
    open_streak = Streak(ALICE, CORGI, 42, counted=0, max_seen=3, last_ts=5.0, last_msg_id=9, open=True)
    w.write_counted(sid, [], [9], [((ALICE.user_id, CORGI.gift_id, 42), open_streak)])
    assert w.stop(10)
    _, streaks, _ = Reader(path).counter_state(sid)
    restored = streaks[(ALICE.user_id, CORGI.gift_id, 42)]
    assert (restored.gift.coins, restored.gift.name, restored.user.nickname) == (299, "Corgi", "Alice")
    assert (restored.max_seen, restored.open) == (3, True)


def test_many_row_statements_keep_order_and_respect_a_small_variable_limit(data_dir):
    """write_rows splits into power-of-two chunks that fit SQLite's variable limit, in order."""
    import itertools
    import sqlite3

    from streamer_app.store.rows import RowShape, write_rows

    def flat(rows):
        return list(itertools.chain.from_iterable(rows))

    conn = sqlite3.connect(data_dir / "rows.db", isolation_level=None)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, s INTEGER, a INTEGER, b TEXT, twice INTEGER, UNIQUE (a))")
    # A shared parameter (?1) and a row parameter used twice, as the ledger's rows do.
    shape = RowShape("INSERT INTO t (s, a, b, twice) VALUES ", "(?1, {0}, {1}, {0} * 2)", 2, shared=1)
    for limit, count in [(999, 777), (7, 13), (3, 5)]:  # 7 variables: 2 rows a statement; 3: one
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
        conn.execute("DELETE FROM t")
        rows = [(i, f"row {i}") for i in range(count)]
        write_rows(conn, shape, flat(rows), (limit,))
        assert conn.execute("SELECT s, a, b, twice FROM t ORDER BY id").fetchall() == [
            (limit, a, b, 2 * a) for a, b in rows]
    # Row values with a tail: the writer deletes settled streaks this way.
    deletes = RowShape("DELETE FROM t WHERE (a, b) IN (VALUES ", "({0}, {1})", 2, ")")
    write_rows(conn, deletes, flat([(3, "row 3"), (1, "row 1"), (4, "not row 4")]))
    assert [a for (a,) in conn.execute("SELECT a FROM t ORDER BY id")] == [0, 2, 4]
    # A constraint still refuses the statement that holds the offending row.
    try:
        write_rows(conn, shape, flat([(100, "new"), (4, "duplicate of a = 4")]), (0,))
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("the duplicate row was accepted")
