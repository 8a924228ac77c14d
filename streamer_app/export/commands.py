"""The ``export``, ``backup``, ``restore`` and ``doctor`` commands (cli.py maps them here).

Each takes the parsed arguments and the data folder, prints results to stderr (the
export itself may go to stdout with ``-o -``), and raises ``ExportError``, ``StoreError``
or ``LookupError`` with one sentence for anything the user can fix.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from ..i18n import current, numbers, translate
from ..store.database import DB_FILENAME, connect
from ..store.queries import Reader
from .output import ExportError, StderrProgress
from .render import check_format, export_to, find_format, render_bytes
from .periods import month_of, week_of
from .summary import Summary, build_range_summary, build_session_summary


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(f"{option}: {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01") from None


def parse_now(text: str | None) -> datetime:
    if not text:
        return datetime.now(timezone.utc)
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ExportError(f"--now: {text!r} is not an ISO date-time") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def open_reader(home: Path) -> Reader:
    path = Path(home) / DB_FILENAME
    if not path.exists():
        raise ExportError(f"no database in {home} yet: run a stream first (streamer-app --demo)")
    # Read-only: an export must never change (or migrate) the ledger under a running session.
    return Reader(path, connect(path, readonly=True))


def _session_ref(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ExportError(f"night:{text}: name a session id from 'streamer-app sessions', e.g. night:12") from None


def resolve_summary(args: argparse.Namespace, home: Path, reader: Reader, detail: bool = True,
                    tallies: bool = True) -> Summary:
    from ..settings import load

    settings = load(home)
    now = parse_now(getattr(args, "now", None))
    ref = args.ref
    if args.date_from or args.date_to:
        if ref is not None:
            raise ExportError("give either a session (ID, 'last', 'week', 'month') or --from/--to, not both")
        if not args.date_from:
            raise ExportError("--to needs --from: e.g. --from 2025-03-01 --to 2025-03-07")
        first = parse_day(args.date_from, "--from")
        last = parse_day(args.date_to, "--to") if args.date_to else now.date()
        if last < first:
            raise ExportError(f"--to {last} is before --from {first}: swap them")
        return build_range_summary(reader, first, last, settings.thresholds, settings.rates, now=now,
                                   detail=detail, tallies=tallies)
    ref = ref or "last"
    if ref == "night" or ref.startswith("night:"):  # the sessions that ran together (export/night.py)
        from .night import build_night_summary

        anchor: int | str = ref.partition(":")[2] or "last"
        if anchor != "last":
            anchor = _session_ref(str(anchor))
        return build_night_summary(reader, anchor, settings.thresholds, settings.rates, now=now, detail=detail,
                                   tallies=tallies)
    if ref in ("week", "month"):
        first, last = (week_of if ref == "week" else month_of)(now.date())
        return build_range_summary(reader, first, last, settings.thresholds, settings.rates, now=now,
                                   detail=detail, tallies=tallies)
    if ref != "last":
        try:
            ref = int(ref)
        except ValueError:
            raise ExportError(f"{ref!r} is not a session: use an ID from 'streamer-app sessions', 'last', "
                              "'week', 'month', 'night' or --from DATE --to DATE") from None
    return build_session_summary(reader, ref, settings.thresholds, now=now, detail=detail, tallies=tallies)


def export(args: argparse.Namespace, home: Path) -> int:
    try:
        return _export(args, home)
    except sqlite3.DatabaseError as exc:
        raise ExportError(f"the database in {home} cannot be read ({exc}): run 'streamer-app doctor'") from None


def _export(args: argparse.Namespace, home: Path) -> int:
    from .output import choose_format, refuse_data_files

    fmt = choose_format(None if args.format is None else check_format(args.format), args.output)
    found = find_format(fmt)
    if args.output != "-":
        # Before anything is opened: an export must never land on the ledger or its backups.
        refuse_data_files(found.files(Path(args.output).expanduser()), home)
    elif not found.to_stdout:
        raise ExportError(f"{found.label} cannot go to standard output: give a file name with -o")
    progress = StderrProgress()
    with open_reader(home) as reader:
        if found.write_meanwhile is not None and args.output != "-":
            # The summary's totals are summed on a second connection while the files are written.
            written = found.write_meanwhile(
                reader, lambda r, tallies: resolve_summary(args, home, r, detail=found.detail, tallies=tallies),
                Path(args.output).expanduser(), progress)
            progress.finish()
            return _report(written)
        summary = resolve_summary(args, home, reader, detail=found.detail)
        if args.output == "-":
            if found.stdout_note:
                print(found.stdout_note, file=sys.stderr)
            sys.stdout.buffer.write(render_bytes(reader, summary, fmt, progress))
            sys.stdout.flush()
            progress.finish()
            return 0
        written = export_to(reader, summary, fmt, Path(args.output).expanduser(), progress)
        progress.finish()
    return _report(written)


def _report(written: list[Path]) -> int:
    for p in written:
        print(translate("Commands", "wrote {path}").format(path=p), file=sys.stderr)
    return 0


def backup(args: argparse.Namespace, home: Path) -> int:
    from ..settings import SettingsError, load
    from ..store.backup import backup as make_backup

    # The safety net must not depend on the settings: it is what people reach for when
    # something is broken. Unreadable settings may hide a larger backups_keep, so then no
    # older backup is deleted on a guess.
    try:
        keep: int | None = load(home).backups_keep
    except SettingsError as exc:
        keep, problem = None, exc
    path = make_backup(home, keep=keep)
    if keep is None:
        print(translate("Commands", "backup saved: {path}").format(path=path), file=sys.stderr)
        print(f"note: the settings are unreadable, so no older backup was removed: {problem}", file=sys.stderr)
    else:
        print(translate("Commands", "backup saved: {path} (the newest {keep} are kept)").format(path=path, keep=keep),
              file=sys.stderr)
    return 0


def restore(args: argparse.Namespace, home: Path) -> int:
    from ..store.backup import restore as do_restore

    info, kept = do_restore(home, Path(args.file).expanduser())
    sessions, rows = info["sessions"], info["ledger_rows"]
    if current().code == "en":
        print(f"restored {args.file}: {sessions:,} session{'' if sessions == 1 else 's'}, "
              f"{rows:,} counted gift{'' if rows == 1 else 's'}", file=sys.stderr)
    else:
        print(translate("Commands", "restored {file}: sessions {sessions}, counted gifts {gifts}").format(
            file=args.file, sessions=numbers.count(sessions, current()), gifts=numbers.count(rows, current())),
            file=sys.stderr)
    if kept is not None:
        print(translate("Commands", "the previous database was kept as {path}").format(path=kept), file=sys.stderr)
    return 0


def doctor(args: argparse.Namespace, home: Path) -> int:
    from ..store.doctor import PROBLEM, format_findings, run_doctor

    print(translate("Doctor", "streamer-app doctor: checking {path}").format(path=home))
    findings = run_doctor(home, port=getattr(args, "overlay_port", None))
    if home.is_dir():
        from ..obs.doctor import check_obs  # a warning at worst: streams are counted without OBS

        findings.append(check_obs(home))
    print(format_findings(findings))
    return 1 if any(f.status == PROBLEM for f in findings) else 0
