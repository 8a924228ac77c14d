"""The window with several sources at once: '+ Add source', the per-platform strip, the ledger."""

from PySide6.QtGui import QImage

from streamer_app import settings as sm
from streamer_app.core import formatting as fmt
from streamer_app.engine.thread import EngineThread
from streamer_app.store.database import DB_FILENAME
from streamer_app.store.queries import Reader
from streamer_app.ui.main_window import MainWindow


def _parts(win) -> list[dict]:
    return (win.last_snapshot or {}).get("platforms") or []


def test_add_source_runs_platforms_side_by_side_and_the_strip_shows_each(qtbot, tmp_path):
    home = tmp_path / "w"
    thread = EngineThread().start()
    win = MainWindow(home, sm.Settings(), thread, demo_options={"speed": 40, "seed": 4, "duration": 3600})
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.dashboard.ensure_chart()
    win.connect_source("demo", "")
    qtbot.waitUntil(lambda: (win.last_snapshot or {}).get("totals", {}).get("gifts", 0) > 0, timeout=30000)
    assert win.dashboard.platforms.isHidden()  # one source: the tallies say it all

    bar = win.dashboard.bar
    # One source runs as a multistream of one: another joins it while it runs.
    bar.source.setCurrentIndex(bar.source.findData("twitch-demo"))
    bar.add_btn.click()
    qtbot.waitUntil(lambda: len(_parts(win)) == 2, timeout=30000)
    first_session = _parts(win)[0]["session_id"]
    bar.source.setCurrentIndex(bar.source.findData("youtube-demo"))
    bar.add_btn.click()
    qtbot.waitUntil(lambda: len(_parts(win)) == 3 and all(p["session_id"] for p in _parts(win)), timeout=30000)
    assert [p["platform"] for p in _parts(win)] == ["tiktok", "twitch", "youtube"]
    assert _parts(win)[0]["session_id"] == first_session
    bar.add_btn.click()  # the same one again: refused in words
    assert "already connected" in bar.message.text()
    strip = win.dashboard.platforms  # drawn on the dashboard's next throttled draw
    qtbot.waitUntil(lambda: not strip.isHidden() and len(strip.chips) == 3, timeout=10000)
    assert [c.platform for c in strip.chips] == ["tiktok", "twitch", "youtube"]
    win.dashboard.flush()
    shot = tmp_path / "multistream.png"  # (looked at by hand: docs/screenshots/multistream.png)
    win.grab().save(str(shot))
    img = QImage(str(shot))
    assert img.width() >= 900 and not strip.chips[1].mark.pixmap().isNull()

    win.disconnect_source()
    qtbot.waitUntil(lambda: not bar.connected, timeout=30000)
    win.dashboard.flush()
    snap = win.last_snapshot
    with Reader(home / DB_FILENAME) as reader:
        for part in snap["platforms"]:
            saved = reader.tallies([part["session_id"]])
            assert saved.coins == part["coins"] and saved.gifts == part["gifts"]
        night = reader.tallies([p["session_id"] for p in snap["platforms"]])
    assert snap["totals"]["coins"] == night.coins
    assert strip.chips[0].value.text() == fmt.money(__import__("decimal").Decimal(snap["platforms"][0]["earnings"]), "USD")
    win.close()
    assert not thread.running
