"""The overlay panel: each OBS browser-source link (token masked), Copy and Open, the test
alert, "Regenerate token", a warning when LAN access is on, and OBS: its connection state and
"Add to OBS" for the ticked pages (ui/obs_link.py; a rotated token updates those sources).

The overlay server lives on the engine loop (ui.main_window.start_overlay); everything
that changes it (test alert, new token) is handed to that loop, never run here. Reading
``server.urls()`` is plain string work on its current token and port, safe from this thread.
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..overlay.access import PAGE_TITLES, PAGES, mask_token, rotate_token
from .obs_link import ObsLink, ObsStatusLabel, obs_sentence, page_result_text, results_summary
from .theme import BAD, GOOD, MUTED
from .translation import shown
from .widgets import Banner, num

log = logging.getLogger(__name__)

ROTATE_WARNING = QT_TRANSLATE_NOOP("OverlayPanel", "A new token makes every overlay link you gave OBS stop working at "
                                   "once: you will have to paste the new links into each browser source.")


def page_title(page: str) -> str:
    """An overlay page's title in the window's language."""
    return shown("OverlayPages", PAGE_TITLES.get(page, page))


class OverlayPanel(QDialog):
    """Non-modal: open it beside OBS while setting up the browser sources."""

    token_rotated = Signal(str)  # the new token (the window keeps its settings in step)
    _token_applied = Signal(object)  # None when the server took the new token, else the error text

    def __init__(self, home: Path, server=None, engine_thread=None, on_test_alert: Callable[[], None] | None = None,
                 problem: str = "", parent: QWidget | None = None, obs: ObsLink | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overlays for OBS — streamer-app"))
        self.home = Path(home)
        self.server = server
        self.engine_thread = engine_thread
        self.on_test_alert = on_test_alert
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # replaced in tests
        self.rows: dict[str, tuple[QLineEdit, QPushButton, QPushButton]] = {}
        self.chosen: dict[str, QCheckBox] = {}  # the pages Add to OBS makes sources for
        self.obs = obs
        self._obs_lines: list[str] = []
        self._token_applied.connect(self._on_token_applied)
        lay = QVBoxLayout(self)
        self._add_intro(lay, problem)
        lay.addLayout(self._link_grid())
        if obs is not None:
            lay.addWidget(self._obs_card(obs))
        self._add_buttons(lay)
        self.refresh()
        # No fixed minimum width: the layout's own (the longest page title, the links) keeps
        # every row from overlapping however many pages there are.
        self.resize(max(760, self.sizeHint().width()), self.sizeHint().height())

    def _add_intro(self, lay: QVBoxLayout, problem: str) -> None:
        """The token warning, the LAN banner and the server's problem, if any."""
        intro = QLabel(self.tr("Add to OBS makes a Browser Source for each ticked page in OBS's current scene; or "
                               "paste a link into a Browser Source yourself (1920×1080). Each link carries a secret "
                               "token: treat it like a password and never show it on stream."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        lay.addWidget(intro)
        self.lan_banner = Banner(severe=True)
        lay.addWidget(self.lan_banner)
        self.problem = QLabel(problem)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        lay.addWidget(self.problem)

    def _link_grid(self) -> QGridLayout:
        """One row per overlay page: its title, its link, Copy and Open."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for i, page in enumerate(PAGES):
            title = QCheckBox(page_title(page))
            title.setChecked(True)
            title.setToolTip(self.tr("Ticked pages get a browser source in OBS when you press Add to OBS"))
            self.chosen[page] = title
            url = QLineEdit()
            url.setReadOnly(True)
            url.setMinimumWidth(420)
            copy = QPushButton(self.tr("Copy"))
            copy.setToolTip(self.tr("Copy the full link, token included, for OBS"))
            open_ = QPushButton(self.tr("Open"))
            open_.setToolTip(self.tr("Open the page in your browser"))
            copy.clicked.connect(lambda _=False, p=page: self.copy(p))
            open_.clicked.connect(lambda _=False, p=page: self.open_page(p))
            for c, w in enumerate((title, url, copy, open_)):
                grid.addWidget(w, i, c)
            self.rows[page] = (url, copy, open_)
        grid.setColumnStretch(1, 1)
        return grid

    def _add_buttons(self, lay: QVBoxLayout) -> None:
        """Test alert, Regenerate token and Close, with the status line under them."""
        buttons = QHBoxLayout()
        self.test_btn = QPushButton(self.tr("Send a test alert"))
        self.test_btn.setObjectName("primary")
        self.test_btn.setToolTip(self.tr("A pretend 1,000-coin gift on the alert pages and the alert window (not counted)"))
        self.rotate_btn = QPushButton(self.tr("Regenerate token…"))
        self.rotate_btn.setToolTip(shown("OverlayPanel", ROTATE_WARNING))
        close = QPushButton(self.tr("Close"))
        buttons.addWidget(self.test_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.rotate_btn)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.test_btn.clicked.connect(self.send_test_alert)
        self.rotate_btn.clicked.connect(self.regenerate)
        close.clicked.connect(self.close)

    def _obs_card(self, obs: ObsLink) -> QFrame:
        """OBS's state, one sentence about it, Add to OBS, and a line per page once it has run."""
        card = QFrame()
        card.setObjectName("card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.obs_status = ObsStatusLabel(obs)
        self.obs_status.setObjectName("stripValue")
        self.obs_message = QLabel(obs_sentence(obs.status))
        self.obs_message.setObjectName("muted")
        self.obs_message.setWordWrap(True)
        self.add_btn = QPushButton(self.tr("Add to OBS"))
        self.add_btn.setObjectName("primary")
        self.add_btn.setToolTip(self.tr("Creates a browser source for each ticked page in OBS's current scene "
                                        "(or updates the one it made before), with its link, token and size"))
        top.addWidget(self.obs_status)
        top.addWidget(self.obs_message, 1)
        top.addWidget(self.add_btn)
        lay.addLayout(top)
        self.obs_result = QLabel("")
        self.obs_result.setWordWrap(True)
        self.obs_result.setVisible(False)
        lay.addWidget(self.obs_result)
        self.add_btn.clicked.connect(self.add_to_obs)
        obs.status_changed.connect(lambda s: self.obs_message.setText(obs_sentence(s)))
        obs.page_done.connect(self._on_obs_page)
        obs.finished.connect(self._on_obs_finished)
        return card

    # -- state ---------------------------------------------------------------------------
    def set_server(self, server, problem: str = "") -> None:
        self.server = server
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.refresh()

    def urls(self) -> dict[str, str]:
        return self.server.urls() if self.server is not None else {}

    def refresh(self) -> None:
        urls = self.urls()
        token = self.server.token if self.server is not None else ""
        for page, (edit, copy, open_) in self.rows.items():
            full = urls.get(page, "")
            edit.setText(mask_token(full, token) if full else self.tr("(the overlay server is not running)"))
            copy.setEnabled(bool(full))
            open_.setEnabled(bool(full))
        running = self.server is not None
        self.test_btn.setEnabled(running)
        self.rotate_btn.setEnabled(running)
        if self.obs is not None:
            self.add_btn.setEnabled(running and not self.obs.busy)
        lan = bool(running and self.server.lan)
        self.lan_banner.show_text(
            self.tr("⚠ LAN access is on: any device on your network that has a link can open these overlays. "
                    "Turn it off in the settings (overlay_lan) unless OBS runs on another computer.") if lan else None)

    # -- actions ---------------------------------------------------------------------------
    def copy(self, page: str) -> str:
        url = self.urls().get(page, "")
        if url:
            QGuiApplication.clipboard().setText(url)
            self.status.setText(self.tr("Copied the link of “{page}” (with its token): paste it into an OBS "
                                        "Browser Source.").format(page=page_title(page)))
        return url

    def open_page(self, page: str) -> None:
        url = self.urls().get(page, "")
        if url and not self.open_url(QUrl(url)):
            self.status.setText(self.tr("No browser could be opened: copy the link and paste it into your browser."))

    def send_test_alert(self) -> None:
        if self.server is not None and self.engine_thread is not None:
            self.engine_thread.call_soon(self.server.send_test_alert)  # the server lives on the engine loop
        if self.on_test_alert is not None:
            self.on_test_alert()
        self.status.setText(self.tr("Test alert sent to the overlay pages and the alert window."))

    def confirm_rotation(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Regenerate the overlay token?"),
            shown("OverlayPanel", ROTATE_WARNING) + "\n\n" + self.tr("Regenerate it now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def regenerate(self) -> bool:
        """Ask first; then save a fresh token and switch the running server to it at once."""
        if self.server is None or self.engine_thread is None or not self.confirm_rotation():
            return False
        try:
            new = rotate_token(self.home).overlay_token
        except Exception as exc:  # settings file unreadable or unwritable: one sentence
            log.warning("rotating the overlay token failed: %s", exc)
            self.status.setText(self.tr("The token could not be replaced: {error}").format(error=exc))
            return False
        server = self.server

        async def apply() -> None:
            server.set_token(new)

        self.status.setText(self.tr("New token saved; switching the overlay server to it…"))
        self.token_rotated.emit(new)
        # The callback may run at once (here) if the loop was quick, or on the engine thread.
        fut = self.engine_thread.submit(apply())
        fut.add_done_callback(lambda f: self._token_applied.emit(None if f.exception() is None else str(f.exception())))
        return True

    def _on_token_applied(self, error) -> None:
        if error:
            self.status.setText(self.tr("The new token was saved but the server did not take it ({error}): restart "
                                        "the app.").format(error=error))
            return
        self.refresh()
        if self.obs is not None and not self.obs.busy:
            self.status.setText(self.tr("New token in use. The sources Add to OBS made are being updated; paste the "
                                        "new links into any other browser source by hand."))
            self._start_obs_lines(self.tr("Updating the browser sources Add to OBS made…"))
            self.obs.update_after_rotation(self.urls())
            return
        self.status.setText(self.tr("New token in use. The old links no longer work: copy each link again and paste "
                                    "it into its OBS Browser Source."))

    # -- OBS ---------------------------------------------------------------------------------
    def add_to_obs(self) -> bool:
        """Create or update a browser source in OBS for each ticked page (the work runs on the engine loop)."""
        pages = [p for p, box in self.chosen.items() if box.isChecked()]
        urls = self.urls()
        if self.obs is None or not urls:
            return False
        if not pages:
            self._show_obs_lines([f'<span style="color:{BAD}">{escape(self.tr("Tick at least one page to add."))}</span>'])
            return False
        if self.obs.busy:
            return False
        # Before starting: a quick failure (OBS not running) may report back within obs.add itself.
        self.add_btn.setEnabled(False)
        self._start_obs_lines(self.tr("Adding 1 page to OBS…") if len(pages) == 1
                              else self.tr("Adding {count} pages to OBS…").format(count=num(len(pages))))
        return self.obs.add(urls, pages)

    def _start_obs_lines(self, first: str) -> None:
        self._obs_lines = []
        self._show_obs_lines([first])

    def _show_obs_lines(self, lines: list[str]) -> None:
        self.obs_result.setText("<br>".join(lines))
        self.obs_result.setVisible(True)
        QTimer.singleShot(0, self._fit)  # once the layout has taken the new lines in

    def _fit(self) -> None:
        """A shown dialog keeps its size: grow it so every row and line stays readable."""
        needed = self.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _on_obs_page(self, result) -> None:
        colour, sign = (GOOD, "✓") if result.ok else (MUTED, "–") if result.outcome == "missing" else (BAD, "✗")
        mark = f'<span style="color:{colour}">{sign}</span>'
        self._obs_lines.append(f"{mark}&nbsp;{escape(page_result_text(result), quote=False)}")
        self._show_obs_lines(self._obs_lines)

    def _on_obs_finished(self, kind: str, outcome) -> None:
        self.add_btn.setEnabled(self.server is not None)
        if isinstance(outcome, str):  # OBS could not be asked at all: its sentence
            head = (self.tr("Add to OBS failed: {error}") if kind == "add"
                    else self.tr("The OBS browser sources were not updated: {error}")).format(error=outcome)
            self._show_obs_lines(self._obs_lines + [f'<span style="color:{BAD}">{escape(head, quote=False)}</span>'])
            return
        self.status.setText(results_summary(outcome))

