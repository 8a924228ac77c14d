"""Signing in to Twitch with the creator's own account, and keeping the sign-in fresh.

The creator registers their own app in the Twitch developer console (a "Public" client:
a desktop app cannot keep a secret) and gives its client id; ``streamer-app twitch
sign-in`` then runs the device code flow (twitchAPI's ``CodeFlow``): the app shows a code
and a link, the creator approves on any browser, and the tokens go to the keyring
(``sources/secrets.SecretStore``). Docs:
https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/#device-code-grant-flow

Access tokens expire after a few hours; refresh tokens of public clients are one-time and
are replaced on each refresh. The refresh is done here, without a client secret, as
https://dev.twitch.tv/docs/authentication/refresh-tokens/ describes for public clients
(twitchAPI's own refresh always posts a ``client_secret`` field).
"""

from __future__ import annotations

import inspect
import logging
import re
from pathlib import Path
from typing import Any, Awaitable, Callable

import aiohttp
from twitchAPI.helper import TWITCH_API_BASE_URL, TWITCH_AUTH_BASE_URL
from twitchAPI.oauth import CodeFlow, validate_token
from twitchAPI.twitch import Twitch
from twitchAPI.type import AuthScope, InvalidTokenException, MissingScopeException

from ..i18n import translate
from . import secrets as secrets_mod
from .errors import SignInNeeded, SourceError

log = logging.getLogger(__name__)

# What the EventSub subscriptions of sources/twitch.py need (Bits, subs, followers, chat).
SCOPES = [AuthScope.BITS_READ, AuthScope.CHANNEL_READ_SUBSCRIPTIONS, AuthScope.MODERATOR_READ_FOLLOWERS,
          AuthScope.USER_READ_CHAT]
LOGIN_RE = re.compile(r"^[A-Za-z0-9_]{3,25}$")
SIGN_IN = "streamer-app twitch sign-in"


class TwitchUnavailable(SourceError):
    """Twitch's sign-in server could not be reached: worth retrying later."""


def check_login(typed: str) -> str:
    """A Twitch channel login as typed (``twitch.tv/name``, ``@name``), or SourceError."""
    login = typed.strip().rstrip("/").rsplit("/", 1)[-1].lstrip("@").lower()
    if not LOGIN_RE.match(login):
        raise SourceError(translate("Sources", "Type the Twitch channel's login name (3-25 letters, digits or '_')."))
    return login


