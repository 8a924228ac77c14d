""""Add to OBS": one browser source per overlay page, created or updated, and kept in step with the token.

Each page gets an input named ``streamer-app: <page>`` (``source_name``) of kind
``browser_source`` with the page's URL (token included) and its suggested size from
``overlay.access.OVERLAY_PAGES``. An input of that name already there is updated
(SetInputSettings) rather than duplicated, and added to the program scene if it is not in
it yet; a new one is created in the program scene (CreateInput). After a token rotation,
``update_sources`` rewrites the URL of the sources that exist and creates nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..overlay.access import OVERLAY_PAGES, PAGE_TITLES
from .client import ObsClient
from .errors import ObsError, ObsNotConnected, ObsRequestError

log = logging.getLogger(__name__)

BROWSER_SOURCE = "browser_source"
NAME_PREFIX = "streamer-app: "
RESOURCE_NOT_FOUND = 600  # obs-websocket RequestStatus::ResourceNotFound
SIZES: dict[str, tuple[int, int]] = {p.key: p.size for p in OVERLAY_PAGES}

Outcome = Literal["created", "updated", "failed", "missing"]


@dataclass(frozen=True)
class PageResult:
    """What happened to one page's browser source, with the sentence to show."""

    page: str
    source: str  # the input's name in OBS
    outcome: Outcome
    message: str

    @property
    def ok(self) -> bool:
        return self.outcome in ("created", "updated")


Progress = Callable[[PageResult], None]


def source_name(page: str) -> str:
    return NAME_PREFIX + page


# What docs/OBS.md asks creators to set by hand, set for them on a new source (obs-browser's
# setting keys): sound through OBS's mixer, and the page kept running in hidden scenes so an
# alert sent meanwhile can still play. An existing source keeps the creator's own choices.
NEW_SOURCE = {"reroute_audio": True, "shutdown": False, "restart_when_active": False}


def source_settings(page: str, url: str) -> dict[str, object]:
    """The settings Add to OBS owns on a page's source: its link and its size."""
    width, height = SIZES.get(page, (1920, 1080))
    return {"url": url, "width": width, "height": height}


async def add_to_obs(client: ObsClient, urls: Mapping[str, str], pages: Sequence[str] | None = None,
                     progress: Progress | None = None) -> list[PageResult]:
    """Create or update the browser source of each page (all of ``urls`` when ``pages`` is None).

    ``urls`` maps a page to its full URL with the token. Raises ObsNotConnected when OBS
    cannot be asked at all; a page that fails alone is reported in its result and the
    others go on. ``progress`` gets each result as soon as it is known.
    """
    chosen = list(urls) if pages is None else list(pages)
    unknown = [p for p in chosen if p not in urls]
    if unknown:
        raise LookupError(f"there is no overlay page called {unknown[0]!r}: choose one of {', '.join(urls)}")
    scene = await client.program_scene()
    existing = set(await client.input_names(BROWSER_SOURCE))
    results = []
    for page in chosen:
        result = await _one(client, scene, page, urls[page], source_name(page) in existing)
        results.append(result)
        if progress is not None:
            progress(result)
    return results


async def _one(client: ObsClient, scene: str, page: str, url: str, exists: bool) -> PageResult:
    name, title = source_name(page), PAGE_TITLES.get(page, page)
    settings = source_settings(page, url)
    size = f"{settings['width']}×{settings['height']}"
    try:
        if exists:
            await client.request("SetInputSettings", {"inputName": name, "inputSettings": settings, "overlay": True})
            added = await _ensure_in_scene(client, scene, name)
            where = f"and added it to '{scene}'" if added else f"in '{scene}'"
            return PageResult(page, name, "updated", f"{title}: updated '{name}' ({size}) {where}")
        await client.request("CreateInput", {"sceneName": scene, "inputName": name, "inputKind": BROWSER_SOURCE,
                                             "inputSettings": {**settings, **NEW_SOURCE}, "sceneItemEnabled": True})
        return PageResult(page, name, "created", f"{title}: created '{name}' ({size}) in '{scene}'")
    except ObsNotConnected:
        raise
    except ObsError as exc:
        log.warning("Add to OBS failed for %s: %s", page, exc)
        return PageResult(page, name, "failed", f"{title}: {exc}")


async def _ensure_in_scene(client: ObsClient, scene: str, name: str) -> bool:
    """True when the source was added to ``scene`` now, False when it was there already."""
    try:
        await client.request("GetSceneItemId", {"sceneName": scene, "sourceName": name})
        return False
    except ObsRequestError as exc:
        if exc.code != RESOURCE_NOT_FOUND:
            raise
    await client.request("CreateSceneItem", {"sceneName": scene, "sourceName": name, "sceneItemEnabled": True})
    return True


async def update_sources(client: ObsClient, urls: Mapping[str, str],
                         progress: Progress | None = None) -> list[PageResult]:
    """After a token rotation: the new URL into each page's source that exists; nothing is created."""
    existing = set(await client.input_names(BROWSER_SOURCE))
    results = []
    for page, url in urls.items():
        name, title = source_name(page), PAGE_TITLES.get(page, page)
        if name not in existing:
            result = PageResult(page, name, "missing", f"{title}: no '{name}' in OBS (nothing to update)")
        else:
            try:
                await client.request("SetInputSettings", {"inputName": name, "inputSettings": {"url": url},
                                                           "overlay": True})
                result = PageResult(page, name, "updated", f"{title}: '{name}' now uses the new token")
            except ObsNotConnected:
                raise
            except ObsError as exc:
                result = PageResult(page, name, "failed", f"{title}: {exc}")
        results.append(result)
        if progress is not None:
            progress(result)
    return results


async def sync_sources(client: ObsClient, urls: Mapping[str, str]) -> list[PageResult]:
    """On connecting: put the current link into each source Add to OBS made whose link is stale.

    A token rotated from the command line (or another overlay port) takes effect when the app
    starts again; the sources then still carry the old link. Only ``streamer-app: <page>``
    sources are touched, and only their ``url``; the results name the ones changed.
    """
    existing = set(await client.input_names(BROWSER_SOURCE))
    changed = []
    for page, url in urls.items():
        name = source_name(page)
        if name not in existing:
            continue
        settings = (await client.request("GetInputSettings", {"inputName": name})).get("inputSettings") or {}
        if settings.get("url") != url:
            await client.request("SetInputSettings", {"inputName": name, "inputSettings": {"url": url},
                                                       "overlay": True})
            changed.append(PageResult(page, name, "updated", f"{PAGE_TITLES.get(page, page)}: '{name}' now has "
                                                             "the current link"))
    return changed


def summary(results: Sequence[PageResult]) -> str:
    """One line for a status bar: how many were created, updated, failed."""
    counts = {k: sum(1 for r in results if r.outcome == k) for k in ("created", "updated", "failed")}
    parts = [f"{n} {k}" for k, n in counts.items() if n]
    return "Add to OBS: " + (", ".join(parts) if parts else "nothing to do") + "."
