"""The Twitch sign-in's secrets (masked, kept in the keyring or a private file), the command line
and the flight recorder's shared size limit."""

from __future__ import annotations

import io
import logging
import os
import time

from streamer_app.sources import secrets as S
from streamer_app.sources.recording import prune_recordings
from streamer_app.sources.twitch_auth import TwitchAuth

from ..conftest import run_cli
from .conftest import make_source
from .fake_twitch import CLIENT_ID


async def test_tokens_renewed_in_a_run_never_reach_a_log_line(twitch, tmp_path):
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        source = make_source(twitch, tmp_path, access="stale-token-0001", refresh="refresh-1")
        await source.start()
        await source.aclose()
        S.install_log_filter()
        logging.getLogger("twitchAPI.twitch").warning("token %s and %s", source.auth.access_token,
                                                      source.auth.refresh_token)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    text = buf.getvalue()
    assert source.auth.access_token == "access-2"
    for secret in ("stale-token-0001", "access-2", "refresh-after-access-2"):
        assert secret not in text
    assert S.MASK in text


def test_sign_in_status_and_sign_out_on_the_command_line(tmp_path):
    home = tmp_path / "data"
    store = S.SecretStore(home)
    store.set(S.TWITCH_CLIENT_ID, CLIENT_ID)
    store.set(S.TWITCH_ACCESS_TOKEN, "access-1")
    store.set(S.TWITCH_REFRESH_TOKEN, "refresh-1")
    r = run_cli("twitch", "status", "--data-dir", str(home), timeout=60)
    assert r.returncode == 0 and "client id: set" in r.stdout and "signed in: yes" in r.stdout
    assert "access-1" not in r.stdout + r.stderr
    assert oct(os.stat(store.file).st_mode & 0o777) == "0o600"
    r = run_cli("twitch", "sign-out", "--data-dir", str(home), timeout=60)
    assert r.returncode == 0
    auth = TwitchAuth.from_store(home)
    assert (auth.client_id, auth.access_token, auth.refresh_token) == (CLIENT_ID, None, None)
    r = run_cli("twitch", "sign-in", "--client-id", "x y", "--data-dir", str(home), timeout=60)
    assert r.returncode != 0 and "client id of your own Twitch app" in r.stderr and "Traceback" not in r.stderr


def test_recordings_of_every_platform_share_the_size_limit(tmp_path):
    old_twitch = tmp_path / "a-1-20260101-000000.twitch.jsonl.gz"
    old_tiktok = tmp_path / "b-2-20260102-000000.ttlive.jsonl.gz"
    new_twitch = tmp_path / "c-3-20260103-000000.twitch.jsonl.gz"
    for i, p in enumerate((old_twitch, old_tiktok, new_twitch)):
        p.write_bytes(b"x" * 600_000)
        os.utime(p, (time.time() - 100 + i, time.time() - 100 + i))
    removed = prune_recordings(tmp_path, 1)
    assert removed == [old_twitch, old_tiktok] and new_twitch.exists()
