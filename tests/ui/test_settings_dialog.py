"""Settings dialog: each bad value is marked with its message and never saved; good values persist."""

import json
import sqlite3

import pytest

from streamer_app import settings as sm
from streamer_app.store.database import DB_FILENAME
from streamer_app.ui.settings_dialog import SettingsDialog



@pytest.fixture
def dialog(qtbot, tmp_path):
    home = tmp_path / "h"
    home.mkdir()
    sm.save(home, sm.Settings().with_token())
    dlg = SettingsDialog(home, sm.load(home))
    qtbot.addWidget(dlg)
    return dlg


BAD = [
    ("f_dpc", "abc", "is not a number"),
    ("f_dpc", "1.5", "at most 1"),
    ("f_dpc", "0", "greater than zero"),
    ("f_usd_per_diamond", "-1", "greater than zero"),
    ("f_currency", "EURO", "three-letter code"),
    ("f_fx", "", "is not a number"),
    ("f_volume", "150", "volume is a percentage"),
    ("f_volume", "loud", "not a whole number"),
    ("f_chroma", "green", "is not a colour"),
    ("f_max_queue", "0", "between 1 and 100"),
    ("f_creator", "not a handle!", "is not a TikTok @handle"),
]


@pytest.mark.parametrize("field,value,message", BAD)
def test_each_bad_value_is_marked_explained_and_not_saved(dialog, field, value, message):
    before = (dialog.home / sm.SETTINGS_FILE).read_text()
    f = getattr(dialog, field)
    f.edit.setText(value)
    dialog.save()
    assert message in f.error.text()
    assert f.edit.property("invalid") is True
    assert dialog.result_settings is None
    assert (dialog.home / sm.SETTINGS_FILE).read_text() == before


def test_a_bad_threshold_is_explained_and_not_saved(dialog):
    dialog.thresholds.item(0, 1).setText("-5")
    dialog.save()
    assert "Threshold row 1" in dialog.threshold_error.text() and "greater than zero" in dialog.threshold_error.text()
    assert dialog.result_settings is None


def test_good_values_persist_including_thresholds(dialog):
    dialog.f_dpc.edit.setText("0.45")
    dialog.f_currency.edit.setText("eur")
    dialog.f_fx.edit.setText("0.92")
    dialog.f_creator.edit.setText("my.handle")
    dialog.thresholds.removeRow(2)
    dialog.save()
    assert dialog.result_settings is not None
    stored = json.loads((dialog.home / sm.SETTINGS_FILE).read_text())
    assert stored["rates"]["diamonds_per_coin"] == "0.45" and stored["rates"]["currency"] == "EUR"
    assert stored["creator"] == "@my.handle"
    assert len(stored["thresholds"]) == 2
    assert sm.load(dialog.home).rates.usd_to_currency == sm.decimal_setting("0.92", "x")


def test_calibration_derives_the_rate_and_withdrawals_are_recorded(qtbot, tmp_path, demo_runner):
    run_demo = demo_runner
    home = tmp_path / "cal"
    run_demo(home, seed=5, duration=120)
    dlg = SettingsDialog(home, sm.load(home))
    qtbot.addWidget(dlg)
    assert dlg.cal_sessions
    coins = dlg.cal_sessions[0].coins
    dlg.f_reported.edit.setText(str(coins * 2))
    assert "more than one diamond per coin" in dlg.f_reported.error.text()
    dlg.f_reported.edit.setText(str(coins * 0.4))
    assert "0.4000 diamonds per coin" in dlg.cal_result.text() and dlg.cal_apply.isEnabled()
    dlg.cal_apply.click()
    assert dlg.f_dpc.text() == "0.4000"
    dlg.f_w_amount.edit.setText("0")
    assert not dlg.add_withdrawal() and "more than zero" in dlg.f_w_amount.error.text()
    dlg.f_w_amount.edit.setText("120.50")
    assert dlg.add_withdrawal()
    conn = sqlite3.connect(home / DB_FILENAME)
    assert conn.execute("SELECT amount, currency FROM withdrawals").fetchall() == [("120.50", "USD")]
    assert conn.execute("SELECT reported_diamonds FROM sessions").fetchone()[0] == pytest.approx(coins * 0.4)
    assert dlg.withdrawals.rowCount() == 1


def test_text_to_speech_without_a_voice_says_so(qtbot, dialog):
    dlg = SettingsDialog(dialog.home, dialog.settings, tts_reason="This system has no text-to-speech voice installed.")
    qtbot.addWidget(dlg)
    assert not dlg.c_tts.isEnabled() and "no text-to-speech voice" in dlg.tts_note.text()


def test_secrets_go_to_the_secret_store_not_settings(dialog):
    from streamer_app.sources.secrets import SIGN_API_KEY, SecretStore

    key = "euler_live_0123456789abcdef"
    dialog.f_secrets[SIGN_API_KEY].setText(key)
    dialog.save()
    assert dialog.result_settings is not None
    assert key not in (dialog.home / sm.SETTINGS_FILE).read_text()
    assert SecretStore(dialog.home).get(SIGN_API_KEY) == key
    again = SettingsDialog(dialog.home, sm.load(dialog.home))
    assert again.f_secrets[SIGN_API_KEY].text() == ""  # a stored secret is never shown
    assert "stored" in again.f_secrets[SIGN_API_KEY].placeholderText()
