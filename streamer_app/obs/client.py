"""One connection to OBS (obs-websocket 5) through simpleobsws, kept up quietly.

Why simpleobsws (docs/OBS.md has the comparison): it is asyncio-native like the engine
and the overlay server, so the connection lives on the loop it is started on, with no
thread of its own; obsws-python is synchronous (websocket-client and a reader thread).

``start()`` (on any loop: the engine's in the window, headless mode's own) keeps the
connection up: it reconnects after a drop with a capped, jittered backoff, and a refused
password is retried rarely (the creator may be fixing it in OBS). ``status`` and the
listeners say how it goes. ``request()`` and the helpers may be awaited from any loop:
a call from another thread's loop (the actions runner's) is carried over to the client's
own loop, so simpleobsws is only ever touched there.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import random
import sys
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .errors import ENABLE_HINT, PASSWORD_HINT, ObsAuthError, ObsError, ObsNotConnected, ObsRequestError
from .status import ObsState, ObsStatus

if TYPE_CHECKING:
    from ..settings import Settings

log = logging.getLogger(__name__)

DEFAULT_PORT = 4455  # obs-websocket 5's default (Tools > WebSocket Server Settings)
# Close codes of obs-websocket 5 (protocol.md, WebSocketCloseCode).
AUTHENTICATION_FAILED = 4009
UNSUPPORTED_RPC_VERSION = 4010
# Scenes (1 << 2) and Inputs (1 << 3): enough to follow the program scene, nothing high-volume.
EVENT_SUBSCRIPTIONS = (1 << 2) | (1 << 3)
MEDIA_RESTART = "OBS_WEBSOCKET_MEDIA_INPUT_ACTION_RESTART"

T = TypeVar("T")
StatusListener = Callable[[ObsStatus], None]


@dataclass(frozen=True)
class Backoff:
    """Seconds between tries: ``first``, doubled up to ``cap``; ``auth_retry`` after a refused password."""

    first: float = 1.0
    cap: float = 30.0
    auth_retry: float = 60.0
    jitter: float = 0.2  # +-20 %, so many apps restarted together do not knock in step

    def spread(self, delay: float) -> float:
        return delay * (1 + random.uniform(-self.jitter, self.jitter))


class ObsClient:
    """A kept connection to one OBS; every public coroutine is safe to await from any loop."""

    _current: ClassVar[ObsClient | None] = None

    def __init__(self, host: str = "127.0.0.1", port: int = DEFAULT_PORT, password: str | None = None,
                 backoff: Backoff = Backoff(), request_timeout: float = 10.0, connect_timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.password = password or ""
        self.backoff = backoff
        self.request_timeout = request_timeout
        self.connect_timeout = connect_timeout
        self.current_scene = ""  # the program scene, followed through CurrentProgramSceneChanged
        self.versions: dict[str, str] = {}  # from Hello: obsStudioVersion, obsWebSocketVersion
        self._status = ObsStatus(ObsState.DISCONNECTED, "Not connected to OBS yet.")
        self._listeners: list[StatusListener] = []
        self._logged: ObsState | None = None
        self._ws: Any = None  # simpleobsws.WebSocketClient while connected
        self._loop: asyncio.AbstractEventLoop | None = None
        self._keeper: asyncio.Task[None] | None = None
        self._stopping = False
        self._connected = asyncio.Event()  # not bound to a loop until first awaited (Python 3.10+)

    @classmethod
    def from_settings(cls, settings: Settings, home: Path, **kw: Any) -> ObsClient:
        """A client for the OBS the settings name, with the password from the keyring."""
        from ..sources.secrets import OBS_PASSWORD, SecretStore

        password = SecretStore(home).get(OBS_PASSWORD)
        return cls(settings.obs_host, settings.obs_port, password, **kw)

    @classmethod
    def current(cls) -> ObsClient | None:
        """The client the app started (window or headless), or None when OBS control is off."""
        return cls._current

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"ws://{host}:{self.port}"

    # -- state ---------------------------------------------------------------------------
    @property
    def status(self) -> ObsStatus:
        return self._status

    @property
    def connected(self) -> bool:
        return self._ws is not None and bool(self._ws.identified)

    def add_listener(self, listener: StatusListener) -> None:
        """``listener(status)`` on every change, called on the client's loop; it must not block."""
        self._listeners.append(listener)
        listener(self._status)

    def _set(self, state: ObsState, message: str) -> None:
        new = ObsStatus(state, message)
        if new == self._status:
            return
        # Quietly: one log line per real change, not one per retry (connecting <-> disconnected).
        if state is not ObsState.CONNECTING and state is not self._logged:
            self._logged = state
            log.info("OBS: %s (%s)", state.value, message)
        self._status = new
        for listener in list(self._listeners):
            try:
                listener(new)
            except Exception:  # a view's fault must not stop the connection
                log.exception("an OBS status listener failed")

    # -- lifecycle (the engine thread's Service protocol: start, attach, detach, stop) ------------
    async def start(self) -> None:
        """Keep the connection up from now on, on the running loop; returns at once."""
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        if self._keeper is None or self._keeper.done():
            self._keeper = asyncio.ensure_future(self._keep_alive())
        ObsClient._current = self

    def attach(self, engine: Any) -> None:
        """Nothing to do per engine: OBS outlives sources."""

    def detach(self) -> None:
        """Nothing to do per engine."""

    async def stop(self) -> None:
        """Close the connection and stop reconnecting."""
        self._stopping = True
        if ObsClient._current is self:
            ObsClient._current = None
        if self._keeper is not None:
            self._keeper.cancel()
            try:
                await self._keeper
            except (asyncio.CancelledError, Exception):
                pass
            self._keeper = None
        await self._drop()
        self._set(ObsState.DISCONNECTED, "Disconnected from OBS.")

    async def connect_once(self) -> None:
        """Connect now or raise ObsError with its sentence (for the command line: no retries)."""
        self._loop = asyncio.get_running_loop()
        await self._connect()

    async def wait_connected(self, timeout: float) -> bool:
        """True once connected (from any loop), False after ``timeout`` seconds."""
        async def wait() -> bool:
            try:
                await asyncio.wait_for(self._connected.wait(), timeout)
            except asyncio.TimeoutError:
                return False
            return True

        return await self._on_own_loop(wait)

    async def close(self) -> None:
        await self.stop()

    async def _keep_alive(self) -> None:
        delay = self.backoff.first
        while not self._stopping:
            pause = delay
            try:
                await self._connect()
                delay = self.backoff.first
                code, reason = await self._until_closed()
                if self._stopping:
                    return
                self._set(ObsState.DISCONNECTED, f"OBS closed the connection ({_why(code, reason)}); reconnecting…")
                pause = self.backoff.first
            except ObsAuthError as exc:
                self._set(ObsState.AUTH_FAILED, str(exc))
                pause = self.backoff.auth_retry
            except ObsError as exc:
                self._set(ObsState.DISCONNECTED, f"{exc} Retrying quietly.")
                delay = min(delay * 2, self.backoff.cap)
            except Exception as exc:  # a library surprise must not end the keeper
                log.exception("unexpected error talking to OBS")
                self._set(ObsState.DISCONNECTED, f"Unexpected error talking to OBS ({type(exc).__name__}); retrying.")
                delay = min(delay * 2, self.backoff.cap)
            await asyncio.sleep(self.backoff.spread(pause))

    # -- the connection ------------------------------------------------------------------
    async def _connect(self) -> None:
        simpleobsws = _library()
        import websockets

        await self._drop()
        self._set(ObsState.CONNECTING, f"Connecting to OBS at {self.host}:{self.port}…")
        params = simpleobsws.IdentificationParameters(eventSubscriptions=EVENT_SUBSCRIPTIONS)
        ws = simpleobsws.WebSocketClient(url=self.url, password=self.password, identification_parameters=params)
        try:
            await asyncio.wait_for(ws.connect(), self.connect_timeout)
        except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException) as exc:
            raise ObsNotConnected(f"OBS is not reachable at {self.host}:{self.port} ({_reason(exc)}): is OBS "
                                  f"running? {ENABLE_HINT} and check that the port is the same.") from None
        identified = asyncio.ensure_future(ws.wait_until_identified(self.connect_timeout))
        await asyncio.wait({identified, ws.recv_task}, return_when=asyncio.FIRST_COMPLETED)
        if identified.done() and identified.result():
            self._ws = ws
            self._ready(ws)
            return
        identified.cancel()
        code, reason = _close_of(ws)
        await _quietly(ws.disconnect())
        raise self._refusal(code, reason)

    def _refusal(self, code: int | None, reason: str) -> ObsError:
        if code == AUTHENTICATION_FAILED:
            if not self.password:
                return ObsAuthError(f"OBS asks for a password and none is saved: {PASSWORD_HINT}.")
            said = (reason or "authentication failed").rstrip(".")
            return ObsAuthError(f"OBS refused the password: {said}. {PASSWORD_HINT[0].upper()}{PASSWORD_HINT[1:]}.")
        if code == UNSUPPORTED_RPC_VERSION:
            return ObsNotConnected("This OBS speaks an obs-websocket version streamer-app does not know: "
                                   "update OBS to version 28 or later.")
        if code is None:
            return ObsNotConnected(f"OBS at {self.host}:{self.port} did not answer: is it obs-websocket 5 "
                                   "(OBS 28 or later)?")
        return ObsNotConnected(f"OBS closed the connection before it was ready ({_why(code, reason)}).")

    def _ready(self, ws: Any) -> None:
        hello = ws.hello_message or {}
        self.versions = {k: str(hello.get(k, "")) for k in ("obsStudioVersion", "obsWebSocketVersion")}
        ws.register_event_callback(self._on_scene_changed, "CurrentProgramSceneChanged")
        self._connected.set()
        version = self.versions["obsStudioVersion"]
        self._set(ObsState.CONNECTED, f"Connected to OBS {version} at {self.host}:{self.port}.".replace("  ", " "))

    async def _on_scene_changed(self, data: dict[str, Any] | None) -> None:
        self.current_scene = str((data or {}).get("sceneName", ""))

    async def _until_closed(self) -> tuple[int | None, str]:
        ws = self._ws
        try:
            await asyncio.shield(ws.recv_task)
        except Exception:  # the reader died on a malformed message: treat it as a drop
            log.debug("the OBS reader stopped", exc_info=True)
        code, reason = _close_of(ws)
        await self._drop()
        return code, reason

    async def _drop(self) -> None:
        ws, self._ws = self._ws, None
        self._connected.clear()
        if ws is not None:
            await _quietly(ws.disconnect())

    # -- requests --------------------------------------------------------------------------
    async def request(self, request_type: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one obs-websocket request; its ``responseData`` (``{}`` when none).

        Raises ObsNotConnected (no connection now), ObsRequestError (OBS said no, with its
        code and comment) or ObsError (no answer in time).
        """
        return await self._on_own_loop(lambda: self._request(request_type, data))

    async def _request(self, request_type: str, data: dict[str, Any] | None) -> dict[str, Any]:
        simpleobsws = _library()
        import websockets

        ws = self._ws
        if ws is None or not ws.identified:
            raise ObsNotConnected(f"Not connected to OBS ({self._status.message})")
        call = asyncio.ensure_future(ws.call(simpleobsws.Request(request_type, data), timeout=self.request_timeout))
        await asyncio.wait({call, ws.recv_task}, return_when=asyncio.FIRST_COMPLETED)
        if not call.done():  # the connection dropped while OBS had the request
            call.cancel()
            raise ObsNotConnected(f"OBS closed the connection before answering {request_type}.")
        try:
            response = call.result()
        except simpleobsws.MessageTimeout:
            raise ObsError(f"OBS did not answer {request_type} within {self.request_timeout:g} s.") from None
        except (simpleobsws.NotIdentifiedError, websockets.exceptions.ConnectionClosed):
            raise ObsNotConnected(f"OBS closed the connection before answering {request_type}.") from None
        if not response.ok():
            raise ObsRequestError(request_type, response.requestStatus.code, response.requestStatus.comment)
        return dict(response.responseData or {})

    async def _on_own_loop(self, make: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Run ``make()`` on the client's loop, awaited from whichever loop calls."""
        loop = asyncio.get_running_loop()
        if self._loop is None or self._loop is loop:
            return await make()
        if self._loop.is_closed() or not self._loop.is_running():  # its thread is gone: nobody would answer
            raise ObsNotConnected("OBS control has stopped.")
        fut: concurrent.futures.Future[T] = asyncio.run_coroutine_threadsafe(make(), self._loop)
        return await asyncio.wrap_future(fut)

    # -- the requests actions use ------------------------------------------------------------------
    async def program_scene(self) -> str:
        """The name of the scene on air."""
        data = await self.request("GetCurrentProgramScene")
        self.current_scene = str(data.get("currentProgramSceneName") or data.get("sceneName") or "")
        return self.current_scene

    async def switch_scene(self, scene: str) -> None:
        await self.request("SetCurrentProgramScene", {"sceneName": scene})

    async def set_source_visible(self, scene: str, source: str, visible: bool) -> None:
        """Show or hide ``source`` in ``scene`` (its scene item's "eye")."""
        found = await self.request("GetSceneItemId", {"sceneName": scene, "sourceName": source})
        await self.request("SetSceneItemEnabled", {"sceneName": scene, "sceneItemId": found["sceneItemId"],
                                                   "sceneItemEnabled": bool(visible)})

    async def restart_media(self, input_name: str) -> None:
        """Play a media source (video, sound) again from its start."""
        await self.request("TriggerMediaInputAction", {"inputName": input_name, "mediaAction": MEDIA_RESTART})

    async def set_text(self, input_name: str, text: str) -> None:
        """Change a text source's text (its other settings stay)."""
        await self.request("SetInputSettings", {"inputName": input_name, "inputSettings": {"text": text},
                                                "overlay": True})

    async def scene_names(self) -> list[str]:
        """Every scene's name, as OBS lists them (for pickers)."""
        data = await self.request("GetSceneList")
        return [str(s.get("sceneName", "")) for s in data.get("scenes", [])]

    async def input_names(self, kind: str | None = None) -> list[str]:
        """Every input's (source's) name, optionally of one kind (``browser_source``, ``text_ft2_source_v2``...)."""
        data = await self.request("GetInputList", {"inputKind": kind} if kind else None)
        return [str(i.get("inputName", "")) for i in data.get("inputs", [])]


def _library() -> Any:
    """simpleobsws, imported on first use without the side effect it has on logging.

    Its import sets the ``websockets`` logger to INFO, and records of a logger with a level
    of its own reach the root handlers whatever the root's level: every connection that
    TikTokLive or we open would print "connection open" lines. Put the level back.
    """
    if "simpleobsws" not in sys.modules:
        ws_logger = logging.getLogger("websockets")
        level = ws_logger.level
        import simpleobsws  # noqa: F401

        ws_logger.setLevel(level)
    return sys.modules["simpleobsws"]


def _close_of(ws: Any) -> tuple[int | None, str]:
    conn = getattr(ws, "ws", None)
    if conn is None:
        return None, ""
    return getattr(conn, "close_code", None), str(getattr(conn, "close_reason", "") or "")


def _why(code: int | None, reason: str) -> str:
    if code is None:
        return "the connection dropped"
    return f"code {code}: {reason}" if reason else f"code {code}"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return "no answer"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return text[:120]


async def _quietly(coro: Coroutine[Any, Any, Any]) -> None:
    try:
        await coro
    except Exception:  # closing a connection that is already gone
        pass
