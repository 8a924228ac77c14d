"""Writing export files safely: clear errors for bad paths, atomic replace, progress."""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TextIO

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
