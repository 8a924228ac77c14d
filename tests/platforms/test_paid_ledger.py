"""Twitch and YouTube income through the real engine into a real SQLite ledger: counted once."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from streamer_app.core import events as ev
from streamer_app.core.economics import RateProfile
from streamer_app.settings import Settings
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.queries import Reader

from .scripted import GIFTER, T0, VIEWER, YT_FAN, YT_FAN2, Collect, ScriptedSource, paid, run_engine

# Message ids as EventSub's examples spell them (a UUID per notification,
# https://dev.twitch.tv/docs/eventsub/handling-websocket-events/#notification-message).
CHEER = paid("twitch", "befa7b53-d79d-478f-86b9-120f112b044e", "bits", VIEWER, 1, units=1000, text="Cheer1000 gg")
SUB = paid("twitch", "2f5e1a8a-0e8f-4d3b-9d67-6a8e0c3f4b01", "sub", VIEWER, 2, tier="1000")
RESUB = paid("twitch", "7c1d3c2e-1d7a-4c55-a1f4-0b2d1f6c9e02", "resub", VIEWER, 3, tier="2000", text="3 months!")
# channel.subscription.gift with total 5: one message; its 5 channel.subscribe is_gift events are
# not income of their own (DESIGN.md section 1) and never reach the ledger.
GIFT5 = paid("twitch", "c3d1a9f0-77e2-4b1e-8d9e-5f0a4e1b2c03", "gift_subs", GIFTER, 4, units=5, tier="1000")
TWITCH = [CHEER, SUB, RESUB, GIFT5]


def _rows(data_dir) -> list[tuple]:
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        return conn.execute("SELECT message_id, kind, user_id, units, tier FROM platform_income ORDER BY ts").fetchall()


def test_twitch_income_counts_once_in_a_run_and_after_a_restart(data_dir):
    collect = Collect()
    # Every message twice in one run (a reconnect replays them), and the session left open.
    engine, result = run_engine(data_dir, ScriptedSource("twitch", "141981764", TWITCH + TWITCH, end=False),
                                publishers=[collect])
    assert result.duplicates == 4
    p = engine.tallies.paid
    assert (p.bits, p.subs, p.gifted_subs, p.messages) == (1000, 7, 5, 4)
    assert p.subs_by_tier == {"1000": 6, "2000": 1}
    assert p.supporters["twitch:1337"].subs == 5  # the gift counts for the gifter
    assert engine.tallies.all_subscribes == 7
    assert len(collect.of("paid")) == 4
    assert _rows(data_dir) == [(e.message_id, e.kind, e.user.user_id, e.units, e.tier) for e in TWITCH]

    # A restart of the app: the same channel's session resumes, and the platform sends it all again.
    more = paid("twitch", "d4e5f6a7-0000-4000-8000-000000000004", "bits", GIFTER, 9, units=100)
    engine2, result2 = run_engine(data_dir, ScriptedSource("twitch", "141981764", TWITCH + [more]))
    assert result2.resumed and result2.session_id == result.session_id
    assert result2.duplicates == 4
    p2 = engine2.tallies.paid
    assert (p2.bits, p2.subs, p2.messages) == (1100, 7, 5)
    assert len(_rows(data_dir)) == 5
    with Reader(data_dir / DB_FILENAME) as r:
        session = r.session(result.session_id)
        assert session is not None and session.platform == "twitch"
        rebuilt = r.tallies([result.session_id]).paid
        assert (rebuilt.bits, rebuilt.subs, rebuilt.subs_by_tier) == (p2.bits, p2.subs, p2.subs_by_tier)


def test_paid_update_names_its_platform_and_what_it_earns(data_dir):
    collect = Collect()
    run_engine(data_dir, ScriptedSource("twitch", "chan", [CHEER, GIFT5]), publishers=[collect])
    cheer, gift = collect.of("paid")
    assert cheer["platform"] == "twitch" and cheer["label"] == "1,000 Bits"
    assert cheer["earnings"] == "10.00" and cheer["subscribes"] == 0  # 1,000 x USD 0.01
    assert gift["label"] == "5 gifted subs (Tier 1)" and gift["subscribes"] == 5
    assert gift["earnings"] == "12.48"  # 5 x 4.99 x 50 % = 12.475, to the cent
    assert gift["user"]["id"] == "twitch:1337"


def test_youtube_super_chats_convert_exactly_and_an_unknown_currency_is_kept(data_dir, caplog):
    rates = RateProfile(currency="EUR", usd_to_currency=Decimal("0.92"), exchange_rates="GBP=1.17")
    events = [
        paid("youtube", "LCC.chat-1", "super_chat", YT_FAN, 1, amount_micros=5_000_000, currency="USD", text="hi"),
        paid("youtube", "LCC.chat-2", "super_chat", YT_FAN2, 2, amount_micros=2_000_000, currency="EUR"),
        paid("youtube", "LCC.chat-3", "super_sticker", YT_FAN, 3, amount_micros=1_990_000, currency="GBP"),
        paid("youtube", "LCC.chat-4", "super_chat", YT_FAN2, 4, amount_micros=500_000_000, currency="JPY"),
        paid("youtube", "LCC.member-5", "gift_memberships", YT_FAN, 5, units=3),
    ]
    collect = Collect()
    engine, result = run_engine(data_dir, ScriptedSource("youtube", "live-chat-id", events + events[:2]),
                                Settings(rates=rates), [collect])
    assert result.duplicates == 2
    snap = engine.snapshot()
    t = snap["totals"]
    assert t["paid_messages"] == 4 and t["memberships"] == 3 and t["gifted_memberships"] == 3
    assert t["paid"] == [{"currency": "EUR", "amount": "2"}, {"currency": "GBP", "amount": "1.99"},
                         {"currency": "JPY", "amount": "500"}, {"currency": "USD", "amount": "5"}]
    # 70 % of: USD 5 at 0.92 = 3.22; EUR 2 = 1.40; GBP 1.99 at 1.17 = 1.62981; plus 3 memberships at
    # USD 4.99 x 70 % x 0.92 = 9.64068: 15.89049 exactly, 15.89 to the cent. JPY has no rate.
    assert Decimal(t["earnings"]) == Decimal("15.89")
    assert t["unconverted"] == [{"currency": "JPY", "amount": "350"}]
    assert "JPY" in t["unconverted_message"] and "Settings > Twitch and YouTube" in t["unconverted_message"]
    said = [r.getMessage() for r in caplog.records if "JPY" in r.getMessage()]
    assert len(said) == 1 and "unconverted" in said[0]  # one clear message, not one per Super Chat
    jpy = [u for u in collect.of("paid") if u["currency"] == "JPY"][0]
    assert jpy["earnings"] is None and jpy["amount"] == "500"
    with Reader(data_dir / DB_FILENAME) as r:
        assert r.session(result.session_id).platform == "youtube"  # type: ignore[union-attr]
        assert [e.message_id for e in r.paid_messages([result.session_id])] == [e.message_id for e in events]


def test_raids_count_once_and_are_saved_with_the_session(data_dir):
    raid = ev.RaidEvent(T0 + 1, ev.User("twitch:99", "raider", "Raider"), 42, ev.platform_msg_id("twitch", "r-1"))
    collect = Collect()
    engine, result = run_engine(data_dir, ScriptedSource("twitch", "chan", [raid, raid]), publishers=[collect])
    assert engine.tallies.raids == 1
    (update,) = collect.of("raid")
    assert update["viewers"] == 42 and update["user"]["name"] == "Raider"
    with Reader(data_dir / DB_FILENAME) as r:
        assert r.session(result.session_id).raids == 1  # type: ignore[union-attr]


def test_headless_says_a_twitch_sessions_figures_in_its_own_units(data_dir):
    from streamer_app.engine.headless import ProgressPrinter, summary_text

    engine, result = run_engine(data_dir, ScriptedSource("twitch", "chan", TWITCH))
    text = summary_text(engine, result)
    assert "1,000 Bits | 7 subs (5 gifted) | estimated earnings $29.97" in text
    assert "1,000 Bits" in ProgressPrinter(engine).status()
