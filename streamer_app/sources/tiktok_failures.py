"""What a failed TikTok connection attempt means, and how long to wait before the next.

TikTokLive raises a different exception for each way connecting fails (DESIGN.md
section 3). ``classify`` turns each into a connection state, one sentence a creator
understands, and whether trying again can help; ``backoff_delay`` spaces the retries so
a storm of reconnects never burns the sign server's quota.
"""

from __future__ import annotations

import asyncio
import random
from typing import Callable

from ..core import events as ev

S = ev.ConnectionState

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 60.0


class _Failure:
    """What to do about an exception from connecting: a state, a sentence, fatal or not."""

    def __init__(self, state: ev.ConnectionState, message: str, fatal: bool = False,
                 retry_at: float | None = None) -> None:
        self.state, self.message, self.fatal, self.retry_at = state, message, fatal, retry_at


def classify(exc: BaseException, handle: str, has_key: bool, now: float) -> _Failure:
    """Map TikTokLive's exceptions to a state and a sentence a creator understands.

    Never echoes the exception text: it can carry sign-server details and cookies.
    """
    from TikTokLive.client import errors as tt

    name = type(exc).__name__
    if isinstance(exc, tt.UserOfflineError):
        return _Failure(S.WAITING_FOR_LIVE, f"{handle} is not live right now; connecting as soon as they go live")
    if isinstance(exc, tt.UserNotFoundError) or name == "FailedParseRoomIdError" and "LiveRoom" in str(exc):
        return _Failure(S.FAILED, f"TikTok has no LIVE account {handle}: check the spelling of the @handle", True)
    if isinstance(exc, tt.SignatureRateLimitError):
        retry_at = None
        try:
            reset = float(exc.reset_time)
            retry_at = reset if reset > now else None
        except Exception:  # the header may be missing or odd; back off instead
            pass
        if retry_at is None:
            try:
                retry_at = now + float(exc.retry_after)
            except Exception:
                retry_at = None
        return _Failure(S.RATE_LIMITED, "The sign server's connection limit is reached"
                        + ("" if has_key else " (an Euler Stream API key raises it)"), retry_at=retry_at)
    if isinstance(exc, TypeError) and "int()" in str(exc):
        # A 429 without its RateLimit headers: TikTokLive fails computing the retry time.
        return _Failure(S.RATE_LIMITED, "The sign server's connection limit is reached"
                        + ("" if has_key else " (an Euler Stream API key raises it)"))
    if isinstance(exc, tt.AgeRestrictedError):
        return _Failure(S.FAILED, f"{handle}'s LIVE is age-restricted: add a TikTok session id in Settings to watch it",
                        True)
    if isinstance(exc, tt.WebcastBlockedError):
        return _Failure(S.FAILED, "TikTok refused the connection (blocked); try again later or add a session id", True)
    if isinstance(exc, tt.PremiumEndpointError):
        return _Failure(S.FAILED, "The sign server says this needs a paid Euler Stream plan", True)
    if isinstance(exc, tt.AuthenticatedWebSocketConnectionError):
        return _Failure(S.FAILED, "The sign server refuses to use the session id; remove it in Settings", True)
    if isinstance(exc, tt.SignAPIError):
        status = getattr(getattr(exc, "response", None), "status_code", None)
        if exc.reason == tt.SignAPIError.ErrorReason.CONNECT_ERROR:
            return _Failure(S.RECONNECTING, "No network: the sign server cannot be reached")
        if status in (401, 403):
            if has_key:
                return _Failure(S.FAILED, "The sign server refused the Euler Stream API key: check it in Settings",
                                True)
            return _Failure(S.FAILED, "The sign server wants an Euler Stream API key: add one in Settings", True)
        return _Failure(S.RECONNECTING, f"The sign server did not answer as expected ({exc.reason.name.lower()})")
    if isinstance(exc, tt.AlreadyConnectedError):
        return _Failure(S.RECONNECTING, "The previous connection was still open; reconnecting")
    try:
        import httpx

        if isinstance(exc, (httpx.TimeoutException, httpx.NetworkError)):
            return _Failure(S.RECONNECTING, "No network: TikTok cannot be reached")
    except ImportError:  # httpx comes with TikTokLive; without it there is nothing to match
        pass
    if isinstance(exc, (OSError, asyncio.TimeoutError)):
        return _Failure(S.RECONNECTING, "No network: TikTok cannot be reached")
    if name in ("InitialCursorMissingError", "WebsocketURLMissingError", "FailedParseRoomIdError"):
        return _Failure(S.RECONNECTING, "TikTok did not hand out a connection (it may be checking for bots)")
    return _Failure(S.RECONNECTING, f"Connecting failed ({name})")


def backoff_delay(attempt: int, base: float = BACKOFF_BASE_S, cap: float = BACKOFF_CAP_S,
                  rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: ``base`` at first, growing to between cap/2 and cap."""
    top = min(cap, base * (2 ** min(attempt, 30)))
    low = max(base, top / 2) if top > base else top
    return low + (top - low) * rng()
