"""The actions editor's "Test" button: fire a rule with a sample event and say what each action did.

The rule goes to the running actions runner (the stream's, so OBS, the overlay and the timer
it drives are the real ones); with no stream running, to the window's runner (``runner()``,
the controller's, which shows alerts and media on the overlay and speaks with the window's
voice), else to a runner started for the test alone and stopped once its actions answered.
The runner works on its own thread: the result is read from its log, a few times a second,
until every action has answered.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..actions.rules import Rule, sample_event

WAIT_S = 15.0  # a webhook's longest timeout is the registry's 60 s; the log keeps the rest


def active_runner() -> Any:
    from ..actions.runner import active_runner as find

    return find()


class RuleTester(QObject):
    said = Signal(str)  # what happened so far, for the line beside the button

    def __init__(self, home: Path, runner: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.runner = runner
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._poll)
        self._watch: dict[str, Any] | None = None

    def fire(self, rule: Rule) -> str:
        """Fire ``rule`` now (no filters, no cooldown); returns the first sentence, ``said`` the rest."""
        self._finish()
        runner, one_off = active_runner(), None
        if runner is None and self.runner is not None:
            runner = self.runner()
        if runner is None:
            from ..actions.runner import ActionRunner

            runner = one_off = ActionRunner(self.home).start()
        t0 = time.time() - 0.001
        text = runner.fire_rule(rule, sample_event(rule.event))
        self._watch = {"runner": runner, "rule": rule.name, "t0": t0, "n": len(rule.actions),
                       "one_off": one_off, "until": time.monotonic() + WAIT_S, "first": text}
        self.timer.start()
        if one_off is not None:
            text += " " + self.tr("(no stream is running: a runner was started for this test)")
        return text

    def _poll(self) -> None:
        w = self._watch
        if w is None:
            self.timer.stop()
            return
        got = [e for e in w["runner"].log.entries() if e.rule == w["rule"] and e.at >= w["t0"]]
        # Each action's own words are actions.log's (English, like the log file).
        done = " · ".join(f"{'✓' if e.ok else '✗'} {e.action}: {e.message}" for e in got)
        if got:
            self.said.emit(done)
        if len(got) >= w["n"] or time.monotonic() > w["until"]:
            if len(got) < w["n"]:
                self.said.emit((done + " · " if got else "") + self.tr("still running: see the Log tab"))
            self._finish()

    def _finish(self) -> None:
        self.timer.stop()
        w, self._watch = self._watch, None
        if w is not None and w["one_off"] is not None:
            # stop() waits for running actions: off the GUI thread.
            threading.Thread(target=w["one_off"].stop, name="actions-test-stop", daemon=True).start()
