"""``streamer-app doctor``: check the setup and say what to do about each problem.

Checks the data folder, the settings, the database (and its backups), the overlay port
and the system libraries Qt needs. Qt itself is tried in a child process, so this
module stays Qt-free and a missing library cannot crash the doctor.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, shown, translate
from .backup import REQUIRED_TABLES, list_backups
from .database import DB_FILENAME, quick_check
from .schema import unknown_steps

OK, WARN, PROBLEM = "ok", "warning", "PROBLEM"
LOW_DISK_BYTES = 200 * 1024 * 1024

# Shared libraries the xcb platform plugin loads, and the Debian/Ubuntu package that has each.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-util.so.1": "libxcb-util1", "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0", "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


@dataclass(frozen=True)
class Finding:
    area: str
    status: str  # OK, WARN or PROBLEM
    detail: str
    advice: str = ""


def _write_probe(folder: Path) -> None:
    """Write a small file in ``folder`` and delete it; raises the OSError that stopped it."""
    probe = folder / f".doctor-probe-{os.getpid()}"
    try:
        probe.write_bytes(b"ok")
    finally:
        try:
            probe.unlink(missing_ok=True)  # a full disk can leave it created but empty
        except OSError:
            pass


def _write_advice(exc: OSError) -> str:
    """What to do about a folder that cannot be written, by what the system said."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Doctor", "free some disk space (the disk or your quota is full), or choose another folder "
                                   "with --data-dir")
    if exc.errno == errno.EROFS:
        return translate("Doctor", "the disk is read-only: remount it writable or use another disk, or choose another "
                                   "folder with --data-dir")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Doctor", "fix the folder's permissions (it must be writable by you), or choose another "
                                   "folder with --data-dir")
    return translate("Doctor", "the system said: {error}; check the disk, or choose another folder with "
                               "--data-dir").format(error=exc.strerror or exc)


