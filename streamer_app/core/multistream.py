"""The sum of several sessions that run at once (multistreaming): one snapshot, per platform.

Each source keeps its own session and engine (DESIGN.md section 1, "Other platforms"); a
view that shows the night as a whole gets ``sum_snapshots`` of their snapshots: the same
``Snapshot`` shape as one engine's (so every view and overlay page draws it unchanged),
with figures added up, money added up in the display currency, and a ``platforms``
breakdown, one ``PlatformPart`` per session. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypedDict

from .economics import PLATFORM_NAMES as _NAMES
from .snapshot import BalancePayload, GuestsPayload, Snapshot, StatePayload

# A live state wins over a waiting one, a waiting one over an ended one: the night's state is
# its liveliest source's, and the message names every source that is not live.
_STATE_ORDER = ("live", "reconnecting", "rate_limited", "connecting", "waiting_for_live", "paused", "failed",
                "ended", "idle")
PLATFORM_NAMES = _NAMES  # one home, core/economics.py (kept here for this module's importers)


class PlatformPart(TypedDict):
    """One session's share of the night (a row of the per-platform breakdown)."""

    platform: str  # tiktok, twitch or youtube
    session_id: int | None
    creator: str
    state: str
    earnings: str  # decimal text, in ``currency``
    currency: str
    coins: int
    gifts: int
    unique_gifters: int
    totals: dict[str, Any]  # that session's own totals, for figures of its platform alone


class MultiSnapshot(Snapshot):
    platforms: list[PlatformPart]
    unconverted: list[PlatformPart]  # parts whose money is in another currency than the first's


def _money(text: Any) -> Decimal:
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def part_of(platform: str, snap: Snapshot) -> PlatformPart:
    t, session = snap["totals"], snap["session"]
    return {
        "platform": platform, "session_id": session["id"] if session else None,
        "creator": session["creator"] if session else "", "state": snap["state"]["state"],
        "earnings": str(t.get("earnings", "0")), "currency": str(t.get("currency", "")),
        "coins": int(t.get("coins", 0)), "gifts": int(t.get("gifts", 0)),
        "unique_gifters": int(t.get("unique_gifters", 0)), "totals": dict(t),
    }


def _sum_totals(snaps: Sequence[Snapshot], same_currency: Sequence[bool]) -> dict[str, Any]:
    """Numbers added, money added where it is in the first session's currency, text kept."""
    out: dict[str, Any] = {}
    for snap in snaps:
        for key, value in snap["totals"].items():
            if isinstance(value, list):  # amounts by currency ("paid", "unconverted"): added per currency
                out[key] = _merge_amounts(out.get(key, []), value)
            elif key.endswith("_message") and value and out.get(key) and value not in out[key]:
                out[key] = f"{out[key]} {value}"  # each session's sentence (an unknown currency's)
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                out[key] = out.get(key) or value
            else:
                out[key] = out.get(key, 0) + value
    # Money in the display currency ("earnings", "platform_earnings"): added where it is the first's.
    for key in [k for k, v in out.items() if k.endswith("earnings") and isinstance(v, str)] or ["earnings"]:
        out[key] = str(sum((_money(s["totals"].get(key, "0")) for s, same in zip(snaps, same_currency) if same),
                           Decimal(0)))
    if "diamonds" in out:
        out["diamonds"] = float(out["diamonds"])
    return out


def _merge_amounts(acc: list[Any], more: list[Any]) -> list[Any]:
    """[{currency, amount}] lists added up by currency (amounts as decimal text); other lists joined."""
    if not all(isinstance(x, dict) and "currency" in x and "amount" in x for x in [*acc, *more]):
        return [*acc, *more]
    sums: dict[str, Decimal] = {}
    for row in [*acc, *more]:
        sums[row["currency"]] = sums.get(row["currency"], Decimal(0)) + _money(row["amount"])
    return [{"currency": c, "amount": str(a)} for c, a in sorted(sums.items())]


def _state(parts: Sequence[PlatformPart], states: Sequence[StatePayload]) -> StatePayload:
    order = {s: i for i, s in enumerate(_STATE_ORDER)}
    best = min(range(len(states)), key=lambda i: order.get(states[i]["state"], len(order)))
    others = [f"{PLATFORM_NAMES.get(p['platform'], p['platform'])} {s['state'].replace('_', ' ')}"
              for p, s in zip(parts, states) if s["state"] != states[best]["state"]]
    message = states[best]["message"] + (f" ({', '.join(others)})" if others else "")
    return {"state": states[best]["state"], "message": message, "retry_at": states[best]["retry_at"]}


