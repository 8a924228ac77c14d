"""Real TikTok push frames built with TikTokLive's own protobuf classes (no network).

A frame is exactly what TikTok's WebSocket sends: a ``WebcastPushFrame`` whose payload
is a gzipped ``ProtoMessageFetchResult`` holding ``BaseProtoMessage(method, payload)``
entries. ``prime_event_metadata()`` runs first (DESIGN.md section 3), so building
messages here never changes how the app decodes them.
"""

from __future__ import annotations

import gzip
import itertools

from streamer_app.sources.tiktok_mapping import prime_event_metadata

prime_event_metadata()

from TikTokLive.proto import (  # noqa: E402  (after priming, on purpose)
    BaseProtoMessage,
    CommonMessageData,
    ControlAction,
    Gift,
    ImageModel,
    LinkMicArmiesTriggerReason,
    LinkMicBattleBattleAction,
    ProtoMessageFetchResult,
    PushHeader,

    User,
    WebcastChatMessage,
    WebcastControlMessage,
    WebcastGiftMessage,
    WebcastLikeMessage,
    WebcastLinkMicArmies,
    WebcastLinkMicBattle,
    WebcastPushFrame,
    WebcastRoomUserSeqMessage,
    WebcastSocialMessage,
    WebcastSubNotifyMessage,
)
from TikTokLiveProto.v3.webcast.model.live.match import (  # noqa: E402
    BattleBaseUserInfo,
    BattleTeamUser,
    BattleTeamUserArmies,
    BattleUserInfo,
)
from TikTokLiveProto.v3.webcast.model.message.battle import (  # noqa: E402
    BattleResult,
    BattleUserArmies,
    BattleUserInfoWrapper,
)
from TikTokLiveProto.v3.webcast.model.message.common import Text  # noqa: E402

START_MS = 1_750_000_000_000  # a fixed stream start, milliseconds (TikTok's unit)
_ids = itertools.count(7_400_000_000_000_000_000)
_log_ids = itertools.count(1)

CATALOG = {  # gift_id: (name, coins, streakable)
    5655: ("Rose", 1, True),
    5269: ("TikTok", 1, True),
    5487: ("Finger Heart", 5, True),
    5658: ("Perfume", 20, True),
    5827: ("Applause", 50, False),
    5660: ("Hand Hearts", 100, False),
    6064: ("Corgi", 299, False),
    7168: ("Money Gun", 500, False),
    5760: ("Galaxy", 1000, False),
}


def next_msg_id() -> int:
    return next(_ids)


def user(uid: int, handle: str | None = None, nickname: str | None = None) -> User:
    return User(id=uid, display_id=handle if handle is not None else f"viewer{uid}",
                nickname=nickname if nickname is not None else f"Viewer {uid}",
                avatar_thumb=ImageModel(url_list=[f"https://example.invalid/a/{uid}.jpg"]))


def common(t_ms: int, msg_id: int | None = None, method: str = "", display_key: str = "") -> CommonMessageData:
    return CommonMessageData(method=method, msg_id=msg_id if msg_id is not None else next_msg_id(),
                             create_time=t_ms, display_text=Text(key=display_key) if display_key else None)


def gift_msg(uid: int, gift_id: int, repeat_count: int, repeat_end: bool, t_ms: int, group_id: int = 0,
             msg_id: int | None = None, streakable: bool | None = None, to_uid: int | None = None,
             first_sent: bool = False) -> WebcastGiftMessage:
    """A gift message; ``to_uid`` names its recipient in ``to_user`` (a guest, or the host)."""
    name, coins, streak = CATALOG[gift_id]
    if streakable is not None:
        streak = streakable
    g = Gift(id=gift_id, name=name, diamond_count=coins, type=1 if streak else 2,
             image=ImageModel(url_list=[f"https://example.invalid/g/{gift_id}.png"]))
    return WebcastGiftMessage(common=common(t_ms, msg_id, "WebcastGiftMessage"), user=user(uid), gift=g,
                              gift_id=gift_id, repeat_count=repeat_count, repeat_end=int(repeat_end),
                              group_id=group_id, to_user=guest(to_uid) if to_uid is not None else None,
                              is_first_sent=first_sent)


def guest(uid: int) -> User:
    """A guest on the creator's screen (multi-guest, co-host): a recipient of gifts."""
    return User(id=uid, display_id=f"guest{uid}", nickname=f"Guest {uid}")


