"""The counter's window onto what the ledger file holds, for what its memory let go of."""

from __future__ import annotations

from ..core.counting import Streak, StreakKey
from ..store.queries import Reader


class StoreHistory:
    """The counter's window onto persisted state, for what memory let go of."""

    def __init__(self, reader: Reader, session_id: int) -> None:
        self.reader, self.session_id = reader, session_id

    def msg_id_known(self, msg_id: int) -> bool:
        return self.reader.msg_id_known(self.session_id, msg_id)

    def streak(self, key: StreakKey) -> Streak | None:
        return self.reader.streak(self.session_id, key)