def _timeline(snaps: Sequence[Snapshot]) -> list[tuple[int, int]]:
    """Cumulative series added up: at each point in time, every session's total so far."""
    series = [s["timeline"] for s in snaps if s["timeline"]]
    times = sorted({t for line in series for t, _ in line})
    out = []
    for t in times:
        total = 0
        for line in series:
            i = bisect.bisect_right(line, (t, float("inf"))) - 1
            if i >= 0:
                total += line[i][1]
        out.append((t, total))
    return out


def _guests(snaps: Sequence[Snapshot]) -> GuestsPayload:
    rows = [row for s in snaps for row in s["to_guests"]["by_guest"]]
    return {"coins": sum(s["to_guests"]["coins"] for s in snaps), "gifts": sum(s["to_guests"]["gifts"] for s in snaps),
            "by_guest": sorted(rows, key=lambda r: (-r["coins"], r["user_id"]))}


def _balance(snaps: Sequence[Snapshot], platforms: Sequence[str], coins: int) -> BalancePayload:
    """Only TikTok pays in coins: the balance is the first TikTok session's base (the other
    sessions since the last withdrawal) plus tonight's coins."""
    first = next((s for s, p in zip(snaps, platforms) if p == "tiktok"), snaps[0])
    b = first["balance"]
    return {**b, "coins": b["base_coins"] + coins}


def sum_snapshots(parts: Sequence[tuple[str, Snapshot]], top: int = 10) -> MultiSnapshot:
    """The night as one snapshot: ``parts`` are (platform, that session's snapshot), in order."""
    if not parts:
        raise ValueError("sum_snapshots needs at least one snapshot")
    platforms = [p for p, _ in parts]
    snaps = [s for _, s in parts]
    rows = [part_of(p, s) for p, s in parts]
    if len(parts) == 1:  # one source (the window runs even one this way): its own snapshot, as it was
        return {**snaps[0], "platforms": rows, "unconverted": []}
    currency = rows[0]["currency"]
    same = [r["currency"] == currency for r in rows]
    totals = _sum_totals(snaps, same)
    coins = int(totals.get("coins", 0))
    gifters: list[dict[str, Any]] = [{**g, "platform": p} for p, s in parts for g in s["top_gifters"]]
    gifters.sort(key=lambda g: (-g["coins"], -g["gifts"], g["user_id"]))
    del gifters[top:]
    for g in gifters:
        g["share"] = round(g["coins"] / (coins or 1), 4)
    first = snaps[0]
    return {
        "session": first["session"],
        "state": _state(rows, [s["state"] for s in snaps]),
        "stream_time": max(s["stream_time"] for s in snaps),
        "wall_time": max(s["wall_time"] for s in snaps),
        "viewers": sum(s["viewers"] for s in snaps),
        "totals": totals,
        "top_gifters": gifters,  # type: ignore[typeddict-item]  # (rows with their platform added)
        "gifts": sorted((g for s in snaps for g in s["gifts"]), key=lambda g: (-g["coins"], g["gift_id"])),
        "timeline": _timeline(snaps),
        "balance": _balance(snaps, platforms, coins),
        "rates": next((s["rates"] for s, p in zip(snaps, platforms) if p == "tiktok"), first["rates"]),
        "gaps": [g for s in snaps for g in s["gaps"]],
        "to_guests": _guests(snaps),
        "first_gifts": sum(s["first_gifts"] for s in snaps),
        "battle": next((s["battle"] for s in snaps if s["battle"] is not None), None),
        "timer": first.get("timer"),  # one subathon timer a night: the first source's engine keeps it
        "ledger_problem": next((s["ledger_problem"] for s in snaps if s["ledger_problem"]), None),
        "ledger_backlog": max(s["ledger_backlog"] for s in snaps),  # one shared writer: the same figure
        "duplicates": sum(s["duplicates"] for s in snaps),
        "supporters": [r for s in snaps for r in s.get("supporters", [])],  # (Twitch and YouTube: each its own)
        "platforms": rows,
        "unconverted": [r for r, ok in zip(rows, same) if not ok],
    }