class TwitchAuth:
    """The client id and the user's tokens; ``save`` stores renewed tokens (the keyring)."""

    def __init__(self, client_id: str | None, access_token: str | None = None, refresh_token: str | None = None,
                 save: Callable[[str, str], None] | None = None, *, api_url: str = TWITCH_API_BASE_URL,
                 auth_url: str = TWITCH_AUTH_BASE_URL) -> None:
        self.client_id = (client_id or "").strip()
        self.access_token = access_token or None
        self.refresh_token = refresh_token or None
        self._save = save
        self.api_url, self.auth_url = api_url, auth_url
        self.user_id = ""  # the signed-in account, from the token's validation
        self.login = ""
        self.refreshes = 0
        for value in (self.access_token, self.refresh_token):
            secrets_mod.register(value)

    @classmethod
    def from_store(cls, home: Path, **urls: str) -> TwitchAuth:
        store = secrets_mod.SecretStore(home)

        def save(access: str, refresh: str) -> None:
            store.set(secrets_mod.TWITCH_ACCESS_TOKEN, access)
            store.set(secrets_mod.TWITCH_REFRESH_TOKEN, refresh)

        return cls(store.get(secrets_mod.TWITCH_CLIENT_ID), store.get(secrets_mod.TWITCH_ACCESS_TOKEN),
                   store.get(secrets_mod.TWITCH_REFRESH_TOKEN), save, **urls)

    def require_sign_in(self) -> None:
        """SignInNeeded in one sentence unless a client id and a token are stored."""
        if not self.client_id:
            raise SignInNeeded(f"Twitch needs your app's client id first: run `{SIGN_IN}` (docs/PLATFORMS.md).")
        if not self.access_token:
            raise SignInNeeded(f"Sign in to Twitch first: run `{SIGN_IN}`.")

    def new_client(self) -> Twitch:
        if not self.client_id:
            raise SignInNeeded(f"Twitch needs your app's client id first: run `{SIGN_IN}` (docs/PLATFORMS.md).")
        twitch = Twitch(self.client_id, authenticate_app=False, base_url=self.api_url, auth_base_url=self.auth_url)
        twitch.auto_refresh_auth = False  # refreshed here, without a secret (see the module's docstring)
        return twitch

    async def client(self) -> Twitch:
        """A twitchAPI client signed in as the creator, the token renewed when it expired."""
        twitch = self.new_client()
        await self.authenticate(twitch)
        return twitch

    async def authenticate(self, twitch: Twitch) -> None:
        """Validate the token (renewing it once when Twitch says it expired) and hand it to ``twitch``."""
        if not self.access_token:
            raise SignInNeeded(f"Sign in to Twitch first: run `{SIGN_IN}`.")
        try:
            info = await validate_token(self.access_token, auth_base_url=self.auth_url)
            if info.get("status", 200) == 401:
                await self.refresh()
                info = await validate_token(self.access_token, auth_base_url=self.auth_url)
            await twitch.set_user_authentication(self.access_token, SCOPES, validate=True)
        except MissingScopeException:
            raise SignInNeeded(f"The Twitch sign-in lacks a permission streamer-app needs: run `{SIGN_IN}` "
                               "again and approve reading Bits, subscriptions, followers and chat.") from None
        except InvalidTokenException as exc:
            raise SignInNeeded(f"Twitch did not accept the stored sign-in ({exc}): run `{SIGN_IN}` again.") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise TwitchUnavailable(f"Twitch's sign-in server could not be reached ({type(exc).__name__}).") from None
        self.user_id, self.login = str(info.get("user_id") or ""), str(info.get("login") or "")

    async def refresh(self) -> None:
        """Trade the refresh token for new tokens; SignInNeeded when Twitch refuses it."""
        if not self.refresh_token:
            raise SignInNeeded(f"Your Twitch sign-in expired and cannot be renewed: run `{SIGN_IN}` again.")
        form = {"grant_type": "refresh_token", "refresh_token": self.refresh_token, "client_id": self.client_id}
        try:
            async with aiohttp.ClientSession() as session, session.post(self.auth_url + "token", data=form) as r:
                data: Any = await r.json(content_type=None)
                status = r.status
        except (aiohttp.ClientError, OSError, ValueError) as exc:
            raise TwitchUnavailable(f"Twitch's sign-in server could not be reached ({type(exc).__name__}).") from None
        if status != 200 or not isinstance(data, dict) or not data.get("access_token"):
            raise SignInNeeded("Twitch no longer accepts this sign-in (access was revoked, or it expired): "
                               f"run `{SIGN_IN}` again.")
        self.set_tokens(str(data["access_token"]), str(data.get("refresh_token") or self.refresh_token))
        self.refreshes += 1
        log.info("renewed the Twitch access token")

    def set_tokens(self, access: str, refresh: str) -> None:
        secrets_mod.register(access)
        secrets_mod.register(refresh)
        self.access_token, self.refresh_token = access, refresh
        if self._save is not None:
            self._save(access, refresh)

    async def device_sign_in(self, show: Callable[[str, str], Awaitable[None] | object]) -> str:
        """The device code flow: ``show(code, url)`` tells the creator where to approve; returns the login."""
        twitch = self.new_client()
        flow = CodeFlow(twitch, SCOPES, auth_base_url=self.auth_url)
        code, url = await flow.get_code()
        shown = show(code, url)
        if inspect.isawaitable(shown):
            await shown
        access, refresh = await flow.wait_for_auth_complete()
        self.set_tokens(access, refresh)
        await self.authenticate(twitch)
        return self.login
