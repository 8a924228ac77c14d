"""The alert window: animated gift cards for OBS window capture.

The queue rules live in core.alert_queue (shared with the browser overlay). This module
only draws: each card enters (scale + fade), holds (a streak's counter grows live and
"pops" as it grows), and exits. Cards scale and colour by value tier; the top tiers get
confetti. Sounds: one per card (a streak is one card), never overlapping into noise.
"""

from __future__ import annotations

import logging
import math
import random
import time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from ..core.alert_queue import Alert, AlertQueue
from ..paths import asset
from ..settings import SIZE_PRESETS, AlertSettings
from . import theme
from .widgets import gift_icon

log = logging.getLogger(__name__)

ENTER_S = 0.35
EXIT_S = 0.35
MAX_LIVE_HOLD_S = 20.0  # a streak keeps its card while it grows, up to this long
# Card size by tier. The top tier at 460 x 1.3 units would be 598 wide, popping to 634 in a
# 640-unit window: card_size narrows a card to what the window holds (it used to be 1.45,
# 667 units, cut at both edges with its coin badge). Height and type keep the full scale.
TIER_SCALE = (0.8, 1.0, 1.15, 1.3)
MAX_SCALE = 1.06  # the largest a card is drawn: the hold "pop" (the entry overshoot peaks at ~1.054)
EDGE = 16  # units kept clear between the card (at MAX_SCALE) and the window's edges
FRAME_MS = 16


def card_size(w: int, h: int, tier_scale: float) -> tuple[float, float]:
    """A card's width and height in a ``w`` x ``h`` window: 460 x 120 units times its tier's
    scale, narrowed (and, in an odd window, lowered) so that at MAX_SCALE, outline and badge
    included, it stays EDGE units inside the window."""
    unit = min(w / 640, h / 360)
    edge, outline, badge = EDGE * unit, 1.5 * unit, 12 * unit
    cw = min(460 * unit * tier_scale, (w - 2 * edge) / MAX_SCALE - 2 * outline)
    # The card's centre is 42% down: the badge needs room above, the outline below.
    room = min((h * 0.42 - edge) / MAX_SCALE - badge, (h * 0.58 - edge) / MAX_SCALE - outline)
    ch = min(120 * unit * tier_scale, 2 * room)
    return max(1.0, cw), max(1.0, ch)


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
        self._tts = None
        self._checked = False
        self.reason = ""
        self.spoken: list[str] = []

    def available(self) -> bool:
        if not self._checked:
            self._checked = True
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                if not QTextToSpeech.availableEngines():
                    self.reason = "This system has no text-to-speech voice installed."
                else:
                    tts = QTextToSpeech()
                    if tts.state() == QTextToSpeech.State.Error or not tts.availableVoices():
                        self.reason = "This system's text-to-speech engine has no usable voice."
                    else:
                        self._tts = tts
            except Exception as exc:  # a missing plugin must not break alerts
                self.reason = f"Text-to-speech is not available here ({exc.__class__.__name__})."
        return self._tts is not None

    def say(self, text: str) -> bool:
        self.spoken.append(text)
        if not self.available():
            return False
        self._tts.say(text)
        return True


def should_speak(alert: Alert, settings: AlertSettings) -> bool:
    if not settings.tts_enabled or alert.kind != "gift" or alert.coins < settings.tts_min_coins:
        return False
    words = " ".join((alert.name, alert.gift_name)).lower()
    return not any(w.strip().lower() in words for w in settings.tts_blocked_words if w.strip())


