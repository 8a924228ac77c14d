"""``streamer-app youtube sign-in | sign-out | status``: the YouTube sign-in from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from .. import settings as settings_mod
from . import secrets as s
from .youtube_auth import load_credentials, sign_in
from .youtube_quota import QuotaMeter


def run(action: str, home: Path, client_secrets: str | None = None, no_browser: bool = False) -> int:
    store = s.SecretStore(home)
    settings = settings_mod.load(home)
    if action == "status":
        print(f"signed in: {'yes' if load_credentials(store) is not None else 'no'}")
        print(f"API key: {'set' if store.get(s.YOUTUBE_API_KEY) else 'not set'}")
        print(f"OAuth client file: {settings.youtube_client_secrets or 'not set'}")
        print("YouTube " + QuotaMeter(home, settings.youtube_daily_quota, settings.youtube_hours_per_day).sentence())
        print(f"kept in: {'the system keyring' if store.backend == 'keyring' else store.file}")
        return 0
    if action == "sign-out":
        store.delete(s.YOUTUBE_TOKEN)
        print("signed out of YouTube (the OAuth client file setting is kept)", file=sys.stderr)
        return 0
    path = (client_secrets or settings.youtube_client_secrets or "").strip()
    sign_in(path, store, open_browser=not no_browser)
    if client_secrets and client_secrets != settings.youtube_client_secrets:
        # Kept for the window and the next sign-in: the file is the creator's own OAuth client.
        full = str(Path(path).expanduser().resolve())
        settings_mod.save(home, settings_mod.replace(settings, youtube_client_secrets=full))
    where = "the system keyring" if store.backend == "keyring" else f"{store.file} (readable only by you)"
    print(f"signed in to YouTube; the sign-in is kept in {where}", file=sys.stderr)
    return 0
