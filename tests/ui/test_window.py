"""The whole window on a fast demo: engine thread -> bridge -> dashboard and alert window."""

from PySide6.QtGui import QColor

from streamer_app import settings as sm
from streamer_app.core import formatting as fmt
from streamer_app.core.alert_queue import Alert
from streamer_app.engine.thread import EngineThread
from streamer_app.settings import AlertSettings
from streamer_app.store.queries import Reader
from streamer_app.store.database import DB_FILENAME
from streamer_app.ui.alerts import AlertWindow, should_speak
from streamer_app.ui.main_window import MainWindow
from streamer_app.ui.run import save_screenshots, screenshot_paths


def _distinct_colours(img, step=16):
    return {img.pixel(x, y) for x in range(0, img.width(), step) for y in range(0, img.height(), step)}


def test_the_window_runs_a_demo_and_its_totals_equal_the_ledger(qtbot, tmp_path):
    home = tmp_path / "w"
    thread = EngineThread().start()
    win = MainWindow(home, sm.Settings(), thread, demo_options={"speed": 0, "seed": 4, "duration": 400})
    qtbot.addWidget(win)
    win.show()
    assert win.stack.currentWidget() is win.first_run  # no creator configured: the first-run screen
    win.dashboard.ensure_chart()
    win.first_run.demo_requested.emit()
    qtbot.waitUntil(lambda: win.last_snapshot is not None and win.last_snapshot["state"]["state"] == "ended"
                    or not win.dashboard.bar.connected and win.batches > 1, timeout=30000)
    qtbot.waitUntil(lambda: not win.dashboard.bar.connected, timeout=30000)
    snap = win.last_snapshot
    assert win.stack.currentWidget() is win.dashboard
    reader = Reader(home / DB_FILENAME)
    ledger = reader.tallies([snap["session"]["id"]])
    reader.close()
    assert ledger.coins == snap["totals"]["coins"] > 0
    assert win.dashboard.tallies.coins.value.text() == fmt.count(ledger.coins)
    assert win.dashboard.feed.count() > 0
    assert win.alerts.queue.shown > 0 or len(win.alerts.queue) > 0
    assert "ended" in win.dashboard.bar.message.text().lower()

    # Screenshots: the dashboard and the alert window, at their sizes and not blank.
    win.resize(1280, 800)
    win.alerts.show()
    main, alerts = save_screenshots(win, str(tmp_path / "shot.png"))
    assert (main, alerts) == screenshot_paths(str(tmp_path / "shot.png"))
    assert alerts.name == "shot-alerts.png"
    from PySide6.QtGui import QImage

    img = QImage(str(main))
    assert img.width() >= 900 and img.height() >= 550
    assert len(_distinct_colours(img)) > 20
    aimg = QImage(str(alerts))
    assert len(_distinct_colours(aimg, 8)) > 5  # a card on the chroma key, not a flat green
    win.close()
    assert not thread.running


def test_switching_sources_runs_successive_engines_on_one_thread(qtbot, tmp_path):
    home = tmp_path / "s"
    thread = EngineThread().start()
    win = MainWindow(home, sm.Settings(), thread, demo_options={"speed": 1, "seed": 1, "duration": 600})
    qtbot.addWidget(win)
    win.connect_source("demo", "")
    qtbot.waitUntil(lambda: thread.engine is not None and thread.engine.session_id is not None, timeout=10000)
    first = thread.engine
    win.demo_options = {"speed": 0, "seed": 2, "duration": 60}
    win.dashboard.bar.set_connected(False)
    win.connect_source("demo", "")
    qtbot.waitUntil(lambda: thread.engine is not first and not win.dashboard.bar.connected, timeout=20000)
    assert first._stop.is_set()  # the first engine was stopped (and flushed) before the second ran
    assert win.last_snapshot["session"]["id"] != first.session_id
    win.close()


def test_a_bad_handle_is_refused_in_words(qtbot, tmp_path):
    win = MainWindow(tmp_path / "b", sm.Settings(), None)
    qtbot.addWidget(win)
    win.first_run.handle.setText("no spaces allowed")
    win.first_run._go()
    assert "not a TikTok @handle" in win.first_run.error.text()
    assert win.engine_thread is None


def test_alert_window_plays_one_sound_per_card_and_paints_chroma_or_transparent(qtbot):
    w = AlertWindow(AlertSettings(volume=80))
    qtbot.addWidget(w)
    w.resize(640, 360)
    played = []
    w.sounds.play = lambda tier: played.append(tier) or True
    user, rose = {"id": "1", "name": "Alice"}, {"id": 1, "name": "Rose", "coins": 1, "image": ""}
    w.push([{"type": "streak", "user": user, "gift": rose, "group_id": 1, "count": c, "ended": False} for c in (1, 2, 3)])
    assert w.current is not None and w.current.units == 3 and played == [0]
    w.push([{"type": "streak", "user": user, "gift": rose, "group_id": 1, "count": 20, "ended": True}])
    assert w.current.units == 20 and played == [0]  # the streak grew on the same card: no second sound
    img = w.grab().toImage()
    assert QColor(img.pixel(2, 2)).name() == "#00b140"
    w.apply_settings(AlertSettings(background="transparent"))
    w.render_still(Alert("summary", 1, units=37, summary_coins=1204))
    assert "+37 more gifts, 1,204 coins" == w.current.text()
    w.test_alert()  # queued behind the current card
    assert len(w.queue) == 1


def test_text_to_speech_respects_minimum_and_word_filter():
    a = Alert("gift", 1, name="Alice", gift_name="Galaxy", coins_each=1000, units=1)
    assert not should_speak(a, AlertSettings())  # off by default
    on = AlertSettings(tts_enabled=True, tts_min_coins=500, tts_blocked_words=("alice",))
    assert not should_speak(a, on)
    assert should_speak(Alert("gift", 2, name="Bob", gift_name="Galaxy", coins_each=1000, units=1), on)
    assert not should_speak(Alert("gift", 3, name="Bob", gift_name="Rose", coins_each=1, units=1), on)
