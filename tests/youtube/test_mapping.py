"""The mapping of documented liveChatMessage shapes to events (fixtures/README.md cites them)."""

from __future__ import annotations

import copy

from streamer_app.core import events as ev
from streamer_app.sources.youtube_mapping import MALFORMED, YouTubeMapper

from .conftest import pages


def _page(*items, **extra) -> dict:
    return {"kind": "youtube#liveChatMessageListResponse", "nextPageToken": "t", "pollingIntervalMillis": 1000,
            "items": list(items), **extra}


def _item(kind: str = "superChatEvent", **snippet) -> dict:
    base = copy.deepcopy(pages()[0]["items"][1])  # a documented superChatEvent
    base["snippet"]["type"] = kind
    base["snippet"].update(snippet)
    return base


def test_a_response_says_the_next_token_and_interval():
    events, page = YouTubeMapper().map_response(pages()[0], 0.0)
    assert (page.next_page_token, page.polling_ms, page.ended) == ("tok-1", 120, False)
    assert [type(e).__name__ for e in events] == ["CommentEvent", "PaidEvent", "PaidEvent"]
    assert events[0].ts == 1796569201.0  # publishedAt, stream time: 2026-12-06T15:00:01Z


def test_users_carry_their_platform_and_handle():
    events, _ = YouTubeMapper().map_response(pages()[0], 0.0)
    ada, bruno = events[0].user, events[1].user
    assert (ada.user_id, ada.handle, ada.nickname) == ("youtube:UCaaaaaaaaaaaaaaaaaaaaaa", "ada_viewer", "@ada_viewer")
    assert (bruno.handle, bruno.label) == ("", "Bruno")


def test_malformed_messages_are_skipped_and_counted_and_the_rest_goes_on():
    m = YouTubeMapper()
    bad_amount = _item()
    bad_amount["id"] = "LCC.x1"
    bad_amount["snippet"]["superChatDetails"]["amountMicros"] = "lots"
    bad_currency = _item()
    bad_currency["id"] = "LCC.x2"
    bad_currency["snippet"]["superChatDetails"]["currency"] = "dollars"
    no_author = _item("textMessageEvent", textMessageDetails={"messageText": "hi"})
    no_author["id"] = "LCC.x3"
    no_author.pop("authorDetails")
    no_author["snippet"].pop("authorChannelId")
    gifting = _item("membershipGiftingEvent", membershipGiftingDetails={"giftMembershipsCount": 0})
    gifting["id"] = "LCC.x4"
    good = _item("textMessageEvent", textMessageDetails={"messageText": "still here"})
    good["id"] = "LCC.ok"
    events, _ = m.map_response(_page(bad_amount, bad_currency, no_author, gifting, "not a message", {"id": 7}, good),
                               0.0)
    assert [e.text for e in events] == ["still here"]
    assert m.skipped == {MALFORMED: 6}
    _, page = m.map_response(["not", "a", "response"], 0.0)
    assert m.skipped == {MALFORMED: 7} and page.next_page_token is None


def test_an_unknown_but_well_formed_currency_passes_for_the_economics_to_name():
    item = _item()
    item["snippet"]["superChatDetails"].update(currency="XTS", amountMicros="2500000")
    [e], _ = YouTubeMapper().map_response(_page(item), 0.0)
    assert isinstance(e, ev.PaidEvent) and (e.currency, e.amount_micros) == ("XTS", 2_500_000)


def test_received_gift_memberships_never_count_and_quiet_types_are_ignored():
    m = YouTubeMapper()
    events, _ = m.map_response(pages()[1], 0.0)
    assert [e.kind for e in events if isinstance(e, ev.PaidEvent)] == ["super_chat", "membership", "super_sticker",
                                                                       "gift_memberships"]
    deleted = _item("messageDeletedEvent")
    deleted["id"] = "LCC.del"
    assert m.map_response(_page(deleted), 0.0)[0] == []
    assert m.skipped == {MALFORMED: 1}  # only the fixture's broken Super Chat


def test_offline_at_ends_the_chat_at_that_time():
    events, page = YouTubeMapper().map_response(_page(offlineAt="2026-12-06T16:00:00Z"), 0.0)
    assert page.ended and isinstance(events[-1], ev.StreamEndEvent)
    assert events[-1].ts == 1796572800.0
