"""Settings as the command line meets them: whole error sentences, and where the automatic export goes."""

from __future__ import annotations

import json
import shutil
import uuid

import pytest

from streamer_app import cli

from ..conftest import ROOT, run_cli


def _settings(folder, **values):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")


@pytest.mark.parametrize("values, ending", [
    ({"rates": {"diamonds_per_coin": "abc"}}, "rates: diamonds per coin must be a number, not 'abc'"),
    ({"rates": {"currency": "dollars"}}, "not 'dollars'"),
    ({"alerts": {"chroma_color": "green"}}, "alerts.chroma_color: 'green' is not a colour like #00b140"),
])
def test_settings_errors_keep_their_quotes(tmp_path, values, ending):
    data = tmp_path / "data"
    _settings(data, **values)
    r = run_cli("overlay", "urls", "--data-dir", str(data))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert lines[0].startswith(f"streamer-app: {data / 'settings.json'}: ")
    assert lines[0].endswith(ending), lines[0]


def test_a_key_error_is_shown_without_the_quotes_python_adds(monkeypatch, capsys):
    """str(KeyError('x')) is "'x'": the sentence inside is what the user sees, quotes in it kept."""
    def lookup(args, home):
        raise KeyError("unknown secret 'pin': use one of sign_api_key, session_id")

    monkeypatch.setitem(cli.COMMANDS, "sessions", lookup)
    assert cli.main(["sessions"]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == "streamer-app: unknown secret 'pin': use one of sign_api_key, session_id\n"


def _demo(data, env=None):
    r = run_cli("--demo", "--headless", "--no-overlay", "--speed", "0", "--duration", "120", "--seed", "3",
                "--demo-start", "2025-03-01T18:00:00", "--data-dir", str(data), env=env)
    assert r.returncode == 0, r.stderr
    return r


def test_relative_auto_export_dir_is_inside_the_data_folder(tmp_path):
    """Not in the working directory: the child runs in the repository root, which must stay clean."""
    name = f"exports-{uuid.uuid4().hex[:8]}"
    data = tmp_path / "data"
    _settings(data, auto_export_dir=name, auto_export_formats=["json", "md"])
    try:
        r = _demo(data)
        assert not (ROOT / name).exists(), "the automatic export went to the working directory"
    finally:
        shutil.rmtree(ROOT / name, ignore_errors=True)
    out = data / name
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".md"], r.stderr
    summary = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert summary["session"]["id"] == 1
    assert f"exported: {out / '2025-03-01-1800-'}" in r.stderr


def test_auto_export_dir_with_tilde_is_in_the_home_folder(tmp_path):
    data, fake_home = tmp_path / "data", tmp_path / "someone"
    fake_home.mkdir()
    _settings(data, auto_export_dir="~/streams", auto_export_formats=["json"])
    _demo(data, env={"HOME": str(fake_home)})
    assert len(list((fake_home / "streams").glob("*-s1.json"))) == 1
    assert not (data / "~").exists()
