"""Where an export may go and in which format, through the real command line in a child process.

An export never lands on the ledger, its journal files or a backup; the format follows the
-o file's suffix unless --format says otherwise (and a --format that contradicts the suffix
is refused); CSV to standard output says that only the ledger comes out.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from streamer_app.export.csv_export import LEDGER_HEADER, csv_paths
from tests.conftest import ROOT, run_cli

from .conftest import NOW

DB = "streamer-app.db"


def cli_export(home: Path, *args: str):
    return run_cli("export", *args, "--now", NOW, "--data-dir", str(home))


@pytest.fixture
def home(demo_home, tmp_path) -> Path:
    """A copy of the demo data folder with one backup in it: these tests may try to destroy it."""
    d = tmp_path / "data"
    shutil.copytree(demo_home, d)
    (d / "backups").mkdir(exist_ok=True)
    shutil.copy2(d / DB, d / "backups" / "streamer-app-20250306-120000.db")
    return d


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(r, home: Path, before: dict[str, bytes], *words: str) -> None:
    assert r.returncode == 1, r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
    assert "nothing was written" in r.stderr and "wrote" not in r.stderr
    for w in words:
        assert w in r.stderr, r.stderr
    assert r.stdout == ""
    assert snapshot(home) == before  # the ledger, its backups: every byte as it was


@pytest.mark.parametrize("name, fmt, words", [
    (DB, None, ("is the database",)),
    (DB, "json", ("is the database",)),
    (DB, "csv", ("is the database",)),
    (DB, "html", ("is the database",)),
    (DB + "-wal", None, ("the database's wal file",)),
    (DB + "-shm", None, ("the database's shm file",)),
    (DB + "-journal", None, ("the database's journal file",)),
    ("backups/streamer-app-20250306-120000.db", None, ("in the backups folder",)),
    ("backups/summary.json", "json", ("in the backups folder",)),
    ("backups/ledger.csv", "csv", ("in the backups folder",)),
    ("backups/../" + DB, None, ("is the database",)),
])
def test_export_never_overwrites_the_database_or_a_backup(home, name, fmt, words):
    before = snapshot(home)
    r = cli_export(home, "last", *(("--format", fmt) if fmt else ()), "-o", str(home / name))
    assert_refused(r, home, before, *words)


def test_relative_paths_and_symlinks_cannot_hide_the_database(home, tmp_path):
    before = snapshot(home)
    link = tmp_path / "innocent.json"
    link.symlink_to(home / DB)
    assert_refused(cli_export(home, "last", "-o", str(link)), home, before, "is the database")
    folder_link = tmp_path / "shortcut"  # a link to the data folder itself
    folder_link.symlink_to(home)
    assert_refused(cli_export(home, "last", "-o", str(folder_link / DB)), home, before, "is the database")
    assert_refused(cli_export(home, "last", "-o", str(folder_link / "backups" / "x.json")), home, before,
                   "in the backups folder")
    # Relative to the working directory (the child runs in the repository root).
    rel = os.path.relpath(home / DB, ROOT)
    assert_refused(cli_export(home, "last", "-o", rel), home, before, "is the database")
    hard = tmp_path / "hard.json"
    os.link(home / DB, hard)
    assert_refused(cli_export(home, "last", "-o", str(hard)), home, before, "is the database")


def test_every_csv_file_is_checked_not_only_the_ledger(home, tmp_path):
    """One -o gives three files: a gifters file that leads to the database refuses the export."""
    before = snapshot(home)
    out = tmp_path / "out"
    out.mkdir()
    ledger, gifters, sessions = csv_paths(out / "stream.csv")
    gifters.symlink_to(home / DB)
    r = cli_export(home, "last", "--format", "csv", "-o", str(ledger))
    assert_refused(r, home, before, "stream-gifters.csv", "is the database")
    assert sorted(p.name for p in out.iterdir()) == ["stream-gifters.csv"]  # nothing else written
    gifters.unlink()
    sessions.symlink_to(home / "backups" / "streamer-app-20250306-120000.db")
    r = cli_export(home, "last", "--format", "csv", "-o", str(ledger))
    assert_refused(r, home, before, "stream-sessions.csv", "in the backups folder")


def test_an_export_beside_the_database_is_still_fine(home):
    r = cli_export(home, "last", "-o", str(home / "summary.json"))
    assert r.returncode == 0, r.stderr
    assert json.loads((home / "summary.json").read_text())["format"] == "streamer-app/session-summary/1"


# -- the format follows the file name --------------------------------------------------------
def test_format_follows_the_file_suffix(home, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("report.html", "notes.md", "card.png", "ledger.csv", "REPORT.HTM", "summary.json", "summary.txt"):
        r = cli_export(home, "last", "-o", str(out / name))
        assert r.returncode == 0, (name, r.stderr)
    assert (out / "report.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert (out / "REPORT.HTM").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    md = (out / "notes.md").read_text(encoding="utf-8")
    assert md.startswith("#") and not md.lstrip().startswith("{")
    assert (out / "card.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    ledger, gifters, sessions = csv_paths(out / "ledger.csv")
    with open(ledger, encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f)) == LEDGER_HEADER
    assert gifters.exists() and sessions.exists()
    for name in ("summary.json", "summary.txt"):  # json for .json and for a suffix that names no format
        assert json.loads((out / name).read_text())["format"] == "streamer-app/session-summary/1"


def test_format_given_and_matching_the_suffix(home, tmp_path):
    for fmt, name in (("md", "a.md"), ("markdown", "b.md"), ("HTML", "c.html"), ("csv", "d"), ("png", "e.bin")):
        r = cli_export(home, "last", "--format", fmt, "-o", str(tmp_path / name))
        assert r.returncode == 0, (fmt, name, r.stderr)
    assert (tmp_path / "e.bin").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("fmt, name, implied", [
    ("json", "x.html", "html"), ("html", "x.json", "json"), ("csv", "x.md", "md"), ("png", "x.csv", "csv"),
    ("md", "x.png", "png"),
])
def test_format_that_contradicts_the_suffix_is_refused(home, tmp_path, fmt, name, implied):
    out = tmp_path / "out"
    out.mkdir()
    r = cli_export(home, "last", "--format", fmt, "-o", str(out / name))
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
    assert f"--format {fmt}" in r.stderr and name in r.stderr and implied in r.stderr
    assert list(out.iterdir()) == []  # nothing written


def test_stdout_without_format_is_json(home):
    r = cli_export(home, "last", "-o", "-")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["format"] == "streamer-app/session-summary/1"
    assert r.stderr == ""


# -- CSV to standard output ----------------------------------------------------------------------
def test_csv_to_stdout_says_only_the_ledger_comes_out(home):
    r = cli_export(home, "last", "--format", "csv", "-o", "-")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    assert rows[0] == LEDGER_HEADER and len(rows) > 1  # the ledger is there, untouched by the note
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert "only the gift ledger" in lines[0] and "standard output" in lines[0] and "-o FILE.csv" in lines[0]
