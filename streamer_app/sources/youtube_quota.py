"""The YouTube Data API's daily quota: what each call costs, what is left, when it resets.

Every project gets 10,000 units a day by default ("Quota usage", https://developers.google.com/youtube/v3/getting-started#quota),
reset at midnight Pacific time. Costs per call, from the same page's table and each method's
reference page: ``liveChatMessages.list`` 5 units
(https://developers.google.com/youtube/data/live/reference/rest/v3/liveChatMessages/list, "Quota impact"),
``liveBroadcasts.list``, ``videos.list`` and ``channels.list`` 1 unit, ``search.list`` 100.

Google does not tell a client what it has used, so this is our own count, kept per Pacific
day in the data folder (``youtube-quota.json``) so a restart remembers it; another program
sharing the same Google Cloud project also spends the project's quota, and the first 403
``quotaExceeded`` sets the count to the limit.

Polling is paced so that the day's quota lasts ``hours`` of streaming: a slower poll loses
nothing (each request continues from the previous page's token), it only comes later.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

DAILY_DEFAULT = 10_000
FILE = "youtube-quota.json"
COSTS = {"liveChatMessages.list": 5, "liveBroadcasts.list": 1, "videos.list": 1, "channels.list": 1,
         "search.list": 100}


def pacific() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Los_Angeles")
    except Exception:  # no time zone database (Windows without tzdata): standard time is close enough
        return timezone(timedelta(hours=-8), "PST")


_PT = pacific()


def quota_day(ts: float) -> date:
    return datetime.fromtimestamp(ts, _PT).date()


def next_reset(ts: float) -> float:
    """The POSIX time of the next midnight in Pacific time, when Google resets the quota."""
    day = quota_day(ts) + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=_PT).timestamp()


class QuotaMeter:
    """Our count of the day's units; ``folder`` None keeps it in memory only."""

    def __init__(self, folder: Path | None, limit: int = DAILY_DEFAULT, hours: float = 4.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = Path(folder) / FILE if folder is not None else None
        self.limit = max(1, int(limit))
        self.hours = max(0.1, float(hours))
        self.clock = clock
        self.day = quota_day(clock())
        self.used = 0
        self._load()

    def _load(self) -> None:
        """Take in what the file says was spent today (another source or a run before this one)."""
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("day") == self.day.isoformat():
                self.used = max(self.used, int(data.get("used", 0)))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, AttributeError):
            log.warning("%s is unreadable; counting the YouTube quota from 0 today", self.path)

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"day": self.day.isoformat(), "used": self.used}), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:  # only an estimate: never worth stopping the chat for
            log.warning("could not save the YouTube quota count: %s", exc.strerror or exc)

    def _roll(self) -> None:
        today = quota_day(self.clock())
        if today != self.day:
            self.day, self.used = today, 0

    def spend(self, method: str) -> None:
        self._roll()
        self._load()  # two YouTube sources (or two runs) share the project's quota: read, then add
        self.used += COSTS.get(method, 1)
        self._save()

    def exhausted(self) -> None:
        """Google said 403 quotaExceeded: nothing is left until the reset, whatever we counted."""
        self._roll()
        self.used = max(self.used, self.limit)
        self._save()

    @property
    def left(self) -> int:
        self._roll()
        return max(0, self.limit - self.used)

    def can_afford(self, method: str) -> bool:
        return self.left >= COSTS.get(method, 1)

    def reset_at(self) -> float:
        return next_reset(self.clock())

    def pace_s(self, method: str = "liveChatMessages.list") -> float:
        """Seconds between two calls so that a full day's quota lasts ``hours`` of streaming."""
        return self.hours * 3600.0 * COSTS.get(method, 1) / self.limit

    def sentence(self) -> str:
        """What is left, short enough for the window's status line (the figure first)."""
        left = self.left
        polls = left // COSTS["liveChatMessages.list"]
        return (f"quota {left:,} of {self.limit:,} units left today (about {polls:,} chat reads; "
                "resets at midnight Pacific time)")
