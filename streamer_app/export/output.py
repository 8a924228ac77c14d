"""Writing export files safely: clear errors for bad paths, atomic replace, progress."""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from .formats import BY_KEY, BY_SUFFIX

Progress = Callable[[int, int, str], None]  # (done, total, what)


class ExportError(Exception):
    """An export that cannot be written; the message is one sentence for the user."""


def check_target(path: Path) -> Path:
    """Refuse, in one sentence, an output path that cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder: give a file name, e.g. {path / 'summary.html'}")
    parent = path.parent
    if not parent.exists():
        raise ExportError(f"the folder {parent} does not exist: create it or choose another -o path")
    if not parent.is_dir():
        raise ExportError(f"{parent} is a file, not a folder: choose another -o path")
    if not os.access(parent, os.W_OK):
        raise ExportError(f"the folder {parent} is not writable: choose another -o path")
    return path


def choose_format(fmt: str | None, output: str) -> str:
    """The export's format: ``fmt`` (a checked --format) if given, else the -o file's suffix
    (json for '-' and for a suffix that names no format).

    A ``fmt`` that contradicts a known suffix is refused rather than obeyed: JSON in a file
    called report.html opens as garbage in a browser.
    """
    known = None if output == "-" else BY_SUFFIX.get(Path(output).suffix.lower())
    implied = None if known is None else known.key
    if fmt is None:
        return implied or "json"
    if implied is not None and implied != fmt:
        suffix = BY_KEY[fmt].suffixes[0]
        name = Path(output).name
        raise ExportError(f"--format {fmt} does not match the file name {name} (its {Path(name).suffix} suffix means "
                          f"{implied}): leave out --format, or give the file a {suffix} name")
    return fmt


def refuse_data_files(paths: Iterable[Path], data_dir: Path) -> None:
    """Refuse, in one sentence, an export over the database, its journal files or a backup.

    Paths are compared resolved, so a relative path, ``..`` or a symlink cannot hide the
    database; files that exist are also compared by identity (a hard link, or another
    letter case on a case-insensitive disk).
    """
    from ..store.database import DB_FILENAME  # here: output.py is imported where the store is not
    from ..store.backup import backups_dir

    home = Path(data_dir).expanduser().resolve()
    db = home / DB_FILENAME
    protected = {db: "the database"}
    for end in ("-wal", "-shm", "-journal"):
        protected[db.with_name(db.name + end)] = f"the database's {end[1:]} file"
    backups = backups_dir(home).resolve()
    for path in paths:
        try:
            target = Path(path).expanduser().resolve()
        except RuntimeError:  # a symlink loop leads to no file: the export replaces the link itself
            continue
        if target.is_relative_to(backups):
            raise ExportError(f"{path} is in the backups folder {backups}: choose an -o path outside it "
                              "(nothing was written)")
        for file, what in protected.items():
            if target == file or (target.is_file() and file.is_file() and os.path.samefile(target, file)):
                raise ExportError(f"{path} is {what} {file}: choose another -o path (nothing was written)")


@contextmanager
def atomic_open(path: Path, mode: str = "w", **kw) -> Iterator:
    """Write to PATH.partial, then replace PATH: a failed export never leaves half a file."""
    path = check_target(Path(path))
    if path.exists() and not path.is_file():
        # A device or pipe (-o /dev/stdout, /dev/null): write to it; never replace it with a file.
        with open(path, mode, **kw) as f:
            yield f
        return
    tmp = path.with_name(path.name + ".partial")
    try:
        f = open(tmp, mode, **kw)
    except PermissionError:
        raise ExportError(f"cannot write in {path.parent}: permission denied; choose another -o path") from None
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def write_bytes(path: Path, data: bytes) -> Path:
    with atomic_open(path, "wb") as f:
        f.write(data)
    return Path(path)


def write_text(path: Path, text: str) -> Path:
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return Path(path)


class StderrProgress:
    """Progress for long exports: silent for the first second, then a line at most twice a second."""

    def __init__(self, out: TextIO = sys.stderr, delay: float = 1.0) -> None:
        self.out = out
        self.tty = out.isatty()
        self.start = time.monotonic()
        self.delay = delay
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self.start < self.delay or now - self._last < (0.5 if self.tty else 2.0):
            return
        self._last = now
        self._shown = True
        pct = f"{100 * done / total:.0f}% " if total else ""
        text = f"exporting {what}: {pct}({done:,} of {total:,})"
        self.out.write(("\r\033[K" + text) if self.tty else text + "\n")
        self.out.flush()

    def finish(self) -> None:
        if self._shown and self.tty:
            self.out.write("\n")
            self.out.flush()
