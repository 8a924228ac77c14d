"""Start the window: app, theme, error hooks, engine thread, main and alert windows.

The first frame is painted before anything it does not need is imported: the event loop
(asyncio, qasync), the chart (pyqtgraph, numpy), the overlay server (aiohttp) and the engine
and store (sqlite-utils) load after it, one step per event-loop turn (DESIGN.md section 5:
start to first window under 1 s). STREAMER_APP_START_TRACE=1 prints when each step ended.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import Any, Callable
from pathlib import Path

from .. import settings as sm

log = logging.getLogger(__name__)

_TRACE = bool(os.environ.get("STREAMER_APP_START_TRACE"))


def _mark(step: str) -> None:
    """With STREAMER_APP_START_TRACE=1, print how long after process start each start step ended."""
    if _TRACE:
        print(f"start-trace: {time.time() - _process_start():.3f} s (cpu {time.process_time():.3f} s) {step}",
              file=sys.stderr, flush=True)


def _process_start() -> float:
    if sys.platform == "win32":  # no /proc (and no os.sysconf): from the CPU time used so far
        return time.time() - time.process_time()
    try:  # Linux: the process's start time, so the interpreter's own start is counted too
        with open("/proc/self/stat") as f:
            ticks = float(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat") as f:
            boot = next(float(line.split()[1]) for line in f if line.startswith("btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, StopIteration, IndexError):
        return time.time() - time.process_time()


def screenshot_paths(path: str) -> tuple[Path, Path]:
    """PATH and PATH with "-alerts" before the suffix."""
    p = Path(path)
    return p, p.with_name(f"{p.stem}-alerts{p.suffix or '.png'}")


def run_window(args: argparse.Namespace, home: Path, settings: sm.Settings) -> int:
    _mark("command line and settings read")
    app, reporter = _make_app(args)
    win, start_demo = _first_window(app, args, home, settings)
    exit_after = getattr(args, "exit_after", None)
    _schedule_the_rest(app, win, args, settings, start_demo)
    _run_event_loop(app, win)
    from .export_actions import wait_for_session_end_work

    wait_for_session_end_work()
    return 1 if reporter.reported and exit_after else 0


def _make_app(args: argparse.Namespace) -> tuple[Any, Any]:
    """The QApplication with its name, icon, theme and error reporter: (app, reporter)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    _mark("Qt imported")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    # A QApplication (widgets), never a bare QCoreApplication: the window needs one.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("streamer-app")
    app.setDesktopFileName("streamer-app")
    _mark("QApplication created")
    from ..paths import asset
    from . import theme
    from .errors import ErrorReporter, setup_file_log

    icon = asset("icon", "streamer-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    theme.apply(app, stylesheet=False)  # set below, once the first window's widgets exist
    from . import translation

    translation.install(app)  # the language the command line chose (--lang, the setting, the system's)
    log_path = setup_file_log()
    reporter = ErrorReporter(log_path, show_dialogs=not getattr(args, "exit_after", None))
    reporter.install()
    _mark("theme, icon and error log set up")
    return app, reporter


def _first_window(app: Any, args: argparse.Namespace, home: Path, settings: sm.Settings) -> tuple[Any, bool]:
    """The main window and the alert window, shown and painted once: (window, whether the demo starts)."""
    from . import theme
    from .main_window import MainWindow

    _mark("window modules imported")
    # Only what the command line set: controller.demo_options keeps DemoOptions' defaults for the rest.
    win = MainWindow(home, settings, demo_options={k: getattr(args, k, None) for k in ("speed", "seed", "duration")})
    win.controller.actions_on_replay = bool(getattr(args, "actions", False))  # replay --actions
    start_demo = bool(getattr(args, "demo", False) or (getattr(args, "exit_after", None) and not settings.creator))
    if start_demo:  # the first frame is the dashboard the demo will fill, not the first-run screen
        win.stack.setCurrentWidget(win.dashboard)
    app.setStyleSheet(theme.STYLESHEET)
    _mark("main window built")
    win.show()
    win.alerts.show()
    win.alerts.move(win.x() + 60, win.y() + 60)
    win.raise_()
    _mark("windows shown")
    # Paint the first frame now: the event loop (qasync, asyncio) and everything in
    # _schedule_the_rest load after the creator already sees the window.
    app.processEvents()
    _mark("first frame painted")
    if os.environ.get("STREAMER_APP_REPORT_FIRST_WINDOW"):
        print(f"first-window-at: {time.time():.4f}", flush=True)
        # CPU seconds of this process so far: steadier than wall time on a busy machine
        print(f"first-window-cpu: {time.process_time():.4f}", flush=True)
    return win, start_demo


def _schedule_the_rest(app: Any, win: Any, args: argparse.Namespace, settings: sm.Settings, start_demo: bool) -> None:
    """What can wait for the first frame, in this order (the chart is there before the first
    batch asks it for the recent income; the overlay is a service before the engine starts).

    One step per event-loop turn: each is an import of a few hundred milliseconds (pyqtgraph
    and numpy, aiohttp, the engine and sqlite-utils), and the window repaints and takes input
    between them instead of freezing for all of them at once.
    """
    from PySide6.QtCore import QTimer

    later: list[Callable[[], object]] = [win.dashboard.ensure_chart]
    if not getattr(args, "no_overlay", False):
        later.append(win.start_overlay)
    later.append(win.start_obs)  # says "off" when OBS control is off; simpleobsws loads only when on
    several = _several_sources(args, settings)
    if several:  # --demo --platforms ..., connect @handle --twitch NAME --youtube CHANNEL
        later.append(lambda: win.connect_sources(several))
    elif start_demo:
        later.append(lambda: win.connect_source("demo", ""))
    elif settings.creator:
        later.append(lambda: win.connect_source("tiktok", settings.creator))
    exit_after = getattr(args, "exit_after", None)
    shot = getattr(args, "screenshot", None)

    def finish() -> None:
        if shot:
            save_screenshots(win, shot)
        win.close()
        app.quit()

    def after_show() -> None:
        if not win.isVisible():  # the creator closed the window meanwhile: start nothing more
            return
        later.pop(0)()
        if later:
            QTimer.singleShot(0, after_show)
            return
        _mark("chart built, overlay and source started")
        if exit_after:
            # Counted from here, so --exit-after always sees the source started and the
            # chart built, however slowly a busy machine got through the steps above.
            QTimer.singleShot(int(exit_after * 1000), finish)

    QTimer.singleShot(0, after_show)


def _several_sources(args: argparse.Namespace, settings: sm.Settings) -> list[tuple[str, str]]:
    """(kind, target) of each source when the command line asks for more than one, or for
    another platform than TikTok (``--demo --platforms twitch``, ``connect --twitch NAME``);
    else [] (the window's own start: the demo, or the creator's TikTok)."""
    from ..app import source_requests

    requests = source_requests(args, settings)
    other = bool(requests) and requests[0][0] not in ("demo", "tiktok", "replay")
    return requests if len(requests) > 1 or other else []


def _run_event_loop(app: Any, win: Any) -> None:
    """qasync's loop on the GUI thread, until the app quits or its last window closes."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    app.lastWindowClosed.connect(lambda: (win.close(), app.quit()))
    with loop:
        loop.run_until_complete(closed.wait())


def save_screenshots(win, path: str) -> tuple[Path, Path]:
    main_path, alerts_path = screenshot_paths(path)
    main_path.parent.mkdir(parents=True, exist_ok=True)
    if win.dashboard.chart is not None:
        win.dashboard.chart.redraw()
    win.grab().save(str(main_path))
    alerts = win.alerts
    if alerts.current is None and alerts.last_shown is not None:
        alerts.render_still(alerts.last_shown)
    alerts.grab().save(str(alerts_path))
    print(f"wrote {main_path} and {alerts_path}", file=sys.stderr)
    return main_path, alerts_path
