"""The runner against real parts: a real engine on a demo stream, a real webhook receiver, real files."""

from __future__ import annotations

import asyncio
import json
import os
from decimal import Decimal
from pathlib import Path

from streamer_app.actions.log import ActionLog
from streamer_app.actions.rules import parse_rule
from streamer_app.actions.runner import ActionRunner, active_runner
from streamer_app.actions.rules import fire_rule
from streamer_app.core.economics import Threshold
from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource

from .conftest import WebhookServer, gift_rows

START = 1_700_000_000.0


def R(name, event="gift", do=None, **filters):
    r, problems = parse_rule({"name": name, "when": {"event": event, **filters}, "do": do})
    assert not problems, problems
    return r


def gift(n):
    return {"type": "gift", "ts": float(n), "user": {"id": str(n), "name": f"V{n}"},
            "gift": {"id": 1, "name": "Rose", "coins": 1}, "units": 1, "coins": 1, "to": None, "first_gift": False}


class Tap:
    def __init__(self):
        self.updates = []

    def publish(self, update):
        self.updates.append(update)


async def run_demo(data: Path, runner: ActionRunner | None = None, settings: Settings | None = None,
                   duration: float = 600, seed: int = 4):
    engine = Engine(DemoSource(seed=seed, duration=duration, speed=0, start=START), data, settings or Settings())
    tap = Tap()
    engine.add_publisher(tap)
    if runner is not None:
        runner.attach(engine)
    result = await engine.run()
    return engine, result, tap


def test_a_full_queue_drops_and_counts_and_says_so(tmp_path):
    hung = WebhookServer(delay=10).start()
    try:
        runner = ActionRunner(tmp_path, [R("hook", do=[{"type": "webhook", "url": hung.url}])], per_second=0,
                              queue_size=3, concurrency=1).start()
        for n in range(20):
            runner.publish(gift(n))
        stats = runner.stats()
        assert stats["fired"] + stats["dropped"] == 20
        assert stats["dropped"] >= 20 - 3 - 1  # three wait, at most one acts
        runner.stop(timeout=0.2)
    finally:
        hung.stop()
    lines = [e.message for e in runner.log.entries()]
    assert f"{runner.dropped} rule firings dropped: the actions queue was full ({runner.dropped} in all this run); " \
           "counting was not slowed" in lines
    assert "stopped before it finished (the app was closing)" in lines
    assert (tmp_path / "actions.log").read_text().count("rule firings dropped") == 1


def test_a_webhook_that_hangs_does_not_hold_up_counting(tmp_path):
    hung = WebhookServer(delay=10).start()
    try:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        runner = ActionRunner(tmp_path / "a", [R("hook", do=[{"type": "webhook", "url": hung.url, "timeout": 30}])],
                              per_second=0, queue_size=50).start()
        _, with_actions, _ = asyncio.run(run_demo(tmp_path / "a", runner))
        _, without, _ = asyncio.run(run_demo(tmp_path / "b"))
        runner.stop(timeout=0.2)
    finally:
        hung.stop()
    rows = gift_rows(tmp_path / "a")
    assert rows == gift_rows(tmp_path / "b") and len(rows) > 100  # the ledger is complete
    assert with_actions.committed and with_actions.tallies.coins == without.tallies.coins
    s = runner.stats()
    assert s["fired"] + s["dropped"] == len(rows)  # each counted gift fired or was counted as dropped
    assert s["done"] == 0 and s["dropped"] > 0 and len(hung.received()) >= 1


def test_discord_format_and_failures_in_the_log(tmp_path):
    ok, down = WebhookServer().start(), WebhookServer(status=500).start()
    try:
        rule = R("Discord", do=[{"type": "webhook", "url": ok.url, "format": "discord",
                                 "text": "{user} sent {gift}"},
                                {"type": "webhook", "url": down.url}])
        runner = ActionRunner(tmp_path, [rule], per_second=0).start()
        runner.publish({**gift(1), "user": {"id": "1", "name": "@everyone"}})
        runner.stop()
    finally:
        ok.stop()
        down.stop()
    assert ok.received() == [{"content": "@everyone sent Rose", "allowed_mentions": {"parse": []}}]
    assert [b["rule"] for b in down.received()] == ["Discord"]
    log = (tmp_path / "actions.log").read_text()
    assert f"ok   Discord > webhook: posted to http://127.0.0.1:{ok.port}/... (HTTP 204)" in log
    assert f"FAIL Discord > webhook: http://127.0.0.1:{down.port}/... answered HTTP 500" in log
    assert "secret-token" not in log  # a webhook's path may be its password


