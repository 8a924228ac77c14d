"""Headless mode for several sources at once: one progress line for the night, one summary each."""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import TextIO

from ..core.multistream import PLATFORM_NAMES
from ..i18n import translate
from .headless import ProgressPrinter, _count, _money, _n, summary_text
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
            f"{PLATFORM_NAMES.get(p['platform'], p['platform'])} {_money(Decimal(p['earnings']), p['currency'])}"
            for p in snap["platforms"])
        return translate("Headless", "night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins").format(
            earnings=_money(Decimal(t["earnings"]), t["currency"]), platforms=parts, gifts=_count(t["gifts"]),
            coins=_count(t["coins"]))


def multi_summary_text(multi: Multistream, result: MultiRunResult) -> str:
    """Each source's own summary (as for one source), then the night's sum."""
    lines = []
    for engine, one, error in zip(multi.engines, result.results, result.errors):
        name = PLATFORM_NAMES.get(multi.platform(engine), multi.platform(engine))
        if one is None:
            lines.append(translate("Headless", "{platform}: did not run: {error}").format(platform=name, error=error))
        else:
            lines.append(f"{name}: " + summary_text(engine, one))
    snap = multi.snapshot(top=0)
    t = snap["totals"]
    lines.append(translate("Headless", "Night total: {earnings} estimated earnings over {count} sessions: "
                                       "{platforms}").format(
        earnings=_money(Decimal(t["earnings"]), t["currency"]), count=_n(len(result.session_ids)),
        platforms=", ".join(f"{PLATFORM_NAMES.get(p['platform'], p['platform'])} "
                            f"{_money(Decimal(p['earnings']), p['currency'])}" for p in snap["platforms"])))
    for p in snap["unconverted"]:
        lines.append("  " + translate("Headless", "not in the total: {platform} {amount} {currency} (another currency "
                                                  "than the first session's)").format(
            platform=PLATFORM_NAMES.get(p["platform"]), amount=p["earnings"], currency=p["currency"]))
    if not result.committed:
        lines.append("  " + translate("Headless", "NOT everything was saved: see each session above"))
    return "\n".join(lines)
