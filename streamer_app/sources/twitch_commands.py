"""``streamer-app twitch sign-in | sign-out | status``: the Twitch sign-in from the command line."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, shown, translate
from . import secrets as s
from .cli_words import is_set, kept_in, status_line, yes_no
from .errors import SourceError
from .twitch_auth import TwitchAuth


CLIENT_ID_HELP = QT_TRANSLATE_NOOP("Commands", "the client id of your own Twitch app (dev.twitch.tv/console: Register "
                                               "Your Application, Client Type 'Public', OAuth redirect "
                                               "http://localhost; docs/PLATFORMS.md)")


def client_id_help() -> str:
    return shown("Commands", CLIENT_ID_HELP)


def run(action: str, home: Path, client_id: str | None = None) -> int:
    store = s.SecretStore(home)
    if action == "status":
        has_id = bool(store.get(s.TWITCH_CLIENT_ID))
        signed = bool(store.get(s.TWITCH_ACCESS_TOKEN))
        print(status_line(translate("Commands", "client id"), is_set(has_id)))
        print(status_line(translate("Commands", "signed in"), yes_no(signed)))
        print(kept_in(store))
        return 0
    if action == "sign-out":
        store.delete(s.TWITCH_ACCESS_TOKEN)
        store.delete(s.TWITCH_REFRESH_TOKEN)
        print(translate("Commands", "signed out of Twitch (the client id is kept)"), file=sys.stderr)
        return 0
    client_id = (client_id or store.get(s.TWITCH_CLIENT_ID) or "").strip()
    if not client_id and sys.stdin.isatty():
        client_id = input(translate("Commands", "Twitch client id ({help}): ").format(help=client_id_help())).strip()
    if not client_id or any(c.isspace() for c in client_id) or len(client_id) < 10:
        raise SourceError(translate("Commands", "give {help} with --client-id; nothing was changed").format(
            help=client_id_help()))
    store.set(s.TWITCH_CLIENT_ID, client_id)
    auth = TwitchAuth.from_store(home)
    auth.client_id = client_id

    def show(code: str, url: str) -> None:
        print(translate("Commands", "Open {url} and enter the code {code} to let streamer-app read your channel's "
                                    "Bits, subs, followers and chat. Waiting...").format(url=url, code=code),
              file=sys.stderr, flush=True)

    login = asyncio.run(auth.device_sign_in(show))
    print(translate("Commands", "signed in to Twitch as {login}").format(login=login), file=sys.stderr)
    return 0
