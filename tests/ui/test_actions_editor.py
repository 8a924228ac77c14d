"""The actions editor: the three "done when" recipes of issue 17 built through the widgets alone,
saved, and read back as valid rules equal to what was meant; bad input marked and never saved;
a broken actions.json kept until the creator agrees; text that fits its widget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QToolButton

from streamer_app.actions.rules import load_rules
from streamer_app.ui import theme
from streamer_app.ui.actions_editor import ActionsEditor
from streamer_app.ui.rule_form import ActionCard

LION = {"name": "Lion: roar and the Lion scene", "enabled": True, "when": {"event": "gift", "gift_id": 14},
        "do": [{"type": "sound", "file": "roar.mp3"},
               {"type": "obs", "request": "SetCurrentProgramScene", "data": {"sceneName": "Lion"}}]}
LIKES = {"name": "Every 1,000 likes: one more minute", "enabled": True, "when": {"event": "like_total", "every": 1000},
         "do": [{"type": "timer_add", "seconds": 60}]}
FIRST = {"name": "Thank first gifts", "enabled": True, "when": {"event": "first_gift"},
         "do": [{"type": "tts", "text": "Thanks {user} for your first gift!"}]}


@pytest.fixture
def home(tmp_path) -> Path:
    h = tmp_path / "creator"
    h.mkdir()
    return h


@pytest.fixture
def editor(qtbot, home) -> ActionsEditor:
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    ed.setStyleSheet(theme.STYLESHEET)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def _type(qtbot, field, text: str) -> None:
    """Select what the field holds and type over it, as a person would."""
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def _pick(combo_editor, data) -> None:
    combo = combo_editor.combo
    combo.setCurrentIndex(combo.findData(data))


def _add_action(editor: ActionsEditor, label: str) -> ActionCard:
    menu = editor.form.add_action.menu()
    next(a for a in menu.actions() if a.text() == label).trigger()
    return editor.form.cards[-1]


def _new_rule(qtbot, editor: ActionsEditor, name: str) -> None:
    qtbot.mouseClick(editor.list_buttons["add"], Qt.MouseButton.LeftButton)
    _type(qtbot, editor.form.name, name)


def _saved(editor: ActionsEditor) -> list[dict]:
    return json.loads(editor.path.read_text())["rules"]


def build_lion(qtbot, editor: ActionsEditor, sound: Path) -> None:
    _new_rule(qtbot, editor, LION["name"])
    _pick(editor.form.event_pick, "gift")
    _pick(editor.form.filters["gift_id"], 14)  # "Lion — 29,999 coins" in the gift picker
    card = _add_action(editor, "Play a sound")
    card.fields["file"].ask_file = lambda: str(sound)  # the file dialog's answer
    qtbot.mouseClick(card.fields["file"].pick, Qt.MouseButton.LeftButton)
    obs = _add_action(editor, "An OBS request").obs
    assert obs is not None and obs.choice() == "scene"
    qtbot.keyClicks(obs.names["scene"].edit, "Lion")


def build_likes(qtbot, editor: ActionsEditor) -> None:
    _new_rule(qtbot, editor, LIKES["name"])
    _pick(editor.form.event_pick, "like_total")
    qtbot.keyClicks(editor.form.filters["every"].edit, "1,000")
    card = _add_action(editor, "Add time to the timer")
    qtbot.keyClicks(card.fields["seconds"].edit, "60")


def build_first_gift(qtbot, editor: ActionsEditor) -> None:
    _new_rule(qtbot, editor, FIRST["name"])
    _pick(editor.form.event_pick, "first_gift")
    card = _add_action(editor, "Speak a text")
    qtbot.keyClicks(card.fields["text"].edit, "Thanks {user} for your first gift!")


def test_the_three_recipes_are_made_from_the_window_alone(qtbot, editor, home, tmp_path):
    sound = tmp_path / "downloads" / "roar.mp3"
    sound.parent.mkdir()
    sound.write_bytes(b"ID3 a roar")
    build_lion(qtbot, editor, sound)
    build_likes(qtbot, editor)
    build_first_gift(qtbot, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _saved(editor) == [LION, LIKES, FIRST], editor.status.text()
    rules, problems = load_rules(editor.path)
    assert problems == [] and [r.name for r in rules] == [LION["name"], LIKES["name"], FIRST["name"]]
    # The sound was copied where the media overlay page serves it from.
    assert (home / "media" / "roar.mp3").read_bytes() == b"ID3 a roar"
    assert "Saved 3 rules" in editor.status.text()
    # The list says what each rule does.
    assert editor.list.item(0).text().splitlines()[1] == "Lion → sound roar.mp3 · OBS scene Lion"
    assert editor.list.item(1).text().splitlines()[1] == "Every 1,000 likes → timer +60 s"
    # Reopened, the editor shows the same rules and saves them unchanged.
    again = ActionsEditor(home)
    qtbot.addWidget(again)
    assert again.save() and _saved(again) == [LION, LIKES, FIRST]


def test_a_rule_can_be_ticked_off_duplicated_moved_and_deleted(qtbot, editor):
    build_likes(qtbot, editor)
    qtbot.mouseClick(editor.list_buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert editor.form.name.text() == LIKES["name"] + " (copy)"
    _type(qtbot, editor.form.name, "Second")
    qtbot.mouseClick(editor.list_buttons["up"], Qt.MouseButton.LeftButton)
    editor.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # the first rule, now second: off
    assert editor.save()
    saved = _saved(editor)
    assert [r["name"] for r in saved] == ["Second", LIKES["name"]]
    assert [r["enabled"] for r in saved] == [True, False]
    editor.list.setCurrentRow(0)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)  # as the Delete button does
    assert editor.save() and _saved(editor) == [{**LIKES, "enabled": False}]


BAD = [
    # what to type where, the message shown under that field
    ("every", "a thousand", "Every (likes) must be a whole number"),
    ("every", "0", "Every (likes) must be at least 1"),
    ("seconds", "sixty", "Seconds must be a number"),
]


@pytest.mark.parametrize("field,text,message", BAD)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(qtbot, editor, field, text, message):
    editor.path.write_text(json.dumps({"rules": [FIRST]}))
    editor.reload()
    _new_rule(qtbot, editor, "Likes")
    _pick(editor.form.event_pick, "like_total")
    card = _add_action(editor, "Add time to the timer")
    qtbot.keyClicks(editor.form.filters["every"].edit, "1000")
    qtbot.keyClicks(card.fields["seconds"].edit, "60")
    target = editor.form.filters["every"] if field == "every" else card.fields["seconds"]
    _type(qtbot, target, text)
    before = editor.path.read_text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert target.error.text() == message
    qtbot.waitUntil(target.error.isVisible)  # widgets added to a shown form appear on the next turn of the loop
    assert target.edit.property("invalid") is True
    assert "Nothing was saved" in editor.status.text() and "rule 2 'Likes'" in editor.status.text()
    assert editor.path.read_text() == before


def test_each_kind_of_mistake_lands_on_its_own_field(qtbot, editor):
    _new_rule(qtbot, editor, "")
    editor.form.name.edit.clear()
    web = _add_action(editor, "Call a webhook")
    qtbot.keyClicks(web.fields["url"].edit, "discord.com/api/webhooks/1")
    web.fields["format"].box.setChecked(True)
    _type(qtbot, web.fields["text"], "{usr} sent {gift}")
    obs = _add_action(editor, "An OBS request").obs
    obs.pick.setCurrentIndex(obs.pick.findData("show"))
    qtbot.keyClicks(obs.names["source"].edit, "Lion video")
    assert not editor.save()
    assert editor.form.name.error.text() == "Name must be a non-empty text"
    assert web.fields["url"].error.text() == "URL must be http(s)"
    assert web.fields["text"].error.text().startswith("Discord text names {usr}, which is not known")
    assert obs.names["scene"].error.text() == "Scene is empty: type the scene's name as OBS shows it"
    assert not editor.path.exists()
    # An empty rule says what is missing under DO.
    for c in list(editor.form.cards):
        qtbot.mouseClick(c.buttons["remove"], Qt.MouseButton.LeftButton)
    assert not editor.save() and "Add at least one action" in editor.form.do_error.text()


def test_a_broken_file_is_shown_with_its_line_and_only_replaced_when_the_creator_agrees(qtbot, home):
    broken = '{"rules": [\n  {"name": "Lion",\n   "when": {"event": "gift"}\n  ]\n}\n'
    (home / "actions.json").write_text(broken)
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    ed.show()
    assert ed.banner.isVisible() and "line 4, column 3" in ed.banner.label.text()
    build_likes(qtbot, ed)
    ed.confirm_replace = lambda: False
    assert not ed.save()
    assert (home / "actions.json").read_text() == broken and "the broken file was kept" in ed.status.text()
    ed.confirm_replace = lambda: True
    assert ed.save()
    assert _saved(ed) == [LIKES] and not ed.banner.isVisible()
    kept = list(home.glob("actions.broken-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == broken


def test_a_rule_the_file_got_wrong_is_shown_and_fixed_not_dropped(qtbot, home):
    bad = {**LIKES, "when": {"event": "like_total", "every": -5}}
    (home / "actions.json").write_text(json.dumps({"rules": [LION, bad]}))
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    ed.show()
    assert "rule 2" in ed.banner.label.text() and ed.list.count() == 2
    assert ed.list.item(1).text().startswith("⚠ ")
    assert not ed.save()
    assert ed.list.currentRow() == 1 and "must be at least 1" in ed.form.filters["every"].error.text()
    _type(qtbot, ed.form.filters["every"], "1000")
    assert ed.save() and _saved(ed) == [LION, LIKES]


def test_the_test_button_fires_the_rule_with_a_sample_event(qtbot, home):
    fired = []
    ed = ActionsEditor(home, fire=lambda rule: fired.append(rule) or f"Ran {rule.name}: 1 action ok.")
    qtbot.addWidget(ed)
    build_first_gift(qtbot, ed)
    qtbot.mouseClick(ed.test_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in fired] == [FIRST["name"]] and ed.test_result.text() == "Ran Thank first gifts: 1 action ok."
    _type(qtbot, ed.form.cards[0].fields["text"], "Thanks {nobody}")
    qtbot.mouseClick(ed.test_button, Qt.MouseButton.LeftButton)
    assert len(fired) == 1 and "Fix the fields marked in red" in ed.test_result.text()


def _clipped(widget) -> list[str]:
    """Visible buttons, check boxes and one-line labels narrower than their text needs."""
    out = []
    for w in [w for kind in (QPushButton, QToolButton, QCheckBox, QLabel) for w in widget.findChildren(kind)]:
        if not w.isVisibleTo(widget) or (isinstance(w, QLabel) and (w.wordWrap() or not w.text())):
            continue
        if w.width() < w.sizeHint().width() or w.height() < w.minimumSizeHint().height():
            out.append(f"{type(w).__name__} {w.text()!r}: {w.width()}x{w.height()} < {w.sizeHint().toTuple()}")
    return out


def test_text_fits_its_widget_at_the_smallest_window(qtbot, editor, tmp_path):
    sound = tmp_path / "roar.mp3"
    sound.write_bytes(b"x")
    build_lion(qtbot, editor, sound)
    _add_action(editor, "Call a webhook")
    _add_action(editor, "Show an image, GIF or video")
    editor.resize(editor.minimumSize())
    qtbot.wait(50)
    # Laid out once the loop has shown the new cards: wait for that, then nothing may be cut.
    try:
        qtbot.waitUntil(lambda: editor.form.cards[-1].isVisible() and not _clipped(editor))
    except qtbot.TimeoutError:
        pass  # the assertion says what is cut
    assert _clipped(editor) == []
    editor.list.setCurrentRow(0)
    for row in range(editor.list.count()):
        rect = editor.list.visualItemRect(editor.list.item(row))
        assert rect.width() <= editor.list.viewport().width()


class DiscordLikeWebhook:
    """A local stand-in for a Discord webhook: takes a JSON body with "content" and answers 204 No
    Content, as "Execute Webhook" does without ?wait=true
    (https://discord.com/developers/docs/resources/webhook#execute-webhook)."""

    def __init__(self) -> None:
        import asyncio
        import threading

        self.bodies: list[dict] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._thread.start()
        assert self._ready.wait(10)

    def _main(self) -> None:
        from aiohttp import web

        async def execute(request: web.Request) -> web.Response:
            self.bodies.append(await request.json())
            return web.Response(status=204)

        app = web.Application()
        app.router.add_post("/api/webhooks/{id}/{token}", execute)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def test_test_fires_the_rule_through_a_real_runner_and_says_what_each_action_did(qtbot, home):
    hook = DiscordLikeWebhook()
    try:
        ed = ActionsEditor(home)
        qtbot.addWidget(ed)
        ed.show()
        _new_rule(qtbot, ed, "Lion to Discord")
        web = _add_action(ed, "Call a webhook")
        qtbot.keyClicks(web.fields["url"].edit, f"http://127.0.0.1:{hook.port}/api/webhooks/1/secret")
        web.fields["format"].box.setChecked(True)
        _type(qtbot, web.fields["text"], "{user} sent a {gift}!")
        _add_action(ed, "Add time to the timer").fields["seconds"].edit.setText("60")
        qtbot.mouseClick(ed.test_button, Qt.MouseButton.LeftButton)
        # No stream runs: a runner started for the test runs both actions and stops again.
        qtbot.waitUntil(lambda: "✗ timer_add" in ed.test_result.text() and "✓ webhook" in ed.test_result.text(),
                        timeout=15000)
        assert hook.bodies == [{"content": "Sample Viewer sent a Lion!", "allowed_mentions": {"parse": []}}]
        assert "no stream is running" in ed.test_result.text()
        assert "secret" not in ed.test_result.text()  # a Discord webhook's path is its password
        qtbot.waitUntil(lambda: ed.log_view.table.rowCount() >= 2)
        from streamer_app.ui.rule_test import active_runner
        qtbot.waitUntil(lambda: active_runner() is None, timeout=10000)
    finally:
        hook.stop()


def test_saving_updates_the_running_streams_rules(qtbot, home):
    from streamer_app.actions.runner import ActionRunner

    runner = ActionRunner(home).start()
    try:
        ed = ActionsEditor(home)
        qtbot.addWidget(ed)
        build_likes(qtbot, ed)
        assert len(runner.matcher.rules) == 0
        assert ed.save()
        assert [r.name for r in runner.matcher.rules] == [LIKES["name"]]
        ed.log_view.refresh(force=True)
        assert "1 rule" in ed.log_view.table.item(0, 1).text()  # the runner says it took the saved rule
    finally:
        runner.stop()


def test_what_the_form_has_no_field_for_is_kept_and_explained_not_dropped(qtbot, home):
    odd = {"name": "Hand-written", "enabled": True, "when": {"event": "follow", "colour": "red"},
           "do": [{"type": "sond", "file": "x.mp3"}, {"type": "alert", "text": "Hi {user}", "size": 3}]}
    (home / "actions.json").write_text(json.dumps({"rules": [odd]}))
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    ed.show()
    assert ed.form.value() == odd  # shown as written, nothing lost by looking at it
    assert not ed.save()
    sond, alert = ed.form.cards
    assert "must be one of" in sond.general.text() and alert.general.text().startswith("size is not a field of")
    assert "when.colour is not a field of" in ed.form.when_error.text()
    assert json.loads((home / "actions.json").read_text())["rules"] == [odd]
    # Fixed through the window: the two actions made again, the event picked again.
    for c in (sond, alert):
        qtbot.mouseClick(c.buttons["remove"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(_add_action(ed, "Show a custom alert").fields["text"].edit, "Hi {user}")
    _pick(ed.form.event_pick, "share")
    _pick(ed.form.event_pick, "follow")
    assert ed.save() and _saved(ed) == [{**odd, "when": {"event": "follow"}, "do": [{"type": "alert", "text": "Hi {user}"}]}]


def test_the_log_shows_the_files_lines_newest_first_and_can_show_only_failures(qtbot, home):
    (home / "actions.log").write_text(
        "2026-12-06 20:00:01 ok   Lion > sound: played roar.mp3\n"
        "2026-12-06 20:00:01 FAIL Lion > obs: OBS not connected: SetCurrentProgramScene was not sent\n"
        "2026-12-06 20:00:02 FAIL actions: 3 rule firings dropped: the actions queue was full\n", encoding="utf-8")
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    view = ed.log_view
    view.refresh(force=True)
    assert [view.table.item(i, 1).text() for i in range(view.table.rowCount())] == [
        "actions: 3 rule firings dropped: the actions queue was full",
        "Lion > obs: OBS not connected: SetCurrentProgramScene was not sent",
        "Lion > sound: played roar.mp3"]
    assert view.table.item(0, 0).text() == "20:00:02" and view.counts.text().startswith("3 lines, 2 failed.")
    assert ed.tabs.tabText(1) == "Log (2 failed)"
    view.only_failures.setChecked(True)
    assert view.table.rowCount() == 2


def test_closing_with_unsaved_edits_asks_first(qtbot, home):
    ed = ActionsEditor(home)
    qtbot.addWidget(ed)
    ed.show()
    assert ed.close_asking()  # nothing changed: no question
    ed.show()
    build_likes(qtbot, ed)
    asked = []
    ed.ask_unsaved = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    assert not ed.close_asking() and ed.isVisible() and not ed.path.exists()
    ed.ask_unsaved = lambda: asked.append(1) or QMessageBox.StandardButton.Save
    assert ed.close_asking() and _saved(ed) == [LIKES] and len(asked) == 2
    ed.show()
    _type(qtbot, ed.form.name, "Renamed")
    ed.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert ed.close_asking() and _saved(ed) == [LIKES] and ed.form.name.text() == LIKES["name"]


def test_a_threshold_rule_picks_from_the_payout_thresholds(qtbot, home):
    ed = ActionsEditor(home, thresholds=["First cash-out", "Withdrawal minimum"])
    qtbot.addWidget(ed)
    _new_rule(qtbot, ed, "Cash-out party")
    _pick(ed.form.event_pick, "threshold_reached")
    _pick(ed.form.filters["threshold"], "First cash-out")
    qtbot.keyClicks(_add_action(ed, "Show a custom alert").fields["text"].edit, "{threshold} reached!")
    assert ed.save()
    assert _saved(ed)[0]["when"] == {"event": "threshold_reached", "threshold": "First cash-out"}
    _pick(ed.form.filters["threshold"], None)  # any threshold: the filter is left out
    assert ed.save() and _saved(ed)[0]["when"] == {"event": "threshold_reached"}


def test_two_rules_with_one_name_are_refused_on_the_second_ones_name(qtbot, editor):
    build_likes(qtbot, editor)
    build_first_gift(qtbot, editor)
    _type(qtbot, editor.form.name, LIKES["name"])
    assert not editor.save() and editor.list.currentRow() == 1
    assert editor.form.name.error.text() == "Name is the name of rule 1 too: give each rule its own name"
    assert not editor.path.exists()


def test_actions_run_in_the_order_shown_and_can_be_reordered(qtbot, editor, tmp_path):
    sound = tmp_path / "roar.mp3"
    sound.write_bytes(b"ID3")
    build_lion(qtbot, editor, sound)
    first, second = editor.form.cards
    assert not first.buttons["up"].isEnabled() and not second.buttons["down"].isEnabled()
    qtbot.mouseClick(second.buttons["up"], Qt.MouseButton.LeftButton)
    assert editor.form.cards == [second, first] and first.buttons["down"].isEnabled() is False
    assert editor.save() and [a["type"] for a in _saved(editor)[0]["do"]] == ["obs", "sound"]


def test_a_chosen_file_is_copied_into_media_without_replacing_another_of_the_same_name(home, tmp_path):
    from streamer_app.ui.action_forms import copy_into_media

    a, b = tmp_path / "a" / "roar.mp3", tmp_path / "b" / "roar.mp3"
    for path, data in ((a, b"first roar"), (b, b"second roar")):
        path.parent.mkdir()
        path.write_bytes(data)
    assert copy_into_media(home, a) == "roar.mp3"
    assert copy_into_media(home, a) == "roar.mp3"  # the same file again: no second copy
    assert copy_into_media(home, b) == "roar-2.mp3"
    assert copy_into_media(home, home / "media" / "roar-2.mp3") == "roar-2.mp3"  # already there
    assert sorted(p.name for p in (home / "media").iterdir()) == ["roar-2.mp3", "roar.mp3"]
    assert (home / "media" / "roar.mp3").read_bytes() == b"first roar"


def test_the_discord_text_shows_only_for_discords_format(qtbot, editor):
    _new_rule(qtbot, editor, "Gifts to Discord")
    web = _add_action(editor, "Call a webhook")
    qtbot.waitUntil(web.isVisible)
    assert not web.fields["text"].isVisible()
    web.fields["format"].box.click()
    assert web.fields["format"].raw() == "discord"
    qtbot.waitUntil(web.fields["text"].isVisible)
