""""Add to OBS": browser sources created, then updated (token rotation), against the obs-websocket 5 peer."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest

from streamer_app import settings as sm
from streamer_app.obs.browser_sources import add_to_obs, source_name, update_sources
from streamer_app.obs.client import ObsClient
from streamer_app.overlay.access import OVERLAY_PAGES, PAGES, ensure_token, page_urls, rotate_token
from streamer_app.sources.secrets import OBS_PASSWORD, SecretStore

from .conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def urls_for(home: Path) -> dict[str, str]:
    return page_urls(ensure_token(home))


async def test_creates_each_page_in_the_program_scene_then_updates_after_rotation(obs, client, data_dir):
    obs.program = "Just chatting"
    seen = []
    first = await add_to_obs(client, urls_for(data_dir), progress=seen.append)
    assert [r.outcome for r in first] == ["created"] * len(PAGES) and seen == first
    token = sm.load(data_dir).overlay_token
    for page in OVERLAY_PAGES:
        made = obs.inputs[source_name(page.key)]
        assert made.kind == "browser_source"
        assert made.settings == {"url": f"http://127.0.0.1:8765/overlay/{page.key}?token={token}",
                                 "width": page.size[0], "height": page.size[1],
                                 "reroute_audio": True, "shutdown": False, "restart_when_active": False}
        assert obs.item("Just chatting", made.name).enabled
    assert "in 'Just chatting'" in first[0].message and token not in first[0].message

    new = rotate_token(data_dir).overlay_token
    updated = await update_sources(client, urls_for(data_dir))
    assert [r.outcome for r in updated] == ["updated"] * len(PAGES)
    assert all(obs.inputs[source_name(p)].settings["url"].endswith("?token=" + new) for p in PAGES)
    assert len(obs.inputs) == len(PAGES)  # updated in place, nothing duplicated
    assert obs.inputs[source_name("goal")].settings["width"] == 960  # the size stays


async def test_an_existing_source_is_updated_and_added_to_the_current_scene(obs, client, data_dir):
    obs.add_input("Lion", source_name("alerts"), "browser_source", {"url": "http://old", "width": 800, "height": 600,
                                                                      "css": "body { margin: 0 }"})
    results = await add_to_obs(client, urls_for(data_dir), ["alerts", "goal"])
    assert [r.outcome for r in results] == ["updated", "created"]
    alerts = obs.inputs[source_name("alerts")].settings
    assert alerts["url"].startswith("http://127.0.0.1:8765/overlay/alerts?token=") and alerts["width"] == 1920
    assert alerts["css"] == "body { margin: 0 }"  # the creator's own settings stay
    assert obs.item("Scene", source_name("alerts")) and obs.item("Lion", source_name("alerts"))
    assert "added it to 'Scene'" in results[0].message


async def test_a_page_obs_refuses_is_reported_and_the_others_go_on(obs, client, data_dir):
    obs.scenes["Scene"].items.clear()
    obs.add_input("Lion", source_name("goal"), "text_ft2_source_v2")  # a source of that name but not a browser
    results = await add_to_obs(client, urls_for(data_dir), ["goal", "feed"])
    assert [r.outcome for r in results] == ["failed", "created"]
    assert "OBS refused CreateInput (code 601" in results[0].message


async def test_rotation_updates_only_what_exists(obs, client, data_dir):
    await add_to_obs(client, urls_for(data_dir), ["alerts"])
    rotate_token(data_dir)
    results = await update_sources(client, urls_for(data_dir))
    assert [r.outcome for r in results] == ["updated"] + ["missing"] * (len(PAGES) - 1)
    assert set(obs.inputs) == {source_name("alerts")}


async def test_unknown_page_is_refused_before_anything_is_sent(obs, client, data_dir):
    before = len(obs.requests)
    with pytest.raises(LookupError, match="no overlay page called 'nope'"):
        await add_to_obs(client, urls_for(data_dir), ["nope"])
    assert len(obs.requests) == before


# -- the command line, as a creator runs it ------------------------------------------------------------
async def run_cli(*args: str, home: Path) -> tuple[int, str, str]:
    """The real command in a child process; the peer keeps answering on this loop meanwhile."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STREAMER_APP_HOME": str(home)}
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "streamer_app", *args, cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


def obs_settings(home: Path, port: int, password: str | None) -> None:
    sm.save(home, sm.replace(sm.load(home), obs_port=port))
    if password:
        SecretStore(home).set(OBS_PASSWORD, password)


async def test_cli_add_to_obs_creates_then_updates(obs, data_dir):
    obs_settings(data_dir, obs.port, PASSWORD)
    code, out, err = await run_cli("overlay", "add-to-obs", home=data_dir)
    assert code == 0, err
    assert out.count("✓ ") == len(PAGES) and "created 'streamer-app: alerts' (1920×1080) in 'Scene'" in out
    assert f"Add to OBS: {len(PAGES)} created." in err
    token = json.loads((data_dir / "settings.json").read_text())["overlay_token"]
    assert token not in out + err and PASSWORD not in out + err

    code, out, err = await run_cli("overlay", "add-to-obs", "goal", "--overlay-port", "9001", home=data_dir)
    assert code == 0, err
    assert out.count("✓ ") == 1 and "updated 'streamer-app: goal' (960×200) in 'Scene'" in out
    assert obs.inputs[source_name("goal")].settings["url"].startswith("http://127.0.0.1:9001/overlay/goal?token=")


async def test_cli_wrong_password_and_obs_not_running(obs, data_dir, unused_tcp_port):
    obs_settings(data_dir, obs.port, "wrong-password")
    code, out, err = await run_cli("overlay", "add-to-obs", home=data_dir)
    assert code == 1 and out == ""
    assert "streamer-app: OBS refused the password: Authentication failed." in err and "Traceback" not in err
    assert "wrong-password" not in err

    obs_settings(data_dir, unused_tcp_port, None)
    code, out, err = await run_cli("overlay", "add-to-obs", "alerts", home=data_dir)
    assert code == 1
    assert f"OBS is not reachable at 127.0.0.1:{unused_tcp_port} (connection refused): is OBS running?" in err

    code, out, err = await run_cli("overlay", "add-to-obs", "nope", home=data_dir)
    assert code == 1 and "there is no overlay page called 'nope'" in err and "Traceback" not in err