class AlertWindow(QWidget):
    """A frameless-looking canvas OBS can capture; chroma-key or transparent background."""

    alert_started = Signal(object)
    alert_finished = Signal(object)

    def __init__(self, settings: AlertSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("streamer-app alerts")
        self.settings = settings or AlertSettings()
        self.queue = AlertQueue(self.settings.min_coins, self.settings.max_queue)
        self.sounds = SoundBoard()
        self.speaker = Speaker()
        self.current: Alert | None = None
        self.last_shown: Alert | None = None  # the most valuable recent card (screenshots)
        self._phase_start = 0.0
        self._phase = "idle"  # enter, hold, exit, idle
        self._hold = 0.0
        self._last_units = 0
        self._last_live = False
        self._dirty_text = False
        self._pop_at = 0.0
        self._confetti: list[list[float]] = []
        self._confetti_colours = [QColor(c) for c in theme.TIER_COLOURS]
        self._card_cache: tuple | None = None  # (key, (pixmap, left, top)) of the card on screen
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._frame)
        self._rng = random.Random(7)
        self.apply_settings(self.settings)

    # -- settings --------------------------------------------------------------------------
    def apply_settings(self, s: AlertSettings) -> None:
        self.settings = s
        self.queue.min_coins, self.queue.max_queue = s.min_coins, s.max_queue
        self.sounds.volume, self.sounds.muted = s.volume / 100.0, s.muted
        transparent = s.background == "transparent"
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, transparent)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, s.always_on_top)
        w, h = SIZE_PRESETS.get(s.size, (1280, 720))
        self.resize(w // 2, h // 2)  # half the stream size: OBS scales the capture up
        self.update()

    # -- input ---------------------------------------------------------------------------
    def push(self, updates: list[dict]) -> None:
        changed = False
        for u in updates:
            if u.get("type") in ("gift", "streak"):
                changed = self.queue.push(u) is not None or changed
        if changed and self._phase == "idle":
            self._start_next()

    def test_alert(self) -> None:
        """A fake Galaxy from "Test Viewer", through the same queue (the Test alert button)."""
        n = int(time.time() * 1000)
        self.queue.push({"type": "gift", "user": {"id": f"test-{n}", "name": "Test Viewer"},
                         "gift": {"id": 12, "name": "Galaxy", "coins": 1000, "image": "gifts/galaxy.svg"},
                         "units": 1, "coins": 1000, "streak": False})
        if self._phase == "idle":
            self._start_next()

    # -- the animation ---------------------------------------------------------------------
    def _start_next(self) -> None:
        alert = self.queue.next()
        self.current = alert
        if alert is None:
            self._phase = "idle"
            self._timer.stop()
            self.update()
            return
        self._phase, self._phase_start = "enter", time.monotonic()
        self._hold = self.queue.hold_seconds(alert)
        if self.last_shown is None or alert.kind == "gift" and alert.coins >= self.last_shown.coins * 0.5:
            self.last_shown = alert
        self._last_units, self._last_live = alert.units, alert.live
        self._confetti = self._make_confetti(alert) if alert.tier >= 2 else []
        if alert.kind == "gift":
            self.sounds.play(alert.tier)
            if should_speak(alert, self.settings):
                self.speaker.say(f"{alert.name} sent {alert.units} {alert.gift_name}")
        self.alert_started.emit(alert)
        if not self._timer.isActive():
            self._timer.start()

    def _frame(self) -> None:
        now = time.monotonic()
        alert = self.current
        if alert is None:
            self._start_next()
            return
        t = now - self._phase_start
        if alert.units != self._last_units or alert.live != self._last_live:
            if alert.units != self._last_units:
                self._pop_at = now
            self._last_units, self._last_live = alert.units, alert.live
            self._dirty_text = True
        if self._phase == "enter" and t >= ENTER_S:
            self._phase, self._phase_start = "hold", now
        elif self._phase == "hold":
            live_cap = alert.live and t < MAX_LIVE_HOLD_S
            since_pop = now - self._pop_at
            if t >= self._hold and not live_cap and since_pop > 0.8:
                self._phase, self._phase_start = "exit", now
        elif self._phase == "exit" and t >= EXIT_S:
            self.queue.done()
            self.alert_finished.emit(alert)
            self.current = None
            self._start_next()
            return
        if self._confetti:
            for c in self._confetti:
                c[0] += c[2]
                c[1] += c[3]
                c[3] += 0.12
                c[5] += c[6]
            if self._confetti[0][1] > self.height() * 2:
                self._confetti = []  # fallen out of sight: stop drawing it
        # Repaint only while something moves: a card at rest costs nothing.
        moving = self._phase != "hold" or self._confetti or now - self._pop_at < 0.3 or self._dirty_text
        self._dirty_text = False
        if moving:
            card = self._card_rect()
            if card is None:
                self.update()
            else:
                self.update(card)

    def _card_rect(self) -> QRect | None:
        """All the current card can cover this frame, when nothing else moves (no confetti).

        In a gift storm the card pops on every new gift; repainting just the card instead of
        the whole canvas halves the cost of those frames on the GUI thread (bench_gui.py).
        The card's scale never exceeds ~1.06 (enter overshoot, pop), so 1.1 times its
        pixmap covers it; a new card (not cached yet) repaints everything.
        """
        cache, alert = self._card_cache, self.current
        if self._confetti or cache is None or alert is None:
            return None
        key = cache[0]
        # The size follows the tier (a streak can climb one) and the window: those must match.
        if (key[0], key[8], key[10], key[11]) != (id(alert), alert.tier, self.width(), self.height()):
            return None
        pixmap, ox, oy = cache[1]
        dpr, s = pixmap.devicePixelRatio(), 1.1
        cx, cy = round(self.width() / 2), round(self.height() * 0.42)
        return QRectF(cx + s * ox, cy + s * oy, s * pixmap.width() / dpr, s * pixmap.height() / dpr) \
            .toAlignedRect().adjusted(-2, -2, 2, 2)

    def _make_confetti(self, alert: Alert) -> list[list[float]]:
        n = 60 if alert.tier == 3 else 28
        w, h = self.width(), self.height()
        out = []
        for _ in range(n):
            out.append([w / 2 + self._rng.uniform(-40, 40), h / 2, self._rng.uniform(-7, 7), self._rng.uniform(-10, -3),
                        self._rng.randrange(4), self._rng.uniform(0, 6.28), self._rng.uniform(-0.2, 0.2)])
        return out

    def progress(self) -> tuple[float, float]:
        """(scale, opacity) of the current card for this frame."""
        t = time.monotonic() - self._phase_start
        if self._phase == "enter":
            k = min(1.0, t / ENTER_S)
            ease = 1 - (1 - k) ** 3
            overshoot = 1 + 0.08 * math.sin(k * math.pi)
            return (0.6 + 0.4 * ease) * overshoot, k
        if self._phase == "exit":
            k = min(1.0, t / EXIT_S)
            return 1 - 0.15 * k, 1 - k
        if self._phase == "hold":
            pop = max(0.0, 1 - (time.monotonic() - self._pop_at) / 0.25) if self._pop_at else 0
            return 1 + 0.06 * pop, 1.0
        return 1.0, 0.0

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.settings.background == "transparent":
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            p.fillRect(self.rect(), Qt.GlobalColor.transparent)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        else:
            p.fillRect(self.rect(), QColor(self.settings.chroma_color))
        alert = self.current
        if alert is not None:
            scale, opacity = self.progress()
            self.paint_card(p, alert, scale, opacity)
        p.end()

    def paint_card(self, p: QPainter, alert: Alert, scale: float, opacity: float) -> None:
        w, h = self.width(), self.height()
        unit = min(w / 640, h / 360)
        p.save()
        p.setOpacity(opacity)
        # Whole pixels: at rest (scale 1) the cached card is copied pixel for pixel, never blurred.
        p.translate(round(w / 2), round(h * 0.42))
        p.scale(scale, scale)
        # Confetti behind the card (big gifts only).
        if self._confetti:
            paths = {}
            for x, y, _, _, c, a, _ in self._confetti:
                # Rotated rectangles as polygons, one fill per colour: 4 paint calls, not 5 per piece.
                path = paths.get(c)
                if path is None:
                    path = paths[c] = QPainterPath()
                cx, cy = x - w / 2, y - h * 0.42
                ca, sa = math.cos(a), math.sin(a)
                hx, hy = 4 * unit, 2 * unit
                path.addPolygon(QPolygonF([QPointF(cx + dx * ca - dy * sa, cy + dx * sa + dy * ca)
                                           for dx, dy in ((-hx, -hy), (hx, -hy), (hx, hy), (-hx, hy))]))
            for c, path in paths.items():
                p.fillPath(path, self._confetti_colours[int(c)])
        pixmap, left, top = self._card_pixmap(alert, w, h)
        if scale != 1.0:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawPixmap(QPointF(left, top), pixmap)
        p.restore()

    def _card_pixmap(self, alert: Alert, w: int, h: int) -> tuple[QPixmap, int, int]:
        """The card drawn once into a pixmap, again only when its text, value or the size changes.

        Drawing it (gradient, rounded outline, elided text, badge) took about 1.5 ms of Python
        and painting per frame at 60 frames a second; a frame now copies the pixmap.
        """
        dpr = self.devicePixelRatioF()
        key = (id(alert), alert.kind, alert.name, alert.gift_name, alert.units, alert.live, alert.coins,
               alert.summary_coins, alert.tier, alert.image, w, h, dpr)
        if self._card_cache is not None and self._card_cache[0] == key:
            return self._card_cache[1]
        unit = min(w / 640, h / 360)
        tier_scale = TIER_SCALE[alert.tier] if alert.kind == "gift" else 0.9
        cw, ch = card_size(w, h, tier_scale)
        margin = 16 * unit + 4  # the badge overhangs the top-right corner; the outline is 3 units wide
        ox, oy = math.floor(-cw / 2 - margin), math.floor(-ch / 2 - margin)
        size_w, size_h = math.ceil(cw / 2 + margin) - ox, math.ceil(ch / 2 + margin) - oy
        pixmap = QPixmap(max(1, round(size_w * dpr)), max(1, round(size_h * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(-ox, -oy)
        colour = QColor(theme.TIER_COLOURS[alert.tier] if alert.kind == "gift" else theme.MUTED)
        rect = QRectF(-cw / 2, -ch / 2, cw, ch)
        path = QPainterPath()
        path.addRoundedRect(rect, 22 * unit, 22 * unit)
        grad = QLinearGradient(rect.topLeft(), rect.bottomRight())
        grad.setColorAt(0, QColor("#1d2027"))
        grad.setColorAt(1, QColor("#2a1620") if alert.tier >= 2 else QColor("#252933"))
        p.fillPath(path, QBrush(grad))
        p.setPen(QPen(colour, 3 * unit))
        p.drawPath(path)
        pad = 16 * unit * tier_scale
        icon_size = ch - 2 * pad
        if alert.kind == "gift":
            icon = gift_icon(alert.image, alert.gift_name, 48)
            icon.paint(p, QRectF(rect.left() + pad, rect.top() + pad, icon_size, icon_size).toRect())
        text_left = rect.left() + pad * 2 + icon_size if alert.kind == "gift" else rect.left() + pad * 1.5
        text_w = rect.right() - text_left - pad
        f = QFont()
        f.setBold(True)
        f.setPixelSize(max(8, int(30 * unit * tier_scale)))
        p.setFont(f)
        p.setPen(QColor(theme.TEXT))
        if alert.kind == "gift":
            top = QRectF(text_left, rect.top() + pad * 0.7, text_w, ch / 2 - pad * 0.5)
            p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(alert.name, Qt.TextElideMode.ElideRight, int(text_w)))
            f.setPixelSize(max(8, int(24 * unit * tier_scale)))
            f.setBold(False)
            p.setFont(f)
            p.setPen(colour)
            sent = f"sent {alert.gift_name}" + ("" if alert.units == 1 and not alert.live else f"  ×{alert.units:,}")
            if alert.live:
                sent += " …"
            bottom = QRectF(text_left, rect.top() + ch / 2, text_w, ch / 2 - pad * 0.7)
            p.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(sent, Qt.TextElideMode.ElideRight, int(text_w)))
            # The value badge.
            f.setBold(True)
            f.setPixelSize(max(8, int(16 * unit * tier_scale)))
            p.setFont(f)
            badge = f"{alert.coins:,} coins"
            bw = p.fontMetrics().horizontalAdvance(badge) + 16 * unit
            br = QRectF(rect.right() - bw - 12 * unit, rect.top() - 12 * unit, bw, 24 * unit)
            bp = QPainterPath()
            bp.addRoundedRect(br, 12 * unit, 12 * unit)
            p.fillPath(bp, colour)
            p.setPen(QColor("#101216"))
            p.drawText(br, Qt.AlignmentFlag.AlignCenter, badge)
        else:
            p.drawText(QRectF(text_left, rect.top(), text_w, ch), Qt.AlignmentFlag.AlignVCenter, alert.text())
        p.end()
        self._card_cache = (key, (pixmap, ox, oy))
        return pixmap, ox, oy

    def render_still(self, alert: Alert) -> None:
        """Show ``alert`` fully entered and frozen (for screenshots and tests)."""
        self.current = alert
        self._phase, self._phase_start = "hold", time.monotonic()
        self._hold = 1e9
        self.update()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().closeEvent(event)
