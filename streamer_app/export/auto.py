"""What happens when a session ends: an automatic backup, and the optional automatic export.

``on_session_ended`` is called by the headless run (app.py) and by the window alike. It
never raises: the session is already safely in the ledger, so a failure here is reported
as a sentence and the rest still runs.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from ..i18n import translate
from ..settings import auto_export_folder
from ..store.database import DB_FILENAME, StoreError, connect
from ..store.queries import Reader
from ..store.backup import backup
from .output import ExportError
from .formats import BY_KEY
from .render import export_to
from .summary import build_session_summary

log = logging.getLogger(__name__)


def export_file_stem(creator: str, session_id: int, started_at: float) -> str:
    """A file name a creator recognises and that sorts by date: 2025-03-01-1800-demo.creator-s12."""
    when = datetime.fromtimestamp(started_at, timezone.utc).strftime("%Y-%m-%d-%H%M")
    who = "".join(ch for ch in creator.lstrip("@") if ch.isalnum() or ch in "._-") or "session"
    return f"{when}-{who}-s{session_id}"


def on_session_ended(data_dir: Path, settings, session_id: int, now: datetime | None = None,
                     back_up: bool = True) -> list[str]:
    """Back up the database, then export the session if the settings ask for it.

    Returns one line per thing done or failed, for the progress output or the status bar.
    ``back_up=False`` for the other sessions of a night that ended together (one backup holds them all).
    """
    data_dir = Path(data_dir)
    messages: list[str] = []
    try:
        if back_up:
            path = backup(data_dir, keep=settings.backups_keep, now=now)
            messages.append(translate("AutoExport", "backup saved: {path}").format(path=path))
    except (StoreError, OSError) as exc:
        log.warning("automatic backup failed: %s", exc)
        messages.append(translate("AutoExport", "the automatic backup failed: {error}").format(error=exc))
    out_dir = auto_export_folder(settings, data_dir)
    if out_dir is None or not settings.auto_export_formats or not session_id:
        return messages
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        messages.append(translate("AutoExport", "the automatic export folder {folder} cannot be created ({error}): "
                                  "choose another folder in the settings").format(folder=out_dir, error=exc.strerror))
        return messages
    try:
        conn = connect(data_dir / DB_FILENAME, readonly=True)
    except StoreError as exc:
        messages.append(translate("AutoExport", "the automatic export could not read the database: {error}").format(
            error=exc))
        return messages
    with Reader(data_dir / DB_FILENAME, conn) as reader:
        try:
            summary = build_session_summary(reader, session_id, settings.thresholds, now=now)
            stem = export_file_stem(summary.session.creator, session_id, summary.session.started_at)
            for fmt in settings.auto_export_formats:
                try:
                    written = export_to(reader, summary, fmt, out_dir / f"{stem}.{BY_KEY[fmt].suffix}")
                    messages.append(translate("AutoExport", "exported: {files}").format(
                        files=", ".join(str(p) for p in written)))
                except (ExportError, OSError, KeyError) as exc:
                    log.warning("automatic %s export failed: %s", fmt, exc)
                    messages.append(translate("AutoExport", "the automatic {format} export failed: {error}").format(
                        format=fmt, error=exc))
        except LookupError as exc:
            messages.append(translate("AutoExport", "nothing to export automatically: {error}").format(error=exc))
    return messages
