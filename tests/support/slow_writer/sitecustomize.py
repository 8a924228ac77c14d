"""Slows the ledger writer of any streamer-app process started with this folder on PYTHONPATH.

A stand-in for a slow disk (a USB stick, a network folder, an antivirus scanning every write):
each commit first waits ``SLOW_WRITER_DELAY_S`` seconds, plus a random stall of up to
``SLOW_WRITER_STALL_S`` seconds on one commit in ten. Only the timing changes, never what is
written, so every total must come out exactly as on a fast disk.
"""

import os
import random
import time

_delay = float(os.environ.get("SLOW_WRITER_DELAY_S", "0") or 0)
_stall = float(os.environ.get("SLOW_WRITER_STALL_S", "0") or 0)

if _delay or _stall:
    from streamer_app.store import writer as _writer

    _original = _writer.LedgerWriter._commit
    _rng = random.Random(os.environ.get("SLOW_WRITER_SEED", "0"))

    def _slow_commit(self, conn, batch):
        time.sleep(_delay + (_rng.uniform(0, _stall) if _rng.random() < 0.1 else 0.0))
        return _original(self, conn, batch)

    _writer.LedgerWriter._commit = _slow_commit
