"""Headless mode for several sources at once: one progress line for the night, one summary each."""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import TextIO

from ..core.formatting import count, money
from ..core.multistream import PLATFORM_NAMES
from .headless import ProgressPrinter, summary_text
from .multistream import MultiRunResult, Multistream


class MultiProgressPrinter(ProgressPrinter):
    """The night's total in the display currency, then each platform's share."""

    def __init__(self, multi: Multistream, out: TextIO = sys.stderr, interval: float | None = None) -> None:
        super().__init__(multi.engines[0], out, interval)
        self.multi = multi

    def status(self) -> str:
        snap = self.multi.snapshot(top=0)
        t = snap["totals"]
        parts = " | ".join(
            f"{PLATFORM_NAMES.get(p['platform'], p['platform'])} {money(Decimal(p['earnings']), p['currency'])}"
            for p in snap["platforms"])
        return (f"night: {money(Decimal(t['earnings']), t['currency'])} est. ({parts}) | "
                f"{count(t['gifts'])} gifts | {count(t['coins'])} coins")


def multi_summary_text(multi: Multistream, result: MultiRunResult) -> str:
    """Each source's own summary (as for one source), then the night's sum."""
    lines = []
    for engine, one, error in zip(multi.engines, result.results, result.errors):
        name = PLATFORM_NAMES.get(multi.platform(engine), multi.platform(engine))
        if one is None:
            lines.append(f"{name}: did not run: {error}")
        else:
            lines.append(f"{name}: " + summary_text(engine, one))
    snap = multi.snapshot(top=0)
    t = snap["totals"]
    lines.append(f"Night total: {money(Decimal(t['earnings']), t['currency'])} estimated earnings over "
                 f"{len(result.session_ids)} sessions: "
                 + ", ".join(f"{PLATFORM_NAMES.get(p['platform'], p['platform'])} "
                             f"{money(Decimal(p['earnings']), p['currency'])}" for p in snap["platforms"]))
    for p in snap["unconverted"]:
        lines.append(f"  not in the total: {PLATFORM_NAMES.get(p['platform'])} {p['earnings']} {p['currency']} "
                     "(another currency than the first session's)")
    if not result.committed:
        lines.append("  NOT everything was saved: see each session above")
    return "\n".join(lines)
