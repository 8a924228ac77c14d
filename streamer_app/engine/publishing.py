"""Who hears the engine's updates: the overlay feed, the window's bridge, the actions, a relay.

One fan-out for an ``Engine`` and a ``Multistream`` alike. Publishers are called on the engine
loop, in the order they were added, with updates they must treat as read-only; a publisher
that raises is logged and skipped, because a broken view must never stop the ledger.
"""

from __future__ import annotations

import logging
from typing import Protocol

from ..core.snapshot import Update

log = logging.getLogger(__name__)


class Publisher(Protocol):
    def publish(self, update: Update) -> None: ...


class Publishing:
    """``publishers`` (a list its owner makes) and the fan-out over them."""

    publishers: list[Publisher]

    def add_publisher(self, p: Publisher) -> None:
        self.publishers.append(p)

    def remove_publisher(self, p: Publisher) -> None:
        if p in self.publishers:
            self.publishers.remove(p)

    def _publish(self, update: Update) -> None:
        for p in list(self.publishers):
            try:
                p.publish(update)
            except Exception:  # a broken view must never stop the ledger
                log.exception("publisher %r failed", p)
