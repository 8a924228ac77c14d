"""The engine's own thread: one asyncio loop that runs successive engines beside the window.

Electrum-style (``create_and_start_event_loop``): a daemon thread owns a loop for the
whole life of the app. Switching source (demo, a TikTok @handle, a replay file) stops
the running engine, waits until its ledger is flushed, and starts the next one on the
same loop. Long-lived services (the overlay server) are started once on that loop and
attached to each new engine. Every method here is safe to call from any thread.
Qt-free: the window talks to it through plain callables.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Coroutine, Sequence
from typing import Any, Callable, Protocol

from .engine import Engine, Publisher, RunResult

log = logging.getLogger(__name__)


class Service(Protocol):
    """Something that lives on the engine loop across engines (e.g. the overlay server)."""

    async def start(self) -> Any: ...

    def attach(self, engine: Engine) -> None: ...

    def detach(self) -> None: ...

    async def stop(self) -> Any: ...


EngineDone = Callable[[Engine, RunResult | None, BaseException | None], None]


class EngineThread:
    """A daemon thread with its own loop; ``run_engine`` replaces whatever engine is running."""

    def __init__(self, name: str = "engine") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._ready = threading.Event()
        self._services: list[Service] = []
        self.engine: Engine | None = None
        self._task: asyncio.Task[RunResult | None] | None = None
        self._switch_lock: asyncio.Lock | None = None  # created on the loop

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> "EngineThread":
        self._thread.start()
        self._ready.wait()
        return self

    def _main(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._switch_lock = asyncio.Lock()
        self.loop.call_soon(self._ready.set)
        try:
            self.loop.run_forever()
        finally:
            try:
                pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
                for t in pending:
                    t.cancel()
                if pending:
                    self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            finally:
                self.loop.close()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self.loop.is_closed()

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Stop the engine (flushing its ledger), then the services, then the loop.

        Returns False if the engine could not finish within ``timeout``.
        """
        if not self.running:
            return True
        ok = True
        try:
            self.submit(self._shutdown()).result(timeout)
        except concurrent.futures.TimeoutError:
            log.error("the engine did not stop within %.0f s", timeout)
            ok = False
        except Exception:
            log.exception("shutting down the engine thread failed")
            ok = False
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5.0)
        return ok

    async def _shutdown(self) -> None:
        await self._stop_current()
        for s in reversed(self._services):
            try:
                await s.stop()
            except Exception:
                log.exception("stopping service %r failed", s)
        self._services.clear()

    # -- thread-safe entry points ------------------------------------------------------
    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args)`` on the engine loop (fire and forget)."""
        self.loop.call_soon_threadsafe(fn, *args)

    def submit(self, coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
        """Run a coroutine on the engine loop; returns a concurrent future."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call(self, fn: Callable[[], Any], timeout: float | None = 10.0) -> Any:
        """Run ``fn()`` on the engine loop and wait for its result (never from the loop itself)."""

        async def run() -> Any:
            return fn()

        return self.submit(run()).result(timeout)

    def add_service(self, service: Service) -> concurrent.futures.Future[Any]:
        """Start ``service`` once on the loop; it is attached to every engine from now on."""

        async def add() -> Any:
            result = await service.start()
            self._services.append(service)
            if self.engine is not None and self._task is not None and not self._task.done():
                service.attach(self.engine)
            return result

        return self.submit(add())

    def run_engine(
        self,
        factory: Callable[[], Engine],
        publishers: Sequence[Publisher] = (),
        on_done: EngineDone | None = None,
    ) -> concurrent.futures.Future[Any]:
        """Stop the current engine, then build one with ``factory`` on the loop and run it.

        The returned future resolves to the new engine once it is running (or raises
        what ``factory`` raised). ``on_done(engine, result, error)`` is called on the
        engine loop when that run ends, however it ends.
        """
        return self.submit(self._switch(factory, list(publishers), on_done))

    def is_running(self) -> bool:
        """True while the current engine's run has not ended."""
        return self._task is not None and not self._task.done()

    def stop_engine(self) -> concurrent.futures.Future[Any]:
        """Stop the running engine (its ledger is flushed); resolves when it has ended."""
        return self.submit(self._stop_current())

    # -- on the loop ---------------------------------------------------------------------
    async def _switch(self, factory: Callable[[], Engine], publishers: list[Publisher],
                      on_done: EngineDone | None) -> Engine:
        assert self._switch_lock is not None
        async with self._switch_lock:
            await self._stop_current()
            engine = factory()
            for p in publishers:
                engine.add_publisher(p)
            for s in self._services:
                try:
                    s.attach(engine)
                except Exception:
                    log.exception("attaching service %r failed", s)
            self.engine = engine
            self._task = asyncio.ensure_future(self._run(engine, on_done))
            return engine

    async def _run(self, engine: Engine, on_done: EngineDone | None) -> RunResult | None:
        result: RunResult | None = None
        error: BaseException | None = None
        try:
            result = await engine.run()
        except asyncio.CancelledError:
            error = RuntimeError("the engine was cancelled")
            raise
        except BaseException as exc:  # reported through on_done; never a silent death
            log.exception("the engine stopped with an error")
            error = exc
        finally:
            for s in self._services:
                try:
                    s.detach()
                except Exception:
                    log.exception("detaching service %r failed", s)
            if on_done is not None:
                try:
                    on_done(engine, result, error)
                except Exception:
                    log.exception("on_done callback failed")
        return result

    async def _stop_current(self) -> None:
        task, engine = self._task, self.engine
        if task is None or engine is None:
            return
        if not task.done():
            engine.request_stop()
            try:
                await task
            except BaseException:  # already logged and reported by _run
                pass
        self._task = None
