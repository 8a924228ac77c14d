"""What a failed TikTok connection attempt means, and how long to wait before the next.

TikTokLive raises a different exception for each way connecting fails (DESIGN.md
section 3). ``classify`` turns each into a connection state, one sentence a creator
understands, and whether trying again can help; ``backoff_delay`` spaces the retries so
a storm of reconnects never burns the sign server's quota.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any, Callable

from ..core import events as ev
from ..i18n import QT_TRANSLATE_NOOP, shown, translate

S = ev.ConnectionState

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 60.0


class _Failure:
    """What to do about an exception from connecting: a state, a sentence, fatal or not."""

    def __init__(self, state: ev.ConnectionState, message: str, fatal: bool = False,
                 retry_at: float | None = None) -> None:
        self.state, self.message, self.fatal, self.retry_at = state, message, fatal, retry_at


def _rate_limited(has_key: bool) -> str:
    if has_key:
        return translate("Sources", "The sign server's connection limit is reached")
    return translate("Sources", "The sign server's connection limit is reached (an Euler Stream API key raises it)")

# TikTokLive errors that always mean the same: (its class name in TikTokLive.client.errors,
# state, sentence with {handle}, fatal). Checked before the cases below that need the
# exception's details; none of these classes is a base of those (PremiumEndpointError and
# AuthenticatedWebSocketConnectionError are SignAPIErrors, so they must come first).
_PLAIN_ERRORS: tuple[tuple[str, ev.ConnectionState, str, bool], ...] = (
    ("UserOfflineError", S.WAITING_FOR_LIVE,
     QT_TRANSLATE_NOOP("Sources", "{handle} is not live right now; connecting as soon as they go live"), False),
    ("AgeRestrictedError", S.FAILED,
     QT_TRANSLATE_NOOP("Sources", "{handle}'s LIVE is age-restricted: add a TikTok session id in Settings to watch it"),
     True),
    ("WebcastBlockedError", S.FAILED,
     QT_TRANSLATE_NOOP("Sources", "TikTok refused the connection (blocked); try again later or add a session id"), True),
    ("PremiumEndpointError", S.FAILED,
     QT_TRANSLATE_NOOP("Sources", "The sign server says this needs a paid Euler Stream plan"), True),
    ("AuthenticatedWebSocketConnectionError", S.FAILED,
     QT_TRANSLATE_NOOP("Sources", "The sign server refuses to use the session id; remove it in Settings"), True),
    ("AlreadyConnectedError", S.RECONNECTING,
     QT_TRANSLATE_NOOP("Sources", "The previous connection was still open; reconnecting"), False),
)
# Raised before TikTok hands out a room or a socket: usually its bot check, worth retrying.
_NO_HANDOUT = ("InitialCursorMissingError", "WebsocketURLMissingError", "FailedParseRoomIdError")


def classify(exc: BaseException, handle: str, has_key: bool, now: float) -> _Failure:
    """Map TikTokLive's exceptions to a state and a sentence a creator understands.

    Never echoes the exception text: it can carry sign-server details and cookies.
    """
    from TikTokLive.client import errors as tt

    name = type(exc).__name__
    for cls_name, state, text, fatal in _PLAIN_ERRORS:
        if isinstance(exc, getattr(tt, cls_name)):
            return _Failure(state, shown("Sources", text).format(handle=handle), fatal)
    if isinstance(exc, tt.UserNotFoundError) or name == "FailedParseRoomIdError" and "LiveRoom" in str(exc):
        return _Failure(S.FAILED, translate("Sources", "TikTok has no LIVE account {handle}: check the spelling of the "
                                                       "@handle").format(handle=handle), True)
    if isinstance(exc, tt.SignatureRateLimitError):
        return _Failure(S.RATE_LIMITED, _rate_limited(has_key), retry_at=_rate_limit_retry_at(exc, now))
    if isinstance(exc, TypeError) and "int()" in str(exc):
        # A 429 without its RateLimit headers: TikTokLive fails computing the retry time.
        return _Failure(S.RATE_LIMITED, _rate_limited(has_key))
    if isinstance(exc, tt.SignAPIError):
        return _sign_api_failure(exc, tt, has_key)
    if _is_network_error(exc):
        return _Failure(S.RECONNECTING, translate("Sources", "No network: TikTok cannot be reached"))
    if name in _NO_HANDOUT:
        return _Failure(S.RECONNECTING, translate("Sources", "TikTok did not hand out a connection (it may be checking "
                                                             "for bots)"))
    return _Failure(S.RECONNECTING, translate("Sources", "Connecting failed ({error})").format(error=name))


def _rate_limit_retry_at(exc: BaseException, now: float) -> float | None:
    """When the sign server lets us in again: its reset time if still ahead, else now + its Retry-After."""
    try:
        reset = float(exc.reset_time)  # type: ignore[attr-defined]
        if reset > now:
            return reset
    except Exception:  # the header may be missing or odd; back off instead
        pass
    try:
        return now + float(exc.retry_after)  # type: ignore[attr-defined]
    except Exception:
        return None


def _sign_api_failure(exc: Any, tt: Any, has_key: bool) -> _Failure:
    """A sign-server error: no network, a missing or refused API key, or an odd answer."""
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if exc.reason == tt.SignAPIError.ErrorReason.CONNECT_ERROR:
        return _Failure(S.RECONNECTING, translate("Sources", "No network: the sign server cannot be reached"))
    if status in (401, 403):
        if has_key:
            return _Failure(S.FAILED, translate("Sources", "The sign server refused the Euler Stream API key: check it "
                                                           "in Settings"), True)
        return _Failure(S.FAILED, translate("Sources", "The sign server wants an Euler Stream API key: add one in "
                                                       "Settings"), True)
    return _Failure(S.RECONNECTING, translate("Sources", "The sign server did not answer as expected "
                                                         "({reason})").format(reason=exc.reason.name.lower()))


def _is_network_error(exc: BaseException) -> bool:
    """A timeout or an unreachable network, from httpx or the socket layer."""
    try:
        import httpx

        if isinstance(exc, (httpx.TimeoutException, httpx.NetworkError)):
            return True
    except ImportError:  # httpx comes with TikTokLive; without it there is nothing to match
        pass
    return isinstance(exc, (OSError, asyncio.TimeoutError))


def backoff_delay(attempt: int, base: float = BACKOFF_BASE_S, cap: float = BACKOFF_CAP_S,
                  rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: ``base`` at first, growing to between cap/2 and cap."""
    top = min(cap, base * (2 ** min(attempt, 30)))
    low = max(base, top / 2) if top > base else top
    return low + (top - low) * rng()
