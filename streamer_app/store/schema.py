"""The database schema, as sqlite-utils migrations: one named function per step.

Steps are only ever appended. Each runs once, in its own transaction, and the file
is copied aside before any pending step runs (see ``database.open_database``).
docs/DATA.md explains every table and column for creators who open the file.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from sqlite_utils import Database, Migrations

migrations = Migrations("streamer_app")
# The steps' names in order, kept here because sqlite-utils lists its steps only privately:
# a database that has a step not listed was written by a newer version of the app.
_STEP_NAMES: list[str] = []


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """A schema step: registered with ``migrations`` and listed by ``step_names``."""
    _STEP_NAMES.append(fn.__name__)
    return migrations()(fn)


def step_names() -> tuple[str, ...]:
    """Every schema step this version of the app knows, in the order they run."""
    return tuple(_STEP_NAMES)


def unknown_steps(conn: sqlite3.Connection) -> set[str]:
    """Steps applied to the database on ``conn`` that this version does not know (a newer app's).

    The database must have the migrations table (a streamer-app database always has).
    """
    rows = conn.execute(f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?", (migrations.name,))
    return {r[0] for r in rows} - set(step_names())


# The first schema, as it was written: later steps only ever change it with steps of their own.
_INITIAL = """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,          -- 'tiktok', 'replay' or 'demo'
            room_id TEXT NOT NULL,
            creator TEXT NOT NULL DEFAULT '',
            started_at REAL NOT NULL,      -- POSIX seconds, stream time
            ended_at REAL,
            end_reason TEXT,
            rates TEXT NOT NULL,           -- JSON: the RateProfile its estimates use
            follows INTEGER NOT NULL DEFAULT 0,
            shares INTEGER NOT NULL DEFAULT 0,
            likes INTEGER NOT NULL DEFAULT 0,
            comments INTEGER NOT NULL DEFAULT 0,
            subscribes INTEGER NOT NULL DEFAULT 0,
            peak_viewers INTEGER NOT NULL DEFAULT 0,
            reported_diamonds REAL,        -- typed in by the creator for calibration
            UNIQUE (source, room_id)
        );
        CREATE TABLE users (
            user_id TEXT PRIMARY KEY,
            handle TEXT NOT NULL DEFAULT '',
            nickname TEXT NOT NULL DEFAULT '',
            avatar_url TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE gifts (
            gift_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            coins INTEGER NOT NULL,
            image_url TEXT NOT NULL DEFAULT ''
        );
        -- Append-only: one row per counted gift. Totals are sums over this table.
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            ts REAL NOT NULL,
            msg_id INTEGER,
            user_id TEXT NOT NULL,
            gift_id INTEGER NOT NULL,
            units INTEGER NOT NULL CHECK (units > 0),
            coins_each INTEGER NOT NULL CHECK (coins_each >= 0),
            coins INTEGER NOT NULL,
            streak_key TEXT,
            units_to INTEGER NOT NULL DEFAULT 0,
            closed_without_end INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ledger_session_ts ON ledger (session_id, ts);
        -- A streak's span is counted once, even if memory forgot its high-water mark.
        CREATE UNIQUE INDEX ledger_streak_span ON ledger (session_id, streak_key, units_to)
            WHERE streak_key IS NOT NULL;
        -- Every gift message id seen in a session: de-duplication that survives restarts.
        CREATE TABLE seen_messages (
            session_id INTEGER NOT NULL,
            msg_id INTEGER NOT NULL,
            PRIMARY KEY (session_id, msg_id)
        ) WITHOUT ROWID;
        -- Streak state: high-water marks and streaks still open (count-once rule).
        CREATE TABLE streaks (
            session_id INTEGER NOT NULL,
            streak_key TEXT NOT NULL,
            user_id TEXT NOT NULL,
            gift_id INTEGER NOT NULL,
            group_id INTEGER NOT NULL,
            counted INTEGER NOT NULL,
            max_seen INTEGER NOT NULL,
            last_ts REAL NOT NULL,
            last_msg_id INTEGER NOT NULL DEFAULT 0,
            open INTEGER NOT NULL,
            PRIMARY KEY (session_id, streak_key)
        ) WITHOUT ROWID;
        CREATE TABLE gaps (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            from_ts REAL NOT NULL,
            to_ts REAL NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE withdrawals (
            id INTEGER PRIMARY KEY,
            ts REAL NOT NULL,
            amount TEXT NOT NULL,          -- decimal text, in currency
            currency TEXT NOT NULL DEFAULT 'USD',
            note TEXT NOT NULL DEFAULT ''
        );
        """


@_step
def m001_initial(db: Database) -> None:
    db.executescript(_INITIAL)


@_step
def m002_guests_first_gifts_battles(db: Database) -> None:
    """Gifts to guests in their own table, first gifts marked, LIVE Match scores (issue 15).

    A gift to anyone but the host (multi-guest and co-host LIVEs) is a guest's income: it is
    kept, with its recipient, in ``guest_gifts``, which has the ledger's shape, so no sum over
    ``ledger`` (the creator's coins, diamonds, earnings, thresholds, top gifters, gift table)
    can ever take it in. Rows already in ``ledger`` are the host's, as they were counted.
    """
    db.executescript(
        """
        ALTER TABLE ledger ADD COLUMN first_gift INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE streaks ADD COLUMN recipient_id TEXT;  -- NULL: the host
        ALTER TABLE streaks ADD COLUMN first_gift INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE guest_gifts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            ts REAL NOT NULL,
            msg_id INTEGER,
            user_id TEXT NOT NULL,         -- the sender
            gift_id INTEGER NOT NULL,
            units INTEGER NOT NULL CHECK (units > 0),
            coins_each INTEGER NOT NULL CHECK (coins_each >= 0),
            coins INTEGER NOT NULL,
            streak_key TEXT,
            units_to INTEGER NOT NULL DEFAULT 0,
            closed_without_end INTEGER NOT NULL DEFAULT 0,
            first_gift INTEGER NOT NULL DEFAULT 0,
            recipient_id TEXT NOT NULL     -- the guest (users.user_id)
        );
        CREATE INDEX guest_gifts_session_ts ON guest_gifts (session_id, ts);
        CREATE UNIQUE INDEX guest_gifts_streak_span ON guest_gifts (session_id, streak_key, units_to)
            WHERE streak_key IS NOT NULL;
        -- LIVE Match (battle) scores: points, never money. The latest score of each side.
        CREATE TABLE battle_scores (
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            battle_id INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            points INTEGER NOT NULL,
            ts REAL NOT NULL,
            ended INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, battle_id, user_id)
        ) WITHOUT ROWID;
        """
    )


@_step
def m003_platform_income(db: Database) -> None:
    """Twitch and YouTube income beside TikTok's coins (issue 18).

    One row per paid message (Bits cheered, a subscription, gifted subs, a Super Chat or Super
    Sticker, a membership, gifted memberships), counted once by the platform's own message id:
    ``UNIQUE (session_id, message_id)`` is the last guard behind the count-once rule. Amounts
    are kept as the platform sent them (Bits, subs, micros of the viewer's currency); money is
    derived at the session's stored rates, never stored. ``sessions.platform`` names the
    platform a session belongs to (a replay is its recording's platform); raids are counted
    per session like follows.
    """
    db.executescript(
        """
        ALTER TABLE sessions ADD COLUMN platform TEXT NOT NULL DEFAULT 'tiktok';
        ALTER TABLE sessions ADD COLUMN raids INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE platform_income (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            ts REAL NOT NULL,
            message_id TEXT NOT NULL,      -- the platform's own id (EventSub message id, YouTube message id)
            kind TEXT NOT NULL,            -- bits, sub, resub, gift_subs, super_chat, super_sticker,
                                           -- membership, gift_memberships
            user_id TEXT NOT NULL,         -- 'twitch:...' or 'youtube:...' (users.user_id)
            units INTEGER NOT NULL CHECK (units >= 0),  -- Bits, subs or memberships
            tier TEXT NOT NULL DEFAULT '', -- Twitch sub tier: '1000', '2000', '3000'
            amount_micros INTEGER NOT NULL DEFAULT 0 CHECK (amount_micros >= 0),
            currency TEXT NOT NULL DEFAULT '',  -- of amount_micros (ISO 4217)
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, message_id)
        );
        CREATE INDEX platform_income_session_ts ON platform_income (session_id, ts);
        """
    )


@_step
def m004_subathon_timer(db: Database) -> None:
    """The subathon timer's state (one row) and the log of the creator's changes to it (issue 17).

    The row is written in the same transaction as the gifts, follows and subs that added its
    time (store/writer.py), so after a crash the timer and the ledger always agree. Time that
    income added is not logged row by row: the ledger already holds that income.
    """
    db.executescript(
        """
        CREATE TABLE subathon_timer (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            status TEXT NOT NULL,          -- idle, running, paused or ended
            remaining_s REAL NOT NULL,     -- while not running: the seconds left
            ends_at REAL,                  -- while running: POSIX wall-clock time it reaches zero
            added_s REAL NOT NULL DEFAULT 0,   -- added since the last reset (income and adjustments)
            capped_s REAL NOT NULL DEFAULT 0,  -- refused by the cap
            coins INTEGER NOT NULL DEFAULT 0,  -- income counted into it since the last reset
            subs INTEGER NOT NULL DEFAULT 0,
            follows INTEGER NOT NULL DEFAULT 0,
            updated_at REAL NOT NULL DEFAULT 0
        );
        -- The creator's own changes: start, pause, resume, reset, adjustments, the end.
        CREATE TABLE timer_log (
            id INTEGER PRIMARY KEY,
            ts REAL NOT NULL,              -- POSIX wall-clock time
            kind TEXT NOT NULL,
            seconds REAL NOT NULL DEFAULT 0,
            cause TEXT NOT NULL DEFAULT '',
            remaining_s REAL NOT NULL DEFAULT 0  -- what was left right after it
        );
        """
    )
