"""History: the sessions list from a real ledger, and a session's read-only dashboard rebuilt from it."""

from streamer_app.core import formatting as fmt
from streamer_app.store.database import DB_FILENAME
from streamer_app.ui.history import HistoryView, SessionWindow



def test_history_lists_sessions_and_opens_one_read_only(qtbot, tmp_path, demo_runner):
    run_demo = demo_runner
    home = tmp_path / "hist"
    first = run_demo(home, seed=1, duration=90, start=1_700_000_000)
    second = run_demo(home, seed=2, duration=60, start=1_700_090_000)
    view = HistoryView(home / DB_FILENAME)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=5000)
    assert view.table.item(0, 0).text() == str(second.session_id)  # newest first
    assert view.table.item(0, 5).text() == fmt.count(second.tallies.coins)
    assert view.table.item(1, 5).text() == fmt.count(first.tallies.coins)
    with qtbot.waitSignal(view.open_requested) as sig:
        view.open_btn.click()
    assert sig.args == [second.session_id]

    win = SessionWindow(home / DB_FILENAME, first.session_id, ())
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.loaded, timeout=5000)
    d = win.dashboard
    assert d.read_only and not d.bar.isVisible()
    assert d.tallies.coins.value.text() == fmt.count(first.tallies.coins)
    assert d.tallies.gifts.value.text() == fmt.count(first.tallies.gifts)
    assert "READ-ONLY" in d.header.text() and f"#{first.session_id}" in d.header.text()


def test_a_past_session_gives_the_feed_space_away_and_labels_its_rate_truthfully(qtbot, tmp_path, demo_runner):
    home = tmp_path / "hist"
    past = demo_runner(home, seed=1, duration=600, start=1_700_000_000)
    win = SessionWindow(home / DB_FILENAME, past.session_id, ())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.loaded, timeout=5000)
    d = win.dashboard
    # No always-empty "Session notes" panel: the chart and the tables take the window's width.
    assert not d.feed.parentWidget().isVisible()  # the feed's card
    assert d.chart.width() > win.width() * 0.85
    assert d.gifters.width() + d.gift_types.width() > win.width() * 0.75
    # Its gifts per minute is the whole session's average, and says so (live it is the last 5 minutes).
    assert d.tallies.rate.sub.text() == "session average"
    assert d.tallies.rate.value.text() == f"{past.tallies.gifts * 60 / 600:,.1f}"


def test_the_live_dashboard_keeps_its_feed_and_its_5_minute_rate(qtbot, demo_home):
    from streamer_app.ui.dashboard import Dashboard

    _, snap = demo_home
    d = Dashboard()
    qtbot.addWidget(d)
    d.resize(1280, 800)
    d.show()
    d.apply(snap)
    assert d.feed.parentWidget().isVisible() and d.tallies.rate.sub.text() == "last 5 minutes"


def test_opening_a_missing_session_says_so(qtbot, tmp_path, demo_runner):
    run_demo = demo_runner
    home = tmp_path / "h2"
    run_demo(home, seed=1, duration=30)
    win = SessionWindow(home / DB_FILENAME, 999, ())
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.error is not None, timeout=5000)
    assert "session 999 is not in the database" in win.dashboard.header.text()
