"""Secrets: keyring when usable, else a 0600 file; never in logs or error messages."""

from __future__ import annotations

import io
import logging
import stat

import keyring
from keyring.backend import KeyringBackend

from streamer_app.sources import secrets as S


def test_file_fallback_is_private_and_round_trips(tmp_path):
    store = S.SecretStore(tmp_path)  # the test environment's keyring is the "fail" backend
    assert store.backend == "file"
    store.set(S.SIGN_API_KEY, "euler_k3y_abcdefghijkl")
    store.set(S.SESSION_ID, "sess1234567890abcdef")
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    again = S.SecretStore(tmp_path)
    assert again.get(S.SIGN_API_KEY) == "euler_k3y_abcdefghijkl"
    again.delete(S.SESSION_ID)
    assert again.get(S.SESSION_ID) is None and again.get(S.SIGN_API_KEY)


class MemoryKeyring(KeyringBackend):
    priority = 10

    def __init__(self):
        super().__init__()
        self.data = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        self.data.pop((service, username), None)


def test_a_usable_keyring_is_preferred(tmp_path):
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    try:
        store = S.SecretStore(tmp_path)
        assert store.backend == "keyring"
        store.set(S.SIGN_API_KEY, "kr_secret_value_123")
        assert kr.data[("streamer-app", "sign_api_key")] == "kr_secret_value_123"
        assert not store.file.exists()
        assert store.get(S.SIGN_API_KEY) == "kr_secret_value_123"
    finally:
        keyring.set_keyring(previous)


def test_secrets_are_masked_in_logs_including_tiktoklive_and_tracebacks(tmp_path):
    store = S.SecretStore(tmp_path)
    store.set(S.SESSION_ID, "sid_0123456789abcdef")
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    root = logging.getLogger()
    root.addHandler(handler)
    tt_log = logging.getLogger("TikTokLive")
    tt_handler = logging.StreamHandler(buf)
    tt_log.addHandler(tt_handler)
    try:
        S.install_log_filter()
        logging.getLogger("streamer_app.x").warning("cookie sessionid=%s;", "sid_0123456789abcdef")
        # TikTokLive "redacts" a session id by printing its first 8 characters.
        tt_log.warning("Session ID: sid_0123************")
        try:
            raise RuntimeError("failed with sid_0123456789abcdef")
        except RuntimeError:
            logging.getLogger("streamer_app.y").exception("boom")
    finally:
        root.removeHandler(handler)
        tt_log.removeHandler(tt_handler)
    text = buf.getvalue()
    assert "sid_0123" not in text and "456789abcdef" not in text
    assert text.count(S.MASK) >= 3 and "RuntimeError" in text
    assert S.mask("key=sid_0123456789abcdef") == f"key={S.MASK}"
