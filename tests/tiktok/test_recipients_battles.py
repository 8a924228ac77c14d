"""Who received a gift, first gifts, the like total and LIVE Match scores, from real TikTokLive
messages: built with the library's proto classes, decoded by its own parse path, then mapped."""

from __future__ import annotations

from TikTokLive.proto import LinkMicArmiesTriggerReason, LinkMicBattleBattleAction, WebcastGiftMessage

from streamer_app.core import events as ev
from streamer_app.sources import tiktok_mapping
from streamer_app.sources.recording import FrameDecoder, Recorder, ReplaySource
from streamer_app.sources.tiktok_mapping import TikTokMapper, host_id_from_room_info

from . import frames as F
from .conftest import run_engine

T = F.START_MS
HOST = 6_800_000_000_000_000_042
MIA, LEO = 6_900_000_000_000_000_001, 6_900_000_000_000_000_002
RIVAL = 6_700_000_000_000_000_007


async def mapped(mapper: TikTokMapper, *msgs) -> list[ev.Event]:
    d = FrameDecoder(1)
    try:
        return [e for tt in await d.decode(F.push_frame(*msgs)) for e in mapper.map(tt, 0.0)]
    finally:
        await d.aclose()


def member_gift(uid: int, t_ms: int, member_id: str = "", member_int: int = 0, nickname: str = ""):
    """A gift that names its guest only in the to_member_* fields (to_user left empty)."""
    m = F.gift_msg(uid, 5660, 1, False, t_ms)
    return WebcastGiftMessage(common=m.common, user=m.user, gift=m.gift, gift_id=m.gift_id, repeat_count=1,
                              to_member_id=member_id, to_member_id_int=member_int, to_member_nickname=nickname)


async def test_recipient_is_the_guest_named_in_to_user_and_none_for_the_host():
    m = TikTokMapper(host_user_id=str(HOST))
    out = await mapped(
        m,
        F.gift_msg(1, 5655, 1, True, T + 1),  # no to_user: the host
        F.gift_msg(2, 5655, 1, True, T + 2, to_uid=HOST),  # named, but the host
        F.gift_msg(3, 5655, 1, True, T + 3, to_uid=MIA),
        F.gift_msg(4, 5655, 1, True, T + 4, to_uid=0),  # id 0: the host
        member_gift(5, T + 5, member_int=LEO, nickname="Guest Leo"),
        member_gift(6, T + 6, member_id=str(MIA)),
        member_gift(7, T + 7, member_id=str(HOST)),
        member_gift(8, T + 8, member_id="0"),
    )
    recipients = [g.recipient for g in out]
    assert recipients[:2] == [None, None] and recipients[3] is None
    assert recipients[2] == ev.User(str(MIA), f"guest{MIA}", f"Guest {MIA}")
    assert recipients[4] == ev.User(str(LEO), "", "Guest Leo")
    assert recipients[5] == ev.User(str(MIA)) and recipients[6:] == [None, None]
    assert m.unattributed_recipients == 0


async def test_without_the_hosts_id_every_gift_is_the_hosts_and_the_named_ones_are_counted():
    m = TikTokMapper()
    out = await mapped(m, F.gift_msg(1, 5655, 1, True, T + 1), F.gift_msg(2, 5655, 1, True, T + 2, to_uid=MIA),
                       F.gift_msg(3, 5655, 1, True, T + 3, to_uid=HOST), member_gift(4, T + 4, member_int=LEO))
    assert [g.recipient for g in out] == [None] * 4
    assert m.unattributed_recipients == 3


async def test_first_gift_comes_from_is_first_sent():
    out = await mapped(TikTokMapper(), F.gift_msg(1, 5655, 1, True, T + 1, first_sent=True),
                       F.gift_msg(1, 5655, 2, True, T + 2))
    assert [g.first_gift for g in out] == [True, False]


def test_fast_gift_bytes_carry_the_recipient_like_the_slow_way():
    slow = bytes(F.gift_msg(3, 5487, 2, True, T, group_id=4, msg_id=99, to_uid=MIA))
    fast = F.gift_bytes(3, 5487, 2, True, T, group_id=4, msg_id=99, to_uid=MIA)
    a, b = WebcastGiftMessage().parse(slow), WebcastGiftMessage().parse(fast)
    assert (a.to_user.id, a.to_user.nickname) == (b.to_user.id, b.to_user.nickname) == (MIA, f"Guest {MIA}")


