"""``streamer-app twitch sign-in | sign-out | status``: the Twitch sign-in from the command line."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from . import secrets as s
from .errors import SourceError
from .twitch_auth import TwitchAuth

CLIENT_ID_HELP = ("the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, "
                  "Client Type 'Public', OAuth redirect http://localhost; docs/PLATFORMS.md)")


def run(action: str, home: Path, client_id: str | None = None) -> int:
    store = s.SecretStore(home)
    if action == "status":
        has_id = bool(store.get(s.TWITCH_CLIENT_ID))
        signed = bool(store.get(s.TWITCH_ACCESS_TOKEN))
        print(f"client id: {'set' if has_id else 'not set'}")
        print(f"signed in: {'yes' if signed else 'no'}")
        print(f"kept in: {'the system keyring' if store.backend == 'keyring' else store.file}")
        return 0
    if action == "sign-out":
        store.delete(s.TWITCH_ACCESS_TOKEN)
        store.delete(s.TWITCH_REFRESH_TOKEN)
        print("signed out of Twitch (the client id is kept)", file=sys.stderr)
        return 0
    client_id = (client_id or store.get(s.TWITCH_CLIENT_ID) or "").strip()
    if not client_id and sys.stdin.isatty():
        client_id = input(f"Twitch client id ({CLIENT_ID_HELP}): ").strip()
    if not client_id or any(c.isspace() for c in client_id) or len(client_id) < 10:
        raise SourceError(f"give {CLIENT_ID_HELP} with --client-id; nothing was changed")
    store.set(s.TWITCH_CLIENT_ID, client_id)
    auth = TwitchAuth.from_store(home)
    auth.client_id = client_id

    def show(code: str, url: str) -> None:
        print(f"Open {url} and enter the code {code} to let streamer-app read your channel's Bits, subs, "
              "followers and chat. Waiting...", file=sys.stderr, flush=True)

    login = asyncio.run(auth.device_sign_in(show))
    print(f"signed in to Twitch as {login}", file=sys.stderr)
    return 0
