"""The command line's own sentences in the creator's language (issue 19): doctor, overlay urls,
and the errors sources and the store raise. English stays word for word what it was."""

from __future__ import annotations

import json

import pytest

from streamer_app.i18n import translate

from ..conftest import run_cli


def test_doctor_speaks_german_and_arabic(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    en = run_cli("doctor", "--data-dir", str(data), "--lang", "en")
    de = run_cli("doctor", "--data-dir", str(data), "--lang", "de")
    ar = run_cli("doctor", "--data-dir", str(data), "--lang", "ar")
    assert "ok       data folder" in en.stdout and "settings are valid" in en.stdout
    assert f"streamer-app doctor: checking {data}" in en.stdout
    for code, r in (("de", de), ("ar", ar)):
        assert r.returncode == en.returncode, r.stderr
        for text in ("data folder", "settings are valid", "no database yet: it is created by the first stream"):
            assert translate("Doctor", text, code) in r.stdout, (code, text)
            assert translate("Doctor", text, code) != text
        assert translate("Doctor", "streamer-app doctor: checking {path}", code).format(path=data) in r.stdout
    assert "Datenordner" in de.stdout and "Einstellungen sind gültig" in de.stdout
    assert "مجلد البيانات" in ar.stdout


def test_doctor_problem_in_german(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "streamer-app.db").write_bytes(b"this is not a database at all" * 4)
    r = run_cli("doctor", "--data-dir", str(data), "--lang", "de")
    assert r.returncode == 1
    assert "PROBLEM  Datenbank" in r.stdout and "keine SQLite-Datenbank" in r.stdout
    assert "Problem(e)" in r.stdout.splitlines()[-1]


def test_overlay_urls_notes_in_the_language(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"overlay_lan": True}))
    en = run_cli("overlay", "urls", "--data-dir", str(tmp_path), "--lang", "en")
    de = run_cli("overlay", "urls", "--data-dir", str(tmp_path), "--lang", "de")
    ar = run_cli("overlay", "urls", "--data-dir", str(tmp_path), "--lang", "ar")
    assert en.returncode == de.returncode == ar.returncode == 0, en.stderr + de.stderr + ar.stderr
    assert de.stdout == en.stdout == ar.stdout and en.stdout.count("http://") >= 7  # the links never change
    assert "LAN access is on" in en.stderr
    assert "LAN-Zugriff ist an" in de.stderr
    assert translate("Commands", "LAN access is on: on other devices use this computer's IP address instead of "
                                 "127.0.0.1.", "ar") in ar.stderr


@pytest.mark.parametrize("code", ["de", "ar"])
def test_a_source_error_in_the_language(tmp_path, code):
    missing = tmp_path / "gone.ttlive.jsonl"
    en = run_cli("replay", str(missing), "--headless", "--no-overlay", "--data-dir", str(tmp_path), "--lang", "en")
    r = run_cli("replay", str(missing), "--headless", "--no-overlay", "--data-dir", str(tmp_path), "--lang", code)
    assert en.returncode == r.returncode != 0
    assert f"{missing} does not exist" in en.stderr
    sentence = translate("Sources", "{path} does not exist", code).format(path=missing)
    assert sentence != f"{missing} does not exist" and sentence in r.stderr


@pytest.mark.parametrize("code", ["de", "ar"])
def test_a_store_error_in_the_language(tmp_path, code):
    (tmp_path / "streamer-app.db").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)  # a damaged database
    en = run_cli("sessions", "--data-dir", str(tmp_path), "--lang", "en")
    r = run_cli("sessions", "--data-dir", str(tmp_path), "--lang", code)
    assert en.returncode == r.returncode != 0
    assert "is not a readable streamer-app database" in en.stderr
    english = ("{path} is not a readable streamer-app database (it may be damaged). Restore a backup with "
               "'streamer-app restore FILE' or move the file away to start fresh.")
    sentence = translate("Store", english, code)
    assert sentence != english
    assert sentence.format(path=tmp_path / "streamer-app.db") in r.stderr


def test_timer_show_in_german(tmp_path):
    en = run_cli("timer", "--data-dir", str(tmp_path), "--lang", "en")
    de = run_cli("timer", "--data-dir", str(tmp_path), "--lang", "de")
    assert en.stdout.startswith("Subathon timer: idle, ") and "Rules: 1 coin = " in en.stdout
    assert de.stdout.startswith("Subathon-Timer: bereit, noch ") and "Regeln: 1 Münze = " in de.stdout


def test_why_a_session_ended_is_shown_in_the_language_and_kept_in_english(tmp_path):
    """`sessions` shows the stored end reason translated; the ledger and the JSON keep the English words."""
    import json

    from streamer_app.i18n import translate

    r = run_cli("--demo", "--headless", "--speed", "0", "--duration", "60", "--seed", "3", "--no-overlay",
                "--data-dir", str(tmp_path))
    assert r.returncode == 0, r.stderr
    de = run_cli("sessions", "--data-dir", str(tmp_path), "--lang", "de")
    assert translate("EndReasons", "The demo stream ended", "de") in de.stdout, de.stdout
    assert "The demo stream ended" not in de.stdout
    out = tmp_path / "last.json"
    assert run_cli("--lang", "de", "export", "last", "--format", "json", "-o", str(out),
                   "--data-dir", str(tmp_path)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["session"]["end_reason"] == "The demo stream ended"
