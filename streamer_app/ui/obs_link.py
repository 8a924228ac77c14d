"""The window's side of OBS control: the controller's engine-thread reports as Qt signals, and
the small status the window shows (status bar, overlay panel).

The OBS client lives on the engine loop (``Controller.start_obs``); its state changes and
Add to OBS's results arrive here through signals, so views only ever run on the GUI thread.

The obs/ package writes its sentences in English (headless mode and the log read them). The
window says the same in the creator's language from the state and the outcome: in English it
shows obs/'s own sentence, with its details; in any other, a translated sentence per state
(the English details in the tooltip).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from .. import i18n
from ..controller import Controller
from ..i18n import QT_TRANSLATE_NOOP
from ..obs.status import ObsState, ObsStatus
from ..settings import Settings
from .theme import BAD, GOOD, MUTED, WARN
from .translation import shown

log = logging.getLogger(__name__)

DOT_COLOURS = {ObsState.CONNECTED: GOOD, ObsState.CONNECTING: WARN, ObsState.DISCONNECTED: MUTED,
               ObsState.AUTH_FAILED: BAD, ObsState.OFF: MUTED}
OBS_KEYS = ("obs_enabled", "obs_host", "obs_port")
SHORT_WORDS = {  # the status bar's few words, by state
    ObsState.OFF: QT_TRANSLATE_NOOP("ObsStatus", "OBS: off"),
    ObsState.DISCONNECTED: QT_TRANSLATE_NOOP("ObsStatus", "OBS: not connected"),
    ObsState.CONNECTING: QT_TRANSLATE_NOOP("ObsStatus", "OBS: connecting…"),
    ObsState.CONNECTED: QT_TRANSLATE_NOOP("ObsStatus", "OBS: connected"),
    ObsState.AUTH_FAILED: QT_TRANSLATE_NOOP("ObsStatus", "OBS: wrong password"),
}
SENTENCES = {  # one sentence per state, where the window's language is not English
    ObsState.OFF: QT_TRANSLATE_NOOP("ObsStatus", "OBS control is off (Settings ▸ OBS); Add to OBS still works."),
    ObsState.DISCONNECTED: QT_TRANSLATE_NOOP("ObsStatus", "Not connected to OBS: retrying quietly."),
    ObsState.CONNECTING: QT_TRANSLATE_NOOP("ObsStatus", "Connecting to OBS…"),
    ObsState.CONNECTED: QT_TRANSLATE_NOOP("ObsStatus", "Connected to OBS."),
    ObsState.AUTH_FAILED: QT_TRANSLATE_NOOP("ObsStatus", "OBS refused the password: check it in Settings ▸ OBS."),
}


def _english() -> bool:
    return i18n.current().code == "en"


def obs_short(status: ObsStatus) -> str:
    return shown("ObsStatus", SHORT_WORDS[status.state])


def obs_sentence(status: ObsStatus) -> str:
    """The state in one sentence: obs/'s own in English (with its details), else translated."""
    return status.message if _english() and status.message else shown("ObsStatus", SENTENCES[status.state])


def page_result_text(result) -> str:
    """One page of Add to OBS (an obs.browser_sources.PageResult) in the window's language."""
    if _english():
        return result.message
    from .overlay_panel import page_title
    title = page_title(result.page)
    if result.outcome == "created":
        return QCoreApplication.translate("ObsStatus", "{page}: created “{source}”").format(page=title, source=result.source)
    if result.outcome == "updated":
        return QCoreApplication.translate("ObsStatus", "{page}: “{source}” updated").format(page=title, source=result.source)
    if result.outcome == "missing":
        return QCoreApplication.translate("ObsStatus", "{page}: no “{source}” in OBS (nothing to update)").format(page=title, source=result.source)
    # A failure's reason comes from OBS itself (English): kept after the page's own title.
    reason = result.message.split(": ", 1)[-1]
    return QCoreApplication.translate("ObsStatus", "{page}: failed ({reason})").format(page=title, reason=reason)


def results_summary(results) -> str:
    """"Add to OBS: 8 created." in the window's language."""
    if _english():
        from ..obs.browser_sources import summary

        return summary(results)
    counts = {k: sum(1 for r in results if r.outcome == k) for k in ("created", "updated", "failed")}
    words = {"created": QCoreApplication.translate("ObsStatus", "{count} created"), "updated": QCoreApplication.translate("ObsStatus", "{count} updated"),
             "failed": QCoreApplication.translate("ObsStatus", "{count} failed")}
    parts = [words[k].format(count=n) for k, n in counts.items() if n]
    if not parts:
        return QCoreApplication.translate("ObsStatus", "Add to OBS: nothing to do.")
    return QCoreApplication.translate("ObsStatus", "Add to OBS: {results}.").format(results=QCoreApplication.translate("ObsStatus", ", ").join(parts))


