"""The fast ledger CSV (lines built by SQLite from fragment tables) equals a plain csv.writer
rendering of the same rows, on data chosen to trip each shortcut: times at the millisecond
rounding edge, two sessions with different rates, a viewer and a gift missing from their
tables, names needing quotes or formula guarding, and closed-without-end rows."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from streamer_app.core.economics import RateProfile
from streamer_app.export import csv_export
from streamer_app.export.csv_export import LEDGER_HEADER, safe, write_ledger
from streamer_app.export.render import render_bytes
from streamer_app.export.summary import build_range_summary, build_session_summary
from streamer_app.settings import Settings
from streamer_app.store.database import open_database
from streamer_app.store.queries import Reader

START = 1740852000.0  # 2025-03-01 18:00:00 UTC
EUR = RateProfile(diamonds_per_coin=Decimal("0.45"), usd_per_diamond=Decimal("0.0105"), currency="EUR",
                  usd_to_currency=Decimal("0.92"))


@pytest.fixture()
def db_path(tmp_path):
    path = tmp_path / "streamer-app.db"
    db = open_database(path)
    c = db.conn
    c.execute("INSERT INTO sessions (source, room_id, creator, started_at, ended_at, rates) VALUES "
              "('demo', 'r1', '@me', ?, ?, ?)", (START, START + 3600, json.dumps(RateProfile().to_dict())))
    c.execute("INSERT INTO sessions (source, room_id, creator, started_at, ended_at, rates) VALUES "
              "('demo', 'r2', '@me', ?, ?, ?)", (START + 7200, START + 9000, json.dumps(EUR.to_dict())))
    c.executemany("INSERT INTO users VALUES (?, ?, ?, '')", [
        ("1", "plain", "Plain"), ("2", "=evil", "+1, \"quoted\"\nline"), ("3", "mia", "Mia 🔥"),
        ("99", "never_gave", "Never"),
    ])
    c.executemany("INSERT INTO gifts VALUES (?, ?, ?, '')", [(5655, "Rose", 1), (7168, "@Money, Gun", 500)])
    rows = [
        # session, ts, user, gift, units, coins_each, closed_without_end
        (1, START + 0.9995, "1", 5655, 3, 1, 0),        # rounds up to the next second
        (1, START + 1.99949999, "2", 7168, 1, 500, 0),  # stays in its second
        (1, START + 2.5, "404", 5655, 1, 1, 1),         # viewer missing from users
        (1, START + 2.5, "3", 4242, 2, 7, 0),           # gift missing from gifts, same time: id order
        (1, START + 59.9999, "3", 5655, 17, 1, 1),
        (2, START + 7200.0004, "1", 7168, 2, 500, 0),   # EUR session
        (2, START + 7260.25, "2", 5655, 1, 1, 1),
        (2, START + 7260.25, "1", 5655, 3, 1, 0),
    ]
    c.executemany("INSERT INTO ledger (session_id, ts, user_id, gift_id, units, coins_each, coins, "
                  "closed_without_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  [(s, ts, u, g, n, each, n * each, cwe) for s, ts, u, g, n, each, cwe in rows])
    c.close()
    return path


def reference(reader: Reader, rates: dict[int, RateProfile], ids: list[int]) -> bytes:
    """The ledger rendered the obvious way: one Python row per gift, csv.writer, Decimal."""
    out = io.StringIO(newline="")
    w = csv.writer(out)
    w.writerow(LEDGER_HEADER)
    marks = ",".join("?" * len(ids))
    for sid, when, uid, h, n, gid, name, units, each, coins, cwe in reader.conn.execute(
        "SELECT l.session_id, datetime(l.ts, 'unixepoch'), l.user_id, u.handle, u.nickname, l.gift_id, g.name, "
        "l.units, l.coins_each, l.coins, l.closed_without_end FROM ledger l "
        "LEFT JOIN users u ON u.user_id = l.user_id LEFT JOIN gifts g ON g.gift_id = l.gift_id "
        f"WHERE l.session_id IN ({marks}) ORDER BY l.ts, l.id", ids,
    ):
        r = rates[sid]
        dia = r.diamonds(coins)
        money = dia * r.usd_per_diamond * r.usd_to_currency
        w.writerow([when, sid, uid, safe(h or ""), safe(n or ""), gid, safe(name) if name else f"Gift {gid}", units,
                    each, coins, format(dia.normalize(), "f"), format(money.normalize(), "f"), r.currency,
                    "yes" if cwe else "no"])
    return out.getvalue().encode("utf-8")


def test_session_ledger_equals_the_plain_rendering(db_path):
    reader = Reader(db_path)
    summary = build_session_summary(reader, 1, Settings().thresholds, detail=False)
    out = io.BytesIO()
    assert write_ledger(reader, summary, out) == 5
    assert out.getvalue() == reference(reader, {1: RateProfile()}, [1])
    text = out.getvalue().decode("utf-8")
    assert "2025-03-01 18:00:01,1,1,plain" in text  # 0.9995 s shows as the next second, as SQLite shows it
    assert "'=evil" in text and '"\'+1, ""quoted""\nline"' in text and "Gift 4242" in text and "404,," in text


def test_range_ledger_uses_each_sessions_rates(db_path):
    reader = Reader(db_path)
    day = datetime.fromtimestamp(START, timezone.utc).date()
    summary = build_range_summary(reader, day, day, Settings().thresholds, RateProfile(), detail=False)
    out = io.BytesIO()
    assert write_ledger(reader, summary, out) == 8
    assert out.getvalue() == reference(reader, {1: RateProfile(), 2: EUR}, [1, 2])
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    eur = [r for r in rows if r["session_id"] == "2"]
    assert {r["currency"] for r in eur} == {"EUR"} and eur[0]["diamonds"] == "450"


def test_long_spans_format_times_per_row_with_the_same_result(db_path, monkeypatch):
    reader = Reader(db_path)
    summary = build_session_summary(reader, 1, Settings().thresholds, detail=False)
    fast = io.BytesIO()
    write_ledger(reader, summary, fast)
    monkeypatch.setattr(csv_export, "_MAX_SECONDS", 10)  # the session spans 60 s: no seconds table
    slow = io.BytesIO()
    write_ledger(reader, summary, slow)
    assert slow.getvalue() == fast.getvalue()


def test_stdout_bytes_and_text_output_agree(db_path):
    reader = Reader(db_path)
    summary = build_session_summary(reader, 1, Settings().thresholds, detail=False)
    data = render_bytes(reader, summary, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    text = io.StringIO(newline="")
    write_ledger(reader, summary, text)
    assert data[3:] == text.getvalue().encode("utf-8")
    # the temporary tables are gone afterwards
    assert not reader.conn.execute("SELECT name FROM temp.sqlite_master WHERE name LIKE 'export_%'").fetchall()


@pytest.mark.parametrize("cap", [1, 2, 3])
def test_time_slices_give_the_same_file(db_path, monkeypatch, cap):
    reader = Reader(db_path)
    day = datetime.fromtimestamp(START, timezone.utc).date()
    summary = build_range_summary(reader, day, day, Settings().thresholds, RateProfile(), detail=False)
    whole = io.BytesIO()
    write_ledger(reader, summary, whole)
    # 8 gifts cut into slices of at most `cap` where the times allow (400 probes of 23 s);
    # a probe holding more is a slice too big to hold as one block, streamed row by row.
    monkeypatch.setattr(csv_export, "ROWS_PER_SEGMENT", cap)
    monkeypatch.setattr(csv_export, "_PROBES", 400)
    held: list[int] = []
    streamed: list[int] = []
    real_block, real_rows = csv_export._slice_block, csv_export._slice_rows

    def block_spy(conn, f, sl):
        held.append(sl.rows)
        return real_block(conn, f, sl)

    def rows_spy(conn, f, sl, chunk):
        streamed.append(sl.rows)
        return real_rows(conn, f, sl, 1)

    monkeypatch.setattr(csv_export, "_slice_block", block_spy)
    monkeypatch.setattr(csv_export, "_slice_rows", rows_spy)
    progress: list[tuple[int, int]] = []
    sliced = io.BytesIO()
    assert write_ledger(reader, summary, sliced, progress=lambda d, t, what: progress.append((d, t))) == 8
    assert sliced.getvalue() == whole.getvalue() == reference(reader, {1: RateProfile(), 2: EUR}, [1, 2])
    assert len(held) >= 2 and all(0 < n <= cap for n in held) and all(n > cap for n in streamed)
    assert sum(held) + sum(streamed) == 8
    assert progress[-1] == (8, 8) and [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_an_abandoned_export_drops_its_temporary_tables(db_path, monkeypatch):
    reader = Reader(db_path)
    summary = build_session_summary(reader, 1, Settings().thresholds, detail=False)
    monkeypatch.setattr(csv_export, "ROWS_PER_SEGMENT", 1)
    lines = csv_export._ledger_lines(reader, summary, header=True, chunk=1)
    next(lines), next(lines)  # header and the first gift, then give up
    lines.close()
    assert not reader.conn.execute("SELECT name FROM temp.sqlite_master WHERE name LIKE 'export_%'").fetchall()


def test_aggregate_tallies_side_connection_and_its_fallback_agree(db_path, monkeypatch):
    from streamer_app.store import queries

    reader = Reader(db_path)
    opened = []
    real_connect = queries.connect
    monkeypatch.setattr(queries, "connect", lambda *a, **k: opened.append(a) or real_connect(*a, **k))
    on_file = reader.aggregate_tallies([1, 2])
    assert len(opened) == 1  # the per-gifter GROUP BY ran on a second connection
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    sqlite3.connect(db_path).backup(memory)
    in_memory = Reader(db_path.parent / "not-a-file.db", conn=memory).aggregate_tallies([1, 2])
    assert len(opened) == 1  # no file to open twice: run on the reader's own connection
    rebuilt = reader.tallies([1, 2])
    for t in (on_file, in_memory):
        assert (t.coins, t.gifts, t.gifters, t.by_gift, t.timeline) == (
            rebuilt.coins, rebuilt.gifts, rebuilt.gifters, rebuilt.by_gift, rebuilt.timeline)


def _outline(reader: Reader, tallies: bool, range_: bool = False):
    """What the CLI passes to export_csv_concurrently: session 1, or the day of both sessions."""
    if range_:
        day = datetime.fromtimestamp(START, timezone.utc).date()
        return build_range_summary(reader, day, day, Settings().thresholds, RateProfile(), detail=False,
                                   tallies=tallies)
    return build_session_summary(reader, 1, Settings().thresholds, detail=False, tallies=tallies)


@pytest.mark.parametrize("range_", [False, True])
def test_names_from_the_users_table_give_the_same_ledger(db_path, range_):
    reader = Reader(db_path)
    outline = _outline(reader, tallies=False, range_=range_)
    assert outline.tallies.gifters == {} and all(s.coins == 0 for s in outline.sessions)  # no ledger totals read
    from_table = io.BytesIO()
    write_ledger(reader, outline, from_table, every_viewer=True)
    from_summary = io.BytesIO()
    write_ledger(reader, _outline(reader, tallies=True, range_=range_), from_summary)
    ids, rates = ([1, 2], {1: RateProfile(), 2: EUR}) if range_ else ([1], {1: RateProfile()})
    assert from_table.getvalue() == from_summary.getvalue() == reference(reader, rates, ids)


def _add(db_path, users, rows):
    c = sqlite3.connect(db_path)
    c.executemany("INSERT INTO users VALUES (?, ?, ?, '')", users)
    c.executemany("INSERT INTO ledger (session_id, ts, user_id, gift_id, units, coins_each, coins, closed_without_end) "
                  "VALUES (1, ?, ?, 5655, 1, 1, 1, 0)", rows)
    c.commit()
    c.close()


def test_ids_that_are_not_plain_numbers_and_names_with_line_breaks(db_path):
    # '007' casts to the number of '7'; 'x,"y' is missing from users and needs quotes; a bare
    # line break in a nickname must be quoted (the csv module does so only for its line end).
    _add(db_path, [("7", "seven", "Seven"), ("007", "bond", "two\nlines"), ("-5", "minus", "Cr\rOnly")],
         [(START + 10, "7"), (START + 11, "007"), (START + 12, 'x,"y'), (START + 13, "-5")])
    reader = Reader(db_path)
    expected = reference(reader, {1: RateProfile()}, [1])
    for every_viewer in (False, True):
        out = io.BytesIO()
        assert write_ledger(reader, _outline(reader, tallies=not every_viewer), out, every_viewer=every_viewer) == 9
        assert out.getvalue() == expected
    text = expected.decode("utf-8")
    assert '007,bond,"two\nlines"' in text and '"x,""y",,' in text and '-5,minus,"Cr\rOnly"' in text


def test_a_viewer_arriving_after_the_summary_is_not_taken_for_another(db_path):
    reader = Reader(db_path)
    summary = _outline(reader, tallies=True)  # gifters 1, 2, 3, 404: all plain numbers
    f = csv_export._fragments(reader.conn, summary, [1])
    assert f.int_users
    _add(db_path, [], [(START + 20, "01")])  # joins the session later; casts to the number of '1'
    out = io.BytesIO()
    write_ledger(reader, summary, out)
    assert out.getvalue() == reference(reader, {1: RateProfile()}, [1])
    assert b"\r\n2025-03-01 18:00:20,1,01,,," in out.getvalue()


@pytest.mark.parametrize("range_", [False, True])
def test_concurrent_export_writes_the_same_three_files(db_path, tmp_path, range_):
    reader = Reader(db_path)
    serial = csv_export.export_csv(reader, _outline(reader, tallies=True, range_=range_), tmp_path / "a.csv")
    threads: list[str] = []

    def summarize(r: Reader, tallies: bool):
        threads.append(threading.current_thread().name)
        assert (r is reader) == (not tallies)  # the totals are summed on a second connection
        return _outline(r, tallies, range_)

    progress: list[int] = []
    both = csv_export.export_csv_concurrently(reader, summarize, tmp_path / "b.csv",
                                              progress=lambda d, t, what: progress.append(d))
    assert threads[0] == threading.current_thread().name and threads[1].startswith("csv-summary")
    for a, b in zip(serial, both):
        assert a.read_bytes() == b.read_bytes(), b.name
    assert progress and progress[-1] == (8 if range_ else 5)
    assert not reader.conn.execute("SELECT name FROM temp.sqlite_master WHERE name LIKE 'export_%'").fetchall()


def test_concurrent_export_without_a_file_and_with_a_late_session(db_path, tmp_path):
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    sqlite3.connect(db_path).backup(memory)
    in_memory = Reader(db_path.parent / "not-a-file.db", conn=memory)
    paths = csv_export.export_csv_concurrently(in_memory, lambda r, t: _outline(r, t), tmp_path / "m.csv")
    assert paths[0].read_bytes()[3:] == reference(in_memory, {1: RateProfile()}, [1])
    # The full summary names a session the outline did not (it started meanwhile): the ledger is
    # written again and holds both.
    reader = Reader(db_path)
    paths = csv_export.export_csv_concurrently(reader, lambda r, t: _outline(r, t, range_=t), tmp_path / "late.csv")
    assert paths[0].read_bytes()[3:] == reference(reader, {1: RateProfile(), 2: EUR}, [1, 2])
    assert "2" in {row["id"] for row in csv.DictReader(io.StringIO(paths[2].read_text("utf-8-sig")))}


def test_concurrent_export_reports_the_summarys_error(db_path, tmp_path):
    reader = Reader(db_path)

    def summarize(r: Reader, tallies: bool):
        if tallies:
            raise LookupError("no such session")
        return _outline(r, False)

    with pytest.raises(LookupError, match="no such session"):
        csv_export.export_csv_concurrently(reader, summarize, tmp_path / "x.csv")
    assert not list(tmp_path.glob("x*"))  # the ledger written meanwhile is not kept: no partial export


@pytest.mark.parametrize("cap", [1, 2])
def test_slices_made_by_a_helper_connection_give_the_same_file(db_path, monkeypatch, cap):
    reader = Reader(db_path)
    outline = _outline(reader, tallies=False, range_=True)
    whole = io.BytesIO()
    write_ledger(reader, outline, whole, every_viewer=True)
    monkeypatch.setattr(csv_export, "ROWS_PER_SEGMENT", cap)
    monkeypatch.setattr(csv_export, "_PROBES", 400)
    # The helper runs to its end before the writer starts (no look-ahead limit), so which
    # slices it makes is fixed: every slice held as one block.
    monkeypatch.setattr(csv_export._SliceBoard, "AHEAD", 10_000)
    helper = Reader(db_path)
    made_by: list[str] = []
    real_block = csv_export._slice_block
    monkeypatch.setattr(csv_export, "_slice_block", lambda conn, f, sl: made_by.append(
        "helper" if conn is helper.conn else "writer") or real_block(conn, f, sl))
    progress: list[int] = []
    out = io.BytesIO()
    assert write_ledger(reader, outline, out, progress=lambda d, t, what: progress.append(d), every_viewer=True,
                        board_ready=lambda board: board.help(helper.conn)) == 8
    assert out.getvalue() == whole.getvalue() == reference(reader, {1: RateProfile(), 2: EUR}, [1, 2])
    assert made_by and set(made_by) == {"helper"} and progress[-1] == 8 and progress == sorted(progress)
    for conn in (reader.conn, helper.conn):
        assert not conn.execute("SELECT name FROM temp.sqlite_master WHERE name LIKE 'export_%'").fetchall()


def test_a_helpers_failure_is_raised_where_its_slice_is_written(db_path, monkeypatch):
    reader = Reader(db_path)
    outline = _outline(reader, tallies=False)
    monkeypatch.setattr(csv_export, "ROWS_PER_SEGMENT", 1)
    monkeypatch.setattr(csv_export, "_PROBES", 400)
    monkeypatch.setattr(csv_export._SliceBoard, "AHEAD", 10_000)
    helper = Reader(db_path)
    real_block = csv_export._slice_block

    def block(conn, f, sl):
        if conn is helper.conn:
            raise sqlite3.OperationalError("disk I/O error")
        return real_block(conn, f, sl)

    monkeypatch.setattr(csv_export, "_slice_block", block)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        write_ledger(reader, outline, io.BytesIO(), every_viewer=True, board_ready=lambda b: b.help(helper.conn))
