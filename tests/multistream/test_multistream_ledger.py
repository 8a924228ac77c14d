"""Several sources into one data folder: one writer, one session each, exact totals, their sum."""

from __future__ import annotations

import asyncio
import sqlite3
from decimal import Decimal

from streamer_app.core.multistream import sum_snapshots
from streamer_app.core.snapshot import empty_snapshot
from streamer_app.engine.engine import Engine
from streamer_app.engine.multistream import Multistream
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.store.queries import Reader

START = 1_790_000_000.0
SEEDS = (3, 4, 5)


def _sources(duration=300.0, speed=0.0):
    return [DemoSource(seed=s, duration=duration, speed=speed, start=START) for s in SEEDS]


def _alone(tmp_path, seed, duration=300.0):
    """The same source run on its own, in a data folder of its own: the expected figures."""
    engine = Engine(DemoSource(seed=seed, duration=duration, speed=0, start=START), tmp_path / f"alone{seed}", Settings())
    result = asyncio.run(engine.run())
    assert result.committed
    return result.tallies, engine.snapshot(), engine.committed_gifts


def test_three_sources_one_ledger_each_session_exact_and_the_sum_is_their_sum(tmp_path):
    data = tmp_path / "data"
    multi = Multistream(_sources(), data, Settings())
    result = asyncio.run(multi.run())
    assert result.committed and result.errors == [None, None, None]
    assert len(set(result.session_ids)) == 3
    expected = [_alone(tmp_path, s) for s in SEEDS]
    with Reader(data / "streamer-app.db") as reader:
        for sid, (tallies, _, _) in zip(result.session_ids, expected):
            saved = reader.tallies([sid])
            assert (saved.coins, saved.gifts, saved.unique_gifters) == (tallies.coins, tallies.gifts, tallies.unique_gifters)
            assert saved.guest_coins == tallies.guest_coins
        night = reader.tallies(result.session_ids)
    assert night.coins == sum(t.coins for t, _, _ in expected)
    snap = multi.snapshot()
    assert snap["totals"]["coins"] == night.coins
    assert snap["totals"]["gifts"] == night.gifts
    assert Decimal(snap["totals"]["earnings"]) == sum(Decimal(s["totals"]["earnings"]) for _, s, _ in expected)
    assert [p["coins"] for p in snap["platforms"]] == [t.coins for t, _, _ in expected]
    assert snap["timeline"][-1][1] == night.coins
    # Each engine's "committed" figure counts its own rows, not its neighbours' in the same commits.
    assert [e.committed_gifts for e in multi.engines] == [c for _, _, c in expected]


