"""A Twitch channel's Bits, subs, follows, raids and chat, over EventSub WebSocket.

Sign-in, token validation and the channel lookup (Helix) go through twitchAPI; the
EventSub WebSocket itself is read here, on aiohttp, so that every message reaches the
flight recorder exactly as received, a malformed one is skipped and counted instead of
ending the connection, and the watchdog follows Twitch's own rule (docs/PLATFORMS.md says
why twitchAPI's ``EventSubWebsocket`` class is not used). The protocol:
https://dev.twitch.tv/docs/eventsub/handling-websocket-events/

    connecting -> live -> reconnecting -> live ... -> failed (sign in again) / ended

- ``session_welcome``: a new session; the subscriptions are created for it (again after
  any lost connection, since Twitch drops them with the socket).
- ``session_reconnect``: connect to its ``reconnect_url``, read the new welcome, finish
  reading the old socket, then carry on with the new one; subscriptions move by themselves.
- keepalive watchdog: no message for ``keepalive_timeout_seconds`` (plus a little grace)
  means the connection is dead: reconnect and resubscribe, the span reported as a gap.
- ``revocation``: one sentence; access revoked ends the source asking to sign in again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Callable

import aiohttp
from twitchAPI.helper import first
from twitchAPI.twitch import Twitch
from twitchAPI.type import TwitchAPIException, UnauthorizedException

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..core import events as ev
from .errors import SourceError
from .twitch_auth import SIGN_IN, SignInNeeded, TwitchAuth, TwitchUnavailable
from .twitch_mapping import TwitchMapper
from .flight_recorder import JsonRecorder
from .twitch_recording import twitch_recorder

log = logging.getLogger(__name__)

S = ev.ConnectionState
EVENTSUB_URL = "wss://eventsub.wss.twitch.tv/ws"
WELCOME_TIMEOUT_S = 10.0
KEEPALIVE_GRACE_S = 2.0  # network jitter on top of Twitch's promised silence
BACKOFF_BASE_S, BACKOFF_CAP_S = 1.0, 60.0
STABLE_AFTER_S = 60.0  # a connection that lasted this long resets the backoff
COUNTED = "Bits, subs, gifted subs, follows, raids and chat"


@dataclass(frozen=True)
class Subscription:
    """One EventSub subscription type: https://dev.twitch.tv/docs/eventsub/eventsub-subscription-types/"""

    type: str
    version: str
    condition: Callable[[str, str], dict]  # (broadcaster id, signed-in user id) -> condition


SUBSCRIPTIONS = (
    Subscription("channel.cheer", "1", lambda b, u: {"broadcaster_user_id": b}),
    Subscription("channel.subscribe", "1", lambda b, u: {"broadcaster_user_id": b}),
    Subscription("channel.subscription.gift", "1", lambda b, u: {"broadcaster_user_id": b}),
    Subscription("channel.subscription.message", "1", lambda b, u: {"broadcaster_user_id": b}),
    Subscription("channel.follow", "2", lambda b, u: {"broadcaster_user_id": b, "moderator_user_id": u}),
    Subscription("channel.raid", "1", lambda b, u: {"to_broadcaster_user_id": b}),
    Subscription("channel.chat.message", "1", lambda b, u: {"broadcaster_user_id": b, "user_id": u}),
)


class KeepaliveMissed(Exception):
    """Nothing arrived within the keepalive timeout: the connection is dead."""


class Closed(Exception):
    """Twitch (or the network) closed the socket."""


class _End(Exception):
    """The source is over (access revoked): the supervisor stops."""


