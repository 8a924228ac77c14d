"""Bad input to the export command: each gives one clear sentence and exit code 1."""

from __future__ import annotations

import io

import pytest

from streamer_app.export.output import StderrProgress

from .conftest import export


@pytest.mark.parametrize("args, words", [
    (("99", "-o", "-"), "there is no session 99"),
    (("abc", "-o", "-"), "is not a session"),
    (("--from", "2025-13-01", "-o", "-"), "is not a date"),
    (("--from", "2025-03-07", "--to", "2025-03-01", "-o", "-"), "is before --from"),
    (("--to", "2025-03-01", "-o", "-"), "--to needs --from"),
    (("1", "--from", "2025-03-01", "-o", "-"), "not both"),
    (("--from", "2024-01-01", "--to", "2024-01-31", "-o", "-"), "no session started between"),
    (("--format", "pdf", "-o", "-"), "unknown format 'pdf'"),
    (("-o", "/no/such/folder/x.json"), "does not exist"),
])
def test_bad_input_is_one_sentence(demo_home, args, words):
    r = export(demo_home, *args)
    assert r.returncode == 1
    assert words in r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert r.stdout == ""


def test_unwritable_output_paths(demo_home, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = export(demo_home, "--format", "html", "-o", str(blocker / "x.html"))
    assert r.returncode == 1 and "is a file, not a folder" in r.stderr
    r = export(demo_home, "--format", "md", "-o", str(tmp_path))
    assert r.returncode == 1 and "is a folder" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]  # no half-written files left


def test_no_database_yet(tmp_path):
    r = export(tmp_path / "nothing-here", "-o", "-")
    assert r.returncode == 1 and "no database" in r.stderr and "streamer-app --demo" in r.stderr


def test_progress_lines_for_long_exports():
    out = io.StringIO()
    p = StderrProgress(out, delay=0.0)
    p(500_000, 1_000_000, "gift ledger")
    assert out.getvalue() == "exporting gift ledger: 50% (500,000 of 1,000,000)\n"
    quiet = io.StringIO()
    StderrProgress(quiet, delay=3600)(1, 2, "gift ledger")  # short exports print nothing
    assert quiet.getvalue() == ""


def test_damaged_database_is_one_sentence(tmp_path):
    home = tmp_path / "data"
    home.mkdir()
    (home / "streamer-app.db").write_bytes(b"SQLite format 3\x00" + b"garbage" * 1000)
    r = export(home, "-o", "-")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "restore" in r.stderr or "doctor" in r.stderr