def check_data_folder(data_dir: Path) -> list[Finding]:
    data_dir = Path(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        return [Finding("data folder", PROBLEM, translate("Doctor", "{path} is a file, not a folder").format(path=data_dir),
                        translate("Doctor", "move that file away, or choose another folder with --data-dir"))]
    if not data_dir.exists():
        parent = next((p for p in data_dir.parents if p.exists()), None)
        if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK):
            return [Finding("data folder", PROBLEM, translate("Doctor", "{path} does not exist and cannot be created").format(path=data_dir),
                            translate("Doctor", "choose a folder you can write to with --data-dir or STREAMER_APP_HOME"))]
        return [Finding("data folder", OK, translate("Doctor", "{path} will be created on the first stream").format(path=data_dir))]
    try:
        _write_probe(data_dir)
    except OSError as exc:
        return [Finding("data folder", PROBLEM, translate("Doctor", "cannot write in {path} ({error})").format(path=data_dir, error=exc.strerror or exc),
                        _write_advice(exc))]
    free = shutil.disk_usage(data_dir).free
    if free < LOW_DISK_BYTES:
        return [Finding("data folder", WARN, translate("Doctor", "{path}: only {mb} MB free").format(path=data_dir, mb=free // (1024 * 1024)),
                        translate("Doctor", "free some disk space: the ledger and recordings need room to grow"))]
    return [Finding("data folder", OK, translate("Doctor", "{path} is writable ({gb} GB free)").format(path=data_dir, gb=f"{free / 1e9:.1f}"))]


def check_settings(data_dir: Path) -> list[Finding]:
    from ..settings import SETTINGS_FILE, SettingsError, load

    try:
        load(data_dir)
    except SettingsError as exc:
        return [Finding("settings", PROBLEM, str(exc),
                        translate("Doctor", "fix the value in {path}, or delete the file to start from the "
                                            "defaults").format(path=Path(data_dir) / SETTINGS_FILE))]
    return [Finding("settings", OK, translate("Doctor", "settings are valid"))]


def _restore_advice(data_dir: Path) -> str:
    backups = [p for p in list_backups(data_dir)]
    if backups:
        return translate("Doctor", "restore the newest backup: streamer-app restore \"{path}\"").format(path=backups[-1])
    return translate("Doctor", "no backup exists: move the file away to start a fresh database (keep it; it may be "
                               "recoverable)")


def check_database(data_dir: Path) -> list[Finding]:
    db = Path(data_dir) / DB_FILENAME
    if not db.exists():
        return [Finding("database", OK, translate("Doctor", "no database yet: it is created by the first stream"))]
    try:
        with open(db, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        return [Finding("database", PROBLEM, translate("Doctor", "cannot read {path} ({error})").format(path=db, error=exc.strerror),
                         translate("Doctor", "fix the file's permissions"))]
    if head != b"SQLite format 3\x00":
        return [Finding("database", PROBLEM, translate("Doctor", "{path} is not an SQLite database (damaged or overwritten)").format(path=db),
                        _restore_advice(data_dir))]
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        return [Finding("database", PROBLEM, translate("Doctor", "cannot open {path} ({error})").format(path=db, error=exc), _restore_advice(data_dir))]
    try:
        conn.execute("PRAGMA busy_timeout = 3000")
        problem = quick_check(conn)
        if problem != "ok":
            return [Finding("database", PROBLEM, translate("Doctor", "{path} failed its integrity check ({problem})").format(path=db, problem=problem),
                            _restore_advice(data_dir))]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not REQUIRED_TABLES <= tables:
            return [Finding("database", PROBLEM, translate("Doctor", "{path} is not a streamer-app database").format(path=db),
                            translate("Doctor", "move it away (streamer-app will create a new one), or restore a backup"))]
        if unknown_steps(conn):
            return [Finding("database", PROBLEM, translate("Doctor", "{path} was written by a newer streamer-app").format(path=db),
                            translate("Doctor", "update the app"))]
        sessions, rows = conn.execute(
            "SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM ledger)").fetchone()
    except sqlite3.DatabaseError as exc:
        return [Finding("database", PROBLEM, translate("Doctor", "{path} cannot be read ({error})").format(path=db, error=exc), _restore_advice(data_dir))]
    finally:
        conn.close()
    found = [Finding("database", OK, translate("Doctor", "{name} passed its check: {sessions} session(s), {rows} ledger "
                                                        "rows ({mb} MB)").format(
        name=db.name, sessions=f"{sessions:,}", rows=f"{rows:,}", mb=f"{db.stat().st_size / 1e6:.1f}"))]
    backups = list_backups(data_dir)
    if sessions and not backups:
        found.append(Finding("backups", WARN, translate("Doctor", "no backup yet"),
                             translate("Doctor", "make one now: streamer-app backup")))
    elif backups:
        found.append(Finding("backups", OK, translate("Doctor", "{count} backup(s), newest {name}").format(
            count=len(backups), name=backups[-1].name)))
    return found


def check_port(port: int, host: str = "127.0.0.1") -> list[Finding]:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind((host, port))
    except OSError:
        return [Finding("overlay port", PROBLEM, translate("Doctor", "port {port} on {host} is already in use").format(
            port=port, host=host), translate(
            "Doctor", "if streamer-app is already running that is expected; otherwise close the program using it, or "
                      "pick another port: --overlay-port {port} (or overlay_port in the settings)").format(
            port=port + 1 if port < 65535 else 8765))]
    finally:
        s.close()
    return [Finding("overlay port", OK, translate("Doctor", "port {port} is free for the overlay server").format(port=port))]


def _pyside_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds without importing Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def missing_xcb_libraries(plugin: Path) -> list[str] | None:
    """Libraries ``ldd`` cannot find for the xcb plugin; None when ldd is unavailable."""
    ldd = shutil.which("ldd")
    if ldd is None or not plugin.exists():
        return None
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def check_qt(timeout: float = 90.0) -> list[Finding]:
    if getattr(sys, "frozen", False):
        return [Finding("Qt", OK, translate("Doctor", "bundled Qt (checked when the window opens)"))]
    found: list[Finding] = []
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication(sys.argv[:1])\n"
            "print('qt-ok')\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env)
        if "qt-ok" in r.stdout:
            found.append(Finding("Qt", OK, translate("Doctor", "PySide6 loads and starts (offscreen)")))
        else:
            last = (r.stderr.strip().splitlines() or ["no message"])[-1]
            found.append(Finding("Qt", PROBLEM, translate("Doctor", "PySide6 does not start: {error}").format(error=last),
                                 translate("Doctor", "reinstall the app (pip install --force-reinstall streamer-app), "
                                                     "and install the system libraries listed below if any")))
    except subprocess.TimeoutExpired:
        found.append(Finding("Qt", PROBLEM, translate("Doctor", "PySide6 did not start within the time limit"),
                             translate("Doctor", "run 'streamer-app -v' to see where it hangs")))
    base = _pyside_dir()
    if sys.platform.startswith("linux") and base is not None:
        plugin = base / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        missing = missing_xcb_libraries(plugin)
        if missing is None:
            found.append(Finding("Qt window libraries", WARN, translate("Doctor", "could not check (ldd or the xcb plugin is missing)"),
                                 translate("Doctor", "if the window does not open, install libxcb-cursor0 and "
                                                     "libxkbcommon-x11-0")))
        elif missing:
            pkgs = sorted({DEBIAN_PACKAGES.get(m, m.split(".so")[0].lower()) for m in missing})
            found.append(Finding("Qt window libraries", PROBLEM, translate("Doctor", "missing: {libraries}").format(libraries=", ".join(missing)),
                                 translate("Doctor", "install them, on Debian/Ubuntu: sudo apt-get install "
                                                     "{packages}").format(packages=" ".join(pkgs))))
        else:
            found.append(Finding("Qt window libraries", OK, translate("Doctor", "every library the X11 (xcb) window plugin needs is present")))
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            found.append(Finding("display", WARN, translate("Doctor", "no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on"),
                                 translate("Doctor", "use --headless here, or run from a desktop session")))
    return found


def check_secrets(data_dir: Path) -> list[Finding]:
    """Where the sign-server key and session id live: the system keyring or the private file.

    The Linux bundle carries no Secret Service client (it would add 14 MB), so there the
    file is expected; people should still know which it is.
    """
    from ..sources.secrets import SecretStore

    store = SecretStore(data_dir)
    if store.backend == "keyring":
        return [Finding("secrets", OK, translate("Doctor", "kept in the system keyring"))]
    return [Finding("secrets", OK, translate("Doctor", "kept in {path}, readable only by you (no system keyring is "
                                                     "available)").format(path=store.file))]


def run_doctor(data_dir: Path, port: int | None = None, qt: bool = True) -> list[Finding]:
    """Every check, in the order a person would fix them."""
    data_dir = Path(data_dir)
    findings = check_data_folder(data_dir)
    if data_dir.is_dir():
        settings_findings = check_settings(data_dir)
        findings += settings_findings
        if port is None:
            try:
                from ..settings import load

                port = load(data_dir).overlay_port
            except Exception:
                port = 8765
        findings += check_database(data_dir)
        findings += check_secrets(data_dir)
    findings += check_port(port or 8765)
    if qt:
        findings += check_qt()
    return findings


# Areas and statuses are keys (tests and scripts read them); they are translated where printed.
AREAS = {
    "data folder": QT_TRANSLATE_NOOP("Doctor", "data folder"), "settings": QT_TRANSLATE_NOOP("Doctor", "settings"),
    "database": QT_TRANSLATE_NOOP("Doctor", "database"), "backups": QT_TRANSLATE_NOOP("Doctor", "backups"),
    "overlay port": QT_TRANSLATE_NOOP("Doctor", "overlay port"), "Qt": "Qt",
    "Qt window libraries": QT_TRANSLATE_NOOP("Doctor", "Qt window libraries"),
    "display": QT_TRANSLATE_NOOP("Doctor", "display"), "secrets": QT_TRANSLATE_NOOP("Doctor", "secrets"), "OBS": "OBS",
}
STATUSES = {OK: QT_TRANSLATE_NOOP("Doctor", "ok"), WARN: QT_TRANSLATE_NOOP("Doctor", "warning"),
            PROBLEM: QT_TRANSLATE_NOOP("Doctor", "PROBLEM")}


def format_findings(findings: list[Finding]) -> str:
    lines = []
    for f in findings:
        status, area = shown("Doctor", STATUSES[f.status]), shown("Doctor", AREAS.get(f.area, f.area))
        lines.append(f"  {status:<8} {area:<20} {f.detail}")
        if f.advice and f.status != OK:
            lines.append(f"  {'':<8} {'':<20} -> {f.advice}")
    problems = sum(f.status == PROBLEM for f in findings)
    warnings = sum(f.status == WARN for f in findings)
    if problems:
        lines.append(translate("Doctor", "{problems} problem(s) and {warnings} warning(s): see the advice after each "
                                         "one.").format(problems=problems, warnings=warnings))
    elif warnings:
        lines.append(translate("Doctor", "No problems; {warnings} warning(s).").format(warnings=warnings))
    else:
        lines.append(translate("Doctor", "Everything looks good."))
    return "\n".join(lines)
