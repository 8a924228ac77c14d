"""Headless mode: the engine alone, a live progress line, a final summary, clean stops."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
import time
from decimal import Decimal
from typing import Any, Awaitable, Callable, TextIO

from ..core.snapshot import Update
from ..core.formatting import count, countdown, duration, money
from ..core.platform_income import in_words, total_earnings
from ..i18n import current, translate
from ..i18n import numbers as _numbers
from ..store.database import StoreError
from ..store.queries import Reader
from ..store.writer import REFUSED_FILENAME
from .engine import Engine, RunResult


class ProgressPrinter:
    """Prints one progress line (rewritten in place on a terminal, a line every 5 s otherwise)."""

    def __init__(self, engine: Engine, out: TextIO = sys.stderr, interval: float | None = None) -> None:
        self.engine = engine
        self.out = out
        self.tty = out.isatty()
        self.interval = interval if interval is not None else (0.25 if self.tty else 5.0)
        self._last = 0.0
        self._last_state = None

    def publish(self, update: Update) -> None:
        kind = update.get("type")
        if kind == "state" and update.get("state") != self._last_state:
            self._last_state = update.get("state")
            self._line(f"[{update['state']}] {update.get('message', '')}", final=True)
        elif kind == "ledger" and update.get("problem"):
            self._line(translate("Headless", "ledger: {problem}").format(problem=update["problem"]), final=True)
        elif kind == "timer_end":
            self._line(translate("Headless", "the subathon timer reached zero"), final=True)
        elif kind == "gap":
            self._line(translate("Headless", "gap in the connection: {length} may be missing").format(
                length=duration(update["to"] - update["from"])), final=True)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._line(self.status())

    def status(self) -> str:
        e = self.engine
        t = e.tallies
        started = e.info.started_at if e.info else e.stream_time
        length = duration(e.stream_time - started)
        if e.session_info()["platform"] != "tiktok":  # Twitch or YouTube: their own units, not zero coins
            return translate("Headless", "{length} stream time | {paid} | {earnings} est.").format(
                length=length, paid=in_words(t.paid) or translate("Headless", "no paid messages yet"),
                earnings=_money(total_earnings(t.coins, t.paid, e.rates)[0], e.rates.currency))
        text = translate("Headless", "{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | "
                                     "{gifters} gifters").format(
            length=length, gifts=_count(t.gifts), coins=_count(t.coins),
            earnings=_money(e.rates.earnings(t.coins), e.rates.currency), gifters=_n(t.unique_gifters))
        if _timer_words(e):
            text += " | " + translate("Headless", "timer {state}").format(state=_timer_words(e))
        if e.ledger_backlog:
            text += " | " + translate("Headless", "ledger behind by {count} rows").format(count=_count(e.ledger_backlog))
        return text

    def _line(self, text: str, final: bool = False) -> None:
        if self.tty:
            self.out.write("\r\033[K" + text + ("\n" if final else ""))
        else:
            self.out.write(text + "\n")
        self.out.flush()


def _timer_words(e: Engine) -> str:
    """The subathon timer in words: "1:23:45" (running), "paused 0:42:10", "ended"; "" while idle."""
    m = e.timer.model
    if m.status == "idle":
        return ""
    left = m.remaining(e.timer.clock())
    if m.status == "ended" or (m.status == "running" and left <= 0):
        return translate("Headless", "ended")
    if m.status == "paused":
        return translate("Headless", "paused {left}").format(left=countdown(left))
    return countdown(left)


def _n(n: int) -> str:
    """A small count: plain in English (as it always was), the locale's digits elsewhere."""
    return str(n) if current().code == "en" else _count(n)


def _count(n: "int | float | Decimal") -> str:
    """A figure for people, in the creator's language (English: the app's own format)."""
    return count(n) if current().code == "en" else _numbers.count(n, current())


def _money(amount: "Decimal | float", currency: str) -> str:
    return money(amount, currency) if current().code == "en" else _numbers.money(amount, currency, current())


