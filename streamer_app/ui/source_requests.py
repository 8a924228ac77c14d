"""What the creator asked to connect, made ready for the controller: the target prepared (a
file asked for where the source reads one) and the source built, each failure one sentence in
the window's status bar, a missing Twitch sign-in asked for and the request retried after it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtWidgets import QFileDialog

from ..controller import build_source, demo_options  # Qt-free, imports the engine on first use
from .translation import shown

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def prepared(win: "MainWindow", kind: str, target: str) -> str | None:
    """What the creator typed, made into ``kind``'s target (a file asked for); None: refused."""
    from ..sources.factory import SOURCES, SourceError

    row = SOURCES[kind]
    try:
        target = row.prepare(target or "")
    except SourceError as exc:  # refused before the running engine is stopped
        win._say(str(exc))
        return None
    if row.file_filter and not target:
        target, _ = QFileDialog.getOpenFileName(win, shown("Sources", row.label).rstrip("…"), str(win.home),
                                                row.file_filter)
        if not target:
            return None
        win.dashboard.bar.target.setText(target)
    return target


def built(win: "MainWindow", kind: str, target: str, retry: Callable[[], None]) -> Any:
    """The source, or None when it cannot be built (said in one sentence, or a sign-in opened)."""
    from ..sources.errors import SignInNeeded

    # The engine and the store load here, after the first window is on screen (controller.py).
    try:
        return build_source(kind, target, settings=win.settings, home=win.home, demo=demo_options(win.demo_options))
    except SignInNeeded as exc:  # sign in, then go on as asked
        win.open_twitch_sign_in(str(exc)).signed_in.connect(lambda _login: retry())
        return None
    except Exception as exc:  # every source error is one sentence for the creator
        log.info("could not build the %s source: %s", kind, exc)
        win._say(str(exc))
        return None
