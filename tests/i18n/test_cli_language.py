"""--lang before or after the subcommand, the `language` setting, and a clear refusal."""

from __future__ import annotations

import json

from ..conftest import run_cli


def _demo(data):
    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "120", "--seed", "3",
                "--data-dir", str(data), "--no-overlay")
    assert r.returncode == 0, r.stderr


def test_lang_before_and_after_the_subcommand(tmp_path):
    _demo(tmp_path)
    before = run_cli("--lang", "de", "sessions", "--data-dir", str(tmp_path))
    after = run_cli("sessions", "--data-dir", str(tmp_path), "--lang", "de")
    english = run_cli("sessions", "--data-dir", str(tmp_path), "--lang", "en")
    assert before.returncode == after.returncode == 0, before.stderr + after.stderr
    assert "MÜNZEN" in before.stdout and before.stdout == after.stdout
    assert "COINS" in english.stdout
    coins = english.stdout.splitlines()[1].split()[5]  # "1,234" in English ...
    assert coins.replace(",", ".") in before.stdout  # ... "1.234" in German


def test_language_setting_is_the_default(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"language": "ar"}))
    _demo(tmp_path)
    r = run_cli("sessions", "--data-dir", str(tmp_path))
    assert "العملات" in r.stdout


def test_unknown_language_is_refused(tmp_path):
    r = run_cli("--lang", "xx", "sessions", "--data-dir", str(tmp_path))
    assert r.returncode != 0
    assert "no language 'xx'" in r.stderr and "pt_BR" in r.stderr
