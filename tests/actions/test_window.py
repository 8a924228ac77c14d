"""The window's side: the controller starts one runner (not for replays unless asked), and
actions' texts are spoken on the GUI thread."""

from __future__ import annotations

import threading

from streamer_app.actions.rules import parse_rule
from streamer_app.controller import Controller
from streamer_app.settings import Settings
from streamer_app.ui.action_speech import install
from streamer_app.ui.alert_sound import Speaker


class Source:
    def __init__(self, kind):
        self.kind = kind


def test_one_runner_for_live_and_demo_none_for_a_replay_unless_asked(tmp_path):
    c = Controller(tmp_path)
    try:
        assert c.actions_for(Source("replay"), Settings()) is None and c.actions is None
        runner = c.actions_for(Source("demo"), Settings(actions_per_second=4))
        assert runner is not None and c.actions_for(Source("tiktok"), Settings()) is runner
        assert runner.gate.per_second == 4 and runner.gate.burst == 40
        assert c.actions_for(Source("replay"), Settings()) is None
        c.actions_on_replay = True
        assert c.actions_for(Source("replay"), Settings()) is runner
        # actions.json edited by hand between two streams: the next stream reads it.
        (tmp_path / "actions.json").write_text('{"rules": [{"name": "F", "when": {"event": "follow"}, '
                                               '"do": [{"type": "alert", "text": "Hi {user}"}]}]}')
        assert c.actions_for(Source("demo"), Settings()) is runner and [r.name for r in runner.rules] == ["F"]
        assert not runner.reload_if_changed()
    finally:
        c.shutdown()
    assert c.actions is None


def test_tts_is_spoken_on_the_gui_thread(qtbot, tmp_path):
    c = Controller(tmp_path)
    speaker = Speaker()
    speech = install(c, speaker)
    threads = []
    speech.say.connect(lambda *_: threads.append(threading.current_thread()))
    rule = parse_rule({"name": "First gift", "when": {"event": "first_gift"},
                       "do": [{"type": "tts", "text": "Thank you {user} for your first gift!"}]})[0]
    try:
        runner = c.actions_for(Source("demo"), Settings())
        runner.fire_rule(rule, {"event": "first_gift", "user": {"name": "Mia"}})
        qtbot.waitUntil(lambda: speech.spoken == ["Thank you Mia for your first gift!"], timeout=10_000)
    finally:
        c.shutdown()
    assert speaker.spoken == ["Thank you Mia for your first gift!"]  # said, or kept where no voice exists
    assert threads == [threading.main_thread()]
    assert [e.message for e in runner.log.entries() if e.rule == "First gift"] == [
        'said "Thank you Mia for your first gift!" (no stream running: nothing shows it)']
