"""The actions runner: an engine publisher that matches on the engine loop and acts on its own thread.

``publish(update)`` runs on the engine loop for every update and must stay cheap: it asks
the compiled ``Matcher``, lets the ``Gate`` apply cooldowns and the rate limit, and puts
what fired on a bounded queue (``queue.SimpleQueue``: one C call, no lock dance). When the
queue is full the firing is dropped and counted (``dropped``), never waited for: counting
comes first. The runner's thread has its own asyncio loop; it takes one firing at a time
when one of ``concurrency`` slots is free and runs each rule's actions in order, logging
each result in the ``ActionLog``. A webhook that hangs holds one slot until its timeout,
nothing else.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Callable

from ..core.platform_income import platform_of
from ..core.snapshot import Update
from ..i18n import translate
from .executors import EXECUTORS, ActionContext, ActionFailed, Speaker
from .log import LOG_FILENAME, ActionLog
from .matching import Gate, Match, Matcher
from .rules import Rule, actions_path, load_rules

log = logging.getLogger(__name__)

QUEUE_SIZE = 1000  # firings waiting; more are dropped and counted
DEFAULT_PER_SECOND = 25.0  # the global rate limit (settings.actions_per_second), in stream time
CONCURRENCY = 8  # firings acting at once (a hung webhook holds one)
STOP_GRACE_S = 5.0  # how long stop() lets running actions finish
_STOP = object()
_active: ActionRunner | None = None

# What one update set off: its matches (when.event, rules, what the event adds), the update,
# the source's platform. One queue item per update, however many rules it fired.
Firing = tuple[Sequence[Match], Mapping[str, Any], str]


def active_runner() -> ActionRunner | None:
    """The runner that is running (the window's or headless mode's), for ``rules.fire_rule``."""
    return _active


def build_runner(data_dir: Path, settings: Any) -> ActionRunner:
    """A runner with the data folder's actions.json and the settings' rate limit (not started)."""
    per_second = float(getattr(settings, "actions_per_second", DEFAULT_PER_SECOND))
    return ActionRunner.from_data_dir(data_dir, per_second=per_second, burst=burst_for(per_second))


def burst_for(per_second: float) -> int:
    # Bursts of ten seconds' worth: a gift storm's first seconds all act, a flood over minutes does not.
    return max(1, int(per_second * 10))


def event_of(kind: str, update: Mapping[str, Any], extra: Mapping[str, Any] | None, platform: str) -> dict[str, Any]:
    """The event actions see (and webhooks post): the update's fields (its ``type`` included),
    the rule's ``event`` kind and the ``platform``."""
    event: dict[str, Any] = {"event": kind, "platform": update.get("platform") or platform}
    event.update(update)
    if extra:
        event.update(extra)
    return event


