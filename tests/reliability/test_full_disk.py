"""A full disk and a read-only database during a real headless session.

The real command line (``streamer-app --demo --headless``, overlay server on) runs in a
child process. Mid-session the disk "fills":

* ``fsize``: the child's file-size limit is lowered from outside (``prlimit``, as a
  quota would); SQLite's next write past it fails with EFBIG (Python ignores SIGXFSZ);
* ``tmpfs``: the data folder is a small tmpfs that a filler file fills up (ENOSPC),
  if this machine lets us mount one.

While the disk is full: the headless output names the problem in one sentence, the
overlay WebSocket keeps receiving gifts (the stream keeps showing) and announces the
problem and its end. When space returns the ledger catches up: the final totals equal a
run of the same seeded demo on a healthy disk, and the database is intact.
"""

from __future__ import annotations

import asyncio
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from streamer_app import settings as settings_mod
from streamer_app.settings import Settings, new_token

from ..conftest import ROOT
from ..overlay.conftest import free_port
from .conftest import overlay_updates, session_totals, tally

DEMO = ["--seed", "7", "--duration", "900"]


def _cli(*args: str, data: Path, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "streamer_app", *args, "--data-dir", str(data)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)



@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    """The same demo on a healthy disk, as fast as possible."""
    data = tmp_path_factory.mktemp("ref") / "data"
    p = _cli("--demo", "--headless", "--speed", "0", "--no-overlay", *DEMO, data=data)
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    return session_totals(data)


class _Lines:
    """Collects a child's stderr lines on a thread, with the time each arrived."""

    def __init__(self, stream) -> None:
        self.lines: list[tuple[float, str]] = []
        self._t = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._t.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append((time.monotonic(), line.rstrip("\n")))

    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)


async def _watch_overlay(port: int, token: str, stop: asyncio.Event, gifts: list, ledger: list) -> None:
    async for u in overlay_updates(port, token, stop, wait_s=10.0):  # the child is still starting
        if u.get("type") == "gift":
            gifts.append(time.monotonic())
        elif u.get("type") == "ledger":
            ledger.append((time.monotonic(), u.get("problem")))


def _mount_tmpfs(where: Path) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)], capture_output=True)
    return r.returncode == 0


