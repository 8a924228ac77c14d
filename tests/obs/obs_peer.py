"""A local peer that speaks obs-websocket 5 as its published protocol describes: a stand-in for OBS.

Built from the protocol's own specification, not from our client's expectations:
- the wire protocol from docs/generated/protocol.md
  (https://github.com/obsproject/obs-websocket/blob/032c99331b5ec254604296be49171d468651e449/docs/generated/protocol.md):
  "Connection steps" (subprotocols obswebsocket.json / obswebsocket.msgpack, Hello first),
  "Creating an authentication string" (base64(sha256(base64(sha256(password + salt)) + challenge))),
  Identify / Identified / Reidentify / Event / Request / RequestResponse, and the close
  codes of WebSocketCloseCode (4009 AuthenticationFailed and the others below);
- every request and event from protocol_subset.json beside this file, the entries of
  docs/generated/protocol.json copied unchanged: a request's type, its required fields and
  their value types are checked against the spec (failures answer with the spec's
  RequestStatus codes), and every response and event this peer sends is checked against the
  spec's responseFields / dataFields, so the peer cannot drift from the protocol either.

Stricter than OBS in one way, on purpose: a request field the spec does not list is refused
(400 InvalidRequestField), so a client typo fails here instead of being ignored.
State: scenes with their scene items, inputs with their kind and settings, the program
scene, and the media actions triggered. ``stop()`` + ``start()`` restarts on the same port
with the same state, like OBS closing and opening again.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgpack
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

SPEC = json.loads((Path(__file__).with_name("protocol_subset.json")).read_text(encoding="utf-8"))


def _enum(name: str) -> dict[str, Any]:
    (enum,) = [e for e in SPEC["enums"] if e["enumType"] == name]
    return {i["enumIdentifier"]: i["enumValue"] for i in enum["enumIdentifiers"]}


OP = _enum("WebSocketOpCode")
CLOSE = _enum("WebSocketCloseCode")
STATUS = _enum("RequestStatus")
MEDIA_ACTIONS = set(_enum("ObsMediaInputAction").values())
_SUBS = _enum("EventSubscription")
# protocol.json writes the bits as "(1 << 2)" and All as "(General | Config | ...)".
SUBSCRIPTION_BITS = {k: (v if isinstance(v, int) else 1 << int(v.strip("()").split("<<")[1]))
                     for k, v in _SUBS.items() if isinstance(v, int) or "<<" in str(v)}
ALL_EVENTS = 0
for _name in str(_SUBS["All"]).strip("()").split("|"):
    ALL_EVENTS |= SUBSCRIPTION_BITS[_name.strip()]
REQUESTS = {r["requestType"]: r for r in SPEC["requests"]}
EVENTS = {e["eventType"]: e for e in SPEC["events"]}
INPUT_KINDS = ("browser_source", "text_ft2_source_v2", "ffmpeg_source", "image_source", "color_source_v3")
MEDIA_KINDS = ("ffmpeg_source", "vlc_source")
_TYPES = {"String": str, "Number": (int, float), "Boolean": bool, "Object": dict, "Array<Object>": list,
          "Array<String>": list, "Any": object}


def auth_string(password: str, salt: str, challenge: str) -> str:
    """protocol.md "Creating an authentication string", step by step."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest())
    return base64.b64encode(hashlib.sha256(secret + challenge.encode()).digest()).decode()


class RequestFailed(Exception):
    def __init__(self, code: str, comment: str) -> None:
        super().__init__(comment)
        self.code = STATUS[code]
        self.comment = comment


@dataclass
class Input:
    name: str
    kind: str
    settings: dict[str, Any]
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class SceneItem:
    id: int
    source: str
    enabled: bool = True


@dataclass
class Scene:
    name: str
    items: list[SceneItem] = field(default_factory=list)
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    next_id: int = 1

    def add(self, source: str, enabled: bool = True) -> SceneItem:
        item = SceneItem(self.next_id, source, enabled)
        self.next_id += 1
        self.items.append(item)
        return item