class ActionRunner:
    """Start with ``start()``, add to an engine with ``attach(engine)`` (engine loop), ``stop()`` at the end."""

    def __init__(self, data_dir: Path, rules: Sequence[Rule] = (), problems: Sequence[str] = (), *,
                 per_second: float = DEFAULT_PER_SECOND, burst: int = int(DEFAULT_PER_SECOND * 10),
                 queue_size: int = QUEUE_SIZE,
                 concurrency: int = CONCURRENCY, action_log: ActionLog | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.log = action_log if action_log is not None else ActionLog(self.data_dir / LOG_FILENAME)
        self.rules = list(rules)  # as loaded, off ones included (Matcher keeps the enabled ones)
        self.matcher = Matcher(rules)
        self.gate = Gate(per_second, burst)
        self.problems = list(problems)
        self.queue_size = queue_size
        self.concurrency = concurrency
        self.engine: Any = None
        self.speakers: list[Speaker] = []  # the window's text-to-speech (runner thread)
        self.fallback_post: Callable[[Update], bool] | None = None  # no engine: e.g. the overlay
        self.dropped = 0  # firings the full queue refused (engine loop)
        self.fired = 0  # rule firings queued (engine loop)
        self.done = 0  # actions that worked (runner thread)
        self.failed = 0  # actions that failed (runner thread)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._main: asyncio.Task[None] | None = None
        self._ready = threading.Event()
        self._http: Any = None
        self._dropped_logged = 0
        self._limited_logged = 0

    @classmethod
    def from_data_dir(cls, data_dir: Path, **kw: Any) -> ActionRunner:
        """A runner with the rules of the data folder's actions.json (its problems in the log)."""
        rules, problems = load_rules(actions_path(data_dir))
        return cls(data_dir, rules, problems, **kw)

    # -- engine loop ----------------------------------------------------------------------------
    def attach(self, engine: Any) -> None:
        """Follow ``engine``: its updates set rules off (call before it runs, or on its loop)."""
        if self.engine is not None and self.engine is not engine:
            self.engine.remove_publisher(self)  # a finished engine: its late updates fire nothing
        self.engine = engine
        engine.add_publisher(self)

    def detach(self, engine: Any = None) -> None:
        if self.engine is not None and (engine is None or engine is self.engine):
            self.engine.remove_publisher(self)
            self.engine = None

    def publish(self, update: Mapping[str, Any]) -> None:
        """The engine's publisher hook: match, gate, queue (cheap; never blocks)."""
        fn = self.matcher.table.get(update.get("type"))  # type: ignore[arg-type]
        if fn is None:
            if update.get("type") == "session":
                self._on_session()
            return
        found = fn(update)
        if not found:
            return
        matcher, gate = self.matcher, self.gate
        if gate.per_second > 0 or matcher.cooldowns:
            found = gate.admit_all(found, update.get("ts") or 0.0, matcher.cooldowns)
            if not found:
                return
        self._put((found, update, matcher.platform))

    def _put(self, firing: Firing) -> bool:
        n = 0
        for m in firing[0]:
            n += len(m[1])
        if self._queue.qsize() >= self.queue_size:
            self.dropped += n
            return False
        self.fired += n
        self._queue.put(firing)
        return True

    def _on_session(self) -> None:
        engine = self.engine
        if engine is None:
            return
        # One engine, or a multistream of several (engine/multistream.py): its updates name their
        # platform when several run; the first source's is the one for those that do not.
        engines = getattr(engine, "engines", None) or [engine]
        info = getattr(engines[0], "info", None)
        if info is not None:
            self.matcher.platform = platform_of(info.kind, info.extra)
        # A resumed session's like total is not new: only multiples passed from now on fire.
        self.matcher.like_total = max(self.matcher.like_total, *(e.tallies.likes for e in engines))

    def reload(self, rules: Sequence[Rule], problems: Sequence[str] = ()) -> None:
        """Use new rules (after the editor saved them); the like total seen so far is kept."""
        matcher = Matcher(rules, self.matcher.platform)
        matcher.like_total = self.matcher.like_total
        self.rules = list(rules)
        self.matcher = matcher
        self.problems = list(problems)
        self._log_rules()

    def reload_if_changed(self) -> bool:
        """Read actions.json again (a stream starts: the file may have been edited by hand)."""
        rules, problems = load_rules(actions_path(self.data_dir))
        if rules == self.rules and problems == self.problems:
            return False
        self.reload(rules, problems)
        return True

    def fire_rule(self, rule: Rule, event: Mapping[str, Any]) -> str:
        """Run ``rule``'s actions with ``event`` now: no filters, no cooldown (any thread)."""
        kind = str(event.get("event", rule.event))
        update = {k: v for k, v in event.items() if k != "event"}
        if not self._put((((kind, (rule,), None),), update, str(event.get("platform", "tiktok")))):
            return translate("Actions", "'{rule}' was not run: the actions queue is full").format(rule=rule.name)
        return translate("Actions", "'{rule}' fired: see the actions log").format(rule=rule.name)

    def set_rate(self, per_second: float) -> None:
        """A new global rate limit (settings saved); cooldowns and counters are kept."""
        gate = self.gate
        gate.per_second, gate.burst = float(per_second), float(burst_for(per_second))
        gate.tokens = min(gate.tokens, gate.burst)

    def stats(self) -> dict[str, int]:
        return {"fired": self.fired, "done": self.done, "failed": self.failed, "dropped": self.dropped,
                "cooled": self.gate.cooled, "limited": self.gate.limited, "queued": self._queue.qsize()}

    # -- the thread -----------------------------------------------------------------------------
    def start(self) -> ActionRunner:
        global _active
        self._thread = threading.Thread(target=self._thread_main, name="actions", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        _active = self
        self._log_rules()
        return self

    def _log_rules(self) -> None:
        rules, problems = len(self.matcher.rules), len(self.problems)
        if rules or problems:
            self.log.add("", "", not problems, f"{rules} rule{'s' * (rules != 1)} on" + (
                f"; {problems} problem{'s' * (problems != 1)} in actions.json" if problems else ""))
        for p in self.problems:
            self.log.add("", "", False, p)

    def stop(self, timeout: float = STOP_GRACE_S) -> None:
        """Let queued and running actions finish for up to ``timeout`` s, then cancel the rest."""
        global _active
        if _active is self:
            _active = None
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        self._queue.put(_STOP)
        thread.join(timeout)
        if thread.is_alive() and loop is not None and self._main is not None:
            loop.call_soon_threadsafe(self._main.cancel)
            self._queue.put(_STOP)  # wakes a take() that is still waiting
            thread.join(5.0)
        self._report_drops()
        self._thread = None

    def _thread_main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._main = loop.create_task(self._consume())
            self._ready.set()
            loop.run_until_complete(asyncio.gather(self._main, return_exceptions=True))
            loop.run_until_complete(self._close_http())
        finally:
            self._ready.set()
            loop.close()

    async def _consume(self) -> None:
        slots = asyncio.Semaphore(self.concurrency)
        running: set[asyncio.Task[None]] = set()
        reporter = asyncio.ensure_future(self._report_drops_every(1.0))
        try:
            while True:
                await slots.acquire()
                item = await asyncio.to_thread(self._queue.get)
                if item is _STOP:
                    slots.release()
                    break
                found, update, platform = item
                first = True
                for kind, rules, extra in found:
                    event = event_of(kind, update, extra, platform)
                    for rule in rules:
                        if not first:
                            await slots.acquire()
                        first = False
                        task = asyncio.ensure_future(self._run_rule(rule, event))
                        running.add(task)
                        task.add_done_callback(running.discard)
                        task.add_done_callback(lambda _: slots.release())
            if running:
                await asyncio.wait(running)
        finally:
            reporter.cancel()
            for task in list(running):
                task.cancel()

    async def _run_rule(self, rule: Rule, event: dict[str, Any]) -> None:
        ctx = ActionContext(self.data_dir, self._post, lambda: self.engine, self._session, self.speakers)
        for action in rule.actions:
            try:
                message = await EXECUTORS[action.type](ctx, action, rule.name, event)
            except ActionFailed as exc:
                self.failed += 1
                self.log.add(rule.name, action.type, False, str(exc))
            except asyncio.CancelledError:
                self.log.add(rule.name, action.type, False, "stopped before it finished (the app was closing)")
                raise
            except Exception as exc:  # an executor's bug must not stop the other actions
                log.exception("action %s of rule %r failed", action.type, rule.name)
                self.failed += 1
                self.log.add(rule.name, action.type, False, f"failed unexpectedly: {exc!r}")
            else:
                self.done += 1
                self.log.add(rule.name, action.type, True, message)

    def _post(self, update: Update) -> bool:
        """Send an alert or media update out through the engine (its loop), else the fallback."""
        engine = self.engine
        loop = getattr(engine, "_loop", None) if engine is not None else None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(engine._publish, update)
            return True
        if self.fallback_post is not None:
            return self.fallback_post(update)
        return False

    async def _session(self) -> Any:
        import aiohttp

        if self._http is None:
            self._http = aiohttp.ClientSession()
        return self._http

    async def _close_http(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def _report_drops_every(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            self._report_drops()

    def _report_drops(self) -> None:
        limited = self.gate.limited
        if limited > self._limited_logged:
            self.log.add("", "", False, f"{limited - self._limited_logged} rule firings skipped: over the rate limit "
                         f"of {self.gate.per_second:g} a second (actions_per_second; {limited} in all this run)")
            self._limited_logged = limited
        dropped = self.dropped
        if dropped > self._dropped_logged:
            self.log.add("", "", False, f"{dropped - self._dropped_logged} rule firings dropped: the actions "
                         f"queue was full ({dropped} in all this run); counting was not slowed")
            self._dropped_logged = dropped
