"""Ledger rows a constraint refused: set aside in a file beside the database, never lost.

The writer (store/writer.py) finds them (``LedgerWriter._set_aside_refused``); this writes
them, one JSON object a line, appended and synced.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from ..core.counting import CountedGift

log = logging.getLogger(__name__)

REFUSED_FILENAME = "refused-ledger-rows.jsonl"

# A row a constraint refused: (session id, the gift, or a description of another operation, why).
Refused = tuple[int, CountedGift | str, str]


def append_refused(path: Path, refused: list[Refused]) -> None:
    """Refused rows go to a file beside the ledger (appended, synced): set aside, never lost."""
    lines = []
    for sid, row, why in refused:
        log.error("refused ledger row of session %s: %s (%s)", sid, row, why)
        shown: dict[str, Any] | str = row if isinstance(row, str) else {
            "ts": row.ts, "msg_id": row.msg_id, "user_id": row.user.user_id, "gift_id": row.gift.gift_id,
            "units": row.units, "coins_each": row.gift.coins, "streak_key": row.streak_key,
            "units_to": row.units_to, "closed_without_end": row.closed_without_end,
            "recipient_id": None if row.recipient is None else row.recipient.user_id}
        lines.append(json.dumps({"session_id": sid, "row": shown, "reason": why}) + "\n")
    try:
        with open(path, "a", encoding="utf-8") as f:
            f.writelines(lines)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        log.error("could not set refused rows aside in %s: %s", path, exc)
