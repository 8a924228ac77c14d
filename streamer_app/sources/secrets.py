"""Secrets kept apart from settings: the Euler Stream sign-server key, the TikTok session id,
the OBS WebSocket password, the Twitch sign-in, YouTube's OAuth token (the signed-in creator's,
as JSON, refreshed in place) and API key.

They go to the operating system's keyring when a usable backend exists (the
``keyring`` package), otherwise to ``secrets.json`` in the data folder, readable only
by the user (0600). Every secret read or written is registered with a logging filter
that masks it, so it never reaches a log line, and ``mask()`` cleans any text (error
messages, exports) the same way.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "streamer-app"
SIGN_API_KEY = "sign_api_key"
SESSION_ID = "session_id"
OBS_PASSWORD = "obs_password"  # obs-websocket's server password (streamer_app/obs)
# Twitch: the creator's own app (client id, from the Twitch developer console) and the tokens
# its device-code sign-in gave (sources/twitch_auth.py).
TWITCH_CLIENT_ID = "twitch_client_id"
TWITCH_ACCESS_TOKEN = "twitch_access_token"
TWITCH_REFRESH_TOKEN = "twitch_refresh_token"
YOUTUBE_TOKEN = "youtube_token"  # google.oauth2 Credentials.to_json(): access and refresh token
YOUTUBE_API_KEY = "youtube_api_key"
NAMES = (SIGN_API_KEY, SESSION_ID, OBS_PASSWORD, TWITCH_CLIENT_ID, TWITCH_ACCESS_TOKEN, TWITCH_REFRESH_TOKEN,
         YOUTUBE_TOKEN, YOUTUBE_API_KEY)
SECRETS_FILE = "secrets.json"
MASK = "********"
_MIN_PART = 6  # TikTokLive logs the first 8 characters of a session id; mask parts this long

_known: set[str] = set()
_lock = threading.Lock()


def register(value: str | None) -> None:
    """Mask ``value`` (and its long prefixes) in every log record from now on."""
    if value and len(value) >= 4:
        with _lock:
            _known.add(value)
            if len(value) > _MIN_PART + 2:
                _known.add(value[:8])  # the prefix TikTokLive prints when it "redacts" a session id
        install_log_filter()


def mask(text: str) -> str:
    """``text`` with every registered secret replaced by asterisks."""
    if not _known or not text:
        return text
    for s in sorted(_known, key=len, reverse=True):
        if s in text:
            text = text.replace(s, MASK)
    return text


class SecretMaskFilter(logging.Filter):
    """Rewrites log records so no registered secret is printed or written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _known:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's business
            return True
        cleaned = mask(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Tracebacks are formatted later from exc_info; fold them in, cleaned.
            formatted = logging.Formatter().formatException(record.exc_info)
            cleaned = cleaned + "\n" + mask(formatted)
            record.exc_info = None
            record.exc_text = None
        if cleaned != message or not record.args:
            record.msg, record.args = cleaned, None
        return True


_FILTER = SecretMaskFilter()


def install_log_filter() -> None:
    """Attach the mask to the root handlers and TikTokLive's logger (idempotent)."""
    loggers = [logging.getLogger(), logging.getLogger("TikTokLive"), logging.getLogger("twitchAPI")]
    for lg in loggers:
        if _FILTER not in lg.filters:
            lg.addFilter(_FILTER)
        for h in lg.handlers:
            if _FILTER not in h.filters:
                h.addFilter(_FILTER)


def _usable_keyring():
    """The keyring backend, or None when only the fail/null/plaintext backends exist."""
    try:
        import keyring
        from keyring.backends import fail

        kr = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(kr, fail.Keyring) or type(kr).__module__.startswith(("keyring.backends.null", "keyrings.alt")):
        return None
    try:
        if getattr(kr, "priority", 1) <= 0:
            return None
    except Exception:
        return None
    return kr


class SecretStore:
    """Reads and writes the secrets (``NAMES``); ``backend`` says where they live."""

    def __init__(self, data_dir: Path, use_keyring: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self._keyring = _usable_keyring() if use_keyring else None
        self.backend = "keyring" if self._keyring is not None else "file"

    @property
    def file(self) -> Path:
        return self.data_dir / SECRETS_FILE

    def get(self, name: str) -> str | None:
        _check(name)
        value = None
        if self._keyring is not None:
            try:
                value = self._keyring.get_password(SERVICE, name)
            except Exception as exc:
                log.warning("the keyring could not be read (%s); using the secrets file", type(exc).__name__)
        if value is None:
            value = self._read_file().get(name)
        register(value)
        return value or None

    def set(self, name: str, value: str) -> None:
        _check(name)
        value = value.strip()
        if not value:
            self.delete(name)
            return
        register(value)
        if self._keyring is not None:
            try:
                self._keyring.set_password(SERVICE, name, value)
                data = self._read_file()
                if name in data:  # do not leave an older copy lying in the file
                    del data[name]
                    self._write_file(data)
                return
            except Exception as exc:
                log.warning("the keyring refused the secret (%s); using the secrets file", type(exc).__name__)
        data = self._read_file()
        data[name] = value
        self._write_file(data)

    def delete(self, name: str) -> None:
        _check(name)
        if self._keyring is not None:
            try:
                self._keyring.delete_password(SERVICE, name)
            except Exception:  # not there: nothing to delete
                pass
        data = self._read_file()
        if name in data:
            del data[name]
            self._write_file(data)

    # -- the file fallback -----------------------------------------------------------------
    def _read_file(self) -> dict:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("the secrets file %s is unreadable; treating it as empty", self.file)
            return {}
        return {k: v for k, v in data.items() if k in NAMES and isinstance(v, str)} if isinstance(data, dict) else {}

    def _write_file(self, data: dict) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_name(SECRETS_FILE + ".tmp")
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        # Created 0600 from the start: there is never a moment others could read it.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.file)


def _check(name: str) -> None:
    if name not in NAMES:
        raise KeyError(f"unknown secret {name!r}: use one of {', '.join(NAMES)}")