class TwitchSource:
    """One Twitch channel as normalized events, reconnecting by itself.

    ``eventsub_url`` and the ``TwitchAuth``'s URLs let tests point the real client at a
    local server; the timing parameters let them run fast.
    """

    kind = "twitch"

    def __init__(self, login: str, auth: TwitchAuth, *, recordings_dir: Path | None = None,
                 eventsub_url: str = EVENTSUB_URL, keepalive_grace: float = KEEPALIVE_GRACE_S,
                 welcome_timeout: float = WELCOME_TIMEOUT_S, backoff_base: float = BACKOFF_BASE_S,
                 backoff_cap: float = BACKOFF_CAP_S, stable_after: float = STABLE_AFTER_S,
                 recordings_max_mb: int | None = None, rng: Callable[[], float] = random.random) -> None:
        self.login = login
        self.auth = auth
        self.recordings_dir = Path(recordings_dir) if recordings_dir else None
        self.eventsub_url = eventsub_url
        self.keepalive_grace, self.welcome_timeout = keepalive_grace, welcome_timeout
        self.backoff_base, self.backoff_cap, self._rng = backoff_base, backoff_cap, rng
        self.stable_after, self.recordings_max_mb = stable_after, recordings_max_mb
        self.mapper = TwitchMapper()
        self.recorder: JsonRecorder | None = None
        self.info: ev.SourceInfo | None = None
        self.state: ev.ConnectionState = S.CONNECTING
        self.connections = 0
        self.revoked: list[str] = []  # subscription types Twitch revoked
        self.refused: dict[str, str] = {}  # subscription type -> why Twitch refused it
        self._queue: asyncio.Queue[ev.Event | None] = asyncio.Queue()
        self._twitch: Twitch | None = None
        self._http: aiohttp.ClientSession | None = None
        self._runner: asyncio.Task | None = None
        self._closing = False
        self._keepalive = 10.0
        self._last_rx = 0.0
        self._live_since = 0.0
        # States before start() returns (Twitch unreachable): the engine relays them (Engine._relay_early_states).
        self.on_state: Callable[[ev.ConnectionStateEvent], None] | None = None

    # -- the Source protocol ------------------------------------------------------------------
    async def start(self) -> ev.SourceInfo:
        """Look the channel up (waiting, with backoff, while Twitch cannot be reached) and connect."""
        attempt = 0
        while True:
            try:
                user = await self._look_up()
                break
            except TwitchUnavailable as exc:
                attempt += 1
                delay = self._delay(attempt)
                if self.on_state is not None:  # nobody reads events() before start() returns
                    self.on_state(ev.ConnectionStateEvent(time.time(), S.CONNECTING, f"{exc} Trying again in "
                                                          f"{delay:.0f} s.", retry_at=time.time() + delay))
                await asyncio.sleep(delay)
        return self._started(user)

    def _delay(self, attempt: int) -> float:
        return min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1)) * (0.5 + self._rng() / 2)

    async def _look_up(self) -> Any:
        try:
            self._twitch = await self.auth.client()
            try:
                user = await first(self._twitch.get_users(logins=[self.login]))
            except UnauthorizedException:  # expired since it was validated: renewed once
                await self.auth.refresh()
                await self.auth.authenticate(self._twitch)
                user = await first(self._twitch.get_users(logins=[self.login]))
        except UnauthorizedException:
            raise SignInNeeded(f"Twitch refused the stored sign-in: run `{SIGN_IN}` again.") from None
        except (aiohttp.ClientError, OSError, TwitchAPIException) as exc:
            raise TwitchUnavailable(f"Twitch could not be reached to look up {self.login} ({type(exc).__name__}).") \
                from None
        if user is None:
            raise SourceError(translate("Sources", "There is no Twitch channel named {login}.").format(
                login=repr(self.login)))
        return user

    def _started(self, user: Any) -> ev.SourceInfo:
        started = time.time()
        self.info = ev.SourceInfo(kind="twitch", room_id=str(user.id), creator=user.login, started_at=started,
                                  extra={"platform": "twitch", "host_user_id": None,
                                         "display_name": user.display_name})
        if self.recordings_dir is not None:
            try:
                self.recorder = twitch_recorder(self.recordings_dir, user.login, str(user.id), started,
                                               max_mb=self.recordings_max_mb)
            except OSError as exc:
                log.warning("the flight recorder could not start: %s", exc.strerror or exc)
        self._http = aiohttp.ClientSession()
        self._emit_state(S.CONNECTING, f"Connecting to Twitch EventSub for {user.login}.")
        self._runner = asyncio.create_task(self._supervise(), name=f"twitch {self.login}")
        return self.info

    async def events(self) -> AsyncIterator[ev.Event]:
        while True:
            e = await self._queue.get()
            if e is None:
                return
            yield e

    def now(self) -> float:
        return time.time()

    @property
    def skipped_messages(self) -> dict[str, int]:
        return dict(self.mapper.skipped)

    async def aclose(self) -> None:
        self._closing = True
        if self._runner is not None:
            self._runner.cancel()
            await asyncio.gather(self._runner, return_exceptions=True)
        if self._http is not None:
            await self._http.close()
        if self.recorder is not None:
            self.recorder.close()

    # -- the connection ------------------------------------------------------------------------
    def _emit(self, e: ev.Event | None) -> None:
        self._queue.put_nowait(e)

    def _emit_state(self, state: ev.ConnectionState, message: str, **kw: Any) -> None:
        self.state = state
        self._emit(ev.ConnectionStateEvent(time.time(), state, message, **kw))

    async def _supervise(self) -> None:
        url, attempt, gap_from = self.eventsub_url, 0, None
        while not self._closing:
            try:
                await self._connection(url, gap_from)
                reason = "Twitch closed the connection"
            except KeepaliveMissed:
                reason = f"No message from Twitch for {self._keepalive + self.keepalive_grace:g} s"
            except Closed as exc:
                reason = f"Twitch closed the connection ({exc})"
            except (SignInNeeded, _End) as exc:
                if isinstance(exc, SignInNeeded):
                    self._emit_state(S.FAILED, str(exc))
                self._emit(ev.StreamEndEvent(time.time(), str(exc) or QT_TRANSLATE_NOOP("EndReasons", "Twitch access ended")))
                self._emit(None)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # network, Helix, anything: retry with backoff, never die
                log.warning("Twitch connection failed: %s", exc, exc_info=True)
                reason = f"The connection to Twitch failed ({type(exc).__name__})"
            if self.state == S.LIVE:
                gap_from = self._last_rx or time.time()
                if time.time() - self._live_since >= self.stable_after:
                    attempt = 0  # a connection that held resets the backoff; one that flaps does not
            attempt += 1
            delay = self._delay(attempt)
            if attempt == 1:
                delay = 0.0  # the first retry is immediate: most drops are one-off
            self._emit_state(S.RECONNECTING, f"{reason}: reconnecting in {delay:.0f} s.", retry_at=time.time() + delay)
            await asyncio.sleep(delay)

    async def _connection(self, url: str, gap_from: float | None) -> None:
        assert self._http is not None and self.info is not None
        async with self._http.ws_connect(url, autoping=True) as ws:
            welcome = await self._receive(ws, self.welcome_timeout)
            session = self._welcome(welcome)
            await self._subscribe_all(str(session["id"]))
            self.connections += 1
            message = f"Connected to Twitch: counting {COUNTED} on {self.info.creator}."
            if self.refused:
                message = (f"Connected to Twitch, but it refused {', '.join(sorted(self.refused))} "
                           f"({next(iter(self.refused.values()))}): those events are not counted.")
            self._live_since = now = time.time()
            self._emit_state(S.LIVE, message, gap_from=gap_from, gap_to=now if gap_from is not None else None)
            current = ws
            try:
                while True:
                    msg = await self._receive(current, self._keepalive + self.keepalive_grace)
                    if _type(msg) == "session_reconnect":
                        current = await self._migrate(current, msg)
                    else:
                        self._dispatch(msg)
            finally:
                if current is not ws:  # a socket this one moved to (session_reconnect)
                    await current.close()

    def _welcome(self, msg: dict) -> dict:
        if _type(msg) != "session_welcome":
            raise Closed(f"the first message was {_type(msg) or 'not a welcome'}")
        session = msg.get("payload", {}).get("session") or {}
        if not session.get("id"):
            raise Closed("the welcome had no session id")
        self._keepalive = float(session.get("keepalive_timeout_seconds") or self._keepalive)
        return session

    async def _receive(self, ws: aiohttp.ClientWebSocketResponse, timeout: float) -> dict:
        """The next JSON message (recorded first); malformed texts are recorded, skipped and counted."""
        while True:
            try:
                m = await ws.receive(timeout=timeout)
            except asyncio.TimeoutError:
                raise KeepaliveMissed() from None
            if m.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED,
                          aiohttp.WSMsgType.ERROR):
                raise Closed(f"code {ws.close_code}" if ws.close_code else m.type.name.lower())
            if m.type != aiohttp.WSMsgType.TEXT:
                continue
            self._last_rx = time.time()
            try:
                parsed = json.loads(m.data)
            except ValueError:
                parsed = None
            if self.recorder is not None:
                self.recorder.write(parsed, self._last_rx, text=m.data)
            if isinstance(parsed, dict) and isinstance(parsed.get("metadata"), dict):
                return parsed
            self.mapper.skipped["malformed message"] += 1

    async def _migrate(self, old: aiohttp.ClientWebSocketResponse, msg: dict) -> aiohttp.ClientWebSocketResponse:
        """session_reconnect: the new socket's welcome first, then what the old one still sends."""
        assert self._http is not None
        url = (msg.get("payload", {}).get("session") or {}).get("reconnect_url")
        if not isinstance(url, str) or not url:
            raise Closed("the reconnect message had no URL")
        new = await self._http.ws_connect(url, autoping=True)
        try:
            self._welcome(await self._receive(new, self.welcome_timeout))
        except BaseException:
            await new.close()
            raise
        # Twitch closes the old socket after the new welcome; what it sent until then still counts.
        try:
            while True:
                self._dispatch(await self._receive(old, self._keepalive + self.keepalive_grace))
        except (Closed, KeepaliveMissed):
            pass
        await old.close()
        self._emit_state(S.LIVE, f"Twitch moved the connection to a new server; still counting on "
                                 f"{self.info.creator if self.info else self.login}.")
        return new

    def _dispatch(self, msg: dict) -> None:
        kind = _type(msg)
        if kind == "notification":
            for e in self.mapper.map(msg, time.time()):
                self._emit(e)
        elif kind == "revocation":
            self._revoked(msg)

    def _revoked(self, msg: dict) -> None:
        sub = msg.get("payload", {}).get("subscription") or {}
        sub_type, status = str(sub.get("type") or "a subscription"), str(sub.get("status") or "revoked")
        self.revoked.append(sub_type)
        if status in ("authorization_revoked", "user_removed"):
            why = "access was revoked" if status == "authorization_revoked" else "the account was removed"
            text = f"Twitch stopped sending {sub_type} ({why}): run `{SIGN_IN}` again to count it."
            self._emit_state(S.FAILED, text)
            raise _End(text)
        self._emit_state(self.state, f"Twitch stopped sending {sub_type} ({status}); the rest is still counted.")

    async def _subscribe_all(self, session_id: str) -> None:
        """Create every subscription for this session; a token Twitch calls expired is renewed once.

        Posted here rather than through twitchAPI's ``create_eventsub_subscription``, which
        drops Twitch's answer: a refused subscription (403: not the channel's owner) would
        pass unnoticed. https://dev.twitch.tv/docs/api/reference/#create-eventsub-subscription
        """
        assert self.info is not None
        self.refused = {}
        transport = {"method": "websocket", "session_id": session_id}
        for sub in SUBSCRIPTIONS:
            body = {"type": sub.type, "version": sub.version, "transport": transport,
                    "condition": sub.condition(self.info.room_id, self.auth.user_id)}
            status, answer = await self._post_subscription(body)
            if status == 401:
                await self.auth.refresh()
                assert self._twitch is not None
                await self.auth.authenticate(self._twitch)
                self._emit_state(self.state, "The Twitch sign-in had expired; it was renewed.")
                status, answer = await self._post_subscription(body)
                if status == 401:
                    raise SignInNeeded(f"Twitch refused the renewed sign-in: run `{SIGN_IN}` again.")
            if status >= 500 or status == 429:
                raise TwitchUnavailable(f"Twitch could not create the subscriptions (HTTP {status}).")
            if status not in (200, 202):
                # 403 (not the channel's owner or moderator) and friends: say so, count the rest.
                self.refused[sub.type] = str(answer.get("message") or f"HTTP {status}")

    async def _post_subscription(self, body: dict) -> tuple[int, dict]:
        assert self._http is not None
        headers = {"Client-Id": self.auth.client_id, "Authorization": f"Bearer {self.auth.access_token}"}
        async with self._http.post(self.auth.api_url + "eventsub/subscriptions", json=body, headers=headers) as r:
            try:
                answer = await r.json(content_type=None)
            except ValueError:
                answer = None
            return r.status, answer if isinstance(answer, dict) else {}


def _type(msg: dict) -> str:
    meta = msg.get("metadata")
    return str(meta.get("message_type") or "") if isinstance(meta, dict) else ""
