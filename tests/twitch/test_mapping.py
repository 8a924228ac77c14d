"""The mapping of documented EventSub messages to normalized events (DESIGN.md section 1)."""

from __future__ import annotations

from streamer_app.core import events as ev
from streamer_app.sources.twitch_mapping import TwitchMapper, parse_time

from .fake_twitch import fixture, gift_of, notification


def test_each_documented_event_maps_to_what_it_pays():
    m = TwitchMapper()
    cheer = m.map(notification("channel.cheer", message_id="m-cheer"), 0)[0]
    assert isinstance(cheer, ev.PaidEvent)
    assert (cheer.kind, cheer.units, cheer.platform, cheer.text) == ("bits", 1000, "twitch", "pogchamp")
    assert cheer.user == ev.User("twitch:1234", "cool_user", "Cool_User")
    assert (cheer.message_id, cheer.msg_id) == ("m-cheer", ev.platform_msg_id("twitch", "m-cheer"))
    sub = m.map(notification("channel.subscribe"), 0)[0]
    assert (sub.kind, sub.units, sub.tier) == ("sub", 1, "1000")
    resub = m.map(notification("channel.subscription.message"), 0)[0]
    assert (resub.kind, resub.units, resub.tier, resub.text) == ("resub", 1, "1000", "Love the stream! FevziGG")
    follow = m.map(notification("channel.follow"), 0)[0]
    assert isinstance(follow, ev.FollowEvent) and follow.user.handle == "cool_user"
    raid = m.map(notification("channel.raid"), 0)[0]
    assert isinstance(raid, ev.RaidEvent) and (raid.viewers, raid.user.user_id) == (9001, "twitch:1234")
    chat = m.map(notification("channel.chat.message"), 0)[0]
    assert isinstance(chat, ev.CommentEvent) and (chat.text, chat.user.handle) == ("Hi chat", "viewer32")
    assert not m.skipped


def test_a_gift_of_five_counts_five_subs_once_for_the_gifter():
    m = TwitchMapper()
    out = [e for msg in gift_of(5) for e in m.map(msg, 0)]
    assert len(out) == 1
    assert (out[0].kind, out[0].units, out[0].user.user_id) == ("gift_subs", 5, "twitch:1234")
    assert m.gifted_recipients == 5


def test_anonymous_gifts_and_cheers_are_anonymous():
    m = TwitchMapper()
    gift = m.map(notification("channel.subscription.gift", is_anonymous=True, user_id=None, user_login=None,
                              user_name=None, total=3), 0)[0]
    assert gift.user.user_id == "twitch:anonymous" and gift.units == 3


def test_timestamps_with_nanoseconds_are_stream_time():
    assert parse_time("2023-07-19T14:56:51.634234626Z") == parse_time("2023-07-19T14:56:51.634234Z")
    msg = notification("channel.cheer", ts="2023-07-19T15:00:00.5Z")
    assert TwitchMapper().map(msg, 0)[0].ts == parse_time("2023-07-19T15:00:00.5Z")


def test_session_messages_map_to_nothing_and_bad_ones_are_counted():
    m = TwitchMapper()
    for name in ("welcome.json", "keepalive.json", "reconnect.json", "revocation.json"):
        assert m.map(fixture(name), 0) == []
    assert m.map("not a dict", 0) == []
    assert m.map(notification("channel.cheer", bits="lots"), 0) == []
    assert m.map(notification("channel.subscribe", tier="9000"), 0) == []
    unknown = notification("channel.cheer")
    unknown["metadata"]["subscription_type"] = "channel.hype_train.begin"
    assert m.map(unknown, 0) == []
    assert m.skipped == {"malformed message": 1, "malformed channel.cheer": 1, "malformed channel.subscribe": 1,
                         "unexpected channel.hype_train.begin": 1}
