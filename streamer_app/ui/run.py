"""Start the window: app, theme, error hooks, engine thread, main and alert windows.

Heavy modules load lazily so the first window shows quickly (the chart's pyqtgraph
import and the engine's first run happen after it is on screen).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from pathlib import Path

from .. import settings as sm

log = logging.getLogger(__name__)


def screenshot_paths(path: str) -> tuple[Path, Path]:
    """PATH and PATH with "-alerts" before the suffix."""
    p = Path(path)
    return p, p.with_name(f"{p.stem}-alerts{p.suffix or '.png'}")


def run_window(args: argparse.Namespace, home: Path, settings: sm.Settings) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    # Hand the GIL back to the GUI thread sooner while the engine thread ingests a gift storm.
    sys.setswitchinterval(0.002)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("streamer-app")
    app.setDesktopFileName("streamer-app")
    from ..paths import asset
    from . import theme
    from .errors import ErrorReporter, setup_file_log

    icon = asset("icon", "streamer-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    theme.apply(app)
    log_path = setup_file_log()
    reporter = ErrorReporter(log_path, show_dialogs=not getattr(args, "exit_after", None))
    reporter.install()

    from .main_window import MainWindow

    speed = args.speed if getattr(args, "speed", None) is not None else 1.0
    demo = {"speed": speed, "seed": args.seed if getattr(args, "seed", None) is not None else 1,
            "duration": getattr(args, "duration", 1800.0) or 1800.0}
    win = MainWindow(home, settings, demo_options=demo)
    win.show()
    win.alerts.show()
    win.alerts.move(win.x() + 60, win.y() + 60)
    win.raise_()
    if os.environ.get("STREAMER_APP_REPORT_FIRST_WINDOW"):
        QTimer.singleShot(0, lambda: print(f"first-window-at: {time.time():.4f}", flush=True))

    def after_show() -> None:
        win.dashboard.ensure_chart()
        if not getattr(args, "no_overlay", False):
            win.start_overlay()
        if getattr(args, "demo", False) or (getattr(args, "exit_after", None) and not settings.creator):
            win.connect_source("demo", "")
        elif settings.creator:
            win.connect_source("tiktok", settings.creator)

    QTimer.singleShot(0, after_show)

    exit_after = getattr(args, "exit_after", None)
    shot = getattr(args, "screenshot", None)
    if exit_after:
        def finish() -> None:
            if shot:
                save_screenshots(win, shot)
            win.close()
            app.quit()

        QTimer.singleShot(int(exit_after * 1000), finish)

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    app.lastWindowClosed.connect(lambda: (win.close(), app.quit()))
    with loop:
        loop.run_until_complete(closed.wait())
    from .export_actions import wait_for_session_end_work

    wait_for_session_end_work()
    return 1 if reporter.reported and exit_after else 0


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
