"""TikTok LIVE through TikTokLive 7.0.1, kept alive for hours.

TikTokLive connects once and never reconnects (DESIGN.md section 3). This source
wraps it in a small state machine:

    connecting -> live -> reconnecting -> live ... -> ended
         |                    ^
         +-> waiting_for_live +    (creator offline: poll until they go live)
         +-> rate_limited ----+    (sign server 429: wait for its reset time)
         +-> failed                (not found, blocked, bad key: nothing to retry)

Every state is a ConnectionStateEvent with one plain sentence and ``retry_at`` for a
countdown. Retries back off exponentially with jitter from 1 s to a cap of about 60 s,
so a storm of reconnects never burns the sign-server quota. A watchdog reconnects
when nothing arrives for 30 s while live; the client task ending for any reason
counts as a disconnect. Every span without a connection is reported as a gap
(``gap_from``/``gap_to``) and the engine records it in the session.

The client runs under the caller's loop (``start``, ``disconnect``, ``web.close``;
never ``close`` or ``run``, which drive the loop themselves). Its events come in
through one synchronous sink that never raises: an exception there would kill the
connection task.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from ..i18n import translate
from ..core import events as ev
from . import secrets as secrets_mod
from . import tiktok_client
from .errors import SourceError
from .recording import Recorder
# classify is imported from here by tests and older code: it moved, its name did not.
from .tiktok_failures import BACKOFF_BASE_S, BACKOFF_CAP_S, backoff_delay, classify  # noqa: F401
from .tiktok_mapping import TikTokMapper, prime_event_metadata

log = logging.getLogger(__name__)

S = ev.ConnectionState

WATCHDOG_S = 30.0
STABLE_AFTER_S = 60.0  # a connection that lasted this long resets the backoff
DISCONNECT_TIMEOUT_S = 5.0


class TikTokSource:
    """One creator's LIVE, as normalized events, reconnecting by itself.

    ``on_state`` receives the states before ``start()`` returns (connecting, waiting
    for the creator to go live, rate limited), when no engine listens yet; after that,
    states arrive as events. ``configure_client`` and ``start_kwargs`` let tests point
    the real client at a local server; the timing parameters let them run fast.
    """

    kind = "tiktok"
    _pending_initial: Any  # the first fetch's result, set by tiktok_client.wrap_sign_step (annotation only)

    def __init__(
        self,
        handle: str,
        *,
        sign_api_key: str | None = None,
        session_id: str | None = None,
        recordings_dir: Path | None = None,
        recordings_max_mb: int | None = None,
        on_state: Callable[[ev.ConnectionStateEvent], None] | None = None,
        configure_client: Callable[[Any], None] | None = None,
        start_kwargs: dict | None = None,
        backoff_base: float = BACKOFF_BASE_S,
        backoff_cap: float = BACKOFF_CAP_S,
        watchdog_s: float = WATCHDOG_S,
        stable_after_s: float = STABLE_AFTER_S,
        rng: Callable[[], float] = random.random,
    ) -> None:
        handle = handle.strip()
        if not handle:
            raise SourceError(translate("Sources", "no TikTok @handle given"))
        self.handle = "@" + handle.lstrip("@")
        self._key = sign_api_key or None
        self._session_id = session_id or None
        secrets_mod.register(self._key)
        secrets_mod.register(self._session_id)
        self.recordings_dir = Path(recordings_dir) if recordings_dir else None
        self.recordings_max_mb = recordings_max_mb
        self.on_state = on_state
        self._configure = configure_client
        self._start_kwargs = dict(start_kwargs or {})
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.watchdog_s, self.stable_after_s = watchdog_s, stable_after_s
        self._rng = rng

        self.mapper = TikTokMapper()
        # Messages TikTokLive could not decode, by method, over every connection of this source.
        self.undecodable: Counter[str] = Counter()
        self.recorder: Recorder | None = None
        self.info: ev.SourceInfo | None = None
        self.state: ev.ConnectionState = S.CONNECTING
        self.connections = 0  # successful connections so far (reconnects = connections - 1)
        self._queue: asyncio.Queue = asyncio.Queue()
        self._started = False
        self._closing = False
        self._ended = False
        self._wake: asyncio.Event | None = None  # made on the loop, in start()
        self._first: asyncio.Future[Any] | None = None
        self._runner: asyncio.Task | None = None
        self._client: Any = None
        self._last_rx_mono = 0.0  # monotonic time of the last WebSocket message (watchdog, gaps)
        self._anchor: tuple[float, float] | None = None  # (TikTok time, monotonic) of the newest message

    # -- the Source protocol ------------------------------------------------------------------
    @property
    def _woken(self) -> asyncio.Event:
        """Set whenever something arrives or the connection task ends (after start())."""
        assert self._wake is not None, "start() first"
        return self._wake

    async def start(self) -> ev.SourceInfo:
        prime_event_metadata()
        loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._first = loop.create_future()
        self._runner = asyncio.create_task(self._supervise(), name=f"tiktok {self.handle}")
        try:
            return await asyncio.shield(self._first)
        except asyncio.CancelledError:
            self._closing = True
            self._runner.cancel()
            raise

    def now(self) -> float:
        """Stream time: TikTok's own clock (message create times), carried forward locally.

        Anchoring to TikTok's timestamps keeps the 15 s streak idle close honest when the
        computer's clock is off; before the first message it is the local clock.
        """
        if self._anchor is None:
            return time.time()
        ts, mono = self._anchor
        return ts + (time.monotonic() - mono)

    async def events(self) -> AsyncIterator[ev.Event]:
        while True:
            item = await self._queue.get()
            if item is None:
                return
            yield item

    async def aclose(self) -> None:
        self._closing = True
        if self._wake is not None:
            self._wake.set()
        runner = self._runner
        if runner is not None and not runner.done():
            try:
                await asyncio.wait_for(asyncio.shield(runner), DISCONNECT_TIMEOUT_S * 2)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                runner.cancel()
            except Exception:
                log.debug("the connection supervisor ended with an error", exc_info=True)
        if self._client is not None:
            await self._drop_client(self._client, None)
        if self.recorder is not None:
            self.recorder.close()

    # -- the state machine ----------------------------------------------------------------------
    async def _supervise(self) -> None:
        attempt = 0
        gap_from: float | None = None
        try:
            while not self._closing:
                self._set_state(S.CONNECTING if not self.connections else S.RECONNECTING,
                                f"Connecting to {self.handle}..." if not self.connections
                                else f"Reconnecting to {self.handle}...")
                try:
                    client, task = await self._connect()
                except asyncio.CancelledError:
                    raise
                except BaseException as exc:  # noqa: BLE001 - every failure gets a sentence and a decision
                    if not await self._retry_after_failure(exc, attempt):
                        return
                    attempt += 1
                    continue
                connected_at = await self._on_connected(client, task, gap_from)
                if connected_at is None:
                    return
                why = await self._watch(client, task)
                # The gap starts at the last message received (on the same stream clock as
                # its end, even if the clock was anchored to TikTok's time meanwhile).
                gap_from = self.now() - (time.monotonic() - self._last_rx_mono)
                await self._drop_client(client, task)
                if self._ended or self._closing:
                    return
                if time.monotonic() - connected_at >= self.stable_after_s:
                    attempt = 0
                await self._reconnect_later(why, attempt)
                attempt += 1
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # a bug here must still end the session cleanly
            log.exception("the TikTok connection supervisor failed")
            self._fail(f"The TikTok connection stopped unexpectedly ({type(exc).__name__}); see the log")
        finally:
            if self._first is not None and not self._first.done():
                self._first.set_exception(SourceError(translate("Sources", "stopped before connecting to {handle}").format(
                    handle=self.handle)))
            self._queue.put_nowait(None)

    async def _retry_after_failure(self, exc: BaseException, attempt: int) -> bool:
        """Say why connecting failed and wait before the next try; False if trying again cannot help."""
        f = classify(exc, self.handle, bool(self._key), time.time())
        log.info("connecting to %s failed: %s", self.handle, secrets_mod.mask(f"{type(exc).__name__}: {exc}"))
        if f.fatal:
            self._fail(f.message)
            return False
        delay = backoff_delay(attempt, self.backoff_base, self.backoff_cap, self._rng)
        retry_at = time.time() + delay
        if f.retry_at is not None and f.retry_at > retry_at:
            # Honour the sign server's reset time, with a little jitter so many
            # app instances do not all return at the same second.
            retry_at = f.retry_at + self._rng() * self.backoff_base
        self._set_state(f.state, f"{f.message}. Retrying in {max(1, round(retry_at - time.time()))} s",
                        retry_at=retry_at)
        await self._sleep_until(retry_at)
        return True

    async def _on_connected(self, client: Any, task: asyncio.Task, gap_from: float | None) -> float | None:
        """Announce the connection (and any gap before it) and resolve start().

        Returns when it connected (monotonic), or None when TikTok put us in a new broadcast:
        that is a new session, so this one ends.
        """
        room_id = str(client.room_id or "")
        if self.info is None:
            self.info = ev.SourceInfo(kind="tiktok", room_id=room_id, creator=self.handle,
                                      started_at=time.time(),
                                      extra={"handle": self.handle, "host_user_id": self.mapper.host_user_id})
        elif room_id and room_id != self.info.room_id:
            await self._drop_client(client, task)
            self._emit(ev.StreamEndEvent(self.now(), f"{self.handle} started a new LIVE; "
                                         "connect again to follow it"))
            self._ended = True
            return None
        self.connections += 1
        connected_at = time.monotonic()
        now = self.now()
        if gap_from is not None and now > gap_from:
            self._set_state(S.LIVE, f"Reconnected to {self.handle}; up to "
                            f"{max(1, round(now - gap_from))} s may be missing", gap_from=gap_from, gap_to=now)
        else:
            self._set_state(S.LIVE, f"Connected to {self.handle}'s LIVE")
        if self._first is not None and not self._first.done():
            self._started = True
            self._first.set_result(self.info)
        return connected_at

    async def _reconnect_later(self, why: str, attempt: int) -> None:
        """Say why the connection ended and wait out the backoff before reconnecting."""
        delay = backoff_delay(attempt, self.backoff_base, self.backoff_cap, self._rng)
        retry_at = time.time() + delay
        self._set_state(S.RECONNECTING, f"{why}; reconnecting in {max(1, round(delay))} s", retry_at=retry_at)
        await self._sleep_until(retry_at)

    async def _connect(self) -> tuple[Any, asyncio.Task]:
        client = self._new_client()
        self._client = client
        self._last_rx_mono = time.monotonic()
        try:
            task = await client.start(**{"fetch_live_check": True, **self._start_kwargs})
        except BaseException:
            await self._drop_client(client, None)
            raise
        task.add_done_callback(lambda _t: self._woken.set())
        if self.recorder is None and self.recordings_dir is not None:
            try:
                self.recorder = Recorder(self.recordings_dir, self.handle, str(client.room_id or "0"),
                                         max_mb=self.recordings_max_mb, host_user_id=self.mapper.host_user_id)
            except OSError as exc:
                log.warning("the flight recorder could not start: %s", exc.strerror or exc)
        return client, task

    def _new_client(self) -> Any:
        return tiktok_client.new_client(self)

    def _wrap_sign_step(self, client: Any) -> None:
        tiktok_client.wrap_sign_step(self, client)

    async def _watch(self, client: Any, task: asyncio.Task) -> str:
        """Wait until the connection ends; returns why, as the start of a sentence."""
        self._record_initial()
        while True:
            self._woken.clear()
            if task.done():
                exc = task.exception() if not task.cancelled() else None
                if self._ended:
                    return "The LIVE ended"
                if exc is not None:
                    log.info("the TikTok connection dropped: %s", secrets_mod.mask(f"{type(exc).__name__}: {exc}"))
                    return "The connection dropped"
                return "TikTok closed the connection"
            if self._closing:
                return "Stopped"
            idle = time.monotonic() - self._last_rx_mono
            if idle >= self.watchdog_s:
                return f"Nothing arrived for {round(idle)} s"
            try:
                await asyncio.wait_for(self._woken.wait(), self.watchdog_s - idle + 0.05)
            except asyncio.TimeoutError:
                pass

    def _record_initial(self) -> None:
        tiktok_client.record_initial(self)

    async def _drop_client(self, client: Any, task: asyncio.Task | None) -> None:
        """Disconnect and close the HTTP client, never hanging on a dead socket."""
        if client is None:
            return
        try:
            await asyncio.wait_for(client.disconnect(), DISCONNECT_TIMEOUT_S)
        except (asyncio.TimeoutError, Exception):
            log.debug("disconnect did not finish cleanly", exc_info=True)
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except BaseException:  # noqa: BLE001 - the task's end is what we wanted
                pass
        try:
            await client.web.close()
        except Exception:
            log.debug("closing the HTTP client failed", exc_info=True)
        if self._client is client:
            self._client = None

    async def _sleep_until(self, at: float) -> None:
        while not self._closing:
            left = at - time.time()
            if left <= 0:
                return
            self._woken.clear()
            try:
                await asyncio.wait_for(self._woken.wait(), left)
            except asyncio.TimeoutError:
                return

    # -- inbound (synchronous, from the client's task; must never raise) ------------------------
    def _on_bytes(self, data: Any) -> None:
        try:
            self._last_rx_mono = time.monotonic()
            if self.recorder is not None and isinstance(data, (bytes, bytearray)):
                self.recorder.write(bytes(data))
        except Exception:
            log.exception("recording a frame failed")

    def _on_tt_event(self, tt_event: Any) -> None:
        try:
            before, unattributed = self.mapper.last_ts, self.mapper.unattributed_recipients
            mapped = self.mapper.map(tt_event, self.now())
            if self.mapper.last_ts > before and (self._anchor is None or self.mapper.last_ts > self.now()):
                self._anchor = (self.mapper.last_ts, time.monotonic())
            if self.mapper.unattributed_recipients and not unattributed:
                log.warning("TikTok did not say who hosts %s's LIVE, so gifts to guests cannot be told apart: "
                            "they count as the creator's", self.handle)
            for e in mapped:
                if isinstance(e, ev.StreamEndEvent) and self.skipped_messages:
                    self._emit(ev.ConnectionStateEvent(e.ts, S.ENDED, f"{e.reason}; {self.skipped_sentence()}"))
                self._emit(e)
                if isinstance(e, ev.StreamEndEvent):
                    self._ended = True
                    self._set_state(S.ENDED, "The creator ended the LIVE", queue=False)
        except Exception:
            log.exception("handling a TikTok event failed")

    @property
    def skipped_messages(self) -> dict[str, int]:
        """Messages dropped so far, by kind: TikTokLive could not decode them (``undecodable
        payload``; the recording keeps their frames) or they had a shape the mapping refused."""
        out = dict(self.mapper.skipped)
        if self.undecodable:
            out["undecodable payload"] = sum(self.undecodable.values())
        return out

    def skipped_sentence(self) -> str:
        n = sum(self.skipped_messages.values())
        return (f"{n} message{'s' if n != 1 else ''} TikTokLive could not decode or we could not read "
                f"{'were' if n != 1 else 'was'} dropped (the recording keeps {'them' if n != 1 else 'it'})")

    # -- outbound ---------------------------------------------------------------------------------
    def _emit(self, e: ev.Event) -> None:
        self._queue.put_nowait(e)

    def _set_state(self, state: ev.ConnectionState, message: str, retry_at: float | None = None,
                   gap_from: float | None = None, gap_to: float | None = None, queue: bool = True) -> None:
        self.state = state
        e = ev.ConnectionStateEvent(self.now(), state, secrets_mod.mask(message), retry_at, gap_from, gap_to)
        if not self._started and state != S.LIVE:
            # Before start() returns nobody iterates events(); tell the caller directly.
            if self.on_state is not None:
                try:
                    self.on_state(e)
                except Exception:
                    log.exception("the state listener failed")
            return
        if queue:
            self._emit(e)

    def _fail(self, message: str) -> None:
        self.state = S.FAILED
        if self._first is not None and not self._first.done():
            self._first.set_exception(SourceError(message))
            return
        self._emit(ev.ConnectionStateEvent(self.now(), S.FAILED, message))
        self._emit(ev.StreamEndEvent(self.now(), message))
