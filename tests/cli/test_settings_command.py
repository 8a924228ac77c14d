"""`streamer-app settings show|get|set`: a setting changed from the command line, checked by its
registry row, refused in the creator's language (--lang), the file left as it was."""

from __future__ import annotations

import json

from ..conftest import run_cli


def _stored(data) -> dict:
    return json.loads((data / "settings.json").read_text(encoding="utf-8"))


def test_set_then_get_and_show(tmp_path):
    data = str(tmp_path)
    r = run_cli("settings", "set", "alerts.volume", "35", "--data-dir", data)
    assert r.returncode == 0 and r.stdout.strip() == "alerts.volume = 35 (saved)", r.stderr
    assert _stored(tmp_path)["alerts"]["volume"] == 35
    assert run_cli("settings", "get", "alerts.volume", "--data-dir", data).stdout.strip() == "35"
    r = run_cli("settings", "set", "alerts.muted", "on", "--data-dir", data)
    assert r.returncode == 0 and _stored(tmp_path)["alerts"]["muted"] is True
    shown = run_cli("settings", "--data-dir", data).stdout.splitlines()
    assert "alerts.volume = 35" in shown and "alerts.muted = true" in shown
    token = _stored(tmp_path)["overlay_token"]
    assert not any(token in line for line in shown)  # the overlay's secret is never printed whole


def test_a_bad_value_is_refused_in_the_language_asked_for(tmp_path):
    data = str(tmp_path)
    run_cli("settings", "set", "overlay_port", "9000", "--data-dir", data)
    before = (tmp_path / "settings.json").read_bytes()
    english = run_cli("settings", "set", "overlay_port", "abc", "--data-dir", data)
    german = run_cli("--lang", "de", "settings", "set", "overlay_port", "abc", "--data-dir", data)
    arabic = run_cli("settings", "set", "alerts.volume", "500", "--data-dir", data, "--lang", "ar")
    assert english.returncode == german.returncode == arabic.returncode == 1
    assert english.stderr == "streamer-app: overlay_port: 'abc' is not a whole number\n"
    assert german.stderr == "streamer-app: overlay_port: 'abc' ist keine ganze Zahl\n"
    assert arabic.stderr == "streamer-app: alerts.volume: مستوى الصوت نسبة من 0 إلى 100\n"
    assert (tmp_path / "settings.json").read_bytes() == before  # nothing refused was written
    low = run_cli("--lang", "de", "settings", "set", "overlay_port", "80", "--data-dir", data)
    assert low.stderr == "streamer-app: overlay_port: 80 ist kein Port zwischen 1024 und 65535\n"


def test_a_damaged_settings_file_is_explained_in_german(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"alerts": {"chroma_color": "green"}}), encoding="utf-8")
    r = run_cli("--lang", "de", "settings", "get", "alerts.volume", "--data-dir", str(tmp_path))
    assert r.returncode == 1
    assert r.stderr.endswith("settings.json: alerts.chroma_color: 'green' ist keine Farbe wie #00b140\n"), r.stderr


def test_an_unknown_setting_is_named(tmp_path):
    r = run_cli("--lang", "de", "settings", "set", "port", "1", "--data-dir", str(tmp_path))
    assert r.returncode == 1 and "'port'" in r.stderr and "streamer-app settings show" in r.stderr
    assert "es gibt hier keine Einstellung" in r.stderr
    assert not (tmp_path / "settings.json").exists()


def test_a_refused_rate_is_named_by_its_label_in_german(tmp_path):
    """core.economics refuses rates in English; the settings say it in the creator's language."""
    data = str(tmp_path)
    german = run_cli("--lang", "de", "settings", "set", "rates.usd_per_diamond", "0", "--data-dir", data)
    english = run_cli("settings", "set", "rates.usd_per_diamond", "0", "--data-dir", data)
    assert german.stderr == "streamer-app: rates: USD pro Diamant muss größer als null sein, nicht 0\n"
    assert english.stderr == "streamer-app: rates: usd per diamond must be greater than zero, not 0\n"
