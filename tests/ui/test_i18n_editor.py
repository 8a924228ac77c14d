"""The settings dialog's help and refusals, and the actions editor, in the creator's language
(issue 19): real widgets offscreen, the real catalogs, German and Arabic."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from streamer_app import settings as sm
from streamer_app.ui import translation

# (language, the volume's tooltip, "loud" refused, 500 refused)
SETTINGS = [
    ("de", "Die Lautstärke des Alert-Tons in Prozent.", "'loud' ist keine ganze Zahl",
     "die Lautstärke ist ein Prozentwert von 0 bis 100"),
    ("ar", "مستوى صوت التنبيه بالنسبة المئوية.", "'loud' ليس عددًا صحيحًا", "مستوى الصوت نسبة من 0 إلى 100"),
    ("en", "The alert sound's volume, in percent.", "'loud' is not a whole number",
     "volume is a percentage from 0 to 100"),
]


@pytest.fixture
def speak(qapp):
    """Switch the window's language for one test; English again afterwards."""
    yield lambda code: translation.install(qapp, code)
    translation.install(qapp, "en")


def _label_of(editor) -> QLabel:
    form = editor.parentWidget().findChild(QFormLayout)
    label = form.labelForField(editor)
    assert isinstance(label, QLabel)
    return label


@pytest.mark.parametrize("code, tip, not_whole, too_loud", SETTINGS)
def test_settings_help_and_refusals_speak_the_window_language(qtbot, tmp_path, speak, code, tip, not_whole, too_loud):
    from streamer_app.ui.settings_dialog import SettingsDialog

    speak(code)
    home = tmp_path / "h"
    sm.save(home, sm.Settings().with_token())
    dlg = SettingsDialog(home, sm.load(home))
    qtbot.addWidget(dlg)
    volume = dlg.fields["alerts.volume"]
    assert volume.toolTip() == tip and _label_of(volume).toolTip() == tip
    words = dlg.fields["alerts.tts_blocked_words"]
    assert (words.edit.placeholderText() == "words never read aloud, comma separated") == (code == "en")
    volume.edit.setText("loud")
    dlg.save()
    # In Arabic the line starts with a right-to-left mark, so "'loud' ..." still reads right to left.
    assert volume.error.text() == ("\u200f" if code == "ar" else "") + not_whole
    volume.edit.setText("500")
    dlg.save()
    assert volume.error.text().lstrip("\u200f") == too_loud and dlg.result_settings is None


RULE = {"name": "Lion", "enabled": True, "when": {"event": "gift", "min_coins": 100},
        "do": [{"type": "webhook", "url": "ftp://example.com/hook"}]}
# (language, the URL's refusal, the event's name in the picker, the rule's line in the list)
EDITOR = [
    ("de", "URL muss mit http(s) beginnen", "Ein Geschenk", "Ein Geschenk ab 100 Münzen → Webhook"),
    ("ar", "يجب أن يبدأ الرابط بـ http(s)", "هدية", "هدية بقيمة ١٠٠+ عملة → webhook"),
    ("en", "URL must be http(s)", "A gift", "A gift of 100+ coins → webhook"),
]


@pytest.mark.parametrize("code, refusal, event, line", EDITOR)
def test_the_actions_editor_speaks_the_window_language(qtbot, tmp_path, speak, code, refusal, event, line):
    from streamer_app.ui.actions_editor import ActionsEditor

    speak(code)
    home = tmp_path / "h"
    home.mkdir()
    (home / "actions.json").write_text(json.dumps({"rules": [RULE]}), encoding="utf-8")
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    assert ed.form.event_pick.combo.currentText() == event
    assert ed.list.item(0).text().splitlines()[1] == line
    assert not ed.save()
    url = ed.form.cards[0].fields["url"]
    assert url.error.text().lstrip("\u200f") == refusal
    assert (ed.tabs.tabText(0) == "Rules") == (code == "en")
    ed.form.name.edit.clear()
    assert not ed.save()
    assert ed.form.name.error.text().lstrip("\u200f") == {"de": "Name darf nicht leer sein", "ar": "لا يمكن أن يكون الاسم فارغًا",
                                         "en": "Name must be a non-empty text"}[code]


def test_the_open_actions_editor_follows_a_language_change_and_keeps_the_edits(qtbot, tmp_path, speak):
    from streamer_app.ui.actions_editor import ActionsEditor

    home = tmp_path / "h"
    home.mkdir()
    (home / "actions.json").write_text(json.dumps({"rules": [RULE]}), encoding="utf-8")
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    ed.show()
    ed.form.name.edit.setText("Lion roar")  # typed, not saved
    assert ed.test_button.text() == "Test this rule"
    speak("de")
    qtbot.waitUntil(lambda: ed.tabs.tabText(0) == "Regeln")  # Qt posts the LanguageChange event
    assert ed.test_button.text() == "Diese Regel testen"
    assert ed.form.event_pick.combo.currentText() == "Ein Geschenk"
    assert ed.form.cards[0].title.text() == "EINEN WEBHOOK AUFRUFEN"
    assert ed.log_view.only_failures.text() == "Nur Fehler"
    assert ed.form.name.text() == "Lion roar" and ed.unsaved()  # the edit survived the new form
    speak("ar")
    qtbot.waitUntil(lambda: ed.tabs.tabText(0) == "القواعد")
    assert ed.form.name.text() == "Lion roar"


@pytest.mark.parametrize("code, sentence", [
    ("en", "Threshold row 1: the amount of {name} must be greater than zero, not -5"),
    ("de", "Ziel in Zeile 1: der Betrag von {name} muss größer als null sein, nicht -5"),
])
def test_a_refused_threshold_amount_is_one_whole_sentence(qtbot, tmp_path, speak, code, sentence):
    from streamer_app.ui.settings_dialog import SettingsDialog

    speak(code)
    home = tmp_path / "h"
    sm.save(home, sm.Settings().with_token())
    dlg = SettingsDialog(home, sm.load(home))
    qtbot.addWidget(dlg)
    thresholds = dlg.fields["thresholds"]
    name = thresholds.table.item(0, 0).text()
    unit = thresholds.table.cellWidget(0, 2)
    assert unit.currentData() == "coins" and unit.currentText() == {"en": "coins", "de": "Münzen"}[code]
    thresholds.table.item(0, 1).setText("-5")
    dlg.save()
    assert thresholds.error.text() == sentence.format(name=repr(name))
