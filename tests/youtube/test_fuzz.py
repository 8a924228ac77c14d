"""Bad input never crashes the YouTube mapping or replay: it is skipped, counted, and the rest goes on."""

from __future__ import annotations

import asyncio
import copy
import gzip
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from streamer_app.core import events as ev
from streamer_app.sources.youtube_mapping import YouTubeMapper
from streamer_app.sources.youtube_replay import YouTubeReplaySource

from .conftest import pages

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
FIELDS = ("id", "snippet", "type", "authorDetails", "superChatDetails", "amountMicros", "currency",
          "membershipGiftingDetails", "giftMembershipsCount", "publishedAt", "items", "offlineAt",
          "nextPageToken", "pollingIntervalMillis", "channelId", "displayName", "textMessageDetails")


def _damage(path: list[str], junk):
    """The documented page with one field somewhere replaced by ``junk``."""
    page = copy.deepcopy(pages()[1])
    target = page
    for key in path[:-1]:
        if isinstance(target, dict) and isinstance(target.get(key), (dict, list)):
            target = target[key]
        elif isinstance(target, list) and target:
            target = target[0]
    if isinstance(target, dict):
        target[path[-1]] = junk
    elif isinstance(target, list) and target:
        target[0] = junk
    return page


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_any_json_as_a_response_never_raises(response):
    events, page = YouTubeMapper().map_response(response, 0.0)
    assert all(isinstance(e, (ev.CommentEvent, ev.PaidEvent, ev.StreamEndEvent)) for e in events)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4), JSON)
def test_a_documented_page_with_one_damaged_field_never_raises_and_keeps_the_rest(path, junk):
    m = YouTubeMapper()
    events, _ = m.map_response(_damage(["items", *path], junk), 0.0)
    counted = [e for e in events if isinstance(e, ev.PaidEvent)]
    assert len(counted) + sum(m.skipped.values()) >= 3  # one damaged message can only cost itself


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=60) | JSON.map(lambda v: json.dumps({"t": 1, "response": v}).encode()),
                max_size=8))
def test_a_recording_of_garbage_lines_replays_to_its_end(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "g.youtube.jsonl.gz"
    header = {"format": "streamer-app/raw-youtube/1", "creator": "@x", "live_chat_id": "chat",
              "started_at": "2026-12-06T15:00:00+00:00"}
    body = b"\n".join([json.dumps(header).encode(), *[line.replace(b"\n", b" ") for line in lines]]) + b"\n"
    path.write_bytes(gzip.compress(body))

    async def run():
        src = YouTubeReplaySource(path, speed=0)
        await src.start()
        return [e async for e in src.events()]

    events = asyncio.run(run())
    assert isinstance(events[-1], ev.StreamEndEvent)