_static_parts: dict[tuple, bytes] = {}


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1  # negative int64 values are ten-byte two's complement on the wire
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _encode(cls, **values) -> bytes:
    """Protobuf wire bytes for ``cls`` with these fields, numbered by TikTokLive's own schema.

    Only scalars, strings, bytes and already-encoded sub-messages; a fast path for
    generating thousands of frames (betterproto2 serializes one gift in ~5 ms here).
    """
    meta = cls._betterproto.meta_by_field_name
    out = bytearray()
    for name, v in values.items():
        if v is None or v == 0 or v == "" or v == b"":
            continue  # proto3 defaults are not written
        num = meta[name].number
        if isinstance(v, int):
            out += _varint(num << 3) + _varint(v)
        else:
            data = v.encode() if isinstance(v, str) else v
            out += _varint(num << 3 | 2) + _varint(len(data)) + data
    return bytes(out)


def gift_bytes(uid: int, gift_id: int, repeat_count: int, repeat_end: bool, t_ms: int, group_id: int = 0,
               msg_id: int | None = None, streakable: bool | None = None, to_uid: int | None = None) -> bytes:
    """The serialized gift message, fast: the same bytes as ``bytes(gift_msg(...))`` means.

    Protobuf merges concatenated encodings of one message, so the user and gift (the same
    for every message of a viewer's gift, serialized once by betterproto2) are appended
    to the part that changes. TikTokLive decodes the result exactly like the slow way.
    """
    key = (uid, gift_id, streakable, to_uid)
    static = _static_parts.get(key)
    if static is None:
        full = gift_msg(uid, gift_id, 1, False, 0, streakable=streakable, to_uid=to_uid)
        static = _static_parts[key] = bytes(WebcastGiftMessage(user=full.user, gift=full.gift, to_user=full.to_user))
    com = _encode(CommonMessageData, method="WebcastGiftMessage",
                  msg_id=msg_id if msg_id is not None else next_msg_id(), create_time=t_ms)
    return _encode(WebcastGiftMessage, common=com, gift_id=gift_id, repeat_count=repeat_count,
                   repeat_end=int(repeat_end), group_id=group_id) + static


_GZIP_HEADER = None


def raw_push_frame(method: str, payload: bytes, msg_id: int = 0) -> bytes:
    """A gzipped push frame around one already-serialized message (fast path)."""
    global _GZIP_HEADER
    if _GZIP_HEADER is None:
        _GZIP_HEADER = _encode(PushHeader, key="compress_type", value="gzip")
    message = _encode(BaseProtoMessage, method=method, payload=payload, msg_id=msg_id)
    result = _encode(ProtoMessageFetchResult, messages=message, cursor="c-1", internal_ext="ext")
    return _encode(WebcastPushFrame, seq_id=next(_log_ids), log_id=next(_log_ids), headers=_GZIP_HEADER,
                   payload_encoding="pb", payload_type="msg", payload=gzip.compress(result, compresslevel=1))


def like_msg(uid: int, count: int, total: int, t_ms: int) -> WebcastLikeMessage:
    return WebcastLikeMessage(common=common(t_ms, method="WebcastLikeMessage"), user=user(uid), count=count,
                              total=total)


def comment_msg(uid: int, text: str, t_ms: int) -> WebcastChatMessage:
    return WebcastChatMessage(common=common(t_ms, method="WebcastChatMessage"), user=user(uid), content=text)


def follow_msg(uid: int, t_ms: int) -> WebcastSocialMessage:
    return WebcastSocialMessage(common=common(t_ms, method="WebcastSocialMessage",
                                              display_key="pm_main_follow_message_viewer_2"), user=user(uid),
                                action=1)


def share_msg(uid: int, t_ms: int) -> WebcastSocialMessage:
    return WebcastSocialMessage(common=common(t_ms, method="WebcastSocialMessage",
                                              display_key="pm_mt_guidance_share"), user=user(uid), action=3)


def viewers_msg(total: int, t_ms: int) -> WebcastRoomUserSeqMessage:
    return WebcastRoomUserSeqMessage(common=common(t_ms, method="WebcastRoomUserSeqMessage"), total=total)


def sub_msg(uid: int, months: int, t_ms: int) -> WebcastSubNotifyMessage:
    return WebcastSubNotifyMessage(common=common(t_ms, method="WebcastSubNotifyMessage"), user=user(uid),
                                   sub_month=months)


def control_msg(action: ControlAction, t_ms: int) -> WebcastControlMessage:
    return WebcastControlMessage(common=common(t_ms, method="WebcastControlMessage"), action=action)


def end_msg(t_ms: int) -> WebcastControlMessage:
    return control_msg(ControlAction.STREAM_ENDED, t_ms)


