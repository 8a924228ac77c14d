"""History: past sessions with their totals; opening one shows its dashboard, read-only."""

from __future__ import annotations

from typing import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMainWindow, QMenu, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import formatting as fmt
from ..core.economics import Threshold
from ..core.snapshot import BattlePayload, Snapshot, build_snapshot
from ..store.queries import Reader, SessionRow
from ..i18n import QT_TRANSLATE_NOOP
from .background import read_store
from .dashboard import Dashboard
from .translation import shown
from .widgets import cash, in_digits, local_time, num


def snapshot_from_store(reader: Reader, session: SessionRow, top: int = 10) -> Snapshot:
    """The same snapshot as Engine.snapshot() (one builder, core.snapshot), rebuilt from the ledger."""
    t = reader.tallies([session.id])
    t.follows, t.shares, t.likes, t.comments = session.follows, session.shares, session.likes, session.comments
    t.subscribes, t.peak_viewers, t.raids = session.subscribes, session.peak_viewers, session.raids
    end = session.ended_at or session.last_ts or session.started_at
    since = reader.last_withdrawal_ts()
    return build_snapshot(
        t, session.rates,
        session={"id": session.id, "source": session.source, "creator": session.creator,
                 "room_id": session.room_id, "started_at": session.started_at, "resumed": False,
                 "platform": session.platform},
        state={"state": "history", "message": "", "retry_at": None},
        stream_time=end, wall_time=end, viewers=session.peak_viewers,
        gifts_per_minute=round(t.gifts * 60.0 / max(60.0, end - session.started_at), 1),
        committed_gifts=t.gifts,
        # Read-only: the balance line shows today's balance since the last withdrawal, shifted to this session.
        balance=reader.balance_without(session.id, since, session.rates), balance_since=since,
        gaps=[[a, b] for a, b, _ in reader.gaps(session.id)],
        battle=battle_from_store(reader.battle_scores(session.id), session.creator),
        top=top,
        # Live it is the last 5 minutes. Shown as it is: translated here, where the window builds it.
        totals_extra={"gifts_per_minute_label": QCoreApplication.translate("HistoryView", "session average")},
    )


def battle_from_store(rows: list[tuple], creator: str) -> BattlePayload | None:
    """The session's latest LIVE Match as Engine.snapshot() has it, from Reader.battle_scores rows
    (battle id, user id, handle, nickname, points, ended), in time order.

    The ledger does not keep which side is the host's, so the side whose handle is the session's
    creator goes first, as the engine puts the host's; without one, the ledger's order stays.
    """
    if not rows:
        return None
    latest = rows[-1][0]
    sides = [r for r in rows if r[0] == latest]
    handle = (creator or "").lstrip("@").lower()
    sides.sort(key=lambda r: not (handle and r[2].lower() == handle))  # stable: the rest keep their order
    return {
        "battle_id": latest, "ended": any(bool(r[5]) for r in sides), "ts": None,  # the ledger keeps no time for it
        "scores": [{"user": {"id": uid, "handle": h, "nickname": nick, "name": nick or (f"@{h}" if h else uid),
                             "avatar": ""}, "points": points} for _, uid, h, nick, points, _ in sides],
    }


