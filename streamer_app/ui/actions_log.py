"""The actions log in the window: what each rule did, what failed and why, what was dropped.

It reads the running actions runner's in-memory log when there is one, else the
``actions.log`` file the runner keeps in the data folder (so the last stream's log is there
after it ended). It looks again once a second while it is on screen: a file stat or a list
length, nothing the GUI thread would feel.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..actions.log import LOG_FILENAME
from . import theme
from .rule_test import active_runner
from .widgets import num

SHOWN = 300  # the newest lines; the file keeps more
_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (ok  |FAIL) (.*)$")


def file_rows(path: Path, limit: int = SHOWN) -> list[tuple[str, bool, str]]:
    """(time, ok, what happened) of the file's last ``limit`` lines, oldest first."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()[-limit:]
    except OSError:
        return []
    rows = []
    for line in lines:
        m = _LINE.match(line.rstrip("\n"))
        if m:
            rows.append((m.group(1)[11:], m.group(2) == "ok  ", m.group(3)))
    return rows


class ActionsLogView(QWidget):
    failures = Signal(int)  # the failed lines among those read, after each reading

    def __init__(self, home: Path) -> None:
        super().__init__()
        self.path = Path(home) / LOG_FILENAME
        self._seen: Any = None  # what was last shown: (entries, last entry) or the file's (size, mtime)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.counts = QLabel("")
        self.counts.setObjectName("muted")
        self.counts.setWordWrap(True)
        self.only_failures = QCheckBox()
        self.only_failures.toggled.connect(lambda _on: self.refresh(force=True))
        self.refresh_button = refresh = QPushButton()
        refresh.clicked.connect(lambda: self.refresh(force=True))
        head = QHBoxLayout()
        head.addWidget(self.counts, 1)
        head.addWidget(self.only_failures)
        head.addWidget(refresh)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the window's language (the actions editor calls it again on a language change)."""
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("What happened")])
        self.only_failures.setText(self.tr("Only failures"))
        self.only_failures.setToolTip(self.tr("Hide what worked: what failed and why, and what was dropped"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh(force=True)

    def watch(self, on: bool) -> None:
        """Look again once a second while the editor is on screen (its Log tab says what failed)."""
        if on:
            self.timer.start()
            self.refresh()
        else:
            self.timer.stop()

    def rows(self, force: bool = False) -> tuple[list[tuple[str, bool, str]], Any]:
        runner = active_runner()
        entries = getattr(getattr(runner, "log", None), "entries", None)
        if callable(entries):
            got = entries()[-SHOWN:]
            rows = [(e.line()[11:19], e.ok, e.line()[25:]) for e in got]
            return rows, (len(got), got[-1] if got else None)
        try:
            st = self.path.stat()
            key: Any = (st.st_size, st.st_mtime_ns)
        except OSError:
            key = None
        if key == self._seen and not force:
            return [], key  # unchanged: not read again
        return file_rows(self.path), key

    def refresh(self, force: bool = False) -> None:
        rows, key = self.rows(force)
        if key == self._seen and not force:
            self._counts()
            return
        self._seen = key
        shown = [r for r in rows if not r[1]] if self.only_failures.isChecked() else rows
        self.table.setRowCount(len(shown))
        for i, (at, ok, what) in enumerate(reversed(shown)):  # newest on top
            if self.isRightToLeft():  # the log's English lines read left to right inside a mirrored table
                what = f"\u2066{what}\u2069"
            for c, text in enumerate((at, what)):
                item = QTableWidgetItem(text)
                if not ok:
                    item.setForeground(QColor(theme.BAD))
                self.table.setItem(i, c, item)
        self.table.resizeRowsToContents()
        self._counts(rows)
        self.failures.emit(sum(1 for _t, ok, _w in rows if not ok))

    def _lines(self, n: int, failed: int) -> str:
        if n == 1:
            return self.tr("1 line, {failed} failed.").format(failed=num(failed))
        return self.tr("{count} lines, {failed} failed.").format(count=num(n), failed=num(failed))

    def _counts(self, rows: list[tuple[str, bool, str]] | None = None) -> None:
        runner = active_runner()
        failed = sum(1 for _t, ok, _w in rows or [] if not ok)
        parts = []
        if runner is None:
            parts.append(self.tr("Actions run while a stream, the demo or a replay with actions runs."))
        dropped = getattr(runner, "dropped", None)
        if isinstance(dropped, int):
            parts.append(self.tr("Dropped (the queue was full): {count}.").format(count=num(dropped)))
        if rows is not None:
            parts.insert(0, self._lines(len(rows), failed) if rows else self.tr("Nothing yet."))
            self._head = parts[0]
        else:
            parts.insert(0, getattr(self, "_head", ""))
        self.counts.setText(" ".join(p for p in parts if p))
