"""The window's voice for actions' ``tts``: the runner's thread asks, the GUI thread speaks.

``install(controller, speaker)`` registers a callback with the controller's actions runner;
a queued Qt signal brings each text to the GUI thread, where ``alert_sound.Speaker`` (Qt's
QtTextToSpeech, when the system has a voice) says it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class ActionSpeech(QObject):
    """Speaks actions' texts on the GUI thread; ``spoken`` keeps them (tests, and no-voice systems)."""

    say = Signal(str, str)

    def __init__(self, speaker: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.spoken: list[str] = []
        self.say.connect(self._speak, Qt.ConnectionType.QueuedConnection)

    def __call__(self, text: str, voice: str | None) -> None:  # any thread
        self.say.emit(text, voice or "")

    def _speak(self, text: str, voice: str) -> None:
        self.spoken.append(text)
        self.speaker.say(text)


def install(controller: Any, speaker: Any, parent: QObject | None = None) -> ActionSpeech:
    speech = ActionSpeech(speaker, parent)
    controller.action_speakers.append(speech)
    return speech
