"""The dashboard: everything a creator watches during a stream, drawn from snapshots.

``apply(snapshot, updates)`` is the only input. The live window feeds it from the
bridge; the history view feeds it one snapshot rebuilt from the ledger (read-only).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core import formatting as fmt
from ..core.economics import Threshold
from ..core.multistream import PLATFORM_NAMES
from .feed import EventFeed
from .platform_strip import PlatformStrip
from .timer_panel import TimerPanel
from .tonight import TonightStrip
from .platform_tallies import PlatformTalliesPanel, PlatformTopGifters
from .connection_bar import ConnectionBar
from .gift_tables import GiftTypes
from .widgets import Banner, card, in_digits, local_time, num

if TYPE_CHECKING:
    from pathlib import Path

    from ..store.queries import Reader
    from .chart import EarningsChart  # (pyqtgraph loads after the first window: see ensure_chart)

STAGE_MS = 18  # one stage of a draw per frame (a 60 Hz frame is 16.7 ms)
CHART_EVERY_S = 2.0  # the timeline has 10 s buckets: every other second still reads as live
TABLES_EVERY_S = 0.18  # top gifters and gifts by type: on every other draw in a storm (10 Hz draws)


class Dashboard(QWidget):
    def __init__(self, thresholds: tuple[Threshold, ...] = (), read_only: bool = False) -> None:
        super().__init__()
        self.read_only = read_only
        self.thresholds = tuple(thresholds)
        self.snapshot: dict | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(14, 12, 14, 12)
        root.setSpacing(10)

        self.bar = ConnectionBar()
        self.header = QLabel("")
        self.header.setObjectName("cardTitle")
        if read_only:
            self.bar.hide()
            root.addWidget(self.header)
        else:
            root.addWidget(self.bar)
        self.ledger_banner = Banner(severe=True)
        self.gap_banner = Banner(severe=False)
        root.addWidget(self.ledger_banner)
        root.addWidget(self.gap_banner)

        self.tallies = PlatformTalliesPanel()  # a Twitch or YouTube session shows its own units
        root.addWidget(self.tallies)
        self.platforms = PlatformStrip()  # the night per platform, while several sources run at once
        root.addWidget(self.platforms)
        self.tonight = TonightStrip()  # likes, first gifts, LIVE Match, gifts to guests: when there are any
        root.addWidget(self.tonight)
        root.addLayout(self._body(read_only), 1)
        # Snapshots arrive up to 30 times a second; widgets redraw at most 10 times a second,
        # which reads as live and keeps the GUI thread free for animations in a gift storm.
        self._pending: dict | None = None
        self._pending_updates: list[dict] = []
        self.throttle = QTimer(self)
        self.throttle.setInterval(100)
        self.throttle.setSingleShot(True)
        self.throttle.timeout.connect(self._apply_pending)
        # One draw is split into stages, one per frame: each stage's repaint is then a few ms
        # on its own instead of one 10+ ms paint of the whole dashboard (a visible hitch in an
        # animation; bench_gui.py measured it).
        self._stages: list = []
        self.stager = QTimer(self)
        self.stager.setInterval(STAGE_MS)
        self.stager.timeout.connect(self._next_stage)
        self._chart_drawn_at = 0.0
        self._tables_at = 0.0

    def retranslate(self) -> None:
        """The cards' titles in the window's language (the figures follow at the next draw)."""
        titles = (self.tr("Estimated earnings"), self.tr("Live feed"),
                  self.tr("Top gifters") if self.gifters.platform == "tiktok" else self.tr("Top supporters"),
                  self.tr("Gifts by type"))
        for frame, title in zip(self._cards, titles):
            label = frame.findChild(QLabel, "cardTitle")
            if label is not None:
                label.setText(title.upper())
        if self.chart is None:  # the placeholder goes once the chart is there
            self.chart_placeholder.setText(self.tr("Loading the chart…"))
        if self.snapshot is not None:
            self.apply(self.snapshot, [])

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _body(self, read_only: bool) -> QGridLayout:
        """The chart and the two tables on the left, the live feed on the right."""
        body = QGridLayout()
        body.setSpacing(10)
        chart_card, chart_lay = card(self.tr("Estimated earnings"))
        self.chart_layout = chart_lay
        self.chart: EarningsChart | None = None
        self.chart_placeholder = QLabel(self.tr("Loading the chart…"))
        self.chart_placeholder.setObjectName("muted")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chart_lay.addWidget(self.chart_placeholder, 1)
        self.timer_panel = TimerPanel()
        feed_card, feed_lay = card(self.tr("Live feed"))
        self.feed = EventFeed()
        feed_lay.addWidget(self.feed)
        gifters_card, gl = card(self.tr("Top gifters"))
        self.gifters = PlatformTopGifters()  # a Twitch or YouTube session's supporters
        gl.addWidget(self.gifters)
        types_card, tl = card(self.tr("Gifts by type"))
        self._cards = (chart_card, feed_card, gifters_card, types_card)
        self.gift_types = GiftTypes()
        tl.addWidget(self.gift_types)

        tables = QHBoxLayout()
        tables.setSpacing(10)
        tables.addWidget(gifters_card)
        tables.addWidget(types_card)
        body.addWidget(chart_card, 0, 0)
        body.addLayout(tables, 1, 0)
        body.setColumnStretch(0, 3)
        if read_only:
            # A past session has no feed to show (the ledger keeps gifts and counts, not the chat;
            # its gaps have the banner above): its third of the window goes to the chart and the
            # tables instead of an empty "Session notes" panel.
            feed_card.setParent(self)
            feed_card.hide()
        else:
            side = QVBoxLayout()  # the subathon timer's controls above the live feed
            side.setSpacing(10)
            side.addWidget(self.timer_panel)
            side.addWidget(feed_card, 1)
            body.addLayout(side, 0, 1, 2, 1)
            body.setColumnStretch(1, 1)
        body.setRowStretch(0, 5)
        body.setRowStretch(1, 4)
        return body

    def feed_batch(self, snap: dict, updates: list[dict]) -> None:
        """Live input: keep the newest snapshot and the updates; draw on the next throttle tick."""
        self._pending = snap
        self._pending_updates.extend(updates)
        if len(self._pending_updates) > 400:
            del self._pending_updates[:-400]
        if not self.throttle.isActive():
            self.throttle.start()

    def flush(self) -> None:
        """Draw everything pending now, in one go (the stream ended: the final picture)."""
        self.throttle.stop()
        self._run_stages()
        snap, updates = self._pending, self._pending_updates
        self._pending, self._pending_updates = None, []
        if snap is not None:
            self.apply(snap, updates)
        if self.chart is not None:
            self.chart._maybe_redraw()

    def _apply_pending(self) -> None:
        snap, updates = self._pending, self._pending_updates
        self._pending, self._pending_updates = None, []
        if snap is None:
            return
        self._run_stages()  # an unfinished draw (a slow machine) is completed first, in order
        self.snapshot = snap
        stages = [lambda: self._apply_summary(snap)]
        if updates:
            stages.append(lambda: self.feed.apply(updates))
        now = time.monotonic()
        if now - self._tables_at >= TABLES_EVERY_S:
            # The rankings move slower than the counters: 5 times a second reads as live.
            self._tables_at = now
            stages += [lambda: self.gifters.apply(snap), lambda: self.gift_types.apply(snap)]
        if self.chart is not None:
            self.chart.apply(snap)
            if now - self._chart_drawn_at >= CHART_EVERY_S:
                stages.append(self._redraw_chart)
        self._stages = stages
        self._next_stage()
        if self._stages:
            self.stager.start()

    def _next_stage(self) -> None:
        if self._stages:
            self._stages.pop(0)()
        if not self._stages:
            self.stager.stop()

    def _run_stages(self) -> None:
        # Popped one by one: a stage may queue a follow-up (the chart's y-axis move), run here too.
        while self._stages:
            self._stages.pop(0)()
        self.stager.stop()

    def _redraw_chart(self) -> None:
        self._chart_drawn_at = time.monotonic()
        chart = self.chart
        if chart is None:
            return
        if chart._dirty and chart.isVisible() and chart.redraw(split=True):
            # The y axis has to move: the move (new labels, the view's transforms) gets the next
            # frame, unpainted, and the repaint of the whole plot the one after.
            self._stages[:0] = [lambda: chart.finish_redraw(hidden=True), chart.reveal]
            self.stager.start()

    # -- the chart is built after the window shows (pyqtgraph's import is the slow part) --
    def ensure_chart(self):
        if self.chart is None:
            from .chart import EarningsChart

            self.chart = EarningsChart(self.thresholds)
            if not self.read_only:
                # Live, the chart is redrawn as a stage of the dashboard's draw (its own frame),
                # not by its own timer at a moment that may fall on another stage's frame.
                self.chart.timer.stop()
            self.chart_layout.replaceWidget(self.chart_placeholder, self.chart)
            self.chart_placeholder.deleteLater()
            if self.snapshot is not None:
                self.chart.apply(self.snapshot)
        return self.chart

    def set_thresholds(self, thresholds) -> None:
        self.thresholds = tuple(thresholds)
        if self.chart is not None:
            self.chart.set_thresholds(self.thresholds)
            self.chart._maybe_redraw()  # at once: live, its own timer is off (see ensure_chart)

    # -- input ---------------------------------------------------------------------------
    def load_recent_income(self, home: "Path", session_coins: int) -> None:
        """Coins of the last 14 days before this session, for projected dates (off the GUI thread)."""
        from ..store.database import DB_FILENAME
        from .background import read_store

        def query(reader: "Reader") -> int:
            # The last 14 days, withdrawals or not: cashing out does not change the pace.
            return max(0, reader.coins_since(time.time() - 14 * 86400) - session_coins)

        def loaded(coins, error) -> None:
            if error is None and self.chart is not None:
                self.chart.set_recent_history(coins)

        read_store(home / DB_FILENAME, query, loaded)

    def apply(self, snap: dict[str, Any], updates: Sequence[dict[str, Any]] = ()) -> None:
        """Draw ``snap`` (and the feed's ``updates``) at once; the live path stages this over frames."""
        self.snapshot = snap
        if updates:
            self.feed.apply(list(updates))
        self.gifters.apply(snap)
        self.gift_types.apply(snap)
        if self.chart is not None:
            self.chart.apply(snap)
        self._apply_summary(snap)

    def _apply_summary(self, snap: dict) -> None:
        """Tallies, banners, the connection bar: the small widgets, drawn together."""
        self.tallies.apply(snap)
        self.platforms.apply(snap)
        self.tonight.apply(snap)
        if not self.read_only:
            self.timer_panel.apply(snap)
        self.ledger_banner.show_text(
            self.tr("⚠ The ledger has a problem: {problem}").format(problem=snap["ledger_problem"])
            if snap.get("ledger_problem") else None
        )
        gaps = snap.get("gaps") or []
        if gaps:
            missed = sum(b - a for a, b in gaps)
            self.gap_banner.show_text(
                (self.tr("⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from "
                         "these totals.") if len(gaps) == 1 else
                 self.tr("⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing "
                         "from these totals.")).format(count=num(len(gaps)), time=in_digits(fmt.duration(missed)))
            )
        else:
            self.gap_banner.hide()
        session = snap.get("session") or {}
        started = session.get("started_at")
        elapsed = (snap.get("stream_time") or 0) - started if started else 0
        if self.read_only:
            when = local_time(started) if started else ""
            self.header.setText("  ·  ".join((
                self.tr("Session #{id}").format(id=session.get("id", "?")).upper(), session.get("source", ""),
                session.get("creator", ""), when, in_digits(fmt.duration(elapsed)), self.tr("read-only").upper())))
        else:
            st = dict(snap.get("state") or {})
            if st.get("state") == "connecting" and session.get("id") and snap.get("stream_time", 0) > (started or 0):
                # Sources that report no state of their own (the demo, replays) are live once events flow.
                st = {"state": "live", "message": f"{session.get('source', '')} · {session.get('creator', '')}",
                      "retry_at": None}
                parts = snap.get("platforms") or []
                if len(parts) > 1:  # several sources: each by its platform and channel
                    st["message"] = "  ·  ".join(f"{PLATFORM_NAMES.get(p['platform'], p['platform'])} {p['creator']}"
                                                 for p in parts)
            self.bar.set_state(st.get("state", "idle"), st.get("message", ""), st.get("retry_at"))
            self.bar.set_live(snap.get("viewers", 0), elapsed)

    def clear(self) -> None:
        # A new source: nothing from the previous engine may be drawn after this.
        self.throttle.stop()
        self.stager.stop()
        self._stages, self._pending, self._pending_updates = [], None, []
        if self.chart is not None:
            self.chart.reveal()  # a y-axis move's paint was one of the stages dropped
        self.feed.clear_feed()
        self.platforms.clear()
