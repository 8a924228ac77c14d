"""The alert window: animated gift cards for OBS window capture.

The queue rules live in core.alert_queue (shared with the browser overlay). This module
only animates: each card enters (scale + fade), holds (a streak's counter grows live and
"pops" as it grows), and exits; ui/alert_card.py draws a card. Cards scale and colour by
value tier; the top tiers get confetti. Sounds: one per card (a streak is one card), never
overlapping into noise.

Gifts to guests (multi-guest LIVEs) wait in a queue of their own and are shown only when
none of the creator's own alerts waits: a small muted card naming the guest, with no
sound, voice or confetti, held briefly. They are shown rather than dropped because the
viewer who sent them is in the creator's room and sees the creator's overlay; they are
quiet because they are not the creator's income and must never delay or fold into (and so
inflate the coins of) the creator's own cards. A first gift to the creator is marked.

Twitch and YouTube paid messages (Bits, subs, Super Chats, memberships) are the creator's
cards too, as on the overlay: the platform's mark, the message's words in the window's
language and the creator's share (core.alert_queue values them in coins for their tier).
"""

from __future__ import annotations

from typing import Any

import logging
import math
import random
import time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from ..core.alert_queue import HOLD_S, MIN_HOLD_S, Alert, AlertQueue
from ..settings import SIZE_PRESETS, AlertSettings
from . import theme
from .alert_card import NO_MARKS, CardMarks, draw_card, window_is_rtl
from .alert_sound import SoundBoard, Speaker, should_speak  # noqa: F401 (imported from here by callers)
from .paid_words import paid_words, share_words

log = logging.getLogger(__name__)

ENTER_S = 0.35
EXIT_S = 0.35
MAX_LIVE_HOLD_S = 20.0  # a streak keeps its card while it grows, up to this long
FRAME_MS = 16
GUEST_MAX_QUEUE = 3  # guests' cards waiting; more fold into one "+N more gifts to guests" card


def _keyed_by_guest(u: dict) -> dict:
    """The update with its sender keyed per recipient: one viewer's Roses to Mia and to Leo are two cards."""
    user = u["user"]
    return {**u, "user": {**user, "id": f"{user.get('id', '')}>{u['to'].get('id', '')}"}}


