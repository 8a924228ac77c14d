"""The YouTube Data API v3 through Google's own client (google-api-python-client).

The client is built from the discovery document shipped inside the package
(``static_discovery=True``: no network look-up before the first call), with the user's OAuth
credentials or an API key. Its calls block (httplib2), so each runs on a worker thread, one
at a time. Errors become one sentence, keyed by the documented reasons
(https://developers.google.com/youtube/v3/docs/errors and
https://developers.google.com/youtube/v3/live/docs/errors).

``liveChatMessages.streamList`` (the newer server-streaming method) is not in the discovery
document this client ships (revision 20261104: ``list``, ``insert``, ``delete``, ``transition``),
so the source polls ``list``, honouring ``pollingIntervalMillis``.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from typing import Any

from ..i18n import translate
from .errors import SourceError

VIDEO_ID_RE = re.compile(r"^[A-Za-z0-9_-]{11}$")
CHANNEL_ID_RE = re.compile(r"^UC[A-Za-z0-9_-]{22}$")
_URL_VIDEO_RE = re.compile(r"(?:v=|youtu\.be/|/live/|/shorts/)([A-Za-z0-9_-]{11})")


@dataclass(frozen=True)
class ApiFailure(Exception):
    """A call the API refused: HTTP status and the first documented ``reason``."""

    status: int
    reason: str
    message: str

    def __str__(self) -> str:
        return f"{self.status} {self.reason}: {self.message}"


def require_google() -> None:
    """Google's client libraries load, or SourceError says why (a bundle built without a part)."""
    try:
        import google.oauth2.credentials  # noqa: F401 - google-auth imports cryptography at once
        import googleapiclient.discovery  # noqa: F401
    except ImportError as exc:
        raise SourceError(translate("Sources", "the YouTube source cannot start: Google's client library is incomplete "
                                               "in this "
                "installation ({error}); install streamer-app with pip to follow YouTube").format(error=exc.name or exc)) from None


def build_client(credentials: Any = None, api_key: str | None = None, endpoint: str | None = None) -> Any:
    """A ``youtube`` v3 client; ``endpoint`` points it elsewhere (tests: a local server)."""
    from googleapiclient.discovery import build

    options = {"api_endpoint": endpoint} if endpoint else None
    return build("youtube", "v3", credentials=credentials, developerKey=api_key, static_discovery=True,
                 cache_discovery=False, client_options=options)


def failure_of(exc: BaseException) -> ApiFailure | None:
    """The status and reason of an ``HttpError``; None for anything else."""
    from googleapiclient.errors import HttpError

    if not isinstance(exc, HttpError):
        return None
    reason, message = "", ""
    try:
        error = json.loads(exc.content.decode("utf-8"))["error"]
        message = str(error.get("message", ""))
        errors = error.get("errors") or []
        if errors and isinstance(errors[0], dict):
            reason = str(errors[0].get("reason", ""))
        if not reason:  # the newer shape: details[].reason (google.rpc.ErrorInfo)
            for d in error.get("details") or []:
                if isinstance(d, dict) and d.get("reason"):
                    reason = str(d["reason"])
                    break
    except (ValueError, KeyError, TypeError, AttributeError):
        pass
    return ApiFailure(int(exc.resp.status), reason, message)


async def call(request: Any) -> dict[str, Any]:
    """Runs one prepared request on a worker thread; retries are ours (each one costs quota)."""
    result = await asyncio.to_thread(request.execute, num_retries=0)
    return result if isinstance(result, dict) else {}


def parse_target(target: str) -> tuple[str, str]:
    """What the creator typed, as (kind, value): ("mine", ""), ("video", id), ("channel", UC...),
    ("handle", "@name"); SourceError in one sentence otherwise."""
    t = target.strip()
    if not t or t.lower() in ("mine", "me", "my channel"):
        return "mine", ""
    m = _URL_VIDEO_RE.search(t)
    if m:
        return "video", m.group(1)
    if "/channel/" in t:
        t = t.rsplit("/channel/", 1)[1].split("/")[0]
    elif "youtube.com/@" in t:
        t = "@" + t.split("youtube.com/@", 1)[1].split("/")[0]
    if CHANNEL_ID_RE.match(t):
        return "channel", t
    if t.startswith("@") and re.match(r"^@[A-Za-z0-9._-]{3,30}$", t):
        return "handle", t
    if VIDEO_ID_RE.match(t):
        return "video", t
    raise SourceError(translate("Sources", "{target} is not a YouTube channel (@handle or UC... id) or a video id or "
                                           "link").format(
        target=repr(target)))


def prepare_target(typed: str) -> str:
    """The window's check of what was typed (empty: the signed-in creator's own broadcast)."""
    kind, value = parse_target(typed)
    return value if kind != "mine" else ""
