"""Twitch and YouTube paid messages on their way to the ledger (the engine's side of m003)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.events import PaidEvent
from ..core.in_flight import InFlightHistory
from ..core.platform_income import subscriptions_in
from ..store.writer import LedgerWriter

if TYPE_CHECKING:
    from .subathon import EngineTimer


class PaidQueue:
    """Counted paid messages and their message ids, handed to the writer as one operation.

    The ids go with the rows they explain, never with the gifts' ids: one operation lands in
    one commit, so after a crash a paid message is either counted and known, or neither (and
    counted when the platform sends it again).
    """

    def __init__(self) -> None:
        self.unwritten: list[PaidEvent] = []
        self.msg_ids: list[int] = []
        self._unconverted: set[str] = set()  # currencies without an exchange rate, said once each

    def first_unconverted(self, currency: str) -> bool:
        """Whether ``currency`` lacks an exchange rate for the first time this run (to say it once)."""
        new = currency not in self._unconverted
        self._unconverted.add(currency)
        return new

    def add(self, event: PaidEvent) -> None:
        self.unwritten.append(event)
        self.msg_ids.append(event.msg_id)

    def flush(self, writer: LedgerWriter, session_id: int, in_flight: InFlightHistory,
              timer: EngineTimer | None = None) -> None:
        """Hand the queued rows to the writer; the subathon time their subs and memberships add is
        credited now and saved in the same operation (a crash keeps both or neither: a paid
        message counted again after a restart never adds its time twice)."""
        if self.unwritten:
            subs = sum(subscriptions_in(e) for e in self.unwritten)
            state = timer.take_dirty() if timer is not None and subs and timer.credit(subs=subs, cause="subs") else None
            seq = writer.write_paid(session_id, self.unwritten, self.msg_ids, state)
            # Until the writer commits them, the counter's questions about these ids are answered here.
            in_flight.sent(seq, self.msg_ids)
            self.unwritten, self.msg_ids = [], []
