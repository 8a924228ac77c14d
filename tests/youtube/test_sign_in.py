"""Signing in with the creator's own OAuth client: google-auth-oauthlib's installed-app flow, for real.

The consent page is Google's; here a stand-in browser follows the flow's authorization URL the
way Google answers after consent (a redirect to the flow's own server on 127.0.0.1 with ``code``
and ``state``: https://developers.google.com/identity/protocols/oauth2/native-app#handlingresponse),
and the flow exchanges the code at the local token endpoint.
"""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.parse
import urllib.request

import pytest

from streamer_app.sources.errors import SourceError
from streamer_app.sources.secrets import YOUTUBE_TOKEN, SecretStore
from streamer_app.sources.youtube_auth import load_credentials, sign_in

from .conftest import collect, pages, source


class ConsentingBrowser:
    """What the flow's ``webbrowser.get().open(url)`` reaches: it consents at once."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        q = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)
        back = f"{q['redirect_uri'][0]}?" + urllib.parse.urlencode(
            {"code": "4/test-code", "state": q["state"][0], "scope": q["scope"][0]})
        threading.Thread(target=lambda: urllib.request.urlopen(back, timeout=10).read(), daemon=True).start()
        return True


def client_file(tmp_path, server) -> str:
    # The JSON Google Cloud console downloads for an OAuth client of type "Desktop app".
    path = tmp_path / "client_secret_test.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "cid.apps.googleusercontent.com", "project_id": "streamer-test",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": server.token_uri,
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "GOCSPX-test-secret", "redirect_uris": ["http://localhost"]}}))
    return str(path)


async def test_sign_in_keeps_the_token_in_the_store_and_the_source_uses_it(server, tmp_path, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the local token endpoint is plain http
    browser = ConsentingBrowser()
    monkeypatch.setattr("webbrowser.get", lambda *a, **k: browser)
    store = SecretStore(tmp_path / "data")
    creds = await asyncio.to_thread(sign_in, client_file(tmp_path, server), store, True, 30)
    assert creds.token == "ya29.fresh" and creds.refresh_token == "1//refresh-ok"
    url = urllib.parse.urlparse(browser.opened[0])
    assert urllib.parse.parse_qs(url.query)["redirect_uri"][0].startswith("http://127.0.0.1:")
    saved = load_credentials(store)
    assert saved is not None and saved.refresh_token == "1//refresh-ok"
    assert "GOCSPX-test-secret" in store.get(YOUTUBE_TOKEN)  # the whole sign-in, kept as a secret

    server.chat = pages()
    src = source(server, tmp_path, creds=saved, store=store)
    await src.start()
    assert len(await collect(src)) > 5
    await src.aclose()


def test_sign_in_without_a_client_file_says_what_to_do(tmp_path):
    store = SecretStore(tmp_path)
    with pytest.raises(SourceError, match="YouTube OAuth client file"):
        sign_in("", store)
    with pytest.raises(SourceError, match="does not exist"):
        sign_in(tmp_path / "nope.json", store)
    bad = tmp_path / "bad.json"
    bad.write_text('{"web": 1}')
    with pytest.raises(SourceError, match="not a Google OAuth client file"):
        sign_in(bad, store)


def test_the_command_line_login_refuses_a_missing_client_file_in_one_sentence(tmp_path):
    from ..conftest import run_cli

    r = run_cli("youtube", "sign-in", "--client-secrets", str(tmp_path / "missing.json"), "--no-browser",
                "--data-dir", str(tmp_path))
    assert r.returncode != 0
    assert "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_the_command_line_status_says_what_is_set_and_the_quota_left(tmp_path):
    from ..conftest import run_cli

    r = run_cli("youtube", "status", "--data-dir", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "signed in: no" in r.stdout and "API key: not set" in r.stdout
    assert "10,000 of 10,000 units left today" in r.stdout


def test_the_client_file_setting_refuses_a_missing_file_when_typed(tmp_path):
    from streamer_app import settings as sm

    missing = sm.replace(sm.Settings(), youtube_client_secrets=str(tmp_path / "nope.json"))
    [problem] = sm.problems(missing, typed=True)
    assert problem.key == "youtube_client_secrets" and "is not a file" in str(problem)
    assert sm.problems(missing) == []  # a file accepted once still loads (it may be on a drive not mounted now)
    real = tmp_path / "client_secret.json"
    real.write_text("{}")
    assert sm.problems(sm.replace(sm.Settings(), youtube_client_secrets=str(real)), typed=True) == []


def test_a_build_without_googles_crypto_part_says_so_in_one_sentence(tmp_path):
    # The Linux bundle leaves out 'cryptography' (packaging/streamer_app.spec), which google-auth imports.
    import subprocess
    import sys

    from ..conftest import ROOT

    code = ("import sys; sys.modules['cryptography'] = None\n"
            "from streamer_app.sources.factory import youtube_source\n"
            "from streamer_app.settings import Settings\n"
            "from streamer_app.sources.errors import SourceError\n"
            "try:\n    youtube_source('', Settings(), sys.argv[1])\n"
            "except SourceError as e:\n    print(e)\n")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert "the YouTube source cannot start" in r.stdout and "cryptography" in r.stdout, r.stderr


def test_the_registry_row_builds_from_what_is_kept_or_says_what_is_missing(tmp_path):
    from streamer_app.settings import Settings
    from streamer_app.sources.factory import SOURCES, SourceRequest, build_source
    from streamer_app.sources.secrets import YOUTUBE_API_KEY
    from streamer_app.sources.youtube import YouTubeSource

    row = SOURCES["youtube"]
    assert row.prepare("https://youtu.be/liveVideo01") == "liveVideo01" and row.prepare("") == ""
    with pytest.raises(SourceError, match="is not a YouTube channel"):
        row.prepare("not a channel!")
    with pytest.raises(SourceError, match="sign in to YouTube first"):
        build_source(SourceRequest("youtube", ""), Settings(), tmp_path)
    SecretStore(tmp_path).set(YOUTUBE_API_KEY, "AIza-test-key-0123456789")
    src = build_source(SourceRequest("youtube", "@creatorname"), Settings(), tmp_path)
    assert isinstance(src, YouTubeSource) and src.api_key == "AIza-test-key-0123456789"
    assert src.quota.path == tmp_path / "youtube-quota.json" and src.recordings_dir == tmp_path / "recordings"
