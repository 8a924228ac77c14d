"""`streamer-app overlay urls` and `overlay rotate-token` as a user runs them."""

from __future__ import annotations

import json

from streamer_app.overlay.access import PAGES
from tests.conftest import run_cli


def test_urls_print_every_page_with_the_saved_token_and_rotation_replaces_it(tmp_path):
    data = tmp_path / "data"
    first = run_cli("overlay", "urls", "--data-dir", str(data), "--overlay-port", "9123")
    assert first.returncode == 0, first.stderr
    lines = first.stdout.split()
    assert [u.split("/overlay/")[1].split("?")[0] for u in lines] == list(PAGES)  # every row of the registry
    assert list(PAGES)[:5] == ["alerts", "goal", "tally", "leaderboard", "feed"] and "media" in PAGES
    assert all(u.startswith("http://127.0.0.1:9123/overlay/") for u in lines)
    token = json.loads((data / "settings.json").read_text())["overlay_token"]
    assert len(token) >= 22 and all(u.endswith("?token=" + token) for u in lines)

    again = run_cli("overlay", "urls", "--data-dir", str(data))
    assert again.stdout.split()[0] == "http://127.0.0.1:8765/overlay/alerts?token=" + token  # same token, saved

    rotated = run_cli("overlay", "rotate-token", "--data-dir", str(data))
    assert rotated.returncode == 0, rotated.stderr
    new = json.loads((data / "settings.json").read_text())["overlay_token"]
    assert new != token and rotated.stdout.split()[0].endswith("?token=" + new)


def test_bad_settings_give_one_sentence(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{not json")
    r = run_cli("overlay", "urls", "--data-dir", str(data))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "settings.json" in r.stderr
