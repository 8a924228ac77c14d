"""Replay and the recording header's ``host_user_id`` (DESIGN.md section 4): with it, gifts to
guests are told apart; without it, every gift is the host's and the replay says so once."""

from __future__ import annotations

from streamer_app.core import events as ev
from streamer_app.sources.recording import Recorder, ReplaySource, read_header

from ..conftest import run_cli
from . import frames as F

T = F.START_MS
HOST, GUEST = 6_800_000_000_000_000_042, 6_900_000_000_000_000_001
NOT_TOLD_APART = "gifts to guests could not be told apart"


def record(folder, host_user_id: str | None):
    rec = Recorder(folder, "@multi.guest", "4343", started_at=T / 1000, host_user_id=host_user_id)
    msgs = [F.gift_msg(1, 5660, 1, False, T + 100), F.gift_msg(2, 5660, 1, False, T + 200, to_uid=HOST),
            F.gift_msg(3, 5660, 2, False, T + 300, to_uid=GUEST),
            F.gift_msg(4, 5655, 1, False, T + 400, group_id=8, to_uid=GUEST),
            F.gift_msg(4, 5655, 3, True, T + 500, group_id=8, to_uid=GUEST)]
    for i, m in enumerate(msgs):
        rec.write(F.push_frame(m), now=T / 1000 + i * 0.1)
    rec.close()
    return rec.path


async def replayed(path) -> tuple[ReplaySource, ev.SourceInfo, list[ev.Event]]:
    source = ReplaySource(path, speed=0)
    info = await source.start()
    try:
        return source, info, [e async for e in source.events()]
    finally:
        await source.aclose()


async def test_the_header_names_the_host_and_gifts_to_guests_keep_their_recipient(tmp_path):
    path = record(tmp_path, str(HOST))
    assert read_header(path).raw["host_user_id"] == str(HOST)
    source, info, out = await replayed(path)
    assert info.extra["host_user_id"] == str(HOST)
    gifts = [e for e in out if isinstance(e, ev.GiftEvent)]
    assert [g.recipient.user_id if g.recipient else None for g in gifts] == [None, None, str(GUEST), str(GUEST),
                                                                             str(GUEST)]
    (report,) = [e for e in out if isinstance(e, ev.ConnectionStateEvent)]
    assert NOT_TOLD_APART not in report.message


async def test_without_host_user_id_every_gift_is_the_hosts_and_the_replay_says_so_once(tmp_path):
    source, info, out = await replayed(record(tmp_path, None))
    assert info.extra["host_user_id"] is None
    assert all(e.recipient is None for e in out if isinstance(e, ev.GiftEvent))
    (report,) = [e for e in out if isinstance(e, ev.ConnectionStateEvent)]
    assert report.message == (
        "replay: every line of the recording was read; nothing was skipped. This recording does not say who "
        "the host is (it has no host_user_id), so gifts to guests could not be told apart: 4 gift messages "
        "naming a recipient counted as the creator's")
    assert source.report.unattributed_recipients == 4


async def test_a_recording_without_recipients_or_host_says_nothing_about_guests(tmp_path):
    rec = Recorder(tmp_path, "@solo", "4444", started_at=T / 1000)
    rec.write(F.push_frame(F.gift_msg(1, 5660, 1, False, T + 100)))
    rec.close()
    _, _, out = await replayed(rec.path)
    (report,) = [e for e in out if isinstance(e, ev.ConnectionStateEvent)]
    assert report.message == "replay: every line of the recording was read; nothing was skipped"


def test_headless_replay_prints_the_sentence_once(tmp_path):
    path = record(tmp_path / "rec", None)
    run = run_cli("replay", str(path), "--headless", "--speed", "0", "--no-overlay",
                  "--data-dir", str(tmp_path / "home"))
    assert run.returncode == 0, run.stderr
    assert run.stderr.count(NOT_TOLD_APART) == 1, run.stderr
    with_host = run_cli("replay", str(record(tmp_path / "rec2", str(HOST))), "--headless", "--speed", "0",
                        "--no-overlay", "--data-dir", str(tmp_path / "home2"))
    assert with_host.returncode == 0 and NOT_TOLD_APART not in with_host.stderr
