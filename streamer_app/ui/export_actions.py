"""Exports from the window: a file dialog, the export on a worker thread, a progress dialog,
and errors in one sentence. Also the end-of-session hook (automatic backup and export).
Both run through ``background.run_in_background``, the window's one way to work off the GUI thread.

The export code (streamer_app.export) is Qt-free and reads the store through its own
read-only connection, so it runs beside a live engine without touching the ledger writer.
The GUI thread only asks for a path, shows progress and reports the result.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from .. import settings as sm
from ..i18n import QT_TRANSLATE_NOOP
from ..export.formats import BY_KEY, FORMATS
from .background import Progress, run_in_background, wait_for_background_work
from .translation import shown
from .widgets import num

log = logging.getLogger(__name__)
# What the export code reports its progress on (export/csv_export.py), translated where shown.
PARTS = frozenset((QT_TRANSLATE_NOOP("Exporter", "gift ledger"),))


def run_export(home: Path, settings: sm.Settings, session_id: int, fmt: str, path: Path,
               progress: Progress | None = None) -> list[Path]:
    """The export itself (any thread): one session in one format to ``path``; returns the files written.

    Raises ExportError, StoreError or LookupError with one sentence for the creator.
    """
    from ..export.commands import open_reader
    from ..export.render import export_to
    from ..export.summary import build_session_summary

    with open_reader(Path(home)) as reader:
        summary = build_session_summary(reader, session_id, settings.thresholds)
        return export_to(reader, summary, fmt, Path(path), progress)


def suggested_name(home: Path, session_id: int, fmt: str) -> str:
    """A file name that sorts by date (the automatic export's), or a plain one if the store is unreadable."""
    from ..export.auto import export_file_stem
    ext = BY_KEY[fmt].suffix if fmt in BY_KEY else fmt
    try:
        from ..store.database import DB_FILENAME
        from ..store.queries import Reader

        with Reader(Path(home) / DB_FILENAME) as reader:
            s = reader.session_header(session_id)  # no ledger totals: they take seconds on a big ledger
        if s is not None:
            return f"{export_file_stem(s.creator, session_id, s.started_at)}.{ext}"
    except Exception:  # only a name suggestion: never an error for the creator
        log.debug("could not read session %s for a file name", session_id, exc_info=True)
    return f"session-{session_id}.{ext}"


class Exporter(QObject):
    """Runs exports one at a time off the GUI thread; owned by the main window."""

    progress = Signal(int, int, str)  # done, total, what (on the GUI thread, at most background.PROGRESS_HZ a second)
    finished = Signal(object, object)  # list of paths, error text (None when it worked)

    def __init__(self, home: Path, settings: sm.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.settings = settings
        self.parent_widget = parent
        self.busy = False
        self.last_written: list[Path] = []
        self.last_error: str | None = None
        self.show_dialogs = True  # tests turn the result message boxes off
        self._dialog: QProgressDialog | None = None
        self.progress.connect(self._on_progress)
        self.finished.connect(self._on_finished)

    # -- menus ---------------------------------------------------------------------------
    def add_menu(self, parent_menu: QMenu, title: str, session_id_fn) -> QMenu:
        """A submenu with one action per format, exporting the session ``session_id_fn()`` names."""
        menu = parent_menu.addMenu(title)
        for export_format in FORMATS:
            a = QAction(self.tr("{format}…").format(format=shown("ExportFormats", export_format.title)), menu)
            a.triggered.connect(lambda _=False, f=export_format.key: self.ask_and_export(session_id_fn(), f))
            menu.addAction(a)
        return menu

    # -- exporting -------------------------------------------------------------------------
    def ask_and_export(self, session_id: int | None, fmt: str) -> bool:
        """Ask where to save, then export in the background."""
        if not session_id:
            self._tell(self.tr("Nothing to export yet: start the demo or connect to a stream first."))
            return False
        folder = sm.auto_export_folder(self.settings, self.home) or Path.home()
        name = suggested_name(self.home, session_id, fmt)
        filt = BY_KEY[fmt].dialog_filter
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export the session"), str(folder / name),
                                              f"{filt};;" + self.tr("All files (*)"))
        if not path:
            return False
        return self.start(session_id, fmt, Path(path))

    def start(self, session_id: int, fmt: str, path: Path) -> bool:
        """Export in the background with a progress dialog; False if another export is running."""
        if self.busy:
            self._tell(self.tr("An export is already running: wait for it to finish."))
            return False
        self.busy = True
        self.last_written, self.last_error = [], None
        self._dialog = self.progress_dialog(session_id, fmt)
        home, settings = self.home, self.settings

        def work(report: Progress) -> list[Path]:
            return run_export(home, settings, session_id, fmt, path, report)

        def done(written: list[Path] | None, error: BaseException | None) -> None:
            # every failure is one sentence in a dialog
            self.finished.emit(written or [], None if error is None else _sentence(error))

        run_in_background(work, done, on_progress=self.progress.emit, name="ui-export")
        return True

    def progress_dialog(self, session_id: int, fmt: str) -> QProgressDialog:
        """The export's progress dialog (shown only if the export takes a while)."""
        dlg = QProgressDialog(self.tr("Exporting session #{id} as {format}…").format(id=session_id, format=fmt.upper()),
                              "", 0, 0, self.parent_widget)
        dlg.setWindowTitle(self.tr("Export"))
        dlg.setCancelButton(None)  # an export cannot be interrupted half-way (it writes atomically)
        dlg.setMinimumDuration(400)  # quick exports never flash a dialog
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        return dlg

    def _on_progress(self, done: int, total: int, what: str) -> None:
        dlg = self._dialog
        if dlg is None:
            return
        if total and dlg.maximum() != total:
            dlg.setMaximum(total)
        if total:
            dlg.setValue(min(done, total))
        dlg.setLabelText(self.tr("Exporting the {part}: {done} of {total}").format(
            part=shown("Exporter", what) if what in PARTS else what, done=num(done), total=num(total)))

    def _on_finished(self, written: list, error: str | None) -> None:
        self.busy = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.last_written, self.last_error = list(written), error
        window = self.parent_widget
        if error:
            if self.show_dialogs:
                QMessageBox.warning(window, self.tr("Export failed"), self.tr("The export failed: {error}").format(error=error))
            return
        text = self.tr("Exported: {files}").format(files=", ".join(str(p) for p in written))
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15000)

    def _tell(self, text: str) -> None:
        self.last_error = text
        if self.show_dialogs:
            QMessageBox.information(self.parent_widget, self.tr("Export"), text)


