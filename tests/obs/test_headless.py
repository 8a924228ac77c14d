"""OBS in headless mode: its state printed when it changes (retries stay quiet), the run unaffected."""

from __future__ import annotations

import io

from streamer_app import settings as sm
from streamer_app.obs.client import ObsClient
from streamer_app.obs.headless import StatusPrinter, obs_hooks
from streamer_app.obs.status import ObsState, ObsStatus
from streamer_app.sources.secrets import OBS_PASSWORD, SecretStore
from tests.conftest import run_cli

from .conftest import PASSWORD
from .test_client import wait_for


def test_printer_says_each_change_once():
    out = io.StringIO()
    p = StatusPrinter(out)
    for state, msg in [(ObsState.DISCONNECTED, "Not connected to OBS yet."), (ObsState.CONNECTING, "…"),
                       (ObsState.DISCONNECTED, "OBS is not reachable."), (ObsState.CONNECTING, "…"),
                       (ObsState.DISCONNECTED, "OBS is not reachable."), (ObsState.CONNECTED, "Connected to OBS 30."),
                       (ObsState.DISCONNECTED, "OBS closed the connection"), (ObsState.AUTH_FAILED, "OBS refused")]:
        p(ObsStatus(state, msg))
    assert out.getvalue().splitlines() == ["OBS: OBS is not reachable.", "OBS: Connected to OBS 30.",
                                           "OBS: OBS closed the connection", "OBS: OBS refused"]


async def test_hooks_connect_beside_the_run_and_chain_the_overlay_hooks(obs, data_dir):
    SecretStore(data_dir).set(OBS_PASSWORD, PASSWORD)
    s = sm.replace(sm.Settings(), obs_enabled=True, obs_port=obs.port)
    calls = []

    async def overlay_start(engine):
        calls.append("overlay start")

    async def overlay_stop(engine):
        calls.append("overlay stop")

    out = io.StringIO()
    start, stop = obs_hooks(s, data_dir, overlay_start, overlay_stop, out=out)
    await start(None)
    client = ObsClient.current()
    assert client is not None
    await wait_for(lambda: client.connected, "the connection")
    await client.switch_scene("Lion")  # what the actions runner does with it
    assert obs.program == "Lion"
    await stop(None)
    assert calls == ["overlay start", "overlay stop"] and ObsClient.current() is None
    lines = out.getvalue().splitlines()
    assert lines[0] == f"OBS control on: connecting to 127.0.0.1:{obs.port}"
    assert lines[1] == f"OBS: Connected to OBS 30.2.2 at 127.0.0.1:{obs.port}."


def test_headless_run_with_obs_away_still_counts(tmp_path, unused_tcp_port):
    data = tmp_path / "data"
    sm.save(data, sm.replace(sm.Settings(), obs_enabled=True, obs_port=unused_tcp_port))
    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "20", "--seed", "3", "--no-overlay",
                "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    assert f"OBS control on: connecting to 127.0.0.1:{unused_tcp_port}" in r.stderr
    assert "Traceback" not in r.stderr and "ended" in r.stderr


async def test_doctor_says_whether_obs_answers(obs, data_dir, unused_tcp_port):
    import asyncio

    from streamer_app.obs.doctor import check_obs
    from streamer_app.store.doctor import OK, WARN

    def check():  # doctor runs its own loop: from a thread, while this loop serves the peer
        return asyncio.get_running_loop().run_in_executor(None, check_obs, data_dir)

    assert (await check()).status == OK and "off" in (await check()).detail
    sm.save(data_dir, sm.replace(sm.load(data_dir), obs_enabled=True, obs_port=obs.port))
    SecretStore(data_dir).set(OBS_PASSWORD, PASSWORD)
    found = await check()
    assert (found.status, found.detail) == (OK, f"OBS 30.2.2 answers at 127.0.0.1:{obs.port} and took the password")
    SecretStore(data_dir).set(OBS_PASSWORD, "not-it")
    found = await check()
    assert found.status == WARN and found.detail == "OBS refused the password: Authentication failed."
    sm.save(data_dir, sm.replace(sm.load(data_dir), obs_port=unused_tcp_port))
    found = await check()
    assert found.status == WARN and found.detail == f"not reachable at 127.0.0.1:{unused_tcp_port}"
    assert "is OBS running?" in found.advice


async def test_headless_fixes_stale_links_of_our_sources_on_connecting(obs, data_dir):
    from streamer_app.obs.browser_sources import source_name

    SecretStore(data_dir).set(OBS_PASSWORD, PASSWORD)
    s = sm.replace(sm.load(data_dir), obs_enabled=True, obs_port=obs.port, overlay_port=9555)
    sm.save(data_dir, s)
    obs.add_input("Scene", source_name("goal"), "browser_source", {"url": "http://127.0.0.1:8765/overlay/goal?token=old"})
    out = io.StringIO()
    start, stop = obs_hooks(s, data_dir, out=out, overlay=True)
    await start(None)
    try:
        await wait_for(lambda: "were out of date" in out.getvalue(), "the stale link fixed")
    finally:
        await stop(None)
    token = sm.load(data_dir).overlay_token
    assert obs.inputs[source_name("goal")].settings["url"] == f"http://127.0.0.1:9555/overlay/goal?token={token}"
    assert "OBS: the links of 1 streamer-app source(s) were out of date" in out.getvalue()
