"""An engine's own ledger rows among the commits of a writer it shares with other engines.

A shared writer's ``CommitReport`` counts every session's rows; each engine numbers what it
sent by the writer's operation seq (one order across engines) and takes its own back out.
"""

from __future__ import annotations

from collections import deque


class OwnCommits:
    def __init__(self) -> None:
        self._ops: deque[tuple[int, int]] = deque()  # (operation seq, ledger rows) not yet committed

    def sent(self, seq: int, rows: int) -> None:
        """Engine thread: rows handed to the writer as operation ``seq``."""
        if rows:
            self._ops.append((seq, rows))

    def committed(self, seq: int) -> int:
        """Writer thread (the only one that takes out): this engine's rows committed up to ``seq``."""
        ops, rows = self._ops, 0
        while ops and ops[0][0] <= seq:
            rows += ops.popleft()[1]
        return rows