def _fill(folder: Path) -> Path:
    """Write a filler file until the file system is full (ENOSPC)."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb") as f:
        try:
            while True:
                f.write(block)
                f.flush()
        except OSError:
            pass
    return filler


async def _session_with_full_disk(tmp_path: Path, how: str, speed: str) -> dict:
    data = tmp_path / "data"
    if how == "tmpfs":
        if not _mount_tmpfs(data):
            pytest.skip("mounting a small tmpfs is not permitted here; the fsize variant covers a full disk")
    else:
        data.mkdir()
    token, port = new_token(), free_port()
    settings_mod.save(data, replace(Settings(), overlay_token=token, overlay_port=port))
    try:
        proc = _cli("--demo", "--headless", "--speed", speed, *DEMO, data=data)
        lines = _Lines(proc.stderr)
        stop = asyncio.Event()
        gifts: list[float] = []
        ledger: list[tuple[float, str | None]] = []
        watcher = asyncio.ensure_future(_watch_overlay(port, token, stop, gifts, ledger))
        while len(gifts) < 20:
            assert proc.poll() is None, lines.text()
            await asyncio.sleep(0.05)
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        filler = None
        if how == "fsize":
            resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (1024, hard))  # the disk is now "full"
        else:
            filler = await asyncio.to_thread(_fill, data)
        full_at = time.monotonic()
        # Wait until the problem is announced, then keep the disk full a little longer.
        while not any(p for _, p in ledger):
            assert proc.poll() is None, "the session ended before the full disk was noticed:\n" + lines.text()
            assert time.monotonic() - full_at < 30, "no ledger problem announced:\n" + lines.text()
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.5)
        during = [t for t in gifts if t > full_at]
        if how == "fsize":
            resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (soft, hard))  # space returns
        else:
            filler.unlink()
        freed_at = time.monotonic()
        assert await asyncio.to_thread(proc.wait, 300) == 0, lines.text()
        stop.set()
        await asyncio.wait_for(watcher, 10)
    finally:
        if how == "tmpfs":
            copy = tmp_path / "data-copy"
            if data.exists() and (data / "streamer-app.db").exists():
                shutil.copytree(data, copy)
            subprocess.run(["umount", "-l", str(data)], capture_output=True)
            data = copy
    text = lines.text()
    problem = next(p for _, p in ledger if p)
    return {"data": data, "text": text, "problem": problem, "during": during, "ledger": ledger,
            "freed_at": freed_at, "full_at": full_at}


@pytest.mark.parametrize("how", ["fsize", "tmpfs"])
async def test_full_disk_mid_session_shows_a_message_keeps_streaming_and_loses_nothing(tmp_path, reference, how):
    r = await _session_with_full_disk(tmp_path, how, speed="60")
    # One clear sentence, on the headless output and to the overlay pages; no traceback.
    assert f"ledger: {r['problem']}" in r["text"]
    assert "\n" not in r["problem"] and ("full" in r["problem"].lower() or "space" in r["problem"].lower()
                                         or "too large" in r["problem"].lower()), r["problem"]
    assert "Traceback" not in r["text"]
    # The stream kept showing while nothing could be written.
    assert len(r["during"]) >= 5, "the overlay stopped receiving gifts while the disk was full"
    # Writing resumed: the problem was withdrawn after space returned.
    assert any(p is None and t > r["full_at"] for t, p in r["ledger"][1:]), r["ledger"]
    assert "WARNING: the ledger could not write everything" not in r["text"]
    # Nothing committed was lost and nothing was counted twice: the totals of a healthy run.
    assert session_totals(r["data"]) == reference
    with sqlite3.connect(r["data"] / "streamer-app.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tally(f"full-disk sessions survived ({how})")


def _bind_ro(src: Path, dst: Path) -> bool:
    dst.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "--bind", str(src), str(dst)], capture_output=True).returncode:
        return False
    if subprocess.run(["mount", "-o", "remount,bind,ro", str(dst)], capture_output=True).returncode:
        subprocess.run(["umount", str(dst)], capture_output=True)
        return False
    return True


def test_read_only_database_is_one_sentence_and_leaves_the_ledger_alone(tmp_path, reference):
    """A data folder on a read-only mount (root ignores chmod, a read-only bind mount does not)."""
    data = tmp_path / "data"
    p = _cli("--demo", "--headless", "--speed", "0", "--no-overlay", "--seed", "3", "--duration", "120", data=data)
    assert p.wait(timeout=120) == 0
    before = session_totals(data)
    ro = tmp_path / "ro"
    if not _bind_ro(data, ro):
        pytest.skip("read-only bind mounts are not permitted here")
    try:
        digest = (data / "streamer-app.db").read_bytes()
        p = _cli("--demo", "--headless", "--speed", "0", "--no-overlay", "--seed", "4", "--duration", "60", data=ro)
        _, err = p.communicate(timeout=120)
        assert p.returncode != 0
        assert "Traceback" not in err
        lines = [ln for ln in err.splitlines() if ln.strip()]
        # The progress line may come first; the failure itself is one sentence.
        assert lines[-1].startswith("streamer-app: ") and "read-only" in lines[-1], err
        assert (data / "streamer-app.db").read_bytes() == digest
    finally:
        subprocess.run(["umount", str(ro)], capture_output=True)
    assert session_totals(data) == before
    tally("read-only database runs refused with one sentence")


def test_read_only_mid_session_cannot_be_staged_here(tmp_path):
    """Linux refuses to make a mount read-only while a file on it is open for writing (EBUSY),
    and as root neither chmod nor chattr stop an already open descriptor, so a database
    that turns read-only *under* a running session cannot be produced honestly in this
    sandbox. We check that claim each run instead of faking the fault."""
    src, dst = tmp_path / "src", tmp_path / "dst"
    src.mkdir()
    dst.mkdir()
    if subprocess.run(["mount", "--bind", str(src), str(dst)], capture_output=True).returncode:
        pytest.skip("bind mounts are not permitted here")
    try:
        with open(dst / "open.db", "wb"):
            r = subprocess.run(["mount", "-o", "remount,bind,ro", str(dst)], capture_output=True, text=True)
        if r.returncode == 0:
            pytest.fail("this machine can remount under an open file: stage the read-only fault mid-session")
        pytest.skip("a mount with a file open for writing cannot become read-only (EBUSY): "
                    "the mid-session read-only fault is not staged; full disk covers failing writes")
    finally:
        subprocess.run(["umount", "-l", str(dst)], capture_output=True)


def test_a_disk_that_stays_full_ends_with_what_the_ledger_holds_not_only_what_was_counted(tmp_path):
    """The run ends while nothing can be written: its summary must not pass counted totals off
    as saved ones; it says how much of the session the ledger file really holds."""
    data = tmp_path / "data"
    p = _cli("--demo", "--headless", "--speed", "60", "--no-overlay", "--seed", "7", "--duration", "600", data=data)
    db = data / "streamer-app.db"
    deadline = time.monotonic() + 60
    while True:
        assert p.poll() is None and time.monotonic() < deadline, "the demo ended before it saved a gift"
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
                if c.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] > 0:
                    break
        except sqlite3.Error:
            pass
        time.sleep(0.1)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.prlimit(p.pid, resource.RLIMIT_FSIZE, (1024, hard))  # full for good: nothing more is written
    _, err = p.communicate(timeout=300)
    assert "Traceback" not in err
    line = next(ln for ln in err.splitlines() if "NOT SAVED" in ln)
    words = line.replace(",", "").replace("(", " ").split()
    held_gifts, counted_gifts = int(words[words.index("holds") + 1]), int(words[words.index("these") + 1])
    held_coins, counted_coins = int(words[words.index("gifts") + 1]), int(words[words.index("coins);") - 1])
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_file = c.execute("SELECT COALESCE(SUM(units), 0), COALESCE(SUM(coins), 0) FROM ledger").fetchone()
    assert (held_gifts, held_coins) == tuple(in_file)
    assert 0 < held_coins < counted_coins and held_gifts < counted_gifts
    advice = line.replace(str(db), "DB").lower()
    assert "free some space" in advice and "the rest is lost" in advice, line


def test_a_ledger_on_a_read_only_drive_can_still_be_listed_and_exported(tmp_path):
    """An archived copy (no -shm file beside it) on a read-only mount: SQLite cannot open a WAL
    database there normally; the read-only commands read it as the immutable file it is."""
    src = tmp_path / "src"
    p = _cli("--demo", "--headless", "--speed", "0", "--no-overlay", "--seed", "3", "--duration", "120", data=src)
    assert p.wait(timeout=120) == 0
    archive = tmp_path / "archive"
    archive.mkdir()
    with sqlite3.connect(src / "streamer-app.db") as a, sqlite3.connect(archive / "streamer-app.db") as b:
        a.backup(b)
    assert sorted(f.name for f in archive.iterdir()) == ["streamer-app.db"]
    ro = tmp_path / "ro"
    if not _bind_ro(archive, ro):
        pytest.skip("read-only bind mounts are not permitted here")
    try:
        listed = subprocess.run([sys.executable, "-m", "streamer_app", "sessions", "--data-dir", str(ro)],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert listed.returncode == 0, listed.stderr
        assert "The demo stream ended" in listed.stdout
        assert session_totals(ro) == session_totals(src)
        saved = subprocess.run([sys.executable, "-m", "streamer_app", "backup", "--data-dir", str(ro)],
                               cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert saved.returncode != 0 and "Traceback" not in saved.stderr
        assert "read-only" in saved.stderr.lower(), saved.stderr  # not SQLite's "unable to open database file"
    finally:
        subprocess.run(["umount", str(ro)], capture_output=True)

    # Left by a crash: commits still in the -wal file (no -shm). Read as immutable they would be
    # skipped without a word; it is refused instead, saying what to do.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with sqlite3.connect(archive / "streamer-app.db") as a, sqlite3.connect(crashed / "streamer-app.db") as b:
        a.backup(b)
    writer = sqlite3.connect(crashed / "streamer-app.db")
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE sessions SET comments = comments + 1")
    writer.commit()
    shutil.copy(crashed / "streamer-app.db-wal", tmp_path / "wal")  # as the crash left it
    writer.close()  # (closing checkpoints and removes the -wal: put it back)
    shutil.copy(tmp_path / "wal", crashed / "streamer-app.db-wal")
    assert (crashed / "streamer-app.db-wal").stat().st_size > 0
    if not _bind_ro(crashed, ro):
        pytest.skip("read-only bind mounts are not permitted here")
    try:
        listed = subprocess.run([sys.executable, "-m", "streamer_app", "sessions", "--data-dir", str(ro)],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert listed.returncode != 0 and "Traceback" not in listed.stderr
        assert "-wal file" in listed.stderr and "copy the whole folder" in listed.stderr, listed.stderr
    finally:
        subprocess.run(["umount", str(ro)], capture_output=True)
