"""The client (simpleobsws underneath) against a peer built from obs-websocket 5's specification."""

from __future__ import annotations

import asyncio
import threading

import pytest

from streamer_app.obs import ObsAuthError, ObsError, ObsNotConnected, ObsRequestError, ObsState
from streamer_app.obs.client import ObsClient

from .conftest import FAST, PASSWORD
from .obs_peer import STATUS, FakeObs


async def wait_for(predicate, what: str, limit: float = 20.0) -> None:
    """Wait until ``predicate()`` holds (a generous bound only so a failure ends; no timing is asserted)."""
    async def poll() -> None:
        while not predicate():
            await asyncio.sleep(0.01)

    try:
        await asyncio.wait_for(poll(), limit)
    except asyncio.TimeoutError:
        pytest.fail(f"never saw: {what}")


async def test_connects_with_the_sha256_challenge_and_reports_versions(obs, client):
    assert client.connected
    assert client.status.state is ObsState.CONNECTED
    assert "30.2.2" in client.status.message
    assert obs.identify_failures == 0
    assert await client.program_scene() == "Scene"


async def test_wrong_password_gives_a_clear_message(obs):
    c = ObsClient("127.0.0.1", obs.port, "not-the-password", backoff=FAST)
    with pytest.raises(ObsAuthError) as err:
        await c.connect_once()
    text = str(err.value)
    assert text.startswith("OBS refused the password: Authentication failed.")
    assert "WebSocket Server Settings" in text and "not-the-password" not in text
    assert obs.identify_failures == 1


async def test_missing_password_says_none_is_saved(obs):
    c = ObsClient("127.0.0.1", obs.port, None, backoff=FAST)
    with pytest.raises(ObsAuthError, match="OBS asks for a password and none is saved"):
        await c.connect_once()


async def test_obs_not_running_gives_a_clear_message(unused_tcp_port):
    c = ObsClient("127.0.0.1", unused_tcp_port, PASSWORD, backoff=FAST)
    with pytest.raises(ObsNotConnected) as err:
        await c.connect_once()
    assert f"OBS is not reachable at 127.0.0.1:{unused_tcp_port} (connection refused)" in str(err.value)
    assert "Enable WebSocket server" in str(err.value)


async def test_no_password_needed_when_obs_asks_none():
    peer = FakeObs(password=None)
    await peer.start()
    try:
        c = ObsClient("127.0.0.1", peer.port, None)
        await c.connect_once()
        assert c.connected
        await c.stop()
    finally:
        await peer.stop()


async def test_the_requests_actions_use(obs, client):
    obs.add_input("Lion", "Roar video", "ffmpeg_source", {"local_file": "/media/roar.mp4"})
    obs.add_input("Lion", "Top gifter", "text_ft2_source_v2", {"text": "", "font": {"size": 48}})

    await client.switch_scene("Lion")
    assert obs.program == "Lion"
    await wait_for(lambda: client.current_scene == "Lion", "the CurrentProgramSceneChanged event")

    await client.set_source_visible("Lion", "Roar video", False)
    assert obs.item("Lion", "Roar video").enabled is False
    await client.set_source_visible("Lion", "Roar video", True)
    assert obs.item("Lion", "Roar video").enabled is True

    await client.restart_media("Roar video")
    assert obs.media_actions == [("Roar video", "OBS_WEBSOCKET_MEDIA_INPUT_ACTION_RESTART")]

    await client.set_text("Top gifter", "Thanks @rosa!")
    assert obs.inputs["Top gifter"].settings == {"text": "Thanks @rosa!", "font": {"size": 48}}  # the rest kept

    data = await client.request("GetInputSettings", {"inputName": "Top gifter"})
    assert data["inputKind"] == "text_ft2_source_v2"
    assert await client.scene_names() == ["Just chatting", "Lion", "Scene"]


