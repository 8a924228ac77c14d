"""Several sources at once (multistreaming): one engine and one session per source, one writer.

Why engines side by side rather than one engine with a session per source: an ``Engine``
already is exactly one session's state (its count-once counter, in-flight history, tallies,
stream clock, gaps, closing rules), and each platform has its own clock and its own end.
Running one per source keeps every one of those rules as it is for one source; what they
share is the ledger file, and that has one ``LedgerWriter`` (one writer thread, one
transaction per group commit) that all of them queue to. The writer numbers operations
in submission order across engines, so each engine's "committed up to seq" questions keep
their meaning.

A ``Multistream`` looks like an engine to everything that follows one (the engine thread,
headless mode, the overlay server, the window's bridge): ``run()``, ``request_stop()``,
``add_publisher``, ``snapshot()``. Its publishers get every engine's updates with the
``platform`` they came from, and one ``end`` once all have ended; its snapshot is the sum
(``core/multistream.sum_snapshots``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import translate
from ..core.multistream import MultiSnapshot, sum_snapshots
from ..core.platform_income import platform_of
from ..core import events as ev
from ..core.snapshot import Update
from ..settings import Settings
from ..sources.base import Source
from ..sources.errors import SourceError
from ..store.database import DB_FILENAME
from ..store.writer import CommitReport, LedgerWriter
from .subathon import EngineTimer
from .engine import Engine, RunResult
from .publishing import Publisher, Publishing

log = logging.getLogger(__name__)

SNAPSHOT_REUSE_S = 0.05


@dataclass
class MultiRunResult:
    """How each source's run ended, in the order the sources were given."""

    results: list[RunResult | None]
    errors: list[str | None]  # one sentence for a source that failed (its engine stopped, the others went on)
    committed: bool  # every engine's rows and the writer's last commit are on disk
    reasons: list[str] = field(default_factory=list)

    @property
    def session_ids(self) -> list[int]:
        return [r.session_id for r in self.results if r is not None and r.session_id]

    @property
    def reason(self) -> str:
        """Why each source ended, as one line (where one source's ``RunResult.reason`` is read)."""
        return "; ".join(dict.fromkeys(r for r in self.reasons if r))


class _Relay:
    """One engine's publisher: its updates go on to the multistream's, marked with the platform."""

    def __init__(self, owner: Multistream, engine: Engine) -> None:
        self.owner, self.engine = owner, engine

    def publish(self, update: Update) -> None:
        if update.get("type") == "end":
            return  # the multistream says "end" once, when every source has ended
        owner = self.owner
        if len(owner.engines) == 1:  # one source: its updates as they are (no mark to tell apart)
            owner._publish(update)
            return
        # A new dict (updates are read-only and shared): the mark says which platform it is.
        owner._publish({**update, "platform": owner.platform(self.engine)})


