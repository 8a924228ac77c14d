"""Gifts to guests in the exports (multi-guest and co-host LIVEs, DESIGN.md section 1).

A gift to anyone but the host is the guest's income: it is never in the creator's coins,
diamonds, earnings or top gifters. The reports name it in a section of its own; the gifters
CSV gives it rows of its own, one per gifter and guest, after the creator's gifters, with the
recipient and the coins and gifts in columns added at the end. In those rows the creator's
columns (coins, gifts, diamonds, estimated_earnings) are 0, so every existing column still
adds up to the creator's totals, however a spreadsheet sums it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.queries import Reader

GUEST_COLUMNS = ["recipient_id", "recipient_handle", "recipient_nickname", "coins_to_guest", "gifts_to_guest"]
NOT_YOURS = "Gifts viewers sent to your guests: their income, not in any of your totals above."


@dataclass(slots=True)
class GuestGifter:
    """What one viewer sent to one guest over the exported sessions."""

    guest_id: str
    guest_handle: str
    guest_nickname: str
    user_id: str
    handle: str
    nickname: str
    coins: int = 0
    gifts: int = 0


def guest_gifters(reader: Reader, session_ids: list[int]) -> list[GuestGifter]:
    """Per guest (the guest who received most first), each viewer who sent them gifts, by coins."""
    rows: dict[tuple[str, str], GuestGifter] = {}
    received: dict[str, int] = {}
    for g in reader.guest_gifts(session_ids) if session_ids else ():
        r, u = g.recipient, g.user
        assert r is not None  # guest_gifts rows always name their guest
        row = rows.get((r.user_id, u.user_id))
        if row is None:
            row = rows[r.user_id, u.user_id] = GuestGifter(r.user_id, r.handle, r.nickname, u.user_id, u.handle,
                                                            u.nickname)
        row.coins += g.coins
        row.gifts += g.units
        received[r.user_id] = received.get(r.user_id, 0) + g.coins
    return sorted(rows.values(), key=lambda x: (-received[x.guest_id], x.guest_id, -x.coins, x.user_id))


def guest_name(nickname: str, handle: str, user_id: str) -> str:
    return nickname or (f"@{handle}" if handle else user_id)
