"""No silent deaths: errors in any thread go to the log file and end in a dialog."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ..paths import log_dir

log = logging.getLogger(__name__)


def setup_file_log() -> str | None:
    """A rotating log file in the platform log folder; returns its path (None if it cannot be written)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "streamer-app.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
        for h in root.handlers:  # keep stderr as quiet as the command line asked
            if h is not handler and h.level == logging.NOTSET:
                h.setLevel(logging.WARNING)
    return str(path)


class ErrorReporter(QObject):
    """Carries an error from any thread to a dialog on the GUI thread."""

    error = Signal(str, str)  # one sentence, details

    def __init__(self, log_path: str | None = None, show_dialogs: bool = True) -> None:
        super().__init__()
        self.log_path = log_path
        self.show_dialogs = show_dialogs
        self.reported: list[str] = []
        self.error.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def report(self, sentence: str, details: str = "") -> None:
        self.error.emit(sentence, details)

    def _excepthook(self, etype, value, tb) -> None:
        details = "".join(traceback.format_exception(etype, value, tb))
        log.error("unhandled error: %s", details)
        self.report(self.tr("Something went wrong: {error}.").format(error=value or etype.__name__), details)

    def _thread_excepthook(self, args) -> None:
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        name = args.thread.name if args.thread else self.tr("a background thread")
        log.error("unhandled error in %s: %s", name, details)
        self.report(self.tr("Something went wrong in {thread}: {error}.").format(
            thread=name, error=args.exc_value or args.exc_type.__name__), details)

    def _show(self, sentence: str, details: str) -> None:
        self.reported.append(sentence)
        if not self.show_dialogs or QApplication.instance() is None:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("streamer-app")
        box.setText(sentence)
        if self.log_path:
            box.setInformativeText(self.tr("The details are in the log: {path}").format(path=self.log_path))
        if details:
            box.setDetailedText(details)
        box.setModal(False)
        box.show()
