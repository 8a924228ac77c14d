"""The main window: first-run screen or dashboard, menus and shortcuts, the engine's controls."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from .. import i18n
from .. import settings as sm
from ..controller import Controller  # Qt-free, imports the engine on first use
from ..paths import asset, log_dir
from .action_speech import install as install_action_speech
from .alerts import AlertWindow
from .bridge import SnapshotBridge
from .dashboard import Dashboard
from .export_actions import Exporter, SessionEndHook
from .first_run import FirstRun  # noqa: F401 (imported from here by tests and older code)
from .obs_link import ObsLink, ObsStatusLabel
from . import source_requests
from .translation import shown

if TYPE_CHECKING:
    from ..engine.thread import EngineThread
    from ..overlay.server import OverlayServer
    from .actions_editor import ActionsEditor
    from .overlay_panel import OverlayPanel
    from .twitch_sign_in import TwitchSignIn

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    engine_ended = Signal(object, object, object)  # engine, result, error (from the engine thread)
    engine_failed = Signal(str)
    overlay_status = Signal(str)

    def __init__(self, home: Path, settings: sm.Settings, engine_thread: EngineThread | None = None,
                 demo_options: dict | None = None) -> None:
        super().__init__()
        self.home = Path(home)
        self.settings = settings
        self.demo_options = demo_options or {}
        self.setWindowTitle("streamer-app")
        icon = asset("icon", "streamer-app.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1280, 800)
        self.setMinimumSize(900, 550)
        self.controller = Controller(self.home, engine_thread)
        self.bridge = SnapshotBridge()
        self.bridge.batch.connect(self._on_batch)
        self.engine_ended.connect(self._on_engine_ended)
        self.engine_failed.connect(self._on_engine_failed)
        self.overlay_panel: OverlayPanel | None = None
        self.actions_editor: ActionsEditor | None = None
        self.overlay_status.connect(self._on_overlay_status)
        self.obs = ObsLink(self.controller, self.home, settings, self)
        self.obs.connected.connect(self._sync_obs_sources)
        self.obs.synced.connect(lambda results: self.statusBar().showMessage(
            self.tr("OBS: the links of {count} streamer-app source(s) were out of date and now use the current "
                    "token and port.").format(count=len(results)), 15000))
        self.batches = 0
        self.last_snapshot: dict | None = None
        self._history_session: int | None = None
        self._windows: list = []
        self.exporter = Exporter(self.home, settings, self)
        self.session_end = SessionEndHook(self)
        self.session_end.lines.connect(self._on_session_end_lines)
        self.session_end_lines: list[str] | None = None
        self.stack = QStackedWidget()
        self.first_run = FirstRun()
        self.dashboard = Dashboard(settings.thresholds)
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.dashboard)
        self.setCentralWidget(self.stack)
        self.alerts = AlertWindow(settings.alerts)
        self.action_speech = install_action_speech(self.controller, self.alerts.speaker, self)  # actions' tts
        self._connect_controls()
        self.running_sources: list[tuple[str, str]] = []  # (kind, target) of what runs, in order
        self._menus()
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(lambda: self.dashboard.bar.tick())
        self.clock.start()
        self.statusBar().showMessage(self.tr("Data folder: {folder}").format(folder=self.home))
        obs_label = ObsStatusLabel(self.obs, clickable=True)
        obs_label.clicked.connect(self.open_overlay_panel)
        self.statusBar().addPermanentWidget(obs_label)
        if settings.creator:
            self.dashboard.bar.source.setCurrentIndex(self.dashboard.bar.source.findData("tiktok"))
            self.dashboard.bar.target.setText(settings.creator)
            self.stack.setCurrentWidget(self.dashboard)
        else:
            self.stack.setCurrentWidget(self.first_run)

    def _connect_controls(self) -> None:
        """The first-run screen's and the dashboard's buttons to what they start."""
        self.first_run.demo_requested.connect(lambda: self.connect_source("demo", ""))
        self.first_run.handle_requested.connect(lambda h: self.connect_source("tiktok", h))
        bar = self.dashboard.bar
        bar.connect_requested.connect(self.connect_source)
        bar.disconnect_requested.connect(self.disconnect_source)
        bar.add_requested.connect(self.add_source)
        self.dashboard.timer_panel.command.connect(self.controller.timer_command)

    # -- menus and shortcuts ----------------------------------------------------------------
    def _menus(self) -> None:
        def action(menu, text, slot, shortcut=None) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        m = self.menuBar()
        m.clear()  # built again in the new language (retranslate)
        f = m.addMenu(self.tr("&File"))
        action(f, self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        action(f, self.tr("&History…"), self.open_history, "Ctrl+H")
        self.export_menu = self.exporter.add_menu(f, self.tr("&Export this session"), self.current_session_id)
        action(f, self.tr("Open the &log folder"),
               lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        f.addSeparator()
        action(f, self.tr("&Quit"), self.quit_asking, QKeySequence.StandardKey.Quit)
        s = m.addMenu(self.tr("&Stream"))
        action(s, self.tr("&Connect"), self.dashboard.bar.request_connect, "Ctrl+Return")
        action(s, self.tr("&Disconnect"), self.disconnect_source, "Ctrl+D")
        action(s, self.tr("Start the &demo"), lambda: self.connect_source("demo", ""), "Ctrl+Shift+D")
        action(s, self.tr("Sign in to &Twitch…"), lambda: self.open_twitch_sign_in())
        a = m.addMenu(self.tr("&Alerts"))
        action(a, self.tr("Show the &alert window"), self.show_alerts, "Ctrl+Shift+A")
        action(a, self.tr("&Test alert"), self.test_alert, "Ctrl+T")
        action(a, self.tr("&Overlays for OBS…"), self.open_overlay_panel, "Ctrl+L")
        action(a, self.tr("A&ctions…"), self.open_actions, "Ctrl+J")
        self.mute_action = action(a, self.tr("&Mute sounds"), self.toggle_mute, "Ctrl+M")
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(self.settings.alerts.muted)
        size = a.addMenu(self.tr("Size"))
        for preset in sm.SIZE_PRESETS:
            action(size, preset, lambda _=False, p=preset: self._set_alerts(size=p))
        bg = a.addMenu(self.tr("Background"))
        action(bg, self.tr("Chroma key (green)"), lambda: self._set_alerts(background="chroma"))
        action(bg, self.tr("Transparent"), lambda: self._set_alerts(background="transparent"))
        top = action(a, self.tr("Always on top"), lambda checked=False: self._set_alerts(always_on_top=checked))
        top.setCheckable(True)
        top.setChecked(self.settings.alerts.always_on_top)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "mute_action"):
            self._menus()  # the menus again, in the new language (the widgets retranslate themselves)
        super().changeEvent(event)

    def _set_alerts(self, **changes) -> None:
        from dataclasses import replace

        new = replace(self.settings, alerts=replace(self.settings.alerts, **changes))
        self._save_settings(new)
        if self.alerts.isVisible():
            self.alerts.show()  # window flags changes hide a window

    def toggle_mute(self) -> None:
        self._set_alerts(muted=not self.settings.alerts.muted)
        self.mute_action.setChecked(self.settings.alerts.muted)
        self.statusBar().showMessage(self.tr("Alert sounds muted") if self.settings.alerts.muted
                                     else self.tr("Alert sounds on"), 3000)

    def _save_settings(self, new: sm.Settings) -> None:
        new = sm.keeping_saved_token(self.home, new)
        try:
            sm.save(self.home, new)
        except (sm.SettingsError, OSError) as exc:
            QMessageBox.warning(self, "streamer-app", self.tr("The settings could not be saved: {error}").format(error=exc))
            return
        self.apply_settings(new)

    def apply_settings(self, new: sm.Settings) -> None:
        if not hasattr(self, "settings_language"):
            self.settings_language = self.settings.language
        if (new.language, new.overlay_language) != (self.settings.language, self.settings.overlay_language):
            i18n.forget_run_choice()  # picked in the settings after starting with --lang: the settings rule now
        self.settings = new
        self.exporter.settings = new
        self.alerts.apply_settings(new.alerts)
        self.dashboard.set_thresholds(new.thresholds)
        if new.language != self.settings_language:  # applies now: Qt tells every widget
            from . import translation

            translation.install(QApplication.instance(), new.language)
            self.settings_language = new.language
        self.controller.apply_settings(new)  # the running engine's timer rules, the overlay's like goal
        self.obs.apply(new)

    def start_obs(self) -> None:
        """OBS control as the settings say (its client lives on the engine loop)."""
        self.obs.start(self.settings)

    def _sync_obs_sources(self) -> None:
        """Once both OBS and the overlay server are up: stale links in our OBS sources are fixed."""
        if self.overlay is not None:
            self.obs.sync(self.overlay.urls())

    def start_overlay(self) -> None:
        """The overlay server, once, on the engine loop; every engine is attached to it."""
        settings = self.controller.start_overlay(self.settings, self.overlay_status.emit)
        if settings is not None:  # carries the saved token, so a later settings save keeps it
            self.settings = settings

    @property
    def engine_thread(self) -> EngineThread | None:
        return self.controller.engine_thread

    @property
    def overlay(self) -> OverlayServer | None:
        return self.controller.overlay

    @property
    def overlay_problem(self) -> str:
        return self.controller.overlay_problem

    def _on_overlay_status(self, text: str) -> None:
        self.statusBar().showMessage(text)
        self._sync_obs_sources()
        if self.overlay_panel is not None:
            self.overlay_panel.engine_thread = self.engine_thread
            self.overlay_panel.set_server(self.overlay, self.overlay_problem)

    def test_alert(self) -> None:
        """A pretend gift on the alert window and, when it runs, on every overlay page."""
        self.controller.test_alert()
        self.alerts.test_alert()

    def open_overlay_panel(self) -> "OverlayPanel":
        from .overlay_panel import OverlayPanel

        if self.overlay_panel is None:
            problem = self.overlay_problem or ("" if self.overlay is not None else self.tr("The overlay server is starting…"))
            panel = OverlayPanel(self.home, self.overlay, self.engine_thread, self.alerts.test_alert, problem, self,
                                 obs=self.obs)
            panel.token_rotated.connect(self._on_token_rotated)
            self.overlay_panel = panel
        self.overlay_panel.show()
        self.overlay_panel.raise_()
        return self.overlay_panel

    def open_actions(self) -> "ActionsEditor":
        """The actions editor (non-modal, one at a time): rules, test button and the actions log."""
        from .actions_editor import ActionsEditor

        if self.actions_editor is None:
            # Its "Test" uses the controller's runner, which lives from the first stream (or test) on.
            self.actions_editor = ActionsEditor(self.home, parent=self,
                                                runner=lambda: self.controller.actions_for(None, self.settings),
                                                thresholds=[t.name for t in self.settings.thresholds],
                                                obs_names=lambda: self.controller.obs_names(self.settings))
            self.actions_editor.saved.connect(
                lambda rules: self.statusBar().showMessage(
                    self.tr("Actions saved: {count} rule(s).").format(count=len(rules)), 8000))
        self.actions_editor.show()
        self.actions_editor.raise_()
        return self.actions_editor

    def _on_token_rotated(self, token: str) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, overlay_token=token)
        self.statusBar().showMessage(self.tr("New overlay token: paste the new links into OBS."), 15000)

    def show_alerts(self) -> None:
        self.alerts.show()
        self.alerts.raise_()

    # -- connecting ---------------------------------------------------------------------------
    def connect_source(self, kind: str, target: str) -> None:
        self.connect_sources([(kind, target)])

    def connect_sources(self, requests: list[tuple[str, str]]) -> None:
        """Stop what runs, then run these sources: one as before, several side by side
        (engine/multistream.py: a session each, one ledger writer, the dashboard shows their sum)."""
        prepared, sources = [], []
        for kind, target in requests:
            ready = source_requests.prepared(self, kind, target)
            if ready is None:
                return
            source = source_requests.built(self, kind, ready, lambda: self.connect_sources(requests))
            if source is None:
                return
            prepared.append((kind, ready))
            sources.append(source)
        bar = self.dashboard.bar
        self.stack.setCurrentWidget(self.dashboard)
        self.dashboard.clear()
        self.alerts.reset_queues()
        bar.set_connected(True)
        bar.set_state("connecting", self.tr("Connecting…"))
        self.running_sources = prepared
        # Even one source runs as a multistream (of one), so "+ Add source" can join it while it
        # runs. Both callbacks run on the engine thread: the signals bring them to this one.
        self.controller.run_many(sources, self.settings, self.bridge, self.engine_ended.emit, self.engine_failed.emit)

    def add_source(self, kind: str, target: str) -> None:
        """"+ Add source": run this one too, beside those running (its own session, at once)."""
        if not self.controller.running():
            self.connect_source(kind, target)
            return
        ready = source_requests.prepared(self, kind, target)
        if ready is None:
            return
        if (kind, ready) in self.running_sources:
            self._say(self.tr("That source is already connected."))
            return
        source = source_requests.built(self, kind, ready, lambda: self.add_source(kind, target))
        if source is None:
            return
        if self.controller.add_source(source) is None:
            self.connect_sources([*self.running_sources, (kind, ready)])
            return
        self.running_sources.append((kind, ready))
        from ..sources.factory import SOURCES

        what = f"{shown('Sources', SOURCES[kind].label) if kind in SOURCES else kind} {ready}".strip()
        self.statusBar().showMessage(self.tr("Added {source}: its own session, in tonight's total.").format(source=what),
                                     10000)

    def open_twitch_sign_in(self, reason: str = "") -> "TwitchSignIn":
        from .twitch_sign_in import TwitchSignIn

        dialog = TwitchSignIn(self.home, reason, parent=self)
        dialog.signed_in.connect(lambda login: self.statusBar().showMessage(
            self.tr("Signed in to Twitch as {login}").format(login=login), 15000))
        dialog.show()
        return dialog

    def disconnect_source(self) -> None:
        self.controller.stop_engine()
        self.dashboard.bar.set_state("ended", self.tr("Disconnecting…"))

    def _on_engine_ended(self, engine, result, error) -> None:
        sids = [s for s in getattr(engine, "session_ids", None) or ([engine.session_id] if engine is not None else [])
                if s]
        for i, sid in enumerate(sids):
            # Automatic backup (and export, if set up) as in headless mode, off the GUI thread;
            # also for an engine that was replaced by switching source.
            self.session_end.run(self.home, self.settings, sid, back_up=i == 0)
        if not self.controller.is_current(engine):
            return  # an older engine, replaced by a newer one
        errors = [e for e in getattr(result, "errors", None) or [] if e]
        if error is None and errors and not any(getattr(result, "results", [])):
            error = RuntimeError(errors[0])  # no source ran at all: say why, as one source's failure
        self.dashboard.flush()  # the final picture, at once
        self.dashboard.bar.set_connected(False)
        self.dashboard.timer_panel.set_controls(False)  # no engine to steer it (it still counts down)
        if error is not None:
            self._on_engine_failed(str(error) or error.__class__.__name__)
        elif result is not None:
            self.dashboard.bar.set_state("ended", self.tr("Ended: {reason}").format(reason=result.reason) if result.committed
                                         else self.tr("Ended: {reason} — the ledger could not write everything").format(
                                             reason=result.reason))

    def current_session_id(self) -> int | None:
        return ((self.last_snapshot or {}).get("session") or {}).get("id")

    def _on_session_end_lines(self, lines: list) -> None:
        self.session_end_lines = list(lines)
        if lines:
            self.statusBar().showMessage(self.tr("Session saved — {details}").format(details=" · ".join(lines)), 30000)

    def _on_engine_failed(self, text: str) -> None:
        self.dashboard.bar.set_connected(False)
        self.dashboard.bar.set_state("failed", text)
        self._say(self.tr("The stream stopped: {reason}").format(reason=text))

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        if self.stack.currentWidget() is self.first_run:
            self.first_run.error.setText(text)
        else:
            self.dashboard.bar.message.setText(text)

    # -- snapshots from the engine thread ------------------------------------------------------
    def _on_batch(self, snap: dict, updates: list) -> None:
        self.batches += 1
        self.last_snapshot = snap
        self.dashboard.feed_batch(snap, updates)
        if updates:
            self.alerts.push(updates)
        sid = (snap.get("session") or {}).get("id")
        if sid and sid != self._history_session:
            self._history_session = sid
            self.dashboard.load_recent_income(self.home, snap["totals"]["coins"])

    # -- other windows ---------------------------------------------------------------------------
    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        self.alerts.speaker.available()
        dlg = SettingsDialog(self.home, self.settings, self.alerts.speaker.reason, self)
        dlg.saved.connect(self.apply_settings)
        dlg.exec()

    def open_history(self) -> None:
        from ..store.database import DB_FILENAME
        from .history import HistoryView, SessionWindow

        view = HistoryView(self.home / DB_FILENAME)
        view.setWindowTitle(self.tr("History — streamer-app"))
        view.resize(900, 500)

        def open_session(sid: int) -> None:
            w = SessionWindow(self.home / DB_FILENAME, sid, self.settings.thresholds)
            self._windows.append(w)
            w.show()

        view.open_requested.connect(open_session)
        view.export_requested.connect(self.exporter.ask_and_export)
        self._windows.append(view)
        view.show()
        view.reload()

    def quit_asking(self) -> bool:
        """Quit, after the actions editor's unsaved edits are saved or dropped (it asks)."""
        return (self.actions_editor is None or self.actions_editor.may_close()) and self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        # The title bar's close button asks like Quit; close() from code (tests, shutdown) does not.
        if event.spontaneous() and self.actions_editor is not None and not self.actions_editor.may_close():
            event.ignore()
            return
        self.statusBar().showMessage(self.tr("Saving the ledger…"))
        if not self.controller.shutdown(30.0):
            log.error("the ledger could not be flushed before exit")
        self.alerts.close()
        for w in self._windows:
            w.close()
        super().closeEvent(event)
