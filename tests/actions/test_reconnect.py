"""Live TikTok through a dropped connection: the real TikTokLiveClient against a local push server
(tests/tiktok/push_server.py), resent messages after the reconnect, a real webhook receiver."""

from __future__ import annotations

import asyncio
import time

from streamer_app.actions.rules import parse_rule
from streamer_app.actions.runner import ActionRunner
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from tests.tiktok import frames as F
from tests.tiktok.conftest import ledger, tiktok_source
from tests.tiktok.push_server import PushServer

from .conftest import posted_gifts

T = int(time.time() * 1000)


async def test_resends_and_a_reconnect_fire_each_gift_rule_once_per_ledger_row(tmp_path, webhook):
    data = tmp_path / "data"
    data.mkdir()
    a = F.gift_msg(20, 5827, 1, False, T + 1000)  # Applause 50, not streakable
    s3 = F.gift_msg(21, 5487, 3, False, T + 1300, group_id=77)  # a Finger Heart streak at 3
    first = [F.push_frame(a), F.push_frame(F.gift_msg(21, 5487, 1, False, T + 1100, group_id=77)),
             F.push_frame(F.gift_msg(21, 5487, 2, False, T + 1200, group_id=77)), F.push_frame(s3), 0.1, "drop"]
    second = [F.push_frame(s3),  # resent after the reconnect (same message id)
              F.push_frame(F.gift_msg(21, 5487, 4, False, T + 1400, group_id=77)),
              F.push_frame(F.gift_msg(21, 5487, 5, True, T + 1500, group_id=77)),
              F.push_frame(a),  # a gift counted before the drop, resent
              F.push_frame(F.gift_msg(22, 7168, 1, False, T + 1600)),  # Money Gun 500
              0.1, F.push_frame(F.end_msg(T + 2000))]
    rule = parse_rule({"name": "Every gift", "when": {"event": "gift"},
                       "do": [{"type": "webhook", "url": webhook.url}]})[0]
    runner = ActionRunner(data, [rule], per_second=0).start()
    async with PushServer([first, second]) as server:
        engine = Engine(tiktok_source(server, tmp_path), data, Settings())
        runner.attach(engine)
        result = await asyncio.wait_for(engine.run(), 30)
    await asyncio.to_thread(runner.stop)
    assert server.connections == 2 and result.duplicates == 2
    rows = ledger(data, result.session_id)  # (msg_id, user_id, gift_id, units, coins, closed_without_end)
    assert sorted((r[1], r[2], r[3], r[4]) for r in rows) == [("20", 5827, 1, 50), ("21", 5487, 5, 25),
                                                            ("22", 7168, 1, 500)]
    posted = posted_gifts(webhook.received(), "Every gift")
    assert [(p[1], p[2], p[3], p[4]) for p in posted] == sorted((r[1], r[2], r[3], r[4]) for r in rows)
    assert runner.stats()["fired"] == 3 and runner.stats()["done"] == 3
