"""The command line (DESIGN.md section 4): its grammar in ``cli_parser``, the commands here;
wiring of layers in ``app``.

Every failure a user can cause ends in one clear sentence on stderr and a non-zero
exit code, never a bare traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_parser import SECRET_NAMES, build_parser  # noqa: F401 - tests and packaging build the parser from here
from .paths import data_dir

if TYPE_CHECKING:
    from .store.queries import Reader

log = logging.getLogger(__name__)

EXIT_USAGE = 2
EXIT_FAILED = 1


class UserError(Exception):
    """A problem the user can fix; printed as one sentence."""


# The engine thread, the ledger writer and the window share one GIL; a thread waiting for
# it gets it after at most this long (Python's default is 5 ms). The writer waits for it
# twice per statement (SQLite releases it around its steps) while the engine counts a
# storm, and the window must not stall behind either. Measured side by side:
# benchmarks/bench_ledger.py about 12 % more gifts/s than at 2 ms, bench_gui.py no worse.
SWITCH_INTERVAL_S = 0.0005


def main(argv: list[str] | None = None) -> int:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return _dispatch(args, parser)
    except UserError as exc:
        print(f"streamer-app: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _user_error_types() -> tuple[type[BaseException], ...]:
    """The errors that already carry a sentence for the user.

    The store is looked up rather than imported: importing it loads sqlite-utils and numpy,
    which the window's start does not need, and a StoreError can only have been raised by
    a store module that is already loaded.
    """
    from .settings import SettingsError
    from .sources.errors import SourceError

    types: list[type[BaseException]] = [SettingsError, SourceError, LookupError]
    store = sys.modules.get(f"{__package__}.store.database")
    if store is not None:
        types.append(store.StoreError)
    return tuple(types)


def _dispatch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        home = data_dir(args.data_dir)
        _choose_language(getattr(args, "lang", None), home)
        handler = COMMANDS[args.command or "run"]  # argparse only lets known commands through
        return handler(args, home)
    except _user_error_types() as exc:  # evaluated only when something was raised
        # str() of a KeyError is the repr of its message, quotes added: take the message itself.
        message = exc.args[0] if isinstance(exc, KeyError) and len(exc.args) == 1 else exc
        raise UserError(str(message)) from None
    except PermissionError as exc:
        raise UserError(f"permission denied: {exc.filename}: choose another --data-dir or fix its permissions") from None
    except OSError as exc:
        if exc.errno == 28:
            raise UserError("the disk is full: free some space and try again (nothing committed was lost)") from None
        raise UserError(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from None


def _choose_language(code: str | None, home: Path) -> None:
    """The process's language: ``--lang``, else the ``language`` setting, else the system's.

    A wrong ``--lang`` is refused in one sentence; the setting was checked when it was saved
    (and a damaged one falls back to the system's language rather than stopping the app).
    """
    from . import i18n

    if code is not None:
        try:
            i18n.choose_for_run(code)
        except ValueError as exc:
            raise UserError(f"--lang: {exc}") from None
        return
    from .settings import SettingsError, load

    try:
        saved = load(home).language
    except (SettingsError, OSError):
        saved = ""
    i18n.set_language(saved or None)


# -- commands ---------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace, home: Path) -> int:
    from .app import run_app

    return run_app(args, home)


def cmd_sessions(args: argparse.Namespace, home: Path) -> int:
    from .i18n import current, numbers, shown, translate

    lang = current()
    with _reader(home) as reader:
        rows = reader.sessions()
    if not rows:
        print(translate("Commands", "No sessions yet. Try: streamer-app --demo"))
        return 0
    heads = [translate("Commands", "ID"), translate("Commands", "STARTED (UTC)"), translate("Commands", "SOURCE"),
             translate("Commands", "CREATOR"), translate("Commands", "COINS"), translate("Commands", "GIFTS"),
             translate("Commands", "GIFTERS"), translate("Commands", "EST."), translate("Commands", "STATUS")]
    print(f"{heads[0]:>4}  {heads[1]:<17} {heads[2]:<7} {heads[3]:<18} {heads[4]:>10} {heads[5]:>8} "
          f"{heads[6]:>7} {heads[7]:>11}  {heads[8]}")
    for s in rows:
        status = (translate("Commands", "live/open") if s.ended_at is None
                  else shown("EndReasons", s.end_reason or "") or translate("Commands", "ended"))
        print(f"{s.id:>4}  {s.started.strftime('%Y-%m-%d %H:%M'):<17} {s.source:<7} {s.creator[:18]:<18} "
              f"{numbers.count(s.coins, lang):>10} {numbers.count(s.gifts, lang):>8} {numbers.count(s.gifters, lang):>7} "
              f"{numbers.money(s.estimated_earnings, s.rates.currency, lang):>11}  {status}")
    return 0


def cmd_export(args: argparse.Namespace, home: Path) -> int:
    from .export import commands

    return _export_command(commands.export, args, home)


def cmd_backup(args: argparse.Namespace, home: Path) -> int:
    from .export import commands

    return _export_command(commands.backup, args, home)


def cmd_restore(args: argparse.Namespace, home: Path) -> int:
    from .export import commands

    return _export_command(commands.restore, args, home)


def cmd_timer(args: argparse.Namespace, home: Path) -> int:
    from .engine.timer_commands import cmd_timer as run

    return run(args, home)


def cmd_settings(args: argparse.Namespace, home: Path) -> int:
    from .settings_commands import cmd_settings as run

    return run(args, home)


def cmd_doctor(args: argparse.Namespace, home: Path) -> int:
    from .export import commands

    return _export_command(commands.doctor, args, home)


def _export_command(fn, args: argparse.Namespace, home: Path) -> int:
    """Run an export/backup/doctor command; its ExportError becomes one sentence."""
    from .export.output import ExportError

    try:
        return fn(args, home)
    except ExportError as exc:
        raise UserError(str(exc)) from None


def _session_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UserError(f"{text!r} is not a session id: use a number from 'streamer-app sessions' or 'last'") from None


def _reader(home: Path) -> Reader:
    from .store.database import DB_FILENAME, connect, open_database
    from .store.queries import Reader

    path = home / DB_FILENAME
    if not path.exists():
        raise UserError(f"no database in {home} yet: run a stream first (streamer-app --demo)")
    if not os.access(home, os.W_OK):  # a read-only drive or archive: list it as it is
        return Reader(path, connect(path, readonly=True))
    db = open_database(path)  # checks and migrates; then used for reading only
    return Reader(path, db.conn)


def cmd_connect(args: argparse.Namespace, home: Path) -> int:
    from .app import run_app

    return run_app(args, home)


def cmd_replay(args: argparse.Namespace, home: Path) -> int:
    from .app import run_app

    return run_app(args, home)


def cmd_overlay(args: argparse.Namespace, home: Path) -> int:
    from .overlay.commands import cmd_overlay as run

    return run(args, home)


def cmd_secrets(args: argparse.Namespace, home: Path) -> int:
    """Secrets never travel on the command line (shell history): a hidden prompt or stdin."""
    import getpass

    from .i18n import translate
    from .sources.cli_words import is_set, kept_in, status_line, where_kept
    from .sources.secrets import MASK, SecretStore

    store = SecretStore(home)
    names = SECRET_NAMES
    if args.secrets_command == "status":
        for label, name in names.items():  # the labels are the command's own names: never translated
            print(status_line(label, is_set(bool(store.get(name)))))
        print(kept_in(store))
        return 0
    name = names[args.name]
    if args.secrets_command == "clear":
        store.delete(name)
        print(translate("Commands", "{name} cleared").format(name=args.name), file=sys.stderr)
        return 0
    value = getpass.getpass(f"{args.name}: ") if sys.stdin.isatty() else sys.stdin.readline()
    value = value.strip()
    if not value:
        raise UserError(translate("Commands", "no {name} given; nothing was changed").format(name=args.name))
    # OBS lets the creator choose any password; the keys TikTok needs are long and unbroken.
    if name != "obs_password" and (any(c.isspace() for c in value) or len(value) < 8):
        raise UserError(translate("Commands", "that does not look like a {name} (too short or contains spaces); "
                                              "nothing was changed").format(name=args.name))
    store.set(name, value)
    print(translate("Commands", "{name} stored in {where}: {mask}").format(
        name=args.name, where=where_kept(store, private_note=True), mask=MASK), file=sys.stderr)
    return 0


def cmd_twitch(args: argparse.Namespace, home: Path) -> int:
    from .sources.twitch_commands import run

    return run(args.twitch_command, home, getattr(args, "client_id", None))


def cmd_youtube(args: argparse.Namespace, home: Path) -> int:
    from .sources.youtube_commands import run

    return run(args.youtube_command, home, getattr(args, "client_secrets", None), getattr(args, "no_browser", False))


COMMANDS = {
    "twitch": cmd_twitch,
    "run": cmd_run,
    "secrets": cmd_secrets,
    "sessions": cmd_sessions,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "doctor": cmd_doctor,
    "timer": cmd_timer,
    "settings": cmd_settings,
    "overlay": cmd_overlay,
    "connect": cmd_connect,
    "replay": cmd_replay,
    "youtube": cmd_youtube,
}