class ObsLink(QObject):
    """OBS control for the window: start it as the settings say, Add to OBS, update after a rotation."""

    status_changed = Signal(object)  # ObsStatus
    _reported = Signal(int, object)  # (the client's generation, its ObsStatus), from the engine thread
    connected = Signal()  # each time the connection is (re)made
    synced = Signal(object)  # the PageResults of stale sources fixed on connecting (never empty)
    page_done = Signal(object)  # a PageResult, as each page is done
    finished = Signal(str, object)  # ("add" | "update", the list of PageResults, or the error's sentence)

    def __init__(self, controller: Controller, home: Path, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.home = Path(home)
        self.settings = settings
        self.status = ObsStatus(ObsState.OFF, shown("ObsStatus", SENTENCES[ObsState.OFF]))
        self.busy = False
        self._generation = 0  # one per client started: a late report from a stopped one is dropped
        self._reported.connect(self._on_reported)
        self.finished.connect(self._done)

    def _on_reported(self, generation: int, status: ObsStatus) -> None:
        if generation != self._generation:
            return
        was = self.status.state
        self.status = status
        self.status_changed.emit(status)
        if status.state is ObsState.CONNECTED and was is not ObsState.CONNECTED:
            self.connected.emit()

    def sync(self, urls: Mapping[str, str]) -> None:
        """Fix the links of the sources Add to OBS made if they are stale (quietly; ``synced`` says what changed)."""
        fut = self.controller.sync_obs_sources(urls)
        if fut is None:
            return

        def done(f: Future[Any]) -> None:
            if f.exception() is not None:  # OBS went away meanwhile: the next connection tries again
                log.info("the OBS sources could not be checked: %s", f.exception())
            elif f.result():
                self.synced.emit(f.result())

        fut.add_done_callback(done)

    def start(self, settings: Settings | None = None) -> None:
        if settings is not None:
            self.settings = settings
        self._generation += 1
        generation = self._generation
        self.controller.start_obs(self.settings, lambda status: self._reported.emit(generation, status))

    def apply(self, new: Settings) -> None:
        """New settings: reconnect only when OBS's address, switch or password changed."""
        old, self.settings = self.settings, new
        changed = any(getattr(old, k) != getattr(new, k) for k in OBS_KEYS)
        client = self.controller.obs
        if not changed and client is not None:
            from ..sources.secrets import OBS_PASSWORD, SecretStore

            changed = (SecretStore(self.home).get(OBS_PASSWORD) or "") != client.password
        if changed:
            self.start()

    def add(self, urls: Mapping[str, str], pages: list[str] | None) -> bool:
        """Start Add to OBS for ``pages``; False when one is already running."""
        return self._run("add", lambda: self.controller.add_to_obs(self.settings, urls, pages, self.page_done.emit))

    def update_after_rotation(self, urls: Mapping[str, str]) -> bool:
        """The new links into the sources Add to OBS made (False when OBS work is already running)."""
        return self._run("update", lambda: self.controller.update_obs_sources(self.settings, urls, self.page_done.emit))

    def _run(self, kind: str, start: Callable[[], Future[Any]]) -> bool:
        if self.busy:
            return False
        self.busy = True
        fut = start()

        def done(f: Future[Any]) -> None:  # engine thread, or here when already done
            error = f.exception()
            self.finished.emit(kind, str(error) if error is not None else f.result())

        fut.add_done_callback(done)
        return True

    def _done(self, kind: str, outcome: object) -> None:
        self.busy = False


class ObsStatusLabel(QLabel):
    """"● OBS: connected" in the theme's colours; the full sentence in its tooltip; a click opens the panel."""

    clicked = Signal()

    def __init__(self, link: ObsLink | None = None, parent: QWidget | None = None, clickable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("muted")
        self.clickable = clickable
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        if link is not None:
            link.status_changed.connect(self.show_status)
            self.show_status(link.status)

    def show_status(self, status: ObsStatus) -> None:
        colour = DOT_COLOURS[status.state]
        self._status = status
        self.setText(f'<span style="color:{colour}">●</span>&nbsp;{obs_short(status)}')
        tip = obs_sentence(status)
        if not _english() and status.message and status.message != tip:
            tip += f"\n({status.message})"  # obs/'s details (an address, OBS's version, its error)
        if self.clickable:
            tip += "\n" + self.tr("Click for the overlays and Add to OBS.")
        self.setToolTip(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_status", None) is not None:
            self.show_status(self._status)
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
