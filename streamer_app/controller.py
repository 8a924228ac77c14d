"""The app's controls, without Qt: which source runs, on which thread, and the overlay server.

The window and headless mode both build their source here (``build_source``, from the
registry ``sources.factory.SOURCES``); the window also runs its engines and the overlay
server through a ``Controller``, which owns the engine thread. Every callback given to a
``Controller`` is called on the engine thread: the window turns them into Qt signals.
The engine, the store and aiohttp are imported on first use, so importing this module
does not slow the first window down (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .settings import Settings

if TYPE_CHECKING:
    from .engine.engine import Engine, RunResult
    from .engine.thread import EngineThread
    from .overlay.server import OverlayServer
    from .sources.factory import DemoOptions

log = logging.getLogger(__name__)

EngineDone = Callable[["Engine", "RunResult | None", "BaseException | None"], None]


def demo_options(given: Mapping[str, Any]) -> DemoOptions:
    """``given`` (from the command line or a test; None = unset) over ``DemoOptions``' defaults."""
    from .sources.factory import DemoOptions

    return DemoOptions(**{k: v for k, v in given.items() if k in ("seed", "speed", "duration", "start")
                          and v is not None})


def build_source(kind: str, target: str, settings: Settings, home: Path,
                 demo: DemoOptions | None = None, speed: float | None = None) -> Any:
    """A source of ``kind`` (a key of ``SOURCES``); its errors are one sentence for the creator.

    ``speed`` is the replay's; None means the demo's (the window replays at the demo's speed).
    """
    from .sources.factory import DemoOptions, SourceRequest, build_source as build

    demo = demo or DemoOptions()
    return build(SourceRequest(kind, target, speed=demo.speed if speed is None else speed, demo=demo),
                 settings, Path(home))


class Controller:
    """Owns the engine thread (started on first use) and the overlay server on its loop."""

    def __init__(self, home: Path, engine_thread: EngineThread | None = None) -> None:
        self.home = Path(home)
        self.engine_thread = engine_thread
        self.overlay: OverlayServer | None = None
        self.overlay_problem = ""

    def thread(self) -> EngineThread:
        if self.engine_thread is None:
            from .engine.thread import EngineThread

            self.engine_thread = EngineThread().start()
        return self.engine_thread

    def run(self, source: Any, settings: Settings, publisher: Any, on_done: EngineDone,
            on_failed: Callable[[str], None]) -> Future[Any]:
        """Stop the running engine (flushing it), then run ``source`` into ``publisher``.

        ``publisher.attach(engine)`` is called before the engine starts; ``on_failed`` gets
        one sentence when the engine could not even be built.
        """
        from .engine.engine import Engine

        home = self.home

        def factory() -> Engine:
            engine = Engine(source, home, settings)
            publisher.attach(engine)
            return engine

        def failed(fut: Future[Any]) -> None:
            if fut.exception() is not None:
                on_failed(str(fut.exception()))

        fut = self.thread().run_engine(factory, [publisher], on_done)
        fut.add_done_callback(failed)
        return fut

    def run_many(self, sources: list[Any], settings: Settings, publisher: Any, on_done: EngineDone,
                 on_failed: Callable[[str], None]) -> Future[Any]:
        """As ``run``, with several sources at once: one session each, one ledger writer, and the
        publisher (and the overlay server) follow their sum (engine/multistream.py)."""
        from .engine.multistream import Multistream

        home = self.home

        def factory() -> Any:
            multi = Multistream(sources, home, settings)
            publisher.attach(multi)
            return multi

        def failed(fut: Future[Any]) -> None:
            if fut.exception() is not None:
                on_failed(str(fut.exception()))

        fut = self.thread().run_engine(factory, [publisher], on_done)
        fut.add_done_callback(failed)
        return fut

    def add_source(self, source: Any) -> Future[Any] | None:
        """Add ``source`` beside those of the running multistream (its own session, at once);
        None when what runs is not a multistream (the caller then starts one with ``run_many``)."""
        thread = self.engine_thread
        engine: Any = thread.engine if thread is not None else None
        if thread is None or not hasattr(engine, "add") or not self.running():
            return None

        async def add() -> Any:
            return engine.add(source)

        return thread.submit(add())

    def running(self) -> bool:
        """True while an engine (or multistream) is running on the thread."""
        thread = self.engine_thread
        return thread is not None and thread.engine is not None and thread.is_running()

    def stop_engine(self) -> None:
        if self.engine_thread is not None:
            self.engine_thread.stop_engine()

    def is_current(self, engine: Engine | None) -> bool:
        """False for an engine that a newer one replaced."""
        return self.engine_thread is None or self.engine_thread.engine is engine

    def start_overlay(self, settings: Settings, on_status: Callable[[str], None]) -> Settings | None:
        """Start the overlay server once on the engine loop; every engine is attached to it.

        Returns the settings with the saved overlay token (None when the server cannot be
        made); ``on_status`` gets the line for the status bar once the server is up or not.
        """
        try:
            from dataclasses import replace

            from .overlay.access import ensure_token, mask_token
            from .overlay.server import OverlayServer
        except ImportError:
            on_status("The browser overlay is not available in this build.")
            return None
        try:
            token = ensure_token(self.home).overlay_token
            settings = replace(settings, overlay_token=token)
            server = OverlayServer(settings)
        except Exception as exc:
            on_status(f"The overlay server could not start: {exc}")
            return None

        def started(fut: Future[Any]) -> None:  # engine thread
            exc = fut.exception()
            if exc is not None:
                self.overlay_problem = f"The overlay server could not start: {exc}"
                on_status(self.overlay_problem)
                return
            self.overlay, self.overlay_problem = server, ""
            warn = " · ⚠ LAN access is on" if server.lan else ""
            on_status(f"Overlay for OBS: {mask_token(server.urls()['alerts'], token)}{warn}"
                      "  (Alerts ▸ Overlays for OBS… for every link)")

        self.thread().add_service(server).add_done_callback(started)
        return settings

    def test_alert(self) -> None:
        """A pretend gift on every overlay page, when the server runs."""
        if self.overlay is not None and self.engine_thread is not None:
            self.engine_thread.call_soon(self.overlay.send_test_alert)

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Stop the engine (flushing its ledger), the overlay server and the thread."""
        return self.engine_thread is None or self.engine_thread.shutdown(timeout)