class FakeObs:
    """obs-websocket 5 on 127.0.0.1; ``password=None`` runs it without authentication."""

    def __init__(self, password: str | None = "supersecretpassword", port: int = 0) -> None:
        self.password = password
        self.port = port
        self.scenes: dict[str, Scene] = {n: Scene(n) for n in ("Scene", "Lion", "Just chatting")}
        self.program = "Scene"
        self.inputs: dict[str, Input] = {}
        self.media_actions: list[tuple[str, str]] = []
        self.requests: list[dict[str, Any]] = []  # every Request's d, in order
        self.identify_failures = 0
        self.unanswered: set[str] = set()  # request types this peer never answers (a hung OBS)
        self._server: Server | None = None
        self._clients: dict[ServerConnection, int] = {}  # connection -> its event subscriptions

    # -- test helpers -------------------------------------------------------------------------
    def add_input(self, scene: str, name: str, kind: str, settings: dict[str, Any] | None = None) -> None:
        self.inputs[name] = Input(name, kind, dict(settings or {}))
        self.scenes[scene].add(name)

    def item(self, scene: str, source: str) -> SceneItem:
        return next(i for i in self.scenes[scene].items if i.source == source)

    def types(self) -> list[str]:
        return [r.get("requestType", "") for r in self.requests]

    async def start(self) -> int:
        self._server = await serve(self._session, "127.0.0.1", self.port,
                                   subprotocols=["obswebsocket.json", "obswebsocket.msgpack"])  # type: ignore[list-item]
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        """Like quitting OBS: every client is dropped (close code 1001 going away), the port freed."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        self._clients.clear()

    # -- one connection ------------------------------------------------------------------------
    async def _session(self, ws: ServerConnection) -> None:
        binary = ws.subprotocol == "obswebsocket.msgpack"
        challenge = base64.b64encode(secrets.token_bytes(32)).decode()
        salt = base64.b64encode(secrets.token_bytes(32)).decode()
        hello: dict[str, Any] = {"obsStudioVersion": "30.2.2", "obsWebSocketVersion": "5.5.2", "rpcVersion": 1}
        if self.password is not None:
            hello["authentication"] = {"challenge": challenge, "salt": salt}
        try:
            await self._send(ws, binary, OP["Hello"], hello)
            subs = await self._identify(ws, binary, salt, challenge)
            if subs is None:
                return
            self._clients[ws] = subs
            async for raw in ws:
                if not await self._message(ws, binary, raw):
                    return
        except ConnectionClosed:
            pass
        finally:
            self._clients.pop(ws, None)

    async def _identify(self, ws: ServerConnection, binary: bool, salt: str, challenge: str) -> int | None:
        msg = self._decode(binary, await ws.recv())
        if msg is None:
            await ws.close(CLOSE["MessageDecodeError"], "Unable to decode the message.")
            return None
        if msg.get("op") != OP["Identify"]:
            await ws.close(CLOSE["NotIdentified"], "You attempted to send a non-Identify message while not identified.")
            return None
        d = msg.get("d") or {}
        if "rpcVersion" not in d:
            await ws.close(CLOSE["MissingDataField"], "Your payload's data is missing an `rpcVersion`.")
            return None
        if d["rpcVersion"] != 1:
            await ws.close(CLOSE["UnsupportedRpcVersion"], f"Requested RPC version {d['rpcVersion']} is not supported.")
            return None
        if self.password is not None and d.get("authentication") != auth_string(self.password, salt, challenge):
            self.identify_failures += 1
            await ws.close(CLOSE["AuthenticationFailed"], "Authentication failed.")
            return None
        await self._send(ws, binary, OP["Identified"], {"negotiatedRpcVersion": 1})
        return int(d.get("eventSubscriptions", ALL_EVENTS))

    async def _message(self, ws: ServerConnection, binary: bool, raw: str | bytes) -> bool:
        msg = self._decode(binary, raw)
        if msg is None:
            await ws.close(CLOSE["MessageDecodeError"], "Unable to decode the message.")
            return False
        op, d = msg.get("op"), msg.get("d") or {}
        if op == OP["Request"]:
            if d.get("requestType") in self.unanswered:
                self.requests.append(d)
                return True
            await self._send(ws, binary, OP["RequestResponse"], self._respond(d))
        elif op == OP["Reidentify"]:
            self._clients[ws] = int(d.get("eventSubscriptions", ALL_EVENTS))
            await self._send(ws, binary, OP["Identified"], {"negotiatedRpcVersion": 1})
        elif op == OP["Identify"]:
            await ws.close(CLOSE["AlreadyIdentified"], "You are already Identified with the obs-websocket server.")
            return False
        else:
            await ws.close(CLOSE["UnknownOpCode"], f"Unknown OpCode: {op}")
            return False
        return True

    def _decode(self, binary: bool, raw: str | bytes) -> dict[str, Any] | None:
        # protocol.md "Connection Notes": the wrong frame kind for the subprotocol is a decode error.
        if binary != isinstance(raw, bytes):
            return None
        try:
            msg = msgpack.unpackb(raw) if binary else json.loads(raw)
        except (ValueError, msgpack.UnpackException):
            return None
        return msg if isinstance(msg, dict) else None

    async def _send(self, ws: ServerConnection, binary: bool, op: int, d: dict[str, Any]) -> None:
        payload = {"op": op, "d": d}
        await ws.send(msgpack.packb(payload) if binary else json.dumps(payload))

    async def _emit(self, event_type: str, data: dict[str, Any]) -> None:
        spec = EVENTS[event_type]
        assert set(data) == {f["valueName"] for f in spec["dataFields"]}, f"{event_type} fields drift from the spec"
        intent = SUBSCRIPTION_BITS[spec["eventSubscription"]]
        for ws, subs in list(self._clients.items()):
            if subs & intent:
                try:
                    await self._send(ws, ws.subprotocol == "obswebsocket.msgpack", OP["Event"],
                                     {"eventType": event_type, "eventIntent": intent, "eventData": data})
                except ConnectionClosed:
                    pass

    # -- requests ------------------------------------------------------------------------------
    def _respond(self, d: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(d)
        request_type = d.get("requestType")
        out: dict[str, Any] = {"requestType": request_type, "requestId": d.get("requestId")}
        try:
            data = self._handle(request_type, d.get("requestData") or {})
        except RequestFailed as exc:
            out["requestStatus"] = {"result": False, "code": exc.code, "comment": exc.comment}
            return out
        out["requestStatus"] = {"result": True, "code": STATUS["Success"]}
        if data:
            assert set(data) <= {f["valueName"] for f in REQUESTS[request_type]["responseFields"]}, request_type
            out["responseData"] = data
        return out

    def _handle(self, request_type: Any, data: dict[str, Any]) -> dict[str, Any] | None:
        if not request_type:
            raise RequestFailed("MissingRequestType", "Your request is missing a `requestType`")
        spec = REQUESTS.get(request_type)
        if spec is None:
            raise RequestFailed("UnknownRequestType", "Your request type is not valid.")
        self._check_fields(spec, data)
        handler = getattr(self, "_r_" + request_type)
        return handler(data)

    def _check_fields(self, spec: dict[str, Any], data: dict[str, Any]) -> None:
        fields = {f["valueName"]: f for f in spec["requestFields"]}
        for name in data:
            top = name.split(".")[0]
            if top not in fields:
                raise RequestFailed("InvalidRequestField", f"The field `{name}` is not part of {spec['requestType']}.")
        for name, f in fields.items():
            if "." in name:  # nested keys (e.g. "inputSettings.text") are described, not top-level fields
                continue
            if name not in data:
                if not f["valueOptional"]:
                    raise RequestFailed("MissingRequestField", f"Your request is missing the `{name}` field.")
                continue
            expected = _TYPES.get(f["valueType"], object)
            value = data[name]
            if not isinstance(value, expected) or (f["valueType"] == "Number" and isinstance(value, bool)):
                raise RequestFailed("InvalidRequestFieldType", f"The field value of `{name}` must be a {f['valueType']}.")

    # Lookups that answer with the spec's codes.
    def _scene(self, data: dict[str, Any]) -> Scene:
        name, uid = data.get("sceneName"), data.get("sceneUuid")
        if name is None and uid is None:
            raise RequestFailed("MissingRequestField", "Your request is missing the `sceneName` field.")
        for s in self.scenes.values():
            if s.name == name or s.uuid == uid:
                return s
        raise RequestFailed("ResourceNotFound", f"No source was found by the name of `{name}`.")

    def _input(self, data: dict[str, Any]) -> Input:
        name, uid = data.get("inputName"), data.get("inputUuid")
        if name is None and uid is None:
            raise RequestFailed("MissingRequestField", "Your request is missing the `inputName` field.")
        for i in self.inputs.values():
            if i.name == name or i.uuid == uid:
                return i
        raise RequestFailed("ResourceNotFound", f"No source was found by the name of `{name}`.")

    def _later(self, event_type: str, data: dict[str, Any]) -> None:
        # OBS sends the response first and the event after it: do the same.
        asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(self._emit(event_type, data)))

    # One method per request type of protocol_subset.json.
    def _r_GetVersion(self, data: dict[str, Any]) -> dict[str, Any]:
        return {"obsVersion": "30.2.2", "obsWebSocketVersion": "5.5.2", "rpcVersion": 1,
                "availableRequests": sorted(REQUESTS), "supportedImageFormats": ["png"],
                "platform": "linux", "platformDescription": "a test peer"}

    def _r_GetCurrentProgramScene(self, data: dict[str, Any]) -> dict[str, Any]:
        s = self.scenes[self.program]
        return {"sceneName": s.name, "sceneUuid": s.uuid, "currentProgramSceneName": s.name,
                "currentProgramSceneUuid": s.uuid}

    def _r_SetCurrentProgramScene(self, data: dict[str, Any]) -> None:
        s = self._scene(data)
        self.program = s.name
        self._later("CurrentProgramSceneChanged", {"sceneName": s.name, "sceneUuid": s.uuid})

    def _r_GetSceneList(self, data: dict[str, Any]) -> dict[str, Any]:
        s = self.scenes[self.program]
        listed = [{"sceneIndex": i, "sceneName": x.name, "sceneUuid": x.uuid}
                  for i, x in enumerate(reversed(list(self.scenes.values())))]
        return {"currentProgramSceneName": s.name, "currentProgramSceneUuid": s.uuid,
                "currentPreviewSceneName": None, "currentPreviewSceneUuid": None, "scenes": listed}

    def _r_GetInputList(self, data: dict[str, Any]) -> dict[str, Any]:
        kind = data.get("inputKind")
        return {"inputs": [{"inputName": i.name, "inputUuid": i.uuid, "inputKind": i.kind,
                            "unversionedInputKind": i.kind} for i in self.inputs.values()
                           if kind is None or i.kind == kind]}

    def _r_CreateInput(self, data: dict[str, Any]) -> dict[str, Any]:
        scene = self._scene(data)
        name, kind = data["inputName"], data["inputKind"]
        if name in self.inputs or name in self.scenes:
            raise RequestFailed("ResourceAlreadyExists", "A source already exists by that input name.")
        if kind not in INPUT_KINDS:
            raise RequestFailed("InvalidInputKind", "Your specified input kind is not supported by OBS.")
        new = Input(name, kind, dict(data.get("inputSettings") or {}))
        self.inputs[name] = new
        item = scene.add(name, bool(data.get("sceneItemEnabled", True)))
        self._later("InputCreated", {"inputName": name, "inputUuid": new.uuid, "inputKind": kind,
                                     "unversionedInputKind": kind, "inputKindCaps": 0,
                                     "inputSettings": new.settings, "defaultInputSettings": {}})
        return {"inputUuid": new.uuid, "sceneItemId": item.id}

    def _r_GetInputSettings(self, data: dict[str, Any]) -> dict[str, Any]:
        i = self._input(data)
        return {"inputSettings": dict(i.settings), "inputKind": i.kind}

    def _r_SetInputSettings(self, data: dict[str, Any]) -> None:
        i = self._input(data)
        if data.get("overlay", True):  # protocol.json: overlay's optional behaviour is "true"
            i.settings.update(data["inputSettings"])
        else:
            i.settings = dict(data["inputSettings"])
        self._later("InputSettingsChanged", {"inputName": i.name, "inputUuid": i.uuid, "inputSettings": i.settings})

    def _r_GetSceneItemId(self, data: dict[str, Any]) -> dict[str, Any]:
        scene = self._scene(data)
        for item in scene.items:
            if item.source == data["sourceName"]:
                return {"sceneItemId": item.id}
        raise RequestFailed("ResourceNotFound", f"No scene items were found in the specified scene by that name "
                                                f"or offset.")

    def _r_SetSceneItemEnabled(self, data: dict[str, Any]) -> None:
        scene = self._scene(data)
        item = next((i for i in scene.items if i.id == data["sceneItemId"]), None)
        if item is None:
            raise RequestFailed("ResourceNotFound", "No scene item was found by that ID.")
        item.enabled = data["sceneItemEnabled"]
        self._later("SceneItemEnableStateChanged", {"sceneName": scene.name, "sceneUuid": scene.uuid,
                                                    "sceneItemId": item.id, "sceneItemEnabled": item.enabled})

    def _r_CreateSceneItem(self, data: dict[str, Any]) -> dict[str, Any]:
        scene = self._scene(data)
        source = data.get("sourceName")
        if source not in self.inputs and source not in self.scenes:
            raise RequestFailed("ResourceNotFound", f"No source was found by the name of `{source}`.")
        return {"sceneItemId": scene.add(source, bool(data.get("sceneItemEnabled", True))).id}

    def _r_TriggerMediaInputAction(self, data: dict[str, Any]) -> None:
        i = self._input(data)
        if i.kind not in MEDIA_KINDS:
            raise RequestFailed("InvalidInputKind", "The specified input is not a media input.")
        if data["mediaAction"] not in MEDIA_ACTIONS:
            raise RequestFailed("InvalidRequestField", "You have specified an invalid media input action.")
        self.media_actions.append((i.name, data["mediaAction"]))


class PeerThread:
    """A FakeObs on its own thread and loop, for tests whose own thread runs Qt (not asyncio)."""

    def __init__(self, password: str | None = "supersecretpassword") -> None:
        import threading

        self.peer = FakeObs(password)
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="fake-obs", daemon=True)

    def start(self) -> FakeObs:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.peer.start(), self.loop).result(10)
        return self.peer

    def call(self, fn: Any) -> Any:
        """``fn()`` on the peer's loop (its state is only touched there while it runs)."""
        async def run() -> Any:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(10)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.peer.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
