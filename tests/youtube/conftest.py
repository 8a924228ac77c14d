"""Fixtures for the YouTube tests: the real Google client against a local Data API server."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from streamer_app.core import events as ev
from streamer_app.sources.secrets import SecretStore
from streamer_app.sources.youtube import YouTubeSource
from streamer_app.sources.youtube_quota import QuotaMeter

from .data_api_server import DataApiServer, fixture


@pytest.fixture
async def server():
    s = await DataApiServer().start()
    yield s
    await s.stop()


def pages() -> list[dict[str, Any]]:
    return fixture("pages_overlapping.json")["pages"]


def credentials(server: DataApiServer, token: str = "ya29.fresh", refresh: str = "1//refresh-ok", expiry=None):
    from google.oauth2.credentials import Credentials

    return Credentials(token=token, refresh_token=refresh, token_uri=server.token_uri, client_id="cid.apps.googleusercontent.com",
                       client_secret="GOCSPX-test-secret", scopes=["https://www.googleapis.com/auth/youtube.readonly"],
                       expiry=expiry)


def source(server: DataApiServer, tmp_path, target: str = "", creds: Any = None, api_key: str | None = None,
           quota: QuotaMeter | None = None, store: SecretStore | None = None, **kw: Any) -> YouTubeSource:
    if creds is None and api_key is None:
        creds = credentials(server)
    # A tiny pace: the fixtures' own pollingIntervalMillis decides the rhythm here.
    return YouTubeSource(target, credentials=creds, api_key=api_key, store=store, endpoint=server.endpoint,
                         quota=quota or QuotaMeter(tmp_path, 10_000, hours=0.001),
                         recordings_dir=tmp_path / "recordings", backoff_base_s=0.02, **kw)


async def collect(src: Any, timeout: float = 20.0, until=None, stream=None) -> list[ev.Event]:
    """Every event until the source ends (or ``until(events)`` says stop); ``stream`` goes on
    reading an ``events()`` iterator a previous call stopped in."""
    out: list[ev.Event] = []
    stream = stream if stream is not None else src.events()

    async def run() -> None:
        async for e in stream:
            out.append(e)
            if until is not None and until(out):
                return

    await asyncio.wait_for(run(), timeout)
    return out