def test_media_actions_post_updates_for_files_in_media_only(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    (media / "roar.mp3").write_bytes(b"ID3")
    (media / "lion.gif").write_bytes(b"GIF89a")
    (tmp_path / "secret.mp3").write_bytes(b"ID3")
    os.symlink(tmp_path / "secret.mp3", media / "link.mp3")
    posted = []
    rule = R("Lion", do=[{"type": "sound", "file": "roar.mp3", "volume": 0.5},
                         {"type": "overlay_media", "file": "lion.gif", "seconds": 4},
                         {"type": "sound", "file": "missing.mp3"}, {"type": "sound", "file": "link.mp3"},
                         {"type": "tts", "text": "Thanks {user} for {gift}!"},
                         {"type": "alert", "text": "{user}: {gift} x{units}"}])
    runner = ActionRunner(tmp_path, [rule], per_second=0)
    runner.fallback_post = lambda u: posted.append(u) or True
    spoken = []
    runner.speakers.append(lambda text, voice: spoken.append(text))
    runner.start()
    assert fire_rule(rule) == "'Lion' fired: see the actions log"
    runner.stop()
    assert active_runner() is None
    kinds = [(u["type"], u.get("kind"), u.get("file") or u.get("text")) for u in posted]
    assert kinds == [("media", "sound", "roar.mp3"), ("media", "image", "lion.gif"),
                     ("media", "tts", "Thanks Sample Viewer for Lion!"), ("alert", None, "Sample Viewer: Lion x1")]
    assert spoken == ["Thanks Sample Viewer for Lion!"]
    fails = [e.message for e in runner.log.entries() if not e.ok]
    assert fails == [f"media/missing.mp3 does not exist: put the file in {media.resolve()}",
                     "media/link.mp3 leads outside the media/ folder"]


def test_timer_and_obs_without_their_parts_say_why(tmp_path):
    rule = R("Time", do=[{"type": "timer_add", "seconds": 60}, {"type": "obs", "request": "SetCurrentProgramScene",
                                                               "data": {"sceneName": "Lion"}}])
    runner = ActionRunner(tmp_path, [rule], action_log=ActionLog(None)).start()
    runner.fire_rule(rule, {"event": "gift"})
    runner.stop()
    fails = [e.message for e in runner.log.entries() if not e.ok]
    assert fails[0] == "no stream is running, so there is no timer to add to"
    assert fails[1].startswith("OBS not connected")
    assert not (tmp_path / "actions.log").exists()  # a log without a file stays in memory


def test_thresholds_are_published_once_per_threshold_per_session(tmp_path):
    settings = Settings(thresholds=(Threshold("Small", Decimal(500), "coins"), Threshold("Big", Decimal(10**9), "coins"),
                                    Threshold("Money", Decimal(5), "money", "USD")))
    data = tmp_path / "data"
    data.mkdir()
    posted = []
    runner = ActionRunner(data, [R("cash", "threshold_reached", do=[{"type": "alert", "text": "{threshold}!"}])],
                          per_second=0)
    runner.fallback_post = lambda u: posted.append(u) or True
    runner.start()
    engine, result, tap = asyncio.run(run_demo(data, runner, settings))
    crossed = [u for u in tap.updates if u["type"] == "threshold"]
    assert [u["threshold"]["name"] for u in crossed] == ["Small", "Money"]  # 5 USD is 1,000 coins
    assert crossed[0]["balance_coins"] >= 500 and result.tallies.coins > 1000
    # The same stream again resumes its session: its thresholds are behind it.
    engine, result, tap = asyncio.run(run_demo(data, runner, settings))
    assert result.resumed and [u for u in tap.updates if u["type"] == "threshold"] == []
    runner.stop()
    assert [e.message for e in runner.log.entries() if e.rule == "cash"] == [
        'alert "Small!"', 'alert "Money!"']
    json.dumps(crossed)


def test_the_default_rate_limit_lets_a_demo_hours_gifts_through_and_says_what_it_skips(tmp_path):
    rules = [R(f"Gift rule {i}", do=[{"type": "alert", "text": "{gift}"}]) for i in range(3)]
    runner = ActionRunner(tmp_path, rules, action_log=ActionLog(None), queue_size=10**6)  # the default limit
    engine, result, tap = asyncio.run(run_demo(tmp_path, runner, duration=3600, seed=5))
    gifts = sum(1 for u in tap.updates if u["type"] == "gift")
    assert runner.gate.limited == 0 and runner.fired == 3 * gifts  # a busy demo stays under it
    for n in range(200):  # a storm: 200 gifts in the same second of stream time
        runner.publish({**gift(n), "ts": 10**10})
    assert runner.gate.limited > 0 and runner.fired + runner.gate.limited == 3 * gifts + 3 * 200
    runner._report_drops()
    assert f"{runner.gate.limited} rule firings skipped: over the rate limit of 25 a second" in \
        runner.log.entries()[-1].message


def test_a_sound_plays_once_per_streak_never_per_tap(tmp_path):
    from streamer_app.core import events as ev
    from tests.core.factories import ALICE, ROSE
    from tests.engine.test_subathon import NOW, ListSource

    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "ding.wav").write_bytes(b"RIFF")
    taps = [ev.GiftEvent(NOW + i / 10, 1000 + i, ALICE, ROSE, i, i == 50, True, group_id=9) for i in range(1, 51)]
    posted = []
    runner = ActionRunner(tmp_path, [R("Rose", do=[{"type": "sound", "file": "ding.wav"}])], per_second=0)
    runner.fallback_post = lambda u: posted.append(u) or True
    runner.start()
    engine = Engine(ListSource(taps + taps[20:30]), tmp_path, Settings())  # and ten taps resent
    tap = Tap()
    engine.add_publisher(tap)
    runner.attach(engine)
    runner.engine = None  # the sound goes to ``posted`` instead of the engine's publishers
    asyncio.run(engine.run())
    runner.stop()
    assert [u["type"] for u in tap.updates].count("streak") >= 50  # the taps were shown...
    assert [(u["type"], u["units"]) for u in tap.updates if u["type"] == "gift"] == [("gift", 50)]
    assert [u["file"] for u in posted] == ["ding.wav"]  # ...and the sound played once
