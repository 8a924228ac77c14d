"""OBS control over obs-websocket 5 (built into OBS 28 and later). Qt-free.

- ``client.ObsClient``: one connection to OBS through simpleobsws (asyncio), kept up with
  a quiet backoff, its state observable (``ObsStatus``), and ``request()`` plus helpers
  (``switch_scene``, ``set_source_visible``, ``restart_media``, ``set_text``) callable
  from any asyncio loop or thread.
- ``browser_sources``: "Add to OBS" (one browser source per overlay page, created or
  updated) and keeping those sources in step when the overlay token is rotated.
- ``ObsClient.current()``: the client the app started (window or headless), for the
  actions runner; None when OBS control is off.

docs/OBS.md tells the creator how to set OBS up; docs/OBS.md "Why simpleobsws" says why
this library.
"""

from .errors import ObsAuthError, ObsError, ObsNotConnected, ObsRequestError
from .status import ObsState, ObsStatus

__all__ = ["ObsAuthError", "ObsError", "ObsNotConnected", "ObsRequestError", "ObsState", "ObsStatus"]
