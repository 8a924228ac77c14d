"""The live YouTube source through the engine into a real ledger file."""

from __future__ import annotations

import asyncio
import copy
import sqlite3

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.store.database import DB_FILENAME

from .conftest import pages, source


def _with_unknown_currency() -> list[dict]:
    script = copy.deepcopy(pages())
    # A Super Chat in a currency the creator gave no exchange rate for (ISO 4217's test code).
    sc = copy.deepcopy(script[0]["items"][1])
    sc["id"] = "LCC.xts1"
    sc["snippet"]["superChatDetails"].update(amountMicros="7500000", currency="XTS", amountDisplayString="XTS 7.50")
    script[2]["items"].append(sc)
    return script


async def _run(src, data_dir, timeout: float = 30.0):
    engine = Engine(src, data_dir, Settings())
    updates: list[dict] = []

    class Tap:
        def publish(self, update: dict) -> None:
            updates.append(update)

    engine.add_publisher(Tap())
    result = await asyncio.wait_for(engine.run(), timeout)
    return engine, result, updates


async def test_a_live_chat_lands_in_the_ledger_once_with_an_unknown_currency_kept(server, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    server.chat = _with_unknown_currency()
    engine, result, updates = await _run(source(server, tmp_path), data)
    assert result.session_id
    with sqlite3.connect(data / DB_FILENAME) as c:
        rows = c.execute("SELECT message_id, kind, units, amount_micros, currency, user_id FROM platform_income "
                         "ORDER BY id").fetchall()
        (platform, comments), = c.execute("SELECT platform, comments FROM sessions")
    assert platform == "youtube" and comments == 2
    assert [r[:5] for r in rows] == [
        ("LCC.m2", "super_chat", 1, 5_000_000, "USD"), ("LCC.m3", "membership", 1, 0, ""),
        ("LCC.m4", "super_sticker", 1, 1_990_000, "EUR"), ("LCC.m5", "gift_memberships", 5, 0, ""),
        ("LCC.m9", "super_chat", 1, 100_000_000, "JPY"), ("LCC.xts1", "super_chat", 1, 7_500_000, "XTS"),
    ]
    assert rows[3][5] == "youtube:UCdddddddddddddddddddddd"  # gifted memberships count for the gifter
    totals = engine.snapshot()["totals"]
    message = totals["unconverted_message"] or ""
    assert "XTS" in message and "kept" in message  # said once, clearly; the amount is not dropped
    assert {"currency": "XTS", "amount": "7.5"} in totals["paid"]
    assert any(u.get("type") == "state" and "quota" in (u.get("message") or "") for u in updates)


async def test_a_restarted_source_counts_nothing_twice(server, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    server.chat = pages()
    await _run(source(server, tmp_path), data)
    server.log.clear()
    server.chat = pages()  # the app restarts: the first page comes again, and every page after it
    await _run(source(server, tmp_path), data)
    with sqlite3.connect(data / DB_FILENAME) as c:
        assert c.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1  # the same broadcast, continued
        assert c.execute("SELECT COUNT(*) FROM platform_income").fetchone()[0] == 5
        assert c.execute("SELECT comments FROM sessions").fetchone()[0] == 2


async def test_replaying_the_live_runs_recording_into_its_folder_adds_nothing(server, tmp_path):
    from streamer_app.sources.factory import replay_source

    data = tmp_path / "data"
    data.mkdir()
    server.chat = pages()
    await _run(source(server, tmp_path), data)
    [path] = (tmp_path / "recordings").glob("*.youtube.jsonl.gz")
    await _run(replay_source(str(path), 0), data)
    with sqlite3.connect(data / DB_FILENAME) as c:
        assert c.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1  # the live run's session
        assert c.execute("SELECT COUNT(*) FROM platform_income").fetchone()[0] == 5
        assert c.execute("SELECT comments FROM sessions").fetchone()[0] == 2
