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
    ("rates.diamonds_per_coin", "abc", "is not a number"),
    ("rates.diamonds_per_coin", "1.5", "at most 1"),
    ("rates.diamonds_per_coin", "0", "greater than zero"),
    ("rates.usd_per_diamond", "-1", "greater than zero"),
    ("rates.usd_per_diamond", "5", "at most 1"),
    ("rates.currency", "EURO", "three-letter code"),
    ("rates.usd_to_currency", "", "is not a number"),
    ("alerts.min_coins", "-1", "cannot be negative"),
    ("alerts.volume", "150", "volume is a percentage"),
    ("alerts.volume", "loud", "not a whole number"),
    ("alerts.chroma_color", "green", "is not a colour"),
    ("alerts.max_queue", "0", "between 1 and 100"),
    ("creator", "not a handle!", "is not a TikTok @handle"),
]


@pytest.mark.parametrize("field,value,message", BAD)
def test_each_bad_value_is_marked_explained_and_not_saved(dialog, field, value, message):
    before = (dialog.home / sm.SETTINGS_FILE).read_text()
    f = dialog.fields[field]
    f.edit.setText(value)
    dialog.save()
    assert message in f.error.text()
    assert f.edit.property("invalid") is True
    assert dialog.result_settings is None
    assert (dialog.home / sm.SETTINGS_FILE).read_text() == before


def test_a_bad_threshold_is_explained_and_not_saved(dialog):
    thresholds = dialog.fields["thresholds"]
    thresholds.table.item(0, 1).setText("-5")
    dialog.save()
    assert "Threshold row 1" in thresholds.error.text() and "greater than zero" in thresholds.error.text()
    assert dialog.result_settings is None


def test_good_values_persist_including_thresholds(dialog):
    dialog.fields["rates.diamonds_per_coin"].edit.setText("0.45")
    dialog.fields["rates.currency"].edit.setText("eur")
    dialog.fields["rates.usd_to_currency"].edit.setText("0.92")
    dialog.fields["creator"].edit.setText("my.handle")
    dialog.fields["thresholds"].table.removeRow(2)
    dialog.save()
    assert dialog.result_settings is not None
    stored = json.loads((dialog.home / sm.SETTINGS_FILE).read_text())
    assert stored["rates"]["diamonds_per_coin"] == "0.45" and stored["rates"]["currency"] == "EUR"
    assert stored["creator"] == "@my.handle"
    # The defaults less the removed one; Twitch's and YouTube's keep their platform.
    assert [t["platform"] for t in stored["thresholds"]] == ["tiktok", "tiktok", "twitch", "youtube"]
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
    assert dlg.fields["rates.diamonds_per_coin"].text() == "0.4000"
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
    assert not dlg.fields["alerts.tts_enabled"].isEnabled() and "no text-to-speech voice" in dlg.tts_note.text()


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


def test_the_dialog_has_one_labelled_field_per_row_of_its_tabs(dialog):
    from streamer_app.settings_fields import FIELDS

    assert list(dialog.fields) == [f.path for f in FIELDS if f.tab]
    for f in FIELDS:
        if f.tab:
            editor = dialog.fields[f.path]
            assert editor.toolTip() == f.help
            assert dialog.tabs.tabText(dialog.tabs.indexOf(_tab_of(dialog, editor))) == f.tab


def _tab_of(dialog, widget):
    for i in range(dialog.tabs.count()):
        if dialog.tabs.widget(i).isAncestorOf(widget):
            return dialog.tabs.widget(i)
    raise AssertionError("not in a tab")


def test_every_refusal_lands_on_its_own_field_all_at_once(dialog):
    """Errors are routed by the setting's path, not by their text; several bad fields are marked together."""
    bad = {"alerts.volume": "150", "alerts.max_queue": "0", "rates.usd_per_diamond": "5", "creator": "x y"}
    for path, text in bad.items():
        dialog.fields[path].edit.setText(text)
    assert dialog.collect() is None
    for path in bad:
        assert not dialog.fields[path].error.isHidden() and dialog.fields[path].error.text(), path
    quiet = [p for p, e in dialog.fields.items() if p not in bad and e.error.text()]
    assert quiet == [] and dialog.general_error.text() == ""


def test_a_new_row_appears_in_the_dialog_with_its_limits_and_error_routing(qtbot, tmp_path, monkeypatch):
    """Adding a setting to the dialog is a row: here backups_keep is given a tab, nothing else."""
    from dataclasses import replace

    from streamer_app.settings_fields import BY_PATH, FIELDS
    from streamer_app.ui import settings_dialog

    row = replace(BY_PATH["backups_keep"], tab="General")
    monkeypatch.setattr(settings_dialog, "FIELDS", tuple(row if f.path == row.path else f for f in FIELDS))
    home = tmp_path / "n"
    dlg = SettingsDialog(home, sm.Settings().with_token())
    qtbot.addWidget(dlg)
    field = dlg.fields["backups_keep"]
    assert field.text() == "10"
    field.edit.setText("0")
    dlg.save()
    assert "keep between 1 and 1000 backups" in field.error.text() and dlg.result_settings is None
    field.edit.setText("25")
    dlg.save()
    assert sm.load(home).backups_keep == 25


def test_a_ledger_that_cannot_be_written_is_explained_on_the_field(qtbot, tmp_path, demo_runner):
    home = tmp_path / "ro"
    demo_runner(home, seed=2, duration=60)
    dlg = SettingsDialog(home, sm.load(home))
    qtbot.addWidget(dlg)
    (home / DB_FILENAME).write_bytes(b"not a database at all" * 100)
    dlg.f_w_amount.edit.setText("10")
    assert not dlg.add_withdrawal()
    assert "not a readable streamer-app database" in dlg.f_w_amount.error.text()
