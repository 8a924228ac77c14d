"""Write a raw recording full of TikTok's faults, and compute its exact expected totals.

    .venv/bin/python -m tests.tiktok.make_recording OUT.ttlive.jsonl.gz --gifts 20000 [--seed 7] [--clean]

The recording holds N gift frames (one gift message each) made with TikTokLive's own
protobuf classes: streaks of several viewers interleaved, streak messages and ends
resent (same message id) and ends resent later under new ids, streaks whose end never
arrives, streaks that pause past the idle close and go on, group-id-0 streaks that
restart after their end, non-streak gifts with repeat counts, plus likes, comments,
follows, heartbeats, junk lines and junk frames (unless ``--clean``).

``expected_totals(messages)`` is a reference implementation of the count-once rule
written from DESIGN.md section 1 independently of ``core.counting``: it is the
judge the app's totals are compared against.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import frames as F

ROOM_ID = "7490000000000000001"
HOST_UID = 6_900_000_000_000_000_123  # the room owner, in the header's host_user_id
GUEST_UIDS = (6_900_000_000_000_000_201, 6_900_000_000_000_000_202)  # two guests of a multi-guest LIVE
IDLE_CLOSE_MS = 15_000  # the app's default idle close, in TikTok's milliseconds
CREATOR = "@fault.tester"


@dataclass
class GiftMsg:
    """What the judge needs of one gift message (the frame carries the same values)."""

    msg_id: int
    uid: int
    gift_id: int
    repeat_count: int
    repeat_end: bool
    group_id: int
    streakable: bool
    ts_ms: int = 0  # the message's create_time (the judge closes idle streaks by it)
    to_uid: int = 0  # the recipient named in to_user: 0 (empty) or HOST_UID is the host, else a guest


@dataclass
class Recording:
    path: Path
    gift_frames: int
    messages: list[GiftMsg] = field(default_factory=list)  # in the order they were written
    junk_lines: int = 0
    junk_frames: int = 0
    broken_payloads: int = 0


def expected_totals(messages: list[GiftMsg]) -> dict:
    """The count-once rule, from its definition, over messages in arrival order.

    Returns coins, gifts (units), unique gifters, per gift {count, coins} and per user
    {coins, gifts}. Streaks whose end never came are counted up to their highest
    repeat count when the recording ends.
    """
    seen: set[int] = set()
    counted: dict[tuple, int] = {}  # streak identity -> units counted (high-water mark)
    highest: dict[tuple, int] = {}  # streak identity -> highest repeat_count seen
    last_ms: dict[tuple, int] = {}  # streak identity -> time of its latest message
    per_gift: dict[int, dict] = {}
    per_user: dict[int, dict] = {}
    to_guests: dict[int, dict] = {}  # guest uid -> {coins, gifts}: never the creator's
    recipient: dict[tuple, int] = {}  # streak identity -> recipient of its latest message

    def add(uid: int, gift_id: int, units: int, to_uid: int = 0) -> None:
        if units <= 0:
            return
        coins = units * F.CATALOG[gift_id][1]
        if to_uid not in (0, HOST_UID):
            guest = to_guests.setdefault(to_uid, {"coins": 0, "gifts": 0})
            guest["coins"] += coins
            guest["gifts"] += units
            return
        g = per_gift.setdefault(gift_id, {"count": 0, "coins": 0})
        g["count"] += units
        g["coins"] += coins
        u = per_user.setdefault(uid, {"coins": 0, "gifts": 0})
        u["coins"] += coins
        u["gifts"] += units

    def close_idle(now_ms: int) -> None:
        """A streak silent for IDLE_CLOSE_MS is closed at its highest count (section 1)."""
        for key in [k for k, top in highest.items() if top > counted.get(k, 0)]:
            if last_ms[key] <= now_ms - IDLE_CLOSE_MS:
                add(key[0], key[1], highest[key] - counted.get(key, 0), recipient[key])
                counted[key] = highest[key]
                if key[2] == 0:
                    counted.pop(key)
                    highest.pop(key)

    for m in messages:
        if m.ts_ms:
            close_idle(m.ts_ms)
        if m.msg_id in seen:
            continue
        seen.add(m.msg_id)
        if not m.streakable:
            add(m.uid, m.gift_id, m.repeat_count, m.to_uid)
            continue
        key = (m.uid, m.gift_id, m.group_id)
        highest[key] = max(highest.get(key, 0), m.repeat_count)
        last_ms[key] = max(last_ms.get(key, 0), m.ts_ms)
        recipient[key] = m.to_uid
        if m.repeat_end:
            done = counted.get(key, 0)
            add(m.uid, m.gift_id, m.repeat_count - done, m.to_uid)
            counted[key] = max(done, m.repeat_count)
            highest[key] = counted[key]
            if m.group_id == 0:  # without a group id the next message starts a new streak
                counted.pop(key)
                highest.pop(key)
    for key, top in highest.items():  # ends that never came: closed at the end of the recording
        add(key[0], key[1], top - counted.get(key, 0), recipient[key])

    return {
        "coins": sum(g["coins"] for g in per_gift.values()),
        "gifts": sum(g["count"] for g in per_gift.values()),
        "unique_gifters": len(per_user),
        "per_gift": per_gift,
        "per_user": per_user,
        "to_guests": to_guests,
    }


def write_recording(path: Path, gift_frames: int, seed: int = 7, junk: bool = True, guests: bool = False) -> Recording:
    """Write the recording; returns what the judge needs to compute its totals.

    ``guests``: a multi-guest LIVE: the header names the host, and about a quarter of the
    streaks and gifts go to one of two guests (a few name the host explicitly).
    """
    rng = random.Random(seed)
    rec = Recording(Path(path), gift_frames)
    users = list(range(1001, 1001 + 80))
    streak_gifts = [g for g, (_, _, s) in F.CATALOG.items() if s]
    plain_gifts = [g for g, (_, _, s) in F.CATALOG.items() if not s]
    t_ms = F.START_MS
    group_ids = iter(range(10_000_000, 10**9))
    zero_busy: set[tuple] = set()  # (uid, gift) with an open group-0 streak: keep them unambiguous

    # Each active streak is a list of messages still to send.
    active: list[list[GiftMsg]] = []
    out = gzip.open(path, "wb", compresslevel=1)
    header = {"format": "streamer-app/raw-tiktok/1", "creator": CREATOR, "room_id": ROOM_ID,
              "started_at": datetime.fromtimestamp(F.START_MS / 1000, timezone.utc).isoformat()}
    if guests:
        header["host_user_id"] = str(HOST_UID)
    out.write((json.dumps(header) + "\n").encode())

    def line(frame: bytes) -> None:
        out.write(b'{"t": %.3f, "frame": "%s"}\n' % ((t_ms - F.START_MS) / 1000, base64.b64encode(frame)))

    def send(m: GiftMsg) -> None:
        m.ts_ms = t_ms
        payload = F.gift_bytes(m.uid, m.gift_id, m.repeat_count, m.repeat_end, t_ms, group_id=m.group_id,
                               msg_id=m.msg_id, streakable=m.streakable, to_uid=m.to_uid or None)
        line(F.raw_push_frame("WebcastGiftMessage", payload, m.msg_id))
        rec.messages.append(m)

    guest_rng = random.Random(seed * 7919 + 1)  # its own draws: without guests, a seed's recording is unchanged

    def recipient() -> int:
        if not guests:
            return 0
        r = guest_rng.random()
        return GUEST_UIDS[0] if r < 0.15 else GUEST_UIDS[1] if r < 0.25 else HOST_UID if r < 0.3 else 0

    def new_streak() -> list[GiftMsg]:
        uid, gid = rng.choice(users), rng.choice(streak_gifts)
        group = next(group_ids)
        if rng.random() < 0.15 and (uid, gid) not in zero_busy:
            group = 0
            zero_busy.add((uid, gid))
        length = rng.choice((1, 1, 2, 3, 5, 8, 13, 30))
        to = recipient()
        msgs = [GiftMsg(F.next_msg_id(), uid, gid, k, False, group, True, to_uid=to) for k in range(1, length + 1)]
        msgs[-1].repeat_end = True
        fault = rng.random()
        if group and fault < 0.12 and len(msgs) > 1:
            msgs.pop()  # the end never arrives (group 0 streaks keep theirs: see zero_busy)
        elif fault < 0.22:
            msgs.append(GiftMsg(**{**msgs[-1].__dict__}))  # the end resent (same message id)
        if len(msgs) > 2 and rng.random() < 0.2:
            i = rng.randrange(len(msgs) - 1)
            msgs.insert(i + 1, GiftMsg(**{**msgs[i].__dict__}))  # a mid-streak message resent
        if group and len(msgs) > 2 and rng.random() < 0.1:
            # The viewer stops, then goes on: past the idle close (closed without its end, then
            # counted on), often past the 30 s the counter keeps a settled streak in memory.
            msgs.insert(rng.randrange(1, len(msgs) - 1), None)
        return msgs

    def park(msgs: list, pause_ms: int) -> None:
        parked.append((t_ms + pause_ms, msgs))
        parked.sort(key=lambda p: p[0])

    def release_parked(until_ms: int) -> None:
        while parked and parked[0][0] <= until_ms:
            active.append(parked.pop(0)[1])

    # Streaks set aside for a while (paused viewers, ends TikTok sends again later): (time due, messages).
    parked: list[tuple[int, list]] = []
    written = 0
    while written < gift_frames:
        t_ms += rng.randrange(5, 120)
        release_parked(t_ms)
        r = rng.random()
        # A handful of streaks at once, as in a busy LIVE; more would space a streak's
        # messages past the 15 s idle close, where a group-0 streak legitimately restarts.
        if (r < 0.25 and len(active) < 6) or not active and r < 0.8:
            active.append(new_streak())
        if r > 0.9:
            uid, gid = rng.choice(users), rng.choice(plain_gifts)
            send(GiftMsg(F.next_msg_id(), uid, gid, rng.choice((1, 1, 1, 2, 5)), False, 0, False, to_uid=recipient()))
            written += 1
        elif active:
            s = rng.choice(active)
            m = s.pop(0)
            if m is None:  # a pause: short (no close), past the idle close, or past memory's 30 s
                active.remove(s)
                park(s, rng.choice((rng.randrange(2_000, 12_000), rng.randrange(18_000, 28_000),
                                    rng.randrange(35_000, 70_000))))
                continue
            send(m)
            written += 1
            if m.group_id and m.repeat_end and rng.random() < 0.1:
                # TikTok sends the end again under a new id, up to a minute later.
                park([GiftMsg(**{**m.__dict__, "msg_id": F.next_msg_id()})], rng.randrange(500, 60_000))
            if not s:
                active.remove(s)
                if m.group_id == 0 and m.repeat_end:
                    zero_busy.discard((m.uid, m.gift_id))
        if rng.random() < 0.03:
            line(F.push_frame(F.like_msg(rng.choice(users), 5, written * 3, t_ms),
                              F.comment_msg(rng.choice(users), "gg", t_ms)))
        if rng.random() < 0.01:
            line(F.heartbeat_frame())
        if junk and rng.random() < 0.004:
            out.write(rng.choice((b"not json at all\n", b'{"t": 1.0}\n', b'{"t": 2, "frame": "@@@notbase64"}\n',
                                  b"[1, 2, 3]\n")))
            rec.junk_lines += 1
        if junk and rng.random() < 0.004:
            # Frames TikTokLive cannot decode: cut short, or a payload that is not gzip.
            line(rng.choice((F.push_frame(F.gift_msg(1001, 5655, 1, True, t_ms))[:-12],
                             F.bad_gzip_frame())))
            rec.junk_frames += 1
        if junk and rng.random() < 0.002:
            line(F.broken_payload_frame())  # a good frame carrying a gift message that does not parse
            rec.broken_payloads += 1
    for due, msgs in list(parked):  # what was set aside still arrives, in its time
        t_ms = max(t_ms, due)
        for m in msgs:
            if m is not None:
                t_ms += rng.randrange(5, 120)
                send(m)
    # Streaks still open at the end simply stop: their ends never arrive.
    out.close()
    return rec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--gifts", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--clean", action="store_true", help="no junk lines or frames")
    ap.add_argument("--guests", action="store_true", help="a multi-guest LIVE: some gifts go to two guests")
    a = ap.parse_args()
    rec = write_recording(Path(a.out), a.gifts, a.seed, junk=not a.clean, guests=a.guests)
    exp = expected_totals(rec.messages)
    print(json.dumps({"gift_frames": rec.gift_frames, "junk_lines": rec.junk_lines, "junk_frames": rec.junk_frames,
                      "broken_payloads": rec.broken_payloads,
                      "coins": exp["coins"], "gifts": exp["gifts"], "unique_gifters": exp["unique_gifters"],
                      "to_guests": exp["to_guests"]}))


if __name__ == "__main__":
    main()