def summary_text(engine: Engine, result: RunResult) -> str:
    t, r = result.tallies, engine.rates
    head = (translate("Headless", "Session {id} (resumed) ended: {reason}") if result.resumed
            else translate("Headless", "Session {id} (new) ended: {reason}"))
    lines = [
        head.format(id=result.session_id, reason=result.reason),
        "  " + translate("Headless", "coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}").format(
            coins=_count(t.coins), diamonds=_count(r.diamonds(t.coins)),
            earnings=_money(r.earnings(t.coins), r.currency)),
        "  " + translate("Headless", "gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | "
                                     "comments {comments} | likes {likes}").format(
            gifts=_count(t.gifts), gifters=t.unique_gifters if current().code == "en" else _count(t.unique_gifters),
            follows=t.follows if current().code == "en" else _count(t.follows),
            shares=t.shares if current().code == "en" else _count(t.shares),
            comments=t.comments if current().code == "en" else _count(t.comments), likes=_count(t.likes)),
    ]
    if engine.session_info()["platform"] != "tiktok":
        total, platform = total_earnings(t.coins, t.paid, r)
        lines[1] = "  " + translate("Headless", "{paid} | estimated earnings {earnings}").format(
            paid=in_words(t.paid) or translate("Headless", "no paid messages"), earnings=_money(total, r.currency))
        if platform.unconverted:
            lines.append(f"  {platform.message(r.currency)}")
    lines += _notes(engine, result)
    top = t.top_gifters(3)
    if top:
        lines.append("  " + translate("Headless", "top gifters: {names}").format(
            names=", ".join(f"{g.nickname or g.handle} {_count(g.coins)}" for g in top)))
    if engine.refused_rows:
        lines.append("  " + translate("Headless", "{count} ledger row(s) refused as inconsistent and set aside in "
                                                  "{path}; everything else is saved").format(
            count=_n(engine.refused_rows), path=engine.db_path.with_name(REFUSED_FILENAME)))
    if not result.committed:
        lines.append(_unsaved(engine, result))
    return "\n".join(lines)


def _notes(engine: Engine, result: RunResult) -> list[str]:
    """The summary's lines about guests, first gifts, resent messages, open streaks, gaps and the timer."""
    t, lines = result.tallies, []
    if t.guests:
        lines.append("  " + translate("Headless", "gifts to guests (their income, not in your totals): {coins} coins, "
                                                  "{guests}").format(
            coins=_count(t.guest_coins),
            guests=", ".join(f"{g.nickname or g.handle or g.user_id} {_count(g.coins)}" for g in t.guests_by_coins())))
    if t.first_gifts:
        lines.append("  " + translate("Headless", "{count} first gifts: viewers who gifted you for the first "
                                                  "time").format(count=_n(t.first_gifts)))
    if result.duplicates:
        lines.append("  " + translate("Headless", "{count} resent gift messages ignored").format(
            count=_n(result.duplicates)))
    if t.closed_without_end:
        lines.append("  " + translate("Headless", "{count} streaks closed without their end message").format(
            count=_n(t.closed_without_end)))
    if engine.gaps:
        lines.append("  " + translate("Headless", "{count} gaps in the connection: totals may miss gifts sent "
                                                  "then").format(count=_n(len(engine.gaps))))
    if engine.timer.model.status != "idle":
        s = engine.timer.model.state
        lines.append("  " + translate("Headless", "subathon timer {state} (added {time} from {coins} coins, {subs} "
                                                  "subs, {follows} follows)").format(
            state=_timer_words(engine), time=countdown(s.added_s), coins=_count(s.coins), subs=_n(s.subs),
            follows=_n(s.follows)))
    return lines


def _unsaved(engine: Engine, result: RunResult) -> str:
    """What the ledger file holds of the session, when the writer could not finish: the totals
    above were counted, not all saved, and a creator must not take them for the ledger's."""
    t = result.tallies
    why = (engine.ledger_problem or translate("Headless", "the ledger could not be written")).rstrip(".")
    try:
        with Reader(engine.db_path) as reader:
            saved = reader.tallies([result.session_id])
    except (sqlite3.Error, OSError, StoreError):
        return "  " + translate("Headless", "NOT SAVED: {why}; the ledger file could not be read to tell how much of "
                                            "this session it holds").format(why=why)
    return "  " + translate("Headless", "NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts "
                                        "({saved_coins} of {coins} coins); the rest is lost when this run ends (a "
                                        "recording, if one was made, can be replayed once the problem is "
                                        "solved)").format(why=why, saved_gifts=_count(saved.gifts), gifts=_count(t.gifts),
                                                          saved_coins=_count(saved.coins), coins=_count(t.coins))


def run_headless(engine: Any, out: TextIO = sys.stderr, extra: Callable[[Any], Awaitable[None]] | None = None,
                 after: Callable[[Any], Awaitable[None]] | None = None, printer: Any = None) -> Any:
    """Run the engine on this thread's own loop until the source ends, Ctrl-C or SIGTERM.

    ``extra`` is awaited before the run (e.g. to start the overlay server on this loop),
    ``after`` once it is over, whatever happened (e.g. to stop that server cleanly).
    ``engine`` may be a ``Multistream`` (several sources), with its own ``printer``.
    """

    async def main() -> Any:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, engine.request_stop)
            except (NotImplementedError, RuntimeError):  # Windows, or not the main thread
                pass
        nonlocal printer
        printer = printer or ProgressPrinter(engine, out)
        engine.add_publisher(printer)
        if extra is not None:
            await extra(engine)
        try:
            result = await engine.run()
        finally:
            if after is not None:
                await after(engine)
        printer._line(printer.status(), final=True)
        return result

    return asyncio.run(main())  # (a RunResult, or a MultiRunResult for a multistream)
