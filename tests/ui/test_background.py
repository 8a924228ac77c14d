"""The window's one way off the GUI thread (ui/background.py): results, errors, progress and
work that must finish before quit, each delivered on the GUI thread."""

from __future__ import annotations

import threading
import time

from streamer_app.ui import background


def test_the_result_and_an_error_come_back_on_the_gui_thread(qtbot):
    gui = threading.current_thread()
    got: list = []

    def on_done(result, error) -> None:
        got.append((result, error, threading.current_thread() is gui))

    background.run_in_background(lambda: 42, on_done)
    background.run_in_background(lambda: 1 / 0, on_done)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert (42, None, True) in got
    failed = [g for g in got if g[1] is not None][0]
    assert failed[0] is None and isinstance(failed[1], ZeroDivisionError) and failed[2]


def test_progress_reaches_the_gui_thread_at_most_progress_hz_times_a_second(qtbot):
    gui = threading.current_thread()
    seen: list = []
    done: list = []

    took: list = []

    def work(report) -> str:
        start = time.monotonic()
        for i in range(200):  # 200 reports in about 0.2 s
            report(i, 200, "rows")
            time.sleep(0.001)
        took.append(time.monotonic() - start)
        return "ok"

    background.run_in_background(work, lambda r, e: done.append((r, e)),
                                 on_progress=lambda d, t, w: seen.append((d, t, w, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [("ok", None)]
    assert seen and seen[0][:3] == (0, 200, "rows") and all(s[3] for s in seen)
    assert len(seen) <= 2 + took[0] * background.PROGRESS_HZ < 200  # throttled, not one signal per row


def test_work_that_must_finish_before_quit_is_waited_for(qtbot):
    release = threading.Event()
    finished = threading.Event()

    def work() -> None:
        release.wait(5)
        finished.set()

    t = background.run_in_background(work, lambda r, e: None, finish_before_quit=True)
    threading.Timer(0.1, release.set).start()
    background.wait_for_background_work(5)
    assert finished.is_set() and not t.is_alive()


def test_read_store_opens_and_closes_a_reader_for_the_query(qtbot, tmp_path):
    from streamer_app.store.database import DB_FILENAME

    from .conftest import run_demo

    home = tmp_path / "h"
    run_demo(home, duration=30.0)
    readers: list = []
    got: list = []

    def query(reader):
        readers.append(reader)
        return [s.id for s in reader.sessions()]

    background.read_store(home / DB_FILENAME, query, lambda r, e: got.append((r, e)))
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got[0][1] is None and len(got[0][0]) == 1
    try:
        readers[0].conn.execute("SELECT 1")
        closed = False
    except Exception:
        closed = True
    assert closed, "read_store left the Reader open"
