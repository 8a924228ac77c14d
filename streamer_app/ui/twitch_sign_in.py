"""Sign in to Twitch from the window: the app's client id, then the device code flow.

The flow (``sources/twitch_auth.TwitchAuth.device_sign_in``) runs on a worker thread with
its own asyncio loop, so the window never waits on Twitch; the code, the link and the
outcome come back through Qt signals. Closing the dialog cancels the wait.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..sources import secrets as s
from ..sources.twitch_auth import TwitchAuth
from ..i18n import QT_TRANSLATE_NOOP
from .theme import ACCENT_2, BORDER, PANEL
from .translation import shown

log = logging.getLogger(__name__)

CONSOLE = "https://dev.twitch.tv/console"
INTRO = QT_TRANSLATE_NOOP("TwitchSignIn", "streamer-app reads your channel's Bits, subs, followers and chat with "
                          "your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect "
                          "{redirect}) and paste its Client ID here.")


def intro_html() -> str:
    """The intro in the window's language, with its link and Twitch's own words (not translated) marked up."""
    return shown("TwitchSignIn", INTRO).format(
        console=f"<a style='color:{ACCENT_2}' href='{CONSOLE}'>dev.twitch.tv/console</a>",
        public="<b>Public</b>", redirect="<code>http://localhost</code>")
CODE_STYLE = (f"background: {PANEL}; border: 1px solid {BORDER}; border-radius: 10px; padding: 14px; "
              "font-family: monospace; font-size: 40px; font-weight: 800; letter-spacing: 10px;")


def in_window(reason: str) -> str:
    """A source's sign-in sentence without its command-line advice: this dialog is the way here."""
    return reason.split(": run `")[0].rstrip(".") + "." if reason else ""


class TwitchSignIn(QDialog):
    """Client id field, Sign in, then the code to type at twitch.tv/activate."""

    signed_in = Signal(str)  # the Twitch login
    _code_ready = Signal(str, str)  # (code, url) from the worker thread
    _done = Signal(str, str)  # (login, error) from the worker thread

    def __init__(self, home: Path, reason: str = "", parent: QWidget | None = None, **urls: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Twitch — streamer-app"))
        self.setMinimumWidth(560)
        self.home, self.urls = Path(home), urls
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        self._stop: threading.Event | None = None
        self._url = ""
        self._code_ready.connect(self._on_code)
        self._done.connect(self._on_done)
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        intro = QLabel(intro_html())
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.client_id = QLineEdit(s.SecretStore(self.home).get(s.TWITCH_CLIENT_ID) or "")
        self.client_id.setPlaceholderText("Client ID")  # Twitch's own name for it, as its console shows it
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("primary")
        self.sign_in.clicked.connect(self.start)
        row.addWidget(self.client_id, 1)
        row.addWidget(self.sign_in)
        lay.addLayout(row)
        self.code = QLabel("")
        self.code.setStyleSheet(CODE_STYLE)  # readable across the room, like the dashboard's numbers
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setVisible(False)
        lay.addWidget(self.code)
        self.open_button = QPushButton(self.tr("Open twitch.tv/activate"))
        self.open_button.setObjectName("primary")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(lambda: self.open_url(QUrl(self._url)))
        lay.addWidget(self.open_button)
        self.status = QLabel(in_window(reason))
        self.status.setWordWrap(True)
        self.status.setObjectName("error" if reason else "muted")
        lay.addWidget(self.status)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "muted")
        self.status.style().unpolish(self.status)  # the stylesheet picks colours by object name
        self.status.style().polish(self.status)
        self.status.setText(text)

    def start(self) -> None:
        client_id = self.client_id.text().strip()
        if len(client_id) < 10 or any(c.isspace() for c in client_id):
            self._say(self.tr("Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and "
                              "digits)."), error=True)
            return
        store = s.SecretStore(self.home)
        store.set(s.TWITCH_CLIENT_ID, client_id)
        auth = TwitchAuth.from_store(self.home, **self.urls)
        self.sign_in.setEnabled(False)
        self.sign_in.setText(self.tr("Waiting…"))  # the primary style looks the same disabled: say it
        self._say(self.tr("Asking Twitch for a code…"))
        self._stop = stop = threading.Event()
        threading.Thread(target=self._work, args=(auth, stop), name="twitch sign-in", daemon=True).start()

    def _work(self, auth: TwitchAuth, stop: threading.Event) -> None:
        async def run() -> str:
            flow = asyncio.ensure_future(auth.device_sign_in(lambda code, url: self._code_ready.emit(code, url)))
            while not flow.done():
                if stop.is_set():
                    flow.cancel()
                await asyncio.wait({flow}, timeout=0.2)
            return flow.result()

        try:
            self._done.emit(asyncio.run(run()), "")
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # every failure is one sentence in the dialog
            log.info("Twitch sign-in failed: %s", exc)
            self._done.emit("", str(exc) or type(exc).__name__)

    def _on_code(self, code: str, url: str) -> None:
        self._url = url
        self.code.setText(code)
        self.code.setVisible(True)
        self.open_button.setVisible(True)
        self._say(self.tr("Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…"))

    def _on_done(self, login: str, error: str) -> None:
        self.sign_in.setEnabled(True)
        self.sign_in.setText(self.tr("Sign in"))
        if error:
            self._say(self.tr("Twitch sign-in failed: {error}").format(error=error), error=True)
            return
        self.code.setVisible(False)
        self.open_button.setVisible(False)
        self._say(self.tr("Signed in to Twitch as {login}.").format(login=login))
        self.signed_in.emit(login)

    def done(self, result: int) -> None:  # closing cancels a sign-in still waiting
        if self._stop is not None:
            self._stop.set()
        super().done(result)