def test_the_hosts_id_is_read_from_room_info():
    assert host_id_from_room_info({"owner": {"id": 1, "id_str": "6800000000000000042"}}) == "6800000000000000042"
    assert host_id_from_room_info({"owner": {"id": 77}}) == "77"
    assert host_id_from_room_info({"owner_user_id": 78}) == "78"
    assert host_id_from_room_info({"owner": {"id": 0}, "owner_user_id": 0}) is None
    assert host_id_from_room_info({"owner": "odd"}) is None and host_id_from_room_info(None) is None


async def test_like_total_is_the_rooms_running_total_not_the_viewers_count():
    (like,) = await mapped(TikTokMapper(), F.like_msg(5, 15, 98_765, T + 1))
    assert (like.count, like.room_total) == (15, 98_765)


async def test_the_session_keeps_the_highest_like_total_even_out_of_order(tmp_path, data):
    rec = Recorder(tmp_path / "rec", "@likes", "31", started_at=T / 1000)
    for i, (count, total) in enumerate(((5, 900), (20, 1500), (3, 1400))):  # a late, lower total
        rec.write(F.push_frame(F.like_msg(9, count, total, T + i)))
    rec.close()
    _, result, _ = await run_engine(ReplaySource(rec.path, speed=0), data)
    assert result.tallies.likes == 1500


def test_battle_constants_are_tiktoklives():
    assert tiktok_mapping._BATTLE_OPEN == LinkMicBattleBattleAction.OPEN
    assert tiktok_mapping._BATTLE_FINISH == LinkMicBattleBattleAction.FINISH
    assert tiktok_mapping._BATTLE_CUT_SHORT == LinkMicBattleBattleAction.LINK_MIC_BATTLE_BATTLE_ACTION_CUT_SHORT
    assert tiktok_mapping._ARMIES_BATTLE_END == LinkMicArmiesTriggerReason.BATTLE_END


async def test_a_live_match_maps_to_scores_with_the_creators_names_and_the_host_first():
    m = TikTokMapper(host_user_id=str(HOST))
    B = LinkMicBattleBattleAction
    out = await mapped(
        m,
        F.battle_msg(555, B.INVITE, [RIVAL, HOST], T + 1),  # an invitation has no score: nothing
        F.battle_msg(555, B.OPEN, [RIVAL, HOST], T + 2),
        F.armies_msg(555, {RIVAL: 95, HOST: 120}, T + 3),
        F.armies_msg(555, {RIVAL: 300, HOST: 4100}, T + 4, ended=True),
        F.battle_msg(555, B.FINISH, [RIVAL, HOST], T + 5, results={RIVAL: 300, HOST: 4100}),
    )
    assert all(isinstance(e, ev.BattleEvent) and e.battle_id == 555 for e in out)
    opened, update, last_update, finished = out
    host = ev.User(str(HOST), f"creator{HOST}", f"Creator {HOST}", f"https://example.invalid/c/{HOST}.jpg")
    rival = ev.User(str(RIVAL), f"creator{RIVAL}", f"Creator {RIVAL}", f"https://example.invalid/c/{RIVAL}.jpg")
    assert opened.scores == (ev.BattleScore(host, 0), ev.BattleScore(rival, 0)) and not opened.ended
    assert update.scores == (ev.BattleScore(host, 120), ev.BattleScore(rival, 95)) and not update.ended
    assert last_update.ended and finished.ended
    assert finished.scores == (ev.BattleScore(host, 4100), ev.BattleScore(rival, 300))
    assert finished.ts == (T + 5) / 1000 and finished.msg_id != 0


async def test_team_match_scores_come_from_team_armies():
    out = await mapped(TikTokMapper(host_user_id=str(HOST)),
                       F.team_armies_msg(9, [{RIVAL: 10, 11: 20}, {12: 5, HOST: 7}], T + 1))
    (battle,) = out
    assert [(s.user.user_id, s.points) for s in battle.scores] == [(str(HOST), 7), (str(RIVAL), 10), ("11", 20),
                                                                   ("12", 5)]


async def test_battle_points_never_become_coins(tmp_path, data):
    rec = Recorder(tmp_path / "rec", "@battler", "32", started_at=T / 1000, host_user_id=str(HOST))
    B = LinkMicBattleBattleAction
    for raw in (F.push_frame(F.battle_msg(7, B.OPEN, [HOST, RIVAL], T + 1)),
                F.push_frame(F.armies_msg(7, {HOST: 50_000, RIVAL: 9}, T + 2)),
                F.push_frame(F.gift_msg(1, 5660, 1, False, T + 3)),
                F.push_frame(F.battle_msg(7, B.FINISH, [HOST, RIVAL], T + 4, results={HOST: 50_100, RIVAL: 9}))):
        rec.write(raw)
    rec.close()
    _, result, _ = await run_engine(ReplaySource(rec.path, speed=0), data)
    assert (result.tallies.coins, result.tallies.gifts) == (100, 1)
