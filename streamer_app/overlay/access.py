"""Overlay URLs and their token: build, mask, persist, rotate. Qt-free, for the CLI and the window.

The token lives in the settings (``overlay_token``). ``settings.load`` makes one up when
the file has none, but only a saved token survives a restart, so everything that hands
out URLs goes through ``ensure_token`` first. ``rotate_token`` replaces it; a running
server is told with ``OverlayServer.set_token`` (old URLs stop working at once).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from .. import settings as settings_mod
from ..i18n import QT_TRANSLATE_NOOP
from ..settings import Settings

@dataclass(frozen=True)
class OverlayPage:
    """One browser-source page: served as assets/overlay/<key>.html, listed in this order.

    ``size`` is the browser source's size docs/OBS.md suggests for its own box (every page
    also fills a 1920 x 1080 source).
    """

    key: str
    title: str  # English; the window shows it translated (context "OverlayPages")
    size: tuple[int, int]


# To add a page: one row here, its assets/overlay/<key>.html and js/<key>.js (docs/ARCHITECTURE.md).
OVERLAY_PAGES: tuple[OverlayPage, ...] = (
    OverlayPage("alerts", QT_TRANSLATE_NOOP("OverlayPages", "Gift alerts"), (1920, 1080)),
    OverlayPage("goal", QT_TRANSLATE_NOOP("OverlayPages", "Goal bar"), (960, 200)),
    OverlayPage("tally", QT_TRANSLATE_NOOP("OverlayPages", "Session tally"), (1200, 200)),
    OverlayPage("leaderboard", QT_TRANSLATE_NOOP("OverlayPages", "Top gifters"), (700, 600)),
    OverlayPage("feed", QT_TRANSLATE_NOOP("OverlayPages", "Recent events"), (800, 500)),
    OverlayPage("timer", QT_TRANSLATE_NOOP("OverlayPages", "Subathon timer"), (800, 300)),
    OverlayPage("likes", QT_TRANSLATE_NOOP("OverlayPages", "Like goal"), (960, 200)),
    OverlayPage("battle", QT_TRANSLATE_NOOP("OverlayPages", "LIVE Match"), (1200, 260)),
    OverlayPage("media", QT_TRANSLATE_NOOP("OverlayPages", "Action media (sounds, images, videos)"), (1920, 1080)),
)
PAGES: tuple[str, ...] = tuple(p.key for p in OVERLAY_PAGES)
PAGE_TITLES: dict[str, str] = {p.key: p.title for p in OVERLAY_PAGES}
LOOPBACK = "127.0.0.1"


def page_url(page: str, token: str, port: int, host: str = LOOPBACK, **params: str) -> str:
    """The full URL of one overlay page, token included (treat it like a password)."""
    if page not in PAGES:
        raise LookupError(f"there is no overlay page called {page!r}: choose one of {', '.join(PAGES)}")
    query = "token=" + quote(token, safe="")
    for k, v in params.items():
        query += f"&{quote(k, safe='')}={quote(str(v), safe='')}"
    return f"http://{host}:{port}/overlay/{page}?{query}"


def page_urls(settings: Settings, port: int | None = None, host: str = LOOPBACK) -> dict[str, str]:
    """Every page's URL, in the order shown to the creator: {"alerts": "http://...", ...}."""
    p = port or settings.overlay_port
    return {page: page_url(page, settings.overlay_token, p, host) for page in PAGES}


def mask_token(text: str, token: str) -> str:
    """``text`` with the token replaced by its first 4 characters and dots (for screens and logs)."""
    if not token:
        return text
    return text.replace(token, token[:4] + "\u2022" * 8)


def ensure_token(data_dir: Path) -> Settings:
    """The settings with a token that is saved in the data folder (saving one if needed)."""
    s = settings_mod.load(data_dir)  # raises SettingsError with a clear sentence
    if settings_mod.stored_token(data_dir) != s.overlay_token:
        settings_mod.save(data_dir, s)
    return s


def rotate_token(data_dir: Path) -> Settings:
    """Replace the overlay token with a fresh one, save it, and return the new settings."""
    s = replace(settings_mod.load(data_dir), overlay_token=settings_mod.new_token())
    settings_mod.save(data_dir, s)
    return s