async def test_a_refused_request_carries_obs_code_and_comment(obs, client):
    with pytest.raises(ObsRequestError) as err:
        await client.switch_scene("No such scene")
    assert err.value.code == STATUS["ResourceNotFound"]
    assert "SetCurrentProgramScene" in str(err.value) and "No such scene" in str(err.value)
    with pytest.raises(ObsRequestError) as err:
        await client.request("SetSceneItemEnabled", {"sceneName": "Scene", "sceneItemId": "1", "sceneItemEnabled": True})
    assert err.value.code == STATUS["InvalidRequestFieldType"]
    with pytest.raises(ObsRequestError) as err:
        await client.request("MakeCoffee")
    assert err.value.code == STATUS["UnknownRequestType"]


async def test_requests_from_another_thread_and_loop(obs, client):
    """The actions runner awaits the client from its own thread's loop."""
    result: dict = {}

    def other_thread() -> None:
        async def go() -> None:
            await client.switch_scene("Just chatting")
            result["scene"] = await client.program_scene()

        asyncio.run(go())

    t = threading.Thread(target=other_thread)
    t.start()
    await wait_for(lambda: not t.is_alive(), "the other thread's requests")
    assert result == {"scene": "Just chatting"} and obs.program == "Just chatting"


async def test_request_without_connection_says_so():
    c = ObsClient("127.0.0.1", 1, PASSWORD)
    with pytest.raises(ObsNotConnected, match="Not connected to OBS"):
        await c.switch_scene("Lion")


async def test_reconnects_quietly_after_obs_restarts(obs):
    c = ObsClient("127.0.0.1", obs.port, PASSWORD, backoff=FAST)
    seen: list[ObsState] = []
    c.add_listener(lambda s: seen.append(s.state))
    await c.start()
    try:
        assert ObsClient.current() is c
        await wait_for(lambda: c.connected, "the first connection")
        await obs.stop()  # OBS quits
        await wait_for(lambda: c.status.state is ObsState.DISCONNECTED, "the drop")
        with pytest.raises(ObsNotConnected):
            await c.switch_scene("Lion")
        await obs.start()  # OBS opens again, same port, same scenes
        await wait_for(lambda: c.connected, "the reconnection")
        await c.switch_scene("Lion")
        assert obs.program == "Lion"
        assert seen[:2] == [ObsState.DISCONNECTED, ObsState.CONNECTING]
        assert ObsState.CONNECTED in seen[seen.index(ObsState.DISCONNECTED, 2):]
    finally:
        await c.stop()
    assert ObsClient.current() is None


async def test_wrong_password_state_then_fixed_in_obs(obs):
    c = ObsClient("127.0.0.1", obs.port, "old-password", backoff=FAST)
    await c.start()
    try:
        await wait_for(lambda: c.status.state is ObsState.AUTH_FAILED, "the refused password")
        assert c.status.message.startswith("OBS refused the password")
        obs.password = "old-password"  # the creator sets OBS back to the saved password
        await wait_for(lambda: c.connected, "the retry with the right password")
    finally:
        await c.stop()


def test_loading_the_library_leaves_the_websockets_logger_alone():
    import subprocess
    import sys

    code = ("import logging; from streamer_app.obs.client import _library; _library(); "
            "print(logging.getLogger('websockets').level)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "0", out.stderr


async def test_a_request_obs_never_answers_times_out_with_a_sentence(obs):
    obs.unanswered.add("GetSceneList")
    c = ObsClient("127.0.0.1", obs.port, PASSWORD, request_timeout=0.3)
    await c.connect_once()
    try:
        with pytest.raises(ObsError, match="OBS did not answer GetSceneList within 0.3 s"):
            await c.scene_names()
        assert await c.program_scene() == "Scene"  # the connection is still good
    finally:
        await c.stop()


async def test_a_drop_while_obs_has_the_request_says_so_at_once(obs):
    obs.unanswered.add("GetSceneList")
    c = ObsClient("127.0.0.1", obs.port, PASSWORD, request_timeout=60)
    await c.connect_once()
    try:
        pending = asyncio.ensure_future(c.scene_names())
        await wait_for(lambda: "GetSceneList" in obs.types(), "the request at the peer")
        await obs.stop()
        with pytest.raises(ObsNotConnected, match="OBS closed the connection before answering GetSceneList"):
            await pending
    finally:
        await c.stop()
