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

from .i18n import translate
from .settings import Settings

if TYPE_CHECKING:
    from .actions.runner import ActionRunner
    from .engine.engine import Engine, RunResult
    from .engine.thread import EngineThread
    from .obs.browser_sources import PageResult, Progress
    from .obs.client import ObsClient
    from .obs.status import ObsStatus
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
        self.actions: ActionRunner | None = None  # started with the first engine; lives until shutdown
        self.actions_on_replay = False  # replay --actions: rules fire during replays too
        self.action_speakers: list[Callable[[str, str | None], None]] = []  # the window's voice (any thread)
        self.obs: ObsClient | None = None  # while OBS control is on (settings.obs_enabled)

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
        return self._start(lambda: Engine(source, home, settings), source, settings, publisher, on_done, on_failed)

    def _start(self, build: Callable[[], Any], first: Any, settings: Settings, publisher: Any, on_done: EngineDone,
               on_failed: Callable[[str], None]) -> Future[Any]:
        """Run what ``build`` makes (an Engine or a Multistream, on the engine thread) into ``publisher``
        and the actions runner ``first`` (the first source) calls for."""
        runner = self.actions_for(first, settings) if first is not None else None

        def factory() -> Any:
            engine = build()
            publisher.attach(engine)
            if runner is not None:
                runner.attach(engine)
            elif self.actions is not None:
                self.actions.detach()
            return engine

        def failed(fut: Future[Any]) -> None:
            if fut.exception() is not None:
                on_failed(str(fut.exception()))

        fut = self.thread().run_engine(factory, [publisher], on_done)
        fut.add_done_callback(failed)
        return fut

    def actions_for(self, source: Any, settings: Settings) -> ActionRunner | None:
        """The actions runner for ``source`` (started on first use), or None for a replay without
        ``actions_on_replay``: a replay is not a live stream (DESIGN.md section 4, Actions)."""
        if getattr(source, "kind", None) == "replay" and not self.actions_on_replay:
            return None
        if self.actions is None:
            from .actions.runner import build_runner

            self.actions = build_runner(self.home, settings)
            self.actions.speakers = self.action_speakers
            self.actions.fallback_post = self._post_to_overlay
            self.actions.start()
        else:
            self.actions.reload_if_changed()
        return self.actions

    def _post_to_overlay(self, update: Mapping[str, Any]) -> bool:
        """An action's alert or media with no engine running (the editor's "test"): to the overlay."""
        overlay, thread = self.overlay, self.engine_thread
        if overlay is None or thread is None:
            return False
        thread.call_soon(lambda: overlay.feed.publish(update, refresh_totals=False))
        return True

    def run_many(self, sources: list[Any], settings: Settings, publisher: Any, on_done: EngineDone,
                 on_failed: Callable[[str], None]) -> Future[Any]:
        """As ``run``, with several sources at once: one session each, one ledger writer, and the
        publisher (and the overlay server) follow their sum (engine/multistream.py)."""
        from .engine.multistream import Multistream

        home = self.home
        return self._start(lambda: Multistream(sources, home, settings), sources[0] if sources else None, settings,
                           publisher, on_done, on_failed)

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

    def apply_settings(self, settings: Settings) -> None:
        """Settings saved in the window, to what runs on the engine loop: the subathon timer's rules
        (future income follows them) and the likes page's goal (pages read it at their next connect)."""
        if self.actions is not None:  # the actions' rate limit, from the next update on
            self.actions.set_rate(settings.actions_per_second)
        t = self.engine_thread
        if t is None:
            return

        def apply() -> None:
            if t.engine is not None:
                t.engine.settings = settings
                t.engine.timer.set_rules(settings.timer.rules())
            if self.overlay is not None:
                self.overlay.feed.config["likes"] = {"goal": settings.likes.goal, "step": settings.likes.step}
                self.overlay.set_language(settings)  # a new overlay language: open pages reload in it

        t.call_soon(apply)

    def timer_command(self, kind: str, seconds: float = 0.0) -> bool:
        """The subathon timer's controls (start, pause, resume, reset, adjust) to the running engine;
        False when no engine runs (the window's controls are off then)."""
        t = self.engine_thread
        engine = t.engine if t is not None else None
        if t is None or engine is None:
            return False
        t.call_soon(engine.timer.command, kind, seconds)
        return True

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
            on_status(translate("Controller", "The browser overlay is not available in this build."))
            return None
        try:
            token = ensure_token(self.home).overlay_token
            settings = replace(settings, overlay_token=token)
            server = OverlayServer(settings, media_dir=self.home / "media")
        except Exception as exc:
            on_status(translate("Controller", "The overlay server could not start: {error}").format(error=exc))
            return None

        def started(fut: Future[Any]) -> None:  # engine thread
            exc = fut.exception()
            if exc is not None:
                self.overlay_problem = translate("Controller", "The overlay server could not start: {error}").format(
                    error=exc)
                on_status(self.overlay_problem)
                return
            self.overlay, self.overlay_problem = server, ""
            text = translate("Controller", "Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)")
            warn = translate("Controller", " · ⚠ LAN access is on") if server.lan else ""
            on_status(text.format(url=mask_token(server.urls()["alerts"], token) + warn))

        self.thread().add_service(server).add_done_callback(started)
        return settings

    def test_alert(self) -> None:
        """A pretend gift on every overlay page, when the server runs."""
        if self.overlay is not None and self.engine_thread is not None:
            self.engine_thread.call_soon(self.overlay.send_test_alert)

    # -- OBS (streamer_app/obs): its client lives on the engine loop, beside the overlay server --
    def start_obs(self, settings: Settings, on_status: Callable[[ObsStatus], None]) -> None:
        """(Re)start OBS control as the settings say; ``on_status`` gets every state, on the engine thread."""
        from .obs.client import ObsClient
        from .obs.status import ObsState, ObsStatus

        self.stop_obs()
        if not settings.obs_enabled:
            on_status(ObsStatus(ObsState.OFF, "OBS control is off (Settings ▸ OBS); Add to OBS still works."))
            return
        client = ObsClient.from_settings(settings, self.home)
        client.add_listener(on_status)
        self.obs = client
        self.thread().submit(client.start())

    def stop_obs(self, wait: float = 0.0) -> None:
        """Close the OBS connection; ``wait`` seconds at most for it (the window never waits on OBS)."""
        client, self.obs = self.obs, None
        if client is None or self.engine_thread is None or not self.engine_thread.running:
            return
        fut = self.engine_thread.submit(client.stop())
        if wait:
            try:
                fut.result(wait)
            except Exception:  # closing a connection that is gone: nothing to keep
                log.debug("stopping the OBS client failed", exc_info=True)

    def add_to_obs(self, settings: Settings, urls: Mapping[str, str], pages: list[str] | None,
                   progress: Progress | None = None) -> Future[list[PageResult]]:
        """Create or update the pages' browser sources; the future raises ObsError with its sentence."""
        from .obs.browser_sources import add_to_obs

        return self._with_obs(settings, lambda c: add_to_obs(c, urls, pages, progress))

    def update_obs_sources(self, settings: Settings, urls: Mapping[str, str],
                           progress: Progress | None = None) -> Future[list[PageResult]]:
        """After a token rotation: the new links into the sources Add to OBS made."""
        from .obs.browser_sources import update_sources

        return self._with_obs(settings, lambda c: update_sources(c, urls, progress))

    def obs_names(self, settings: Settings) -> Future[dict[str, list[str]]]:
        """OBS's scene and source names, for the actions editor's pickers (``{"scenes", "sources"}``)."""

        async def ask(client: ObsClient) -> dict[str, list[str]]:
            return {"scenes": await client.scene_names(), "sources": await client.input_names()}

        return self._with_obs(settings, ask)

    def sync_obs_sources(self, urls: Mapping[str, str]) -> Future[list[PageResult]] | None:
        """The current links into stale sources Add to OBS made, over the running connection (None: not connected)."""
        from .obs.browser_sources import sync_sources

        client = self.obs
        if client is None or not client.connected:
            return None
        return self.thread().submit(sync_sources(client, urls))

    def _with_obs(self, settings: Settings, work: Callable[[ObsClient], Any]) -> Future[Any]:
        """``work(client)`` on the engine loop: the running connection, else one made for it alone."""
        from .obs.client import ObsClient

        running = self.obs

        async def run() -> Any:
            if running is not None and running.connected:
                return await work(running)
            once = ObsClient.from_settings(settings, self.home)
            await once.connect_once()
            try:
                return await work(once)
            finally:
                await once.stop()

        return self.thread().submit(run())

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Stop OBS control, the engine (flushing its ledger), the overlay server, the thread and the actions."""
        self.stop_obs(wait=3.0)  # a clean close, so OBS does not wait for a dead client
        done = self.engine_thread is None or self.engine_thread.shutdown(timeout)
        if self.actions is not None:
            self.actions.stop(timeout=2.0)  # a hung webhook must not hold the window's closing for long
            self.actions = None
        return done
