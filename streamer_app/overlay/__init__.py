"""OBS browser-source overlays: the local server (server.py), its feed (feed.py), checks
(guard.py) and URLs/token helpers (access.py). Qt-free; runs on the engine's loop."""
