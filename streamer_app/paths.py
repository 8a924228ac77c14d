"""Where things live: the data folder, the log folder, and bundled assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "streamer-app"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $STREAMER_APP_HOME, else the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get("STREAMER_APP_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def asset(*parts: str) -> Path:
    """A file under assets/, from a source checkout or a PyInstaller bundle alike."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("assets", *parts)
