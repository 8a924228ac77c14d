"""The Lion recipe against an obs-websocket 5 peer (tests/obs/obs_peer.py, built from the protocol's
own specification): "Lion -> play roar.mp3 and switch to the Lion scene", and OBS gone."""

from __future__ import annotations

import asyncio

from streamer_app.actions.rules import parse_rule
from streamer_app.actions.runner import ActionRunner
from streamer_app.obs.client import ObsClient
from tests.obs.conftest import FAST, PASSWORD, obs  # noqa: F401 (obs: a fixture)


def lion(n: int) -> dict:
    return {"type": "gift", "ts": 100.0 + n, "user": {"id": "7", "name": "Rosa"},
            "gift": {"id": 6064, "name": "Lion", "coins": 29999}, "units": 1, "coins": 29999, "to": None,
            "first_gift": False}


async def until(predicate, what: str) -> None:
    for _ in range(1000):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


async def test_lion_plays_roar_switches_the_scene_and_shows_a_source(obs, tmp_path):  # noqa: F811
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "roar.mp3").write_bytes(b"ID3")
    obs.add_input("Lion", "Lion video", "ffmpeg_source")
    obs.item("Lion", "Lion video").enabled = False
    rule = parse_rule({"name": "Lion", "when": {"event": "gift", "gift_id": 6064}, "do": [
        {"type": "sound", "file": "roar.mp3"},
        {"type": "obs", "request": "SetCurrentProgramScene", "data": {"sceneName": "Lion"}},
        {"type": "obs", "request": "SetSceneItemEnabled",
         "data": {"sceneName": "Lion", "sourceName": "Lion video", "sceneItemEnabled": True}}]})[0]
    client = ObsClient("127.0.0.1", obs.port, PASSWORD, backoff=FAST)
    await client.start()
    await client.wait_connected(10)
    posted: list[dict] = []
    runner = ActionRunner(tmp_path, [rule], per_second=0)
    runner.fallback_post = lambda u: posted.append(u) or True
    runner.start()
    try:
        runner.publish(lion(1))
        await until(lambda: runner.done + runner.failed >= 3, "the three actions")
        assert runner.failed == 0, [e.message for e in runner.log.entries()]
        assert obs.program == "Lion" and obs.item("Lion", "Lion video").enabled
        assert [u["file"] for u in posted] == ["roar.mp3"]

        await client.stop()  # OBS control off (or OBS gone): the next Lion says so, counting goes on
        runner.publish(lion(2))
        await until(lambda: runner.done + runner.failed >= 6, "the second Lion's actions")
    finally:
        await asyncio.to_thread(runner.stop)
        await client.stop()
    fails = [e.message for e in runner.log.entries() if not e.ok]
    assert fails == ["OBS not connected: SetCurrentProgramScene was not sent (connect OBS in Settings)",
                     "OBS not connected: SetSceneItemEnabled was not sent (connect OBS in Settings)"]
    assert [u["file"] for u in posted] == ["roar.mp3", "roar.mp3"]