def test_stopping_mid_way_commits_everything_counted(tmp_path):
    data = tmp_path / "data"
    multi = Multistream(_sources(duration=3600.0, speed=60.0), data, Settings())

    async def run_then_stop():
        task = asyncio.ensure_future(multi.run())
        while sum(e.tallies.gifts for e in multi.engines) < 200 or any(e.tallies.gifts == 0 for e in multi.engines):
            await asyncio.sleep(0.02)
        multi.request_stop()
        return await task

    result = asyncio.run(run_then_stop())
    assert result.committed and all(r is not None and r.reason == "stopped" for r in result.results)
    with Reader(data / "streamer-app.db") as reader:
        for engine, sid in zip(multi.engines, result.session_ids):
            saved = reader.tallies([sid])
            assert (saved.coins, saved.gifts) == (engine.tallies.coins, engine.tallies.gifts)
            assert reader.session(sid).ended_at is not None
    conn = sqlite3.connect(data / "streamer-app.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rerunning_the_night_resumes_every_session_and_counts_nothing_twice(tmp_path):
    data = tmp_path / "data"
    first = asyncio.run(Multistream(_sources(), data, Settings()).run())
    again_multi = Multistream(_sources(), data, Settings())
    again = asyncio.run(again_multi.run())
    assert again.session_ids == first.session_ids
    assert all(r is not None and r.resumed for r in again.results)
    assert [r.tallies.coins for r in again.results] == [r.tallies.coins for r in first.results]


def test_a_source_that_fails_leaves_the_others_running(tmp_path):
    class Broken(DemoSource):
        async def start(self):
            raise RuntimeError("the channel could not be found")

    sources = [DemoSource(seed=3, duration=120, speed=0, start=START), Broken(seed=4, duration=120, speed=0)]
    multi = Multistream(sources, tmp_path / "data", Settings())
    seen = []
    multi.add_publisher(type("P", (), {"publish": lambda self, u: seen.append(u)})())
    result = asyncio.run(multi.run())
    assert result.errors == [None, "the channel could not be found"]
    assert result.results[0] is not None and result.results[0].tallies.gifts > 0 and result.committed
    assert [u for u in seen if u["type"] == "end"] == [seen[-1]]
    assert any(u["type"] == "state" and u["state"] == "failed" for u in seen)
    assert all(u.get("platform") == "tiktok" for u in seen if u["type"] == "gift")


def test_a_snapshot_plus_an_empty_one_is_that_snapshot_with_a_breakdown(tmp_path):
    _, snap, _ = _alone(tmp_path, 3, duration=120)
    total = sum_snapshots([("tiktok", snap), ("twitch", empty_snapshot())])
    assert total["totals"] == {**snap["totals"], "earnings": str(Decimal(snap["totals"]["earnings"]))}
    assert [p["platform"] for p in total["platforms"]] == ["tiktok", "twitch"] and not total["unconverted"]
    assert total["state"]["state"] == snap["state"]["state"]
    assert total["timeline"] == snap["timeline"] and total["balance"] == snap["balance"]
    assert [g["user_id"] for g in total["top_gifters"]] == [g["user_id"] for g in snap["top_gifters"]]


def test_tiktok_twitch_and_youtube_at_once_each_session_as_alone_and_money_summed(tmp_path):
    from streamer_app.sources.demo_platforms import PlatformDemoSource

    def sources():
        return [DemoSource(seed=6, duration=900, speed=0, start=START),
                PlatformDemoSource("twitch", seed=6, duration=900, speed=0, start=START),
                PlatformDemoSource("youtube", seed=6, duration=900, speed=0, start=START)]

    data = tmp_path / "data"
    multi = Multistream(sources(), data, Settings())
    result = asyncio.run(multi.run())
    assert result.committed
    alone = []
    for i, source in enumerate(sources()):
        engine = Engine(source, tmp_path / f"alone{i}", Settings())
        assert asyncio.run(engine.run()).committed
        alone.append(engine.snapshot())
    snap = multi.snapshot()
    assert [p["platform"] for p in snap["platforms"]] == ["tiktok", "twitch", "youtube"]
    keys = ("coins", "gifts", "bits", "subs", "paid_messages", "paid", "earnings")
    for part, one in zip(snap["platforms"], alone):
        assert {k: part["totals"][k] for k in keys} == {k: one["totals"][k] for k in keys}
    assert snap["platforms"][1]["totals"]["bits"] > 0 and snap["platforms"][2]["totals"]["paid_messages"] > 0
    assert Decimal(snap["totals"]["earnings"]) == sum(Decimal(one["totals"]["earnings"]) for one in alone)
    assert snap["totals"]["bits"] == alone[1]["totals"]["bits"]
    with Reader(data / "streamer-app.db") as reader:
        for sid, one in zip(result.session_ids, alone):
            saved = reader.tallies([sid])
            assert (saved.coins, saved.paid.bits, saved.paid.subs, saved.paid.paid_messages) == (
                one["totals"]["coins"], one["totals"]["bits"], one["totals"]["subs"], one["totals"]["paid_messages"])


def test_the_same_session_twice_is_refused_not_counted_twice(tmp_path):
    sources = [DemoSource(seed=3, duration=120, speed=0, start=START), DemoSource(seed=3, duration=120, speed=0, start=START)]
    multi = Multistream(sources, tmp_path / "data", Settings())
    result = asyncio.run(multi.run())
    assert result.errors[0] is None and "already connected" in result.errors[1]
    alone, _, _ = _alone(tmp_path, 3, duration=120)
    with Reader(tmp_path / "data" / "streamer-app.db") as reader:
        assert reader.tallies(result.session_ids).coins == alone.coins
    assert not (tmp_path / "data" / "refused-ledger-rows.jsonl").exists()
