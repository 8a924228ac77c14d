"""A YouTube live chat through the YouTube Data API v3 (google-api-python-client).

    connecting -> (waiting_for_live) -> live -> ended      (chatEndedEvent, offlineAt, 403 liveChatEnded)
                                         |  ^
                                         |  +-- reconnecting (network, 5xx, rateLimitExceeded: backoff)
                                         +----- rate_limited (403 quotaExceeded: until the quota resets)
                                         +----- failed       (revoked sign-in, forbidden)

The chat is read with ``liveChatMessages.list``, each request carrying the previous page's
``nextPageToken`` and sent no sooner than its ``pollingIntervalMillis`` (and the quota's pace,
``youtube_quota``). The first request has no token: its page holds messages sent before the
app connected, and they count too (DESIGN.md section 1). Every response goes to the flight
recorder as received before it is mapped. Messages count once by id (``youtube_mapping``).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from datetime import datetime
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from ..i18n import translate
from ..core import events as ev
from . import secrets as secrets_mod
from .errors import SourceError
from .flight_recorder import JsonRecorder
from .youtube_api import ApiFailure, build_client, call, failure_of
from .youtube_auth import REVOKED, TokenKeeper, sign_in
from .youtube_chat import ChatTarget, NotLiveYet, find_chat
from .youtube_mapping import YouTubeMapper
from .youtube_quota import QuotaMeter
from .youtube_replay import youtube_recorder

log = logging.getLogger(__name__)

S = ev.ConnectionState
LIST = "liveChatMessages.list"
BACKOFF_CAP_S = 60.0
QUOTA_NOTE_EVERY = 0.05  # a new quota line in the window each time another 5 % is spent
ENDED_REASONS = {"liveChatEnded", "liveChatNotFound", "liveChatDisabled"}
RETRY_REASONS = {"rateLimitExceeded", "userRateLimitExceeded", "backendError", "internalError"}


class YouTubeSource:
    """One live chat as normalized events. ``endpoint`` points the real client elsewhere (tests)."""

    kind = "youtube"
    platform = "youtube"

    def __init__(self, target: str = "", *, credentials: Any = None, api_key: str | None = None,
                 store: secrets_mod.SecretStore | None = None, client_secrets: str = "",
                 quota: QuotaMeter | None = None,
                 recordings_dir: Path | None = None, recordings_max_mb: int | None = None,
                 endpoint: str | None = None,
                 on_state: Callable[[ev.ConnectionStateEvent], None] | None = None,
                 backoff_base_s: float = 1.0, recheck_s: float = 60.0, live_check_s: float | None = None) -> None:
        if credentials is None and not api_key and not (client_secrets and store is not None):
            raise SourceError(translate("Sources", "sign in to YouTube first: set 'YouTube OAuth client file' in "
                                                   "settings (or run "
                    "'streamer-app youtube sign-in'), or store an API key ('streamer-app secrets set "
                    "youtube-api-key') to read a public chat"))
        self.target = target
        self.credentials = credentials
        self.api_key = api_key
        self.store = store
        self.client_secrets = client_secrets
        self.keeper: TokenKeeper | None = None
        self.quota = quota or QuotaMeter(None)
        self.recordings_dir = recordings_dir
        self.recordings_max_mb = recordings_max_mb
        self.endpoint = endpoint
        self.on_state = on_state
        self.backoff_base_s = backoff_base_s
        self.recheck_s = recheck_s
        self.live_check_s = live_check_s  # None: as often as the kind of look-up deserves (its quota cost)
        self.mapper = YouTubeMapper()
        self.recorder: JsonRecorder | None = None
        self.chat: ChatTarget | None = None
        self.state = S.CONNECTING
        self.polls = 0
        self._client: Any = None
        self._started = False
        self._stop = asyncio.Event()
        self._token: str | None = None
        self._noted_left: int | None = None

    # -- the Source protocol -------------------------------------------------------------------
    async def start(self) -> ev.SourceInfo:
        self._set_state(S.CONNECTING, "Connecting to YouTube…")
        if self.credentials is None and not self.api_key and self.store is not None:
            self._set_state(S.CONNECTING, "Sign in to YouTube in the browser window that just opened…")
            self.credentials = await asyncio.to_thread(sign_in, self.client_secrets, self.store)
        if self.store is not None and self.credentials is not None:
            self.keeper = TokenKeeper(self.store, self.credentials)
        self._client = await asyncio.to_thread(build_client, self.credentials, self.api_key, self.endpoint)
        while True:
            try:
                self.chat = await find_chat(self._client, self.target, self._call, self.credentials is not None)
                break
            except NotLiveYet as wait:
                every = wait.check_every_s if self.live_check_s is None else self.live_check_s
                self._set_state(S.WAITING_FOR_LIVE, str(wait), retry_at=time.time() + every)
                if await self._sleep(every):
                    raise SourceError(translate("Sources", "stopped before the YouTube broadcast went live")) from None
            except SourceError:
                raise
            except Exception as exc:
                raise SourceError(self._sentence(exc)) from None
        started = time.time()
        if self.recordings_dir is not None:
            try:
                self.recorder = youtube_recorder(self.recordings_dir, self.chat.creator, self.chat.live_chat_id,
                                                 started, self.recordings_max_mb)
            except OSError as exc:
                log.warning("the flight recorder could not start: %s", exc.strerror or exc)
        self._started = True
        return ev.SourceInfo(kind="youtube", room_id=self.chat.live_chat_id, creator=self.chat.creator,
                             started_at=started,
                             extra={"platform": "youtube", "channel_id": self.chat.channel_id,
                                    "video_id": self.chat.video_id,
                                    "host_user_id": f"youtube:{self.chat.channel_id}" if self.chat.channel_id else None})

    def now(self) -> float:
        return time.time()

    @property
    def skipped_messages(self) -> dict[str, int]:
        return dict(self.mapper.skipped)

    async def aclose(self) -> None:
        self._stop.set()
        if self.recorder is not None:
            self.recorder.close()

    async def events(self) -> AsyncIterator[ev.Event]:
        assert self.chat is not None, "start() first"
        yield self._state(S.LIVE, f"YouTube chat of {self.chat.creator} · {self.quota.sentence()}")
        attempt = 0
        while not self._stop.is_set():
            if not self.quota.can_afford(LIST):
                async for e in self._wait_for_quota():
                    yield e
                continue
            try:
                response = await self._call(LIST, self._client.liveChatMessages().list(
                    liveChatId=self.chat.live_chat_id, part="id,snippet,authorDetails",
                    maxResults=2000, **({"pageToken": self._token} if self._token else {})))
            except Exception as exc:
                outcome = await self._after_failure(exc, attempt)
                for e in outcome:
                    yield e
                if outcome and isinstance(outcome[-1], ev.StreamEndEvent):
                    return
                attempt += 1
                continue
            if attempt:
                attempt = 0
                yield self._state(S.LIVE, f"YouTube chat read again · {self.quota.sentence()}")
            if self.recorder is not None:
                self.recorder.write(response)
            events, page = self.mapper.map_response(response, time.time())
            for e in events:
                if isinstance(e, ev.StreamEndEvent):
                    yield self._state(S.ENDED, "The YouTube live chat ended.")
                yield e
            if page.ended:
                return
            self._token = page.next_page_token or self._token
            note = self._quota_note()
            if note is not None:
                yield note
            delay = max((page.polling_ms or 0) / 1000.0, self.quota.pace_s(LIST))
            if await self._sleep(delay):
                return

    # -- calls -----------------------------------------------------------------------------------
    async def _call(self, method: str, request: Any) -> dict[str, Any]:
        self.quota.spend(method)
        if method == LIST:
            self.polls += 1
        try:
            return await call(request)
        finally:
            if self.keeper is not None:
                self.keeper.check()  # the client refreshed an expired token: keep the new one

    async def _after_failure(self, exc: BaseException, attempt: int) -> list[ev.Event]:
        """What a failed read means: the end, a pause for the quota, a retry, or a failure."""
        failure = failure_of(exc)
        reason = failure.reason if failure else ""
        if reason == "quotaExceeded":
            self.quota.exhausted()
            return []  # the loop sees no quota left and waits for the reset
        if reason in ENDED_REASONS:
            sentence = "The YouTube live chat ended." if reason == "liveChatEnded" else (
                f"The YouTube live chat is gone ({reason}).")
            return [self._state(S.ENDED, sentence), ev.StreamEndEvent(time.time(), sentence)]
        if _revoked(exc, failure):
            sentence = REVOKED if not (failure and failure.status == 403) else (
                f"YouTube refused to show this chat ({failure.reason or 'forbidden'}): {failure.message}")
            return [self._state(S.FAILED, sentence), ev.StreamEndEvent(time.time(), sentence)]
        if failure is not None and failure.status < 500 and failure.status != 429 and reason not in RETRY_REASONS:
            sentence = f"YouTube refused the chat request: {failure}"
            return [self._state(S.FAILED, sentence), ev.StreamEndEvent(time.time(), sentence)]
        delay = min(BACKOFF_CAP_S, self.backoff_base_s * 2 ** attempt) * random.uniform(0.8, 1.2)
        # Nothing is lost while the request is retried: it carries the same page token.
        state = self._state(S.RECONNECTING, f"{self._sentence(exc)}; trying again in {delay:.0f} s",
                            retry_at=time.time() + delay)
        await self._sleep(delay)
        return [state]

    async def _wait_for_quota(self) -> AsyncIterator[ev.Event]:
        reset = self.quota.reset_at()
        at = datetime.fromtimestamp(reset).strftime("%H:%M")
        gap_from = time.time()
        yield self._state(S.RATE_LIMITED, (
            f"YouTube quota used up until {at} (midnight Pacific time); everything counted so far is kept "
            f"(quota: {self.quota.limit:,} units a day)"), retry_at=reset)
        while not self.quota.can_afford(LIST):
            if await self._sleep(min(self.recheck_s, max(0.01, reset - time.time()))):
                return
        yield self._state(S.LIVE, f"YouTube quota reset: reading the chat again · {self.quota.sentence()}",
                          gap_from=gap_from, gap_to=time.time())

    # -- helpers ---------------------------------------------------------------------------------
    async def _sleep(self, seconds: float) -> bool:
        """Waits; True when the source was closed meanwhile."""
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, seconds))
        except asyncio.TimeoutError:
            return False
        return True

    def _quota_note(self) -> ev.ConnectionStateEvent | None:
        left = self.quota.left
        step = max(1, int(self.quota.limit * QUOTA_NOTE_EVERY))
        if self._noted_left is None or self._noted_left // step != left // step:
            first = self._noted_left is None
            self._noted_left = left
            if not first:
                return self._state(S.LIVE, f"YouTube chat of {self.chat.creator if self.chat else ''} · "
                                   f"{self.quota.sentence()}")
        return None

    def _state(self, state: ev.ConnectionState, message: str, retry_at: float | None = None,
               gap_from: float | None = None, gap_to: float | None = None) -> ev.ConnectionStateEvent:
        self.state = state
        return ev.ConnectionStateEvent(time.time(), state, secrets_mod.mask(message), retry_at, gap_from, gap_to)

    def _set_state(self, state: ev.ConnectionState, message: str, retry_at: float | None = None) -> None:
        """Before start() returns nobody iterates events(): states go to ``on_state``."""
        e = self._state(state, message, retry_at)
        if self.on_state is not None and not self._started:
            try:
                self.on_state(e)
            except Exception:
                log.exception("the state listener failed")

    @staticmethod
    def _sentence(exc: BaseException) -> str:
        failure = failure_of(exc)
        if failure is not None:
            return f"YouTube answered {failure.status} {failure.reason or ''}: {failure.message}".strip()
        if _is_refresh_error(exc):
            return REVOKED
        return f"YouTube could not be reached ({secrets_mod.mask(str(exc)) or type(exc).__name__})"


def _is_refresh_error(exc: BaseException) -> bool:
    try:
        from google.auth.exceptions import RefreshError
    except ImportError:  # pragma: no cover - google-auth comes with the client
        return False
    return isinstance(exc, RefreshError)


def _revoked(exc: BaseException, failure: ApiFailure | None) -> bool:
    if _is_refresh_error(exc):
        return True
    if failure is None:
        return False
    return failure.status == 401 or failure.reason in ("forbidden", "insufficientPermissions", "authError")