def fetch_result(*messages, is_first: bool = False, need_ack: bool = False) -> ProtoMessageFetchResult:
    return ProtoMessageFetchResult(
        messages=[BaseProtoMessage(method=type(m).__name__, payload=bytes(m), msg_id=m.common.msg_id)
                  for m in messages],
        cursor="c-1", is_first=is_first, need_ack=need_ack, internal_ext="ext",
        push_server="ws://127.0.0.1/ws", route_params={"a": "1"},
    )


def push_frame(*messages, need_ack: bool = True) -> bytes:
    """One WebSocket binary message, as TikTok sends it: gzip-compressed, type "msg"."""
    payload = gzip.compress(bytes(fetch_result(*messages, need_ack=need_ack)), compresslevel=1)
    return bytes(WebcastPushFrame(seq_id=next(_log_ids), log_id=next(_log_ids), payload_encoding="pb",
                                  payload_type="msg", headers=[PushHeader(key="compress_type", value="gzip")],
                                  payload=payload))


def heartbeat_frame() -> bytes:
    return bytes(WebcastPushFrame(payload_type="hb", payload_encoding="pb", payload=b""))


def initial_result() -> ProtoMessageFetchResult:
    """What the sign step returns before the socket opens: the first fetch, no messages."""
    return fetch_result(is_first=True)


def bad_gzip_frame() -> bytes:
    """A "msg" frame that says gzip but is not: TikTokLive raises decoding it."""
    return bytes(WebcastPushFrame(payload_type="msg", payload_encoding="pb",
                                  headers=[PushHeader(key="compress_type", value="gzip")], payload=b"not gzip"))


def broken_payload_frame() -> bytes:
    """A good frame whose one gift message payload does not parse (TikTokLive skips it)."""
    result = ProtoMessageFetchResult(messages=[BaseProtoMessage(method="WebcastGiftMessage",
                                                                payload=b"\x0a\xff\xff\xff")])
    return bytes(WebcastPushFrame(payload_type="msg", payload_encoding="pb", log_id=1,
                                  headers=[PushHeader(key="compress_type", value="gzip")],
                                  payload=gzip.compress(bytes(result))))


# -- LIVE Match (battle) messages -------------------------------------------------------------
def anchor(uid: int) -> BattleUserInfoWrapper:
    """A creator taking part in a match, as TikTok names them in ``anchors_info``."""
    return BattleUserInfoWrapper(key=uid, value=BattleUserInfo(user=BattleBaseUserInfo(
        user_id=uid, nick_name=f"Creator {uid}", display_id=f"creator{uid}",
        avatar_thumb=ImageModel(url_list=[f"https://example.invalid/c/{uid}.jpg"]))))


def battle_msg(battle_id: int, action: LinkMicBattleBattleAction, anchors: list[int], t_ms: int,
               results: dict[int, int] | None = None) -> WebcastLinkMicBattle:
    """A match opening (``OPEN``) or finishing (``FINISH``) with each creator's final points."""
    return WebcastLinkMicBattle(
        common=common(t_ms, method="WebcastLinkMicBattle"), battle_id=battle_id, action=action,
        anchors_info=[anchor(uid) for uid in anchors],
        battle_result={uid: BattleResult(user_id=uid, score=p) for uid, p in (results or {}).items()})


def armies_msg(battle_id: int, points: dict[int, int], t_ms: int, ended: bool = False) -> WebcastLinkMicArmies:
    """A score update: each creator's points so far (``hostscore``), keyed by their user id."""
    reason = LinkMicArmiesTriggerReason.BATTLE_END if ended else LinkMicArmiesTriggerReason.SCORE_UPDATE
    return WebcastLinkMicArmies(common=common(t_ms, method="WebcastLinkMicArmies"), battle_id=battle_id,
                                armies={uid: BattleUserArmies(hostscore=p, anchor_id_str=str(uid))
                                        for uid, p in points.items()},
                                trigger_reason=reason, total_diamond_count=sum(points.values()))


def team_armies_msg(battle_id: int, teams: list[dict[int, int]], t_ms: int) -> WebcastLinkMicArmies:
    """A 2-vs-2 match's score update: the creators' points per team, no ``armies`` map."""
    return WebcastLinkMicArmies(
        common=common(t_ms, method="WebcastLinkMicArmies"), battle_id=battle_id,
        trigger_reason=LinkMicArmiesTriggerReason.SCORE_UPDATE,
        team_armies=[BattleTeamUserArmies(team_id=i + 1, team_total_score=sum(team.values()),
                                          team_user=[BattleTeamUser(user_id=u, score=p) for u, p in team.items()])
                     for i, team in enumerate(teams)])