class Multistream(Publishing):
    """Run with ``await multi.run()``; stop every source with ``multi.request_stop()``."""

    def __init__(self, sources: Sequence[Source], data_dir: Path, settings: Settings) -> None:
        if not sources:
            raise ValueError("a multistream needs at least one source")
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.db_path = self.data_dir / DB_FILENAME
        self.writer = LedgerWriter(self.db_path, on_commit=self._on_commit, on_problem=self._on_problem)
        self.engines: list[Engine] = []
        self.publishers: list[Publisher] = []
        self._claimed: set[tuple[str, str]] = set()
        for s in sources:
            self._engine(s)
        self._tasks: list[asyncio.Future[tuple[RunResult | None, str | None]]] = []
        self._stop = asyncio.Event()
        self._snap: tuple[int, float, MultiSnapshot] | None = None  # (top, when, the sum)
        self._ended = False

    # -- looks like an engine ----------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        return self.engines[0].session_id

    @property
    def session_ids(self) -> list[int]:
        return [e.session_id for e in self.engines if e.session_id is not None]

    def request_stop(self) -> None:
        self._stop.set()  # (as an Engine's: a stop was asked)
        for e in self.engines:
            e.request_stop()

    @property
    def timer(self) -> EngineTimer:
        """The night's subathon timer (the window's controls steer it): the first source's."""
        return self.engines[0].timer

    def add_timer_seconds(self, seconds: float, cause: str) -> None:
        """The actions' ``timer_add``, as an Engine's."""
        self.engines[0].add_timer_seconds(seconds, cause)

    def platform(self, engine: Engine) -> str:
        info = engine.info
        if info is not None:
            return platform_of(info.kind, info.extra)
        return platform_of(str(getattr(engine.source, "kind", "")), {"platform": getattr(engine.source, "platform", None)})

    def snapshot(self, top: int = 10) -> MultiSnapshot:
        """The night's sum with its per-platform breakdown (engine loop only).

        The window's bridge and the overlay feed each ask about 10 times a second; one sum
        serves both for ``SNAPSHOT_REUSE_S`` (every engine's snapshot is a few ms of Python
        that holds the GIL the GUI thread needs). Read-only, as every snapshot.
        """
        now = time.monotonic()
        cached = self._snap
        if cached is not None and cached[0] == top and now - cached[1] < SNAPSHOT_REUSE_S:
            return cached[2]
        snap = sum_snapshots([(self.platform(e), e.snapshot(top)) for e in self.engines], top=top)
        self._snap = (top, now, snap)
        return snap

    # -- the run -------------------------------------------------------------------------
    def add(self, source: Source) -> Engine:
        """One more source, beside the running ones (engine loop; the window's "Add source").

        Its engine shares the writer and starts at once when the night is running; refused
        (ValueError) once the night has ended, as its writer is gone.
        """
        if self._ended:
            raise ValueError("the multistream has ended: start a new one")
        engine = self._engine(source)
        if self._tasks:
            self._tasks.append(asyncio.ensure_future(self._run_one(engine)))
        return engine

    def _engine(self, source: Source) -> Engine:
        engine = Engine(source, self.data_dir, self.settings, writer=self.writer)
        engine.timer.owner = not self.engines  # one subathon timer a night: the first source's
        engine.add_publisher(_Relay(self, engine))
        engine.claim = self._claim
        self.engines.append(engine)
        return engine

    def _claim(self, info: ev.SourceInfo) -> None:
        """One engine per session: two engines counting one session would count it twice."""
        key = (info.kind, info.room_id)
        if key in self._claimed:
            raise SourceError(translate("Sources", "{name} ({kind}) is already connected tonight").format(
                name=info.creator or info.room_id, kind=info.kind))
        self._claimed.add(key)

    async def run(self) -> MultiRunResult:
        await asyncio.to_thread(self.writer.start)  # opening may migrate; StoreError propagates
        outcomes: list[tuple[RunResult | None, str | None]] = []
        committed = False
        try:
            self._tasks = [asyncio.ensure_future(self._run_one(e)) for e in self.engines]
            while True:  # a source added meanwhile joins the wait; none is left behind the writer
                n = len(self._tasks)
                outcomes = list(await asyncio.gather(*self._tasks))
                if len(self._tasks) == n:
                    break
        finally:
            self._ended = True  # (no await since the last look: nothing can be added in between)
            if any(not t.done() for t in self._tasks):  # only when this run itself was cancelled
                for task in self._tasks:
                    task.cancel()
                await asyncio.gather(*self._tasks, return_exceptions=True)
            committed = await asyncio.to_thread(self.writer.stop, 30.0)
        result = MultiRunResult(
            results=[r for r, _ in outcomes], errors=[e for _, e in outcomes],
            committed=committed and all(r is None or r.committed for r, _ in outcomes),
            reasons=[r.reason if r is not None else (e or "") for r, e in outcomes],
        )
        self._snap = None  # the final picture is fresh
        self._publish({"type": "end", "reason": "; ".join(result.reasons), "committed": result.committed})
        return result

    async def _run_one(self, engine: Engine) -> tuple[RunResult | None, str | None]:
        """One source's run; its failure is one sentence and a state, the others go on."""
        try:
            return await engine.run(), None
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("a source of the multistream stopped with an error")
            text = str(exc) or type(exc).__name__
            self._publish({"type": "state", "state": "failed", "message": text, "retry_at": None,
                           "platform": self.platform(engine)})
            return None, text

    # -- the shared writer's reports (writer thread) --------------------------------------------
    def _on_commit(self, report: CommitReport) -> None:
        for e in self.engines:
            e._on_commit_thread(report)  # (each takes its own rows: engine/own_commits.py)

    def _on_problem(self, text: str | None) -> None:
        for e in self.engines:
            e._on_problem_thread(text)


def describe(multi: Multistream, result: MultiRunResult) -> list[tuple[Engine, RunResult | None, str | None]]:
    """(engine, its result, its error) for each source, for summaries."""
    return list(zip(multi.engines, result.results, result.errors))

