"""The editor's "Show/Hide a source" names the source; OBS wants its scene item id: the executor
looks it up first (obs-websocket 5 protocol.md: GetSceneItemId -> {"sceneItemId": number},
https://github.com/obsproject/obs-websocket/blob/master/docs/generated/protocol.md#getsceneitemid)."""

from __future__ import annotations

import asyncio

from streamer_app.actions.executors import scene_item_by_name


class Peer:
    """Answers as OBS would for one scene holding one source (documented request and response fields)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    async def request(self, request_type: str, data: dict) -> dict:
        self.calls.append((request_type, data))
        assert request_type == "GetSceneItemId" and data == {"sceneName": "Lion", "sourceName": "Lion video"}
        return {"sceneItemId": 7}


def test_a_source_named_by_the_editor_is_shown_by_its_scene_item_id():
    peer = Peer()
    named = {"sceneName": "Lion", "sourceName": "Lion video", "sceneItemEnabled": False}
    sent = asyncio.run(scene_item_by_name(peer, "SetSceneItemEnabled", named))
    assert sent == {"sceneName": "Lion", "sceneItemId": 7, "sceneItemEnabled": False}
    # Other requests, and a request that already has its id, go as written.
    same = {"sceneName": "Lion", "sceneItemId": 3, "sceneItemEnabled": True}
    assert asyncio.run(scene_item_by_name(peer, "SetSceneItemEnabled", same)) is same
    assert asyncio.run(scene_item_by_name(peer, "SetCurrentProgramScene", {"sceneName": "Lion"})) == {"sceneName": "Lion"}
    assert len(peer.calls) == 1
