"""The peer itself, spoken to in raw JSON frames as protocol.md's examples do, with no client
library: so the client tests rest on a peer that follows the specification, not on two pieces
of code agreeing with each other. (protocol.md:
https://github.com/obsproject/obs-websocket/blob/032c99331b5ec254604296be49171d468651e449/docs/generated/protocol.md)
"""

from __future__ import annotations

import base64
import hashlib
import json

import msgpack
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from .conftest import PASSWORD
from .obs_peer import ALL_EVENTS, CLOSE, REQUESTS, STATUS


def auth(password: str, salt: str, challenge: str) -> str:
    """protocol.md "Creating an authentication string", written out again here on purpose."""
    secret = base64.b64encode(hashlib.sha256(password.encode() + salt.encode()).digest()).decode()
    return base64.b64encode(hashlib.sha256((secret + challenge).encode()).digest()).decode()


async def hello(ws) -> dict:
    msg = json.loads(await ws.recv())
    assert msg["op"] == 0
    return msg["d"]


async def identified(obs, subscriptions: int | None = None):
    ws = await connect(f"ws://127.0.0.1:{obs.port}", subprotocols=["obswebsocket.json"])
    d = await hello(ws)
    ident = {"rpcVersion": 1, "authentication": auth(PASSWORD, d["authentication"]["salt"],
                                                        d["authentication"]["challenge"])}
    if subscriptions is not None:
        ident["eventSubscriptions"] = subscriptions
    await ws.send(json.dumps({"op": 1, "d": ident}))
    assert json.loads(await ws.recv()) == {"op": 2, "d": {"negotiatedRpcVersion": 1}}
    return ws


async def request(ws, request_type: str, data: dict | None = None, rid: str = "f819dcf0") -> dict:
    d = {"requestType": request_type, "requestId": rid}
    if data is not None:
        d["requestData"] = data
    await ws.send(json.dumps({"op": 6, "d": d}))
    while True:
        msg = json.loads(await ws.recv())
        if msg["op"] == 7:
            assert msg["d"]["requestId"] == rid and msg["d"]["requestType"] == request_type
            return msg["d"]


async def test_hello_has_the_documented_keys_and_a_fresh_challenge(obs):
    async with connect(f"ws://127.0.0.1:{obs.port}", subprotocols=["obswebsocket.json"]) as ws:
        first = await hello(ws)
    async with connect(f"ws://127.0.0.1:{obs.port}", subprotocols=["obswebsocket.json"]) as ws:
        second = await hello(ws)
    assert set(first) == {"obsStudioVersion", "obsWebSocketVersion", "rpcVersion", "authentication"}
    assert set(first["authentication"]) == {"challenge", "salt"}
    assert first["authentication"]["challenge"] != second["authentication"]["challenge"]


async def test_wrong_authentication_closes_with_4009(obs):
    async with connect(f"ws://127.0.0.1:{obs.port}", subprotocols=["obswebsocket.json"]) as ws:
        await hello(ws)
        await ws.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": "Dj6cLS+jrNA0HpCArRg0Z/Fc+YHdt2FQfAvgD1mip6Y="}}))
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    assert ws.close_code == CLOSE["AuthenticationFailed"] == 4009


async def test_a_request_before_identify_closes_with_4007(obs):
    async with connect(f"ws://127.0.0.1:{obs.port}", subprotocols=["obswebsocket.json"]) as ws:
        await hello(ws)
        await ws.send(json.dumps({"op": 6, "d": {"requestType": "GetVersion", "requestId": "x"}}))
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    assert ws.close_code == CLOSE["NotIdentified"]


async def test_a_binary_frame_on_the_json_subprotocol_closes_with_4002(obs):
    async with connect(f"ws://127.0.0.1:{obs.port}", subprotocols=["obswebsocket.json"]) as ws:
        await hello(ws)
        await ws.send(msgpack.packb({"op": 1, "d": {"rpcVersion": 1}}))
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    assert ws.close_code == CLOSE["MessageDecodeError"]


async def test_requests_answer_with_the_specs_status_codes(obs):
    ws = await identified(obs)
    try:
        # protocol.md's own example request, against a scene that does not exist here.
        failed = await request(ws, "SetCurrentProgramScene", {"sceneName": "Scene 12"})
        assert failed["requestStatus"]["result"] is False and failed["requestStatus"]["code"] == STATUS["ResourceNotFound"]
        ok = await request(ws, "SetCurrentProgramScene", {"sceneName": "Lion"})
        assert ok["requestStatus"] == {"result": True, "code": 100} and "responseData" not in ok
        assert (await request(ws, "GetSceneItemId", {"sceneName": "Lion"}))["requestStatus"]["code"] == \
            STATUS["MissingRequestField"]
        assert (await request(ws, "CreateInput", {"sceneName": "Lion", "inputName": 5, "inputKind": "x"}))[
            "requestStatus"]["code"] == STATUS["InvalidRequestFieldType"]
        assert (await request(ws, "GetInputList", {"kind": "browser_source"}))["requestStatus"]["code"] == \
            STATUS["InvalidRequestField"]  # not a field of GetInputList: the peer is strict
        assert (await request(ws, "Sleep"))["requestStatus"]["code"] == STATUS["UnknownRequestType"]
        version = await request(ws, "GetVersion")
        assert set(version["responseData"]) == {f["valueName"] for f in REQUESTS["GetVersion"]["responseFields"]}
    finally:
        await ws.close()


async def test_events_go_to_subscribed_clients_only(obs):
    scenes_only = await identified(obs, subscriptions=1 << 2)
    nothing = await identified(obs, subscriptions=0)
    everything = await identified(obs)
    try:
        await request(nothing, "SetCurrentProgramScene", {"sceneName": "Lion"})
        for ws in (scenes_only, everything):
            event = json.loads(await ws.recv())
            assert event == {"op": 5, "d": {"eventType": "CurrentProgramSceneChanged", "eventIntent": 1 << 2,
                                            "eventData": {"sceneName": "Lion", "sceneUuid": obs.scenes["Lion"].uuid}}}
        # The unsubscribed client's next message is the answer to its next request, not the event.
        await nothing.send(json.dumps({"op": 6, "d": {"requestType": "GetVersion", "requestId": "v"}}))
        assert json.loads(await nothing.recv())["op"] == 7
        assert ALL_EVENTS & (1 << 2)  # no eventSubscriptions in Identify means All, Scenes included
    finally:
        for ws in (scenes_only, nothing, everything):
            await ws.close()