def _sentence(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text[0].upper() + text[1:] if text else text


class SessionEndHook(QObject):
    """Runs export.auto.on_session_ended off the GUI thread; its lines go to ``lines``."""

    lines = Signal(object)  # list of str

    def run(self, home: Path, settings: sm.Settings, session_id: int, back_up: bool = True) -> threading.Thread:
        """Back up (and export, if set up) in the background; waited for at quit (``back_up``:
        False for the other sessions of a night that ended together: one backup holds them all)."""
        def work() -> list[str]:
            try:
                from ..export.auto import on_session_ended

                result = list(on_session_ended(home, settings, session_id, back_up=back_up))
            except Exception as exc:  # on_session_ended should not raise; if it does, say so
                log.exception("the end-of-session backup/export failed")
                result = [QCoreApplication.translate("SessionEndHook", "the automatic backup/export failed: {error}").format(
                    error=exc)]
            # Also in the log: at quit the window may be gone before the lines could reach it.
            log.info("after the session: %s", "; ".join(result))
            return result

        def done(result: list[str] | None, error: BaseException | None) -> None:
            try:
                self.lines.emit(list(result or []))
            except RuntimeError:  # the window is already gone (the app is quitting)
                pass

        return run_in_background(work, done, name="ui-session-end", finish_before_quit=True)


def wait_for_session_end_work(timeout: float = 20.0) -> None:
    """At quit: let a running end-of-session backup/export finish instead of cutting it off."""
    wait_for_background_work(timeout)
