"""One executor per action type (``EXECUTORS``, keyed like ``types.ACTION_TYPES``).

Each runs on the actions runner's own loop, returns a short sentence for the actions log,
and raises ``ActionFailed`` with a sentence a creator can act on (a webhook down, OBS gone,
a media file missing). Nothing here touches the engine's state directly: time goes to the
timer through ``Engine.add_timer_seconds`` on the engine's loop, alerts and media go out as
updates through ``ActionContext.post``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable
from urllib.parse import urlsplit

from ..core.snapshot import ActionAlertUpdate, MediaUpdate, Update
from .rules import MEDIA_DIRNAME, Action, media_problem, render

DISCORD_MAX = 2000  # Discord refuses longer message content
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".apng", ".avif")
VIDEO_SUFFIXES = (".mp4", ".webm", ".mov", ".m4v")
SOUND_SUFFIXES = (".mp3", ".ogg", ".oga", ".wav", ".m4a", ".aac", ".flac", ".opus")


class ActionFailed(Exception):
    """An action that could not be done; its text goes to the actions log."""


Speaker = Callable[[str, "str | None"], None]


@dataclass
class ActionContext:
    """What executors may use. ``post`` sends an update to the overlay pages and the window
    (thread-safe); ``engine()`` is the running engine or None; ``speakers`` are the window's
    text-to-speech callbacks (called on the runner's thread)."""

    data_dir: Path
    post: Callable[[Update], bool]
    engine: Callable[[], Any]
    http: Callable[[], Awaitable[Any]]
    speakers: list[Speaker] = field(default_factory=list)


Executor = Callable[[ActionContext, Action, str, dict[str, Any]], Awaitable[str]]


def media_file(data_dir: Path, name: str) -> Path:
    """The file ``name`` inside the data folder's media/ (never outside it), or ActionFailed."""
    why = media_problem(name)
    if why:
        raise ActionFailed(f"file {why}")
    root = (Path(data_dir) / MEDIA_DIRNAME).resolve()
    path = (root / name).resolve()
    if not path.is_relative_to(root):  # a link pointing out of media/
        raise ActionFailed(f"media/{name} leads outside the media/ folder")
    if not path.is_file():
        raise ActionFailed(f"media/{name} does not exist: put the file in {root}")
    return path


def media_kind(name: str) -> str:
    low = name.lower()
    if low.endswith(VIDEO_SUFFIXES):
        return "video"
    if low.endswith(SOUND_SUFFIXES):
        return "sound"
    return "image"


def _post(ctx: ActionContext, update: MediaUpdate | ActionAlertUpdate) -> str:
    if not ctx.post(update):
        return " (no stream running: nothing shows it)"
    return ""


async def run_sound(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    name = action.value("file")
    media_file(ctx.data_dir, name)
    if media_kind(name) != "sound":
        raise ActionFailed(f"media/{name} is not a sound file ({', '.join(SOUND_SUFFIXES)})")
    update: MediaUpdate = {"type": "media", "kind": "sound", "file": name, "volume": action.value("volume"),
                           "rule": rule, "ts": event.get("ts", 0.0)}
    note = _post(ctx, update)
    return f"played {name}{note}"


async def run_overlay_media(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    name = action.value("file")
    media_file(ctx.data_dir, name)
    kind = media_kind(name)
    update: MediaUpdate = {"type": "media", "kind": kind, "file": name, "seconds": action.value("seconds"),
                           "volume": action.value("volume"), "rule": rule, "ts": event.get("ts", 0.0)}
    note = _post(ctx, update)
    return f"showed {name}{note}"


async def run_tts(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    text = render(action.value("text"), event, rule)
    voice = action.value("voice")
    update: MediaUpdate = {"type": "media", "kind": "tts", "text": text, "voice": voice, "rule": rule,
                           "ts": event.get("ts", 0.0)}
    note = _post(ctx, update)
    for speak in list(ctx.speakers):
        speak(text, voice)
    if not ctx.speakers:
        return f'said (no voice here: the media overlay page with ?tts=1 speaks it): "{text}"'
    return f'said "{text}"{note}'


async def run_alert(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    text = render(action.value("text"), event, rule)
    update: ActionAlertUpdate = {"type": "alert", "text": text, "seconds": action.value("seconds"), "rule": rule,
                                 "ts": event.get("ts", 0.0), "user": event.get("user")}
    note = _post(ctx, update)
    return f'alert "{text}"{note}'


async def run_timer_add(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    seconds = float(action.value("seconds"))
    engine = ctx.engine()
    if engine is None:
        raise ActionFailed("no stream is running, so there is no timer to add to")
    add = getattr(engine, "add_timer_seconds", None)
    loop = getattr(engine, "_loop", None)
    if add is None:
        raise ActionFailed("the subathon timer is not in this build (timer_add needs Engine.add_timer_seconds)")
    if loop is None or loop.is_closed():
        raise ActionFailed("the stream has ended, so there is no timer to add to")
    loop.call_soon_threadsafe(add, seconds, f"rule {rule}")
    return f"{seconds:+g} s to the timer"


async def run_obs(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    request, data = action.value("request"), action.value("data") or {}
    try:
        from ..obs.client import ObsClient  # the obs package (issue 17, OBS control)
    except ImportError:
        raise ActionFailed("OBS not connected (OBS control is not in this build)") from None
    client = ObsClient.current()
    if client is None or not client.connected:
        raise ActionFailed(f"OBS not connected: {request} was not sent (connect OBS in Settings)")
    try:
        await client.request(request, await scene_item_by_name(client, request, dict(data)))
    except Exception as exc:  # ObsError and friends: one sentence each
        raise ActionFailed(f"OBS refused {request}: {exc}") from None
    return f"OBS {request} done"


async def scene_item_by_name(client: Any, request: str, data: dict[str, Any]) -> dict[str, Any]:
    """SetSceneItemEnabled wants a scene item id; the editor's "Show/Hide a source" names the
    source (``sourceName``), since ids change when a source is added again: look the id up."""
    if request != "SetSceneItemEnabled" or "sceneItemId" in data or "sourceName" not in data:
        return data
    found = await client.request("GetSceneItemId", {"sceneName": data.get("sceneName", ""),
                                                    "sourceName": data["sourceName"]})
    return {"sceneName": data.get("sceneName", ""), "sceneItemId": found["sceneItemId"],
            "sceneItemEnabled": bool(data.get("sceneItemEnabled", True))}


def _where(url: str) -> str:
    """A webhook's host for the log: its path may hold a secret (Discord's does)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/..."


async def run_webhook(ctx: ActionContext, action: Action, rule: str, event: dict[str, Any]) -> str:
    import aiohttp

    url, timeout = action.value("url").strip(), float(action.value("timeout"))
    if action.value("format") == "discord":
        # No @everyone or role pings from a viewer's nickname.
        payload: dict[str, Any] = {"content": render(action.value("text"), event, rule)[:DISCORD_MAX],
                                   "allowed_mentions": {"parse": []}}
    else:
        payload = {"rule": rule, "event": event}
    session = await ctx.http()
    try:
        async with session.post(url, json=payload, timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
            await resp.read()
            if resp.status >= 400:
                raise ActionFailed(f"{_where(url)} answered HTTP {resp.status}")
            return f"posted to {_where(url)} (HTTP {resp.status})"
    except asyncio.TimeoutError:
        raise ActionFailed(f"{_where(url)} did not answer within {timeout:g} s") from None
    except aiohttp.ClientError as exc:
        raise ActionFailed(f"{_where(url)} could not be reached: {exc.__class__.__name__}: {exc}") from None


# One executor per action type (types.ACTION_TYPES has the same keys; a test checks it).
EXECUTORS: dict[str, Executor] = {
    "sound": run_sound,
    "tts": run_tts,
    "overlay_media": run_overlay_media,
    "obs": run_obs,
    "webhook": run_webhook,
    "timer_add": run_timer_add,
    "alert": run_alert,
}