class AlertWindow(QWidget):
    """A frameless-looking canvas OBS can capture; chroma-key or transparent background."""

    alert_started = Signal(object)
    alert_finished = Signal(object)

    def __init__(self, settings: AlertSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("streamer-app alerts"))
        self.settings = settings or AlertSettings()
        self.queue = AlertQueue(self.settings.min_coins, self.settings.max_queue)
        self.guest_queue = AlertQueue(self.settings.min_coins, GUEST_MAX_QUEUE)
        self.current_is_guest = False  # the card on screen came from guest_queue
        # Marks of the cards waiting or on screen, by id (the Alert is kept with them so
        # that id is not reused): what core.alert_queue's Alert does not carry.
        self._marks: dict[int, tuple[Alert, CardMarks]] = {}
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
        self.guest_queue.min_coins = s.min_coins
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
            if u.get("type") in ("gift", "streak", "alert", "paid"):  # "alert": an actions.json alert
                changed = self._push_one(u) or changed
        if changed and self._phase == "idle":
            self._start_next()

    def _push_one(self, u: dict) -> bool:
        to = u.get("to")
        if to:
            alert = self.guest_queue.push(_keyed_by_guest(u))
            if alert is not None:
                name = to.get("name") or to.get("nickname") or self.tr("a guest")
                self._marks[id(alert)] = (alert, CardMarks(to=name if alert.kind == "gift" else "guests"))
            return alert is not None
        alert = self.queue.push(u)
        if alert is not None and alert.paid:
            self._marks[id(alert)] = (alert, CardMarks(label=paid_words(u), share=share_words(u)))
        elif alert is not None and alert.kind == "gift" and u.get("type") == "gift" and (
                u.get("first_gift") or u.get("top_gifter")):  # both known once the gift is counted
            had = self.marks(alert)
            self._marks[id(alert)] = (alert, CardMarks(first=had.first or bool(u.get("first_gift")),
                                                       crown=had.crown or bool(u.get("top_gifter"))))
        return alert is not None

    def marks(self, alert: Alert) -> CardMarks:
        """Who received ``alert`` (a guest's name, or "" for the creator) and whether it is a first gift."""
        entry = self._marks.get(id(alert))
        return entry[1] if entry is not None and entry[0] is alert else NO_MARKS

    def reset_queues(self) -> None:
        """Empty both queues (a new source): nothing from the previous stream is shown after this."""
        s = self.settings
        self.queue.reset(s.min_coins, s.max_queue)
        self.guest_queue.reset(s.min_coins, GUEST_MAX_QUEUE)
        self._marks.clear()

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
        # The creator's own alerts first: a guest's card only when none of theirs waits.
        alert = self.queue.next()
        self.current_is_guest = alert is None and len(self.guest_queue) > 0
        if self.current_is_guest:
            alert = self.guest_queue.next()
        self.current = alert
        self._forget_marks()
        if alert is None:
            self._phase = "idle"
            self._timer.stop()
            self.update()
            return
        self._phase, self._phase_start = "enter", time.monotonic()
        if self.current_is_guest:
            self._hold = min(HOLD_S[0], self.guest_queue.hold_seconds(alert))
            self._last_units, self._last_live, self._confetti = alert.units, alert.live, []
            self._begin(alert)
            return  # no sound, no voice, no confetti: it is not the creator's moment
        self._hold = self.queue.hold_seconds(alert)
        if self.last_shown is None or alert.kind == "gift" and alert.coins >= self.last_shown.coins * 0.5:
            self.last_shown = alert
        self._last_units, self._last_live = alert.units, alert.live
        self._confetti = self._make_confetti(alert) if alert.tier >= 2 else []
        if alert.kind == "gift":
            self.sounds.play(alert.tier)
            if should_speak(alert, self.settings):
                self.speaker.say(self.spoken_words(alert))
        self._begin(alert)

    def spoken_words(self, alert: Alert) -> str:
        """What the voice says for a card, in the window's language (the system's voice for it, where it has one)."""
        if alert.paid:
            return self.tr("{name}: {what}").format(name=alert.name, what=self.marks(alert).label or alert.gift_name)
        return self.tr("{name} sent {count} {gift}").format(name=alert.name, count=alert.units, gift=alert.gift_name)

    def _begin(self, alert: Alert) -> None:
        self.alert_started.emit(alert)
        if not self._timer.isActive():
            self._timer.start()

    def _forget_marks(self) -> None:
        """Drop the marks of cards no queue holds any more (shown, or folded into a summary)."""
        if not self._marks:
            return
        keep = {id(self.current)}
        for q in (self.queue, self.guest_queue):
            keep.update(id(a) for a in q.waiting)
            keep.add(id(q.summary))
        for k in [k for k in self._marks if k not in keep]:
            del self._marks[k]

    def _hold_over(self, alert: Alert, t: float, now: float) -> bool:
        """Has the card on screen held long enough? A guest's card gives way at once to the creator's."""
        if self.current_is_guest and len(self.queue) > 0:
            return t >= MIN_HOLD_S
        live_cap = alert.live and t < MAX_LIVE_HOLD_S
        return t >= self._hold and not live_cap and now - self._pop_at > 0.8

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
            if self._hold_over(alert, t, now):
                self._phase, self._phase_start = "exit", now
        elif self._phase == "exit" and t >= EXIT_S:
            (self.guest_queue if self.current_is_guest else self.queue).done()
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
        if key[:4] != (id(alert), alert.tier, self.width(), self.height()):
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
            paths: dict[Any, QPainterPath] = {}  # by colour index
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
        """The card drawn once into a pixmap (alert_card.draw_card), again only when its text,
        value, marks or the size changes: a frame copies the pixmap."""
        dpr = self.devicePixelRatioF()
        marks = self.marks(alert)
        key = (id(alert), alert.tier, w, h, alert.kind, alert.name, alert.gift_name, alert.units, alert.live,
               alert.coins, alert.summary_coins, alert.image, dpr, marks, window_is_rtl())
        if self._card_cache is not None and self._card_cache[0] == key:
            return self._card_cache[1]
        drawn = draw_card(alert, marks, w, h, dpr)
        self._card_cache = (key, drawn)
        return drawn

    def render_still(self, alert: Alert) -> None:
        """Show ``alert`` fully entered and frozen (for screenshots and tests)."""
        self.current = alert
        self._phase, self._phase_start = "hold", time.monotonic()
        self._hold = 1e9
        self.update()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().closeEvent(event)