class HistoryView(QWidget):
    """The list of sessions; ``open_requested(session_id)`` when one is opened."""

    open_requested = Signal(int)
    export_requested = Signal(int, str)  # session id, format
    COLUMNS = ["#", QT_TRANSLATE_NOOP("HistoryView", "Started"), QT_TRANSLATE_NOOP("HistoryView", "Source"),
               QT_TRANSLATE_NOOP("HistoryView", "Creator"), QT_TRANSLATE_NOOP("HistoryView", "Length"),
               QT_TRANSLATE_NOOP("HistoryView", "Coins"), QT_TRANSLATE_NOOP("HistoryView", "Gifts"),
               QT_TRANSLATE_NOOP("HistoryView", "Gifters"), QT_TRANSLATE_NOOP("HistoryView", "Est. earnings"),
               QT_TRANSLATE_NOOP("HistoryView", "Status")]

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.rows: list[SessionRow] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.open_btn = QPushButton(self.tr("Open"))
        self.open_btn.setObjectName("primary")
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.export_btn = QPushButton(self.tr("Export ▾"))
        from ..export.formats import FORMATS, listed

        self.export_btn.setToolTip(self.tr("Export the selected session ({formats})").format(
            formats=listed(tuple(f.label for f in FORMATS))))
        menu = QMenu(self.export_btn)
        for export_format in FORMATS:
            menu.addAction(f"{export_format.title}…", self._export_action(export_format.key))
        self.export_btn.setMenu(menu)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_btn)
        top.addWidget(self.export_btn)
        top.addWidget(self.open_btn)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([shown("HistoryView", c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay.addLayout(top)
        lay.addWidget(self.table)
        self.table.cellDoubleClicked.connect(lambda r, _c: self._open_row(r))
        self.open_btn.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.refresh_btn.clicked.connect(self.reload)

    def reload(self) -> None:
        """Query the sessions on a worker thread (a big ledger takes a moment)."""
        if not self.db_path.exists():
            self.set_rows([])
            return
        self.status.setText(self.tr("Loading sessions…"))

        read_store(self.db_path, lambda reader: reader.sessions(), self._loaded)

    def _loaded(self, rows, error) -> None:
        if error is not None:
            self.status.setText(self.tr("Could not read the sessions: {error}").format(error=error))
            return
        self.set_rows(rows)

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.rows = list(reversed(rows))  # newest first
        t = self.table
        t.setRowCount(len(self.rows))
        for i, s in enumerate(self.rows):
            end = s.ended_at or s.last_ts or s.started_at
            status = self.tr("open") if s.ended_at is None else (shown("EndReasons", s.end_reason or "") or self.tr("ended"))
            values = [str(s.id), local_time(s.started_at), s.source, s.creator,
                      in_digits(fmt.duration(end - s.started_at)), num(s.coins), num(s.gifts), num(s.gifters),
                      cash(s.estimated_earnings, s.rates.currency), status]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c in (0, 4, 5, 6, 7, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(i, c, item)
        self.status.setText(self.tr("Sessions: {count}. Double-click one to open it (read-only).").format(
            count=len(self.rows)) if self.rows else self.tr("No sessions yet: start the demo or connect to a stream."))
        if self.rows:
            t.selectRow(0)

    def _export_action(self, fmt_key: str) -> Callable[[], None]:
        return lambda: self._export_row(self.table.currentRow(), fmt_key)

    def _export_row(self, row: int, fmt_key: str) -> None:
        if 0 <= row < len(self.rows):
            self.export_requested.emit(self.rows[row].id, fmt_key)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].id)


class SessionWindow(QMainWindow):
    """One past session's dashboard, read-only."""

    def __init__(self, db_path: Path, session_id: int, thresholds: tuple[Threshold, ...]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Session #{id} — streamer-app").format(id=session_id))
        self.dashboard = Dashboard(thresholds, read_only=True)
        self.setCentralWidget(self.dashboard)
        self.resize(1280, 800)
        self.loaded = False
        self.error: str | None = None
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.dashboard.ensure_chart()

        def build(reader: Reader) -> Snapshot:
            session = reader.session(session_id)
            if session is None:
                raise LookupError(QCoreApplication.translate("SessionWindow", "session {id} is not in the database").format(
                    id=session_id))
            return snapshot_from_store(reader, session)

        read_store(db_path, build, self._built)

    def _built(self, snap, error) -> None:
        if error is not None:
            self.error = str(error)
            self.dashboard.header.setText(self.tr("Could not open the session: {error}").format(error=error))
            return
        self.dashboard.apply(snap)
        if self.dashboard.chart is not None:
            self.dashboard.chart.redraw()
        self.loaded = True
