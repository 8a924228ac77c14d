"""The CSV of Twitch and YouTube income: one row per paid message, beside the gift ledger's files.

Written as ``<name>-platform-income.csv`` by the CSV export when the exported sessions have any
(a TikTok-only export writes the same three files as before). Each row is one
``platform_income`` row, with what it earns at its session's own rates.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from ..core.platform_income import MICROS, decimal_text, event_earnings
from ..store.income_queries import paid_messages
from ..store.queries import Reader
from .output import atomic_open, check_target
from .summary import Summary, iso

INCOME_HEADER = [
    "time_utc", "session_id", "platform", "kind", "supporter_id", "handle", "nickname", "units", "tier", "amount",
    "currency", "estimated_earnings", "earnings_currency", "message_id", "text",
]


def income_path(path: Path) -> Path:
    stem = path.name[:-4] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}-platform-income.csv")


def write_income(reader: Reader, summary: Summary, path: Path, safe: Callable[[str], str]) -> list[Path]:
    """Write the income file for ``-o path`` when there is income; returns the paths written.
    ``safe`` neutralises spreadsheet formulas in viewers' texts (the CSV export's own rule)."""
    rows = []
    for s in summary.sessions:
        for e in paid_messages(reader.conn, [s.id]):
            earned = event_earnings(e, s.rates)
            amount = decimal_text(Decimal(e.amount_micros) / MICROS) if e.amount_micros > 0 else ""
            rows.append((iso(e.ts), s.id, e.platform, e.kind, e.user.user_id, safe(e.user.handle),
                         safe(e.user.nickname), e.units, e.tier, amount, e.currency,
                         "" if earned.unconverted else f"{earned.rounded:f}", s.rates.currency, e.message_id,
                         safe(e.text)))
    if not rows:
        return []
    target = income_path(Path(path))
    check_target(target)
    with atomic_open(target, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(INCOME_HEADER)
        w.writerows(rows)
    return [target]
