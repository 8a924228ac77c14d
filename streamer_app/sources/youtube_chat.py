"""Finding the live chat to read: the creator's active broadcast, a channel's, or a video's.

- the signed-in creator's own broadcast: ``liveBroadcasts.list(broadcastStatus=active)`` (OAuth only,
  1 unit; https://developers.google.com/youtube/v3/live/docs/liveBroadcasts/list);
- a video id or link: ``videos.list(part=liveStreamingDetails)``, whose
  ``liveStreamingDetails.activeLiveChatId`` is the chat while the video is live (1 unit;
  https://developers.google.com/youtube/v3/docs/videos#liveStreamingDetails.activeLiveChatId);
- another channel (@handle or UC... id): ``channels.list`` (1 unit) for its id, then
  ``search.list(eventType=live)`` (100 units) for its live video, so it is checked rarely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from ..i18n import translate
from .errors import SourceError
from .youtube_api import parse_target

Call = Callable[[str, Any], Awaitable[dict[str, Any]]]  # (method name for the quota, request) -> response


class NotLiveYet(Exception):
    """The target is not live now; ``check_every_s`` says how often it is worth asking again."""

    def __init__(self, message: str, check_every_s: float) -> None:
        super().__init__(message)
        self.check_every_s = check_every_s


@dataclass
class ChatTarget:
    live_chat_id: str
    creator: str  # "@handle" or the channel's title
    channel_id: str = ""
    video_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


async def find_chat(client: Any, target: str, call: Call, signed_in: bool) -> ChatTarget:
    """The live chat ``target`` names; NotLiveYet when it is not live, SourceError when it cannot be."""
    kind, value = parse_target(target)
    if kind == "video":
        return await _from_video(client, value, call, creator="")
    if kind == "mine":
        if not signed_in:
            raise SourceError(translate("Sources", "to follow your own broadcast, sign in to YouTube (an API key can "
                                                   "only read a public "
                    "chat: type its video id or channel instead)"))
        return await _mine(client, call)
    channel_id, creator = await _channel(client, kind, value, call)
    if signed_in:
        me = await call("channels.list", client.channels().list(part="id", mine=True))
        if any(item.get("id") == channel_id for item in me.get("items") or []):
            return await _mine(client, call)  # one's own channel: 1 unit a look, not search's 100
    found = await call("search.list", client.search().list(part="id", channelId=channel_id, eventType="live",
                                                           type="video", maxResults=1))
    items = found.get("items") or []
    video_id = (items[0].get("id") or {}).get("videoId") if items else None
    if not video_id:
        raise NotLiveYet(f"{creator} is not live on YouTube yet: checking again every 5 minutes "
                         "(each check costs 100 quota units)", 300.0)
    return await _from_video(client, video_id, call, creator=creator)


async def _mine(client: Any, call: Call) -> ChatTarget:
    found = await call("liveBroadcasts.list", client.liveBroadcasts().list(
        part="id,snippet", broadcastStatus="active", broadcastType="all", maxResults=5))
    for item in found.get("items") or []:
        snippet = item.get("snippet") or {}
        if snippet.get("liveChatId"):
            channel_id = str(snippet.get("channelId") or "")
            me = await call("channels.list", client.channels().list(part="snippet", mine=True))
            creator = _creator_of((me.get("items") or [{}])[0]) or str(snippet.get("title") or "my channel")
            return ChatTarget(str(snippet["liveChatId"]), creator, channel_id, str(item.get("id") or ""))
    raise NotLiveYet("you are not live on YouTube yet: checking again every 30 seconds", 30.0)


async def _from_video(client: Any, video_id: str, call: Call, creator: str) -> ChatTarget:
    found = await call("videos.list", client.videos().list(part="snippet,liveStreamingDetails", id=video_id))
    items = found.get("items") or []
    if not items:
        raise SourceError(translate("Sources", "YouTube has no video {video_id} (or it is private)").format(
            video_id=repr(video_id)))
    snippet, live = items[0].get("snippet") or {}, items[0].get("liveStreamingDetails") or {}
    chat = live.get("activeLiveChatId")
    if not chat:
        if live.get("actualEndTime"):
            raise SourceError(translate("Sources", "the live stream of video {video_id} has ended; its chat can no "
                                                   "longer be read").format(
                video_id=video_id))
        if not live:
            raise SourceError(translate("Sources", "video {video_id} is not a live stream").format(video_id=video_id))
        raise NotLiveYet(f"video {video_id} is not live yet: checking again every 30 seconds", 30.0)
    return ChatTarget(str(chat), creator or str(snippet.get("channelTitle") or video_id),
                      str(snippet.get("channelId") or ""), video_id)


async def _channel(client: Any, kind: str, value: str, call: Call) -> tuple[str, str]:
    params = {"forHandle": value} if kind == "handle" else {"id": value}
    found = await call("channels.list", client.channels().list(part="snippet", **params))
    items = found.get("items") or []
    if not items:
        raise SourceError(translate("Sources", "YouTube has no channel {channel}").format(channel=value))
    return str(items[0].get("id") or value), _creator_of(items[0]) or value


def _creator_of(channel: dict[str, Any]) -> str:
    snippet = channel.get("snippet") or {}
    custom = snippet.get("customUrl")
    if isinstance(custom, str) and custom:
        return custom if custom.startswith("@") else "@" + custom
    return str(snippet.get("title") or "")
