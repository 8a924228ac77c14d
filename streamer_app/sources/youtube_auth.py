"""Signing in to YouTube with the creator's own Google OAuth client, and the token's upkeep.

The creator makes an OAuth client of type "Desktop app" in their own Google Cloud project
(docs/PLATFORMS.md) and points the ``youtube_client_secrets`` setting at its JSON file.
Sign-in is Google's installed-app flow with a local redirect (google-auth-oauthlib's
``InstalledAppFlow.run_local_server``: the browser opens Google's consent page and comes
back to a one-off server on 127.0.0.1). The credentials (access token, refresh token,
client id and secret) go to the keyring through ``SecretStore`` as one JSON text, and every
refresh (the client refreshes an expired token by itself, on a 401 too) is written back.

An API key can read a *public* live chat ("You can use an API key or OAuth 2.0 to read public
live chats. Private, members-only, or paid live chats ... require OAuth 2.0",
https://developers.google.com/youtube/data/reference/rest/v3/liveChatMessages/list); it cannot find
"my active broadcast" (``liveBroadcasts.list`` needs OAuth).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..i18n import translate
from . import secrets as secrets_mod
from .errors import SourceError
from .secrets import YOUTUBE_TOKEN, SecretStore

log = logging.getLogger(__name__)

# Read-only is enough to find the broadcast and read its chat (each method's "Authorization").
SCOPES = ["https://www.googleapis.com/auth/youtube.readonly"]
REVOKED = ("YouTube refused the saved sign-in (access was revoked or has expired): sign in again with "
           "'streamer-app youtube sign-in' or the window's YouTube source")


def _register(creds: Any) -> None:
    """Mask every part of the credentials in logs from now on."""
    for value in (getattr(creds, "token", None), getattr(creds, "refresh_token", None),
                  getattr(creds, "client_secret", None)):
        secrets_mod.register(value)


def load_credentials(store: SecretStore) -> Any | None:
    """The saved credentials, or None when nobody signed in (or the saved text is damaged)."""
    text = store.get(YOUTUBE_TOKEN)
    if not text:
        return None
    from google.oauth2.credentials import Credentials

    try:
        creds = Credentials.from_authorized_user_info(json.loads(text), SCOPES)
    except (ValueError, KeyError, TypeError):
        log.warning("the saved YouTube sign-in is damaged; sign in again")
        return None
    _register(creds)
    return creds


def save_credentials(store: SecretStore, creds: Any) -> None:
    _register(creds)
    store.set(YOUTUBE_TOKEN, creds.to_json())


def sign_in(client_secrets: str | Path, store: SecretStore, open_browser: bool = True,
            timeout_s: float | None = 300) -> Any:
    """Google's consent page in the browser, the answer on a local redirect; the credentials saved.

    Blocks until the creator answers (or ``timeout_s``): call it off the event loop.
    """
    path = Path(str(client_secrets)).expanduser()
    if not str(client_secrets).strip():
        raise SourceError(translate("Sources", "set 'YouTube OAuth client file' in settings first (the JSON of a "
                                               "Desktop OAuth client "
                "from Google Cloud console; docs/PLATFORMS.md says how)"))
    if not path.is_file():
        raise SourceError(translate("Sources", "the YouTube OAuth client file {path} does not exist").format(path=path))
    from google_auth_oauthlib.flow import InstalledAppFlow

    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(config, dict) or not isinstance(config.get("installed"), dict):
            raise ValueError("it has no 'installed' client")  # a Web client needs a registered redirect
        flow = InstalledAppFlow.from_client_config(config, SCOPES)
    except (ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise SourceError(translate("Sources", "{path} is not a Google OAuth client file of type Desktop app ({error})").format(
            path=path, error=exc)) from None
    try:
        creds = flow.run_local_server(host="127.0.0.1", port=0, open_browser=open_browser,
                                      timeout_seconds=None if timeout_s is None else int(timeout_s),
                                      authorization_prompt_message="Sign in to YouTube in your browser: {url}",
                                      success_message="streamer-app is signed in to YouTube. You can close this tab.")
    except Exception as exc:  # a timeout, a refused consent, a bad answer: one sentence
        raise SourceError(translate("Sources", "YouTube sign-in did not finish ({error})").format(
            error=secrets_mod.mask(str(exc)) or type(exc).__name__)) from None
    save_credentials(store, creds)
    return creds


class TokenKeeper:
    """Writes the credentials back whenever the client refreshed them (a new access token)."""

    def __init__(self, store: SecretStore, creds: Any) -> None:
        self.store = store
        self.creds = creds
        self._token = getattr(creds, "token", None)
        self.refreshes = 0

    def check(self) -> None:
        token = getattr(self.creds, "token", None)
        if token != self._token:
            self._token = token
            self.refreshes += 1
            save_credentials(self.store, self.creds)
