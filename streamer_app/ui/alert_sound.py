"""The alert window's voice: one tier sound per card, and text-to-speech of gifts where the system has a voice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.alert_queue import Alert
from ..paths import asset
from ..settings import AlertSettings


class SoundBoard:
    """Tier sounds via QSoundEffect, created lazily; one at a time, a bigger gift may cut in."""

    def __init__(self) -> None:
        self.effects: list = []
        self.volume = 0.7
        self.muted = False
        self._playing_tier = -1
        self.played: list[int] = []  # tiers played, for tests and the log
        self.available = True

    def _load(self) -> None:
        if self.effects or not self.available:
            return
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            self.available = False
            return
        for tier in range(4):
            e = QSoundEffect()
            e.setSource(QUrl.fromLocalFile(str(asset("sounds", f"tier{tier}.wav"))))
            e.setVolume(self.volume)
            self.effects.append(e)

    def play(self, tier: int) -> bool:
        if self.muted or self.volume <= 0:
            return False
        self._load()
        if not self.effects:
            return False
        if 0 <= self._playing_tier < len(self.effects) and self.effects[self._playing_tier].isPlaying():
            if tier <= self._playing_tier:
                return False  # never pile sounds on top of each other
            self.effects[self._playing_tier].stop()
        e = self.effects[tier]
        e.setVolume(self.volume)
        e.play()
        self._playing_tier = tier
        self.played.append(tier)
        return True


class Speaker:
    """Text-to-speech of gifts through QtTextToSpeech, where the system has a voice."""

    def __init__(self) -> None:
        self._tts: Any = None  # a QTextToSpeech once one works (imported only then)
        self._checked = False
        self.reason = ""
        self.spoken: list[str] = []

    def available(self) -> bool:
        if not self._checked:
            self._checked = True
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                if not QTextToSpeech.availableEngines():
                    self.reason = QCoreApplication.translate("Speaker", "This system has no text-to-speech voice installed.")
                else:
                    tts = QTextToSpeech()
                    if tts.state() == QTextToSpeech.State.Error or not tts.availableVoices():
                        self.reason = QCoreApplication.translate(
                            "Speaker", "This system's text-to-speech engine has no usable voice.")
                    else:
                        self._tts = tts
            except Exception as exc:  # a missing plugin must not break alerts
                self.reason = QCoreApplication.translate("Speaker", "Text-to-speech is not available here ({error}).").format(
                    error=exc.__class__.__name__)
        return self._tts is not None

    def say(self, text: str) -> bool:
        self.spoken.append(text)
        if not self.available():
            return False
        # The window's language, where the system has a voice for it (else its default voice).
        locale = QLocale()
        if self._tts.locale() != locale and locale in self._tts.availableLocales():
            self._tts.setLocale(locale)
        self._tts.say(text)
        return True


def should_speak(alert: Alert, settings: AlertSettings) -> bool:
    if not settings.tts_enabled or alert.kind != "gift" or alert.coins < settings.tts_min_coins:
        return False
    words = " ".join((alert.name, alert.gift_name)).lower()
    return not any(w.strip().lower() in words for w in settings.tts_blocked_words if w.strip())
