"""``streamer-app youtube sign-in | sign-out | status``: the YouTube sign-in from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from .. import settings as settings_mod
from ..i18n import translate
from . import secrets as s
from .cli_words import is_set, kept_in, status_line, where_kept, yes_no
from .youtube_auth import load_credentials, sign_in
from .youtube_quota import QuotaMeter


def run(action: str, home: Path, client_secrets: str | None = None, no_browser: bool = False) -> int:
    store = s.SecretStore(home)
    settings = settings_mod.load(home)
    if action == "status":
        print(status_line(translate("Commands", "signed in"), yes_no(load_credentials(store) is not None)))
        print(status_line(translate("Commands", "API key"), is_set(bool(store.get(s.YOUTUBE_API_KEY)))))
        print(status_line(translate("Commands", "OAuth client file"),
                          settings.youtube_client_secrets or is_set(False)))
        print("YouTube " + QuotaMeter(home, settings.youtube_daily_quota, settings.youtube_hours_per_day).sentence())
        print(kept_in(store))
        return 0
    if action == "sign-out":
        store.delete(s.YOUTUBE_TOKEN)
        print(translate("Commands", "signed out of YouTube (the OAuth client file setting is kept)"), file=sys.stderr)
        return 0
    path = (client_secrets or settings.youtube_client_secrets or "").strip()
    sign_in(path, store, open_browser=not no_browser)
    if client_secrets and client_secrets != settings.youtube_client_secrets:
        # Kept for the window and the next sign-in: the file is the creator's own OAuth client.
        full = str(Path(path).expanduser().resolve())
        settings_mod.save(home, settings_mod.replace(settings, youtube_client_secrets=full))
    print(translate("Commands", "signed in to YouTube; the sign-in is kept in {where}").format(
        where=where_kept(store, private_note=True)), file=sys.stderr)
    return 0
