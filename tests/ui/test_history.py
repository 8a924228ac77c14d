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


def test_opening_a_missing_session_says_so(qtbot, tmp_path, demo_runner):
    run_demo = demo_runner
    home = tmp_path / "h2"
    run_demo(home, seed=1, duration=30)
    win = SessionWindow(home / DB_FILENAME, 999, ())
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.error is not None, timeout=5000)
    assert "session 999 is not in the database" in win.dashboard.header.text()
