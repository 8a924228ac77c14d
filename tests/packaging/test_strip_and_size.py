"""The Linux bundle's size measures (issue 7), checked against real files: stripped libraries
still load, a strip that would break a library is refused, the build fails when the bundle is
over 150 MB, and the modules the spec leaves out are really never imported by the app."""

from __future__ import annotations

import ast
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402  (packaging/ is not a package)
import strip_libs  # noqa: E402

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the strip runs on the Linux bundle")
needs_strip = pytest.mark.skipif(shutil.which("strip") is None, reason="binutils' strip is not installed")


def unstripped_module() -> Path:
    """websockets' C speedups: a real extension module that the wheel ships with its symbols."""
    import websockets.speedups

    return Path(websockets.speedups.__file__)


@linux_only
@needs_strip
def test_a_stripped_extension_module_is_smaller_and_still_works(tmp_path):
    original = unstripped_module()
    copy = tmp_path / original.name
    shutil.copy2(original, copy)
    saved = strip_libs.strip_file(copy)
    assert saved > 1000 and copy.stat().st_size == original.stat().st_size - saved
    assert os.access(copy, os.X_OK) == os.access(original, os.X_OK)
    assert strip_libs.strip_file(copy) == 0  # already stripped: left as it is
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('websockets.speedups', {str(copy)!r})\n"
        "mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)\n"
        "print(mod.__file__, mod.apply_mask(b'\\x00\\x01\\x02\\x03\\x04', b'\\xff\\x00\\xff\\x00').hex())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(copy), "ff01fd03fb"]


def _load_headers(data: bytes) -> list[tuple[int, int]]:
    """(file offset of the header, p_type) of each program header of a 64-bit little-endian ELF."""
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    return [(phoff + i * phentsize, struct.unpack_from("<I", data, phoff + i * phentsize)[0]) for i in range(phnum)]


@linux_only
@needs_strip
def test_a_strip_that_would_break_the_library_is_refused(tmp_path):
    original = unstripped_module().read_bytes()
    copy = tmp_path / "m.so"
    copy.write_bytes(original)
    strip_libs.strip_file(copy)
    good = copy.read_bytes()
    assert strip_libs.layout_problem(original, good) is None

    # a loadable segment moved by 8 bytes, as a strip of a patchelf-edited file can do
    misaligned = bytearray(good)
    at = next(pos for pos, kind in _load_headers(good) if kind == 1 and struct.unpack_from("<Q", good, pos + 8)[0])
    struct.pack_into("<Q", misaligned, at + 8, struct.unpack_from("<Q", good, at + 8)[0] + 8)
    assert strip_libs.layout_problem(original, bytes(misaligned)) == "a loadable segment is no longer page-aligned"

    # a changed dynamic section (for instance a lost NEEDED or RUNPATH entry)
    at, _kind = next((pos, kind) for pos, kind in _load_headers(good) if kind == 2)
    dyn_off, = struct.unpack_from("<Q", good, at + 8)
    changed = bytearray(good)
    changed[dyn_off] ^= 0xFF
    assert strip_libs.layout_problem(original, bytes(changed)) == "its dynamic section changed"

    assert strip_libs.layout_problem(original, good[:1000]) == "a loadable segment reaches past the end of the file"


@linux_only
def test_strip_bundle_leaves_other_files_alone_and_says_when_it_cannot(tmp_path, monkeypatch):
    (tmp_path / "notes.txt").write_text("not a library")
    (tmp_path / "fake.so").write_bytes(b"\x7fELF" + b"\x00" * 60)  # an ELF strip rejects: kept as it is
    if shutil.which("strip"):
        assert strip_libs.strip_bundle(tmp_path) == "libraries stripped: 0 files, 0.0 MB of symbols removed"
    assert (tmp_path / "fake.so").read_bytes() == b"\x7fELF" + b"\x00" * 60
    monkeypatch.setattr(strip_libs.shutil, "which", lambda tool: None)
    assert strip_libs.strip_bundle(tmp_path).startswith("libraries left unstripped (no 'strip' found")


def test_build_fails_with_a_clear_message_when_the_bundle_is_over_150_mb(tmp_path, capsys):
    bundle = tmp_path / "streamer-app"
    (bundle / "_internal").mkdir(parents=True)
    big = bundle / "_internal" / "libbig.so"
    with open(big, "wb") as f:  # a sparse file: its size counts, no disk is used
        f.truncate(140_000_000)
    (bundle / "streamer-app").write_bytes(b"x" * 10_000_000)
    assert build.judge_size(bundle, "linux") == 0
    assert "bundle size: 150.0 MB (150,000,000 bytes; goal <= 150 MB on Linux) PASS" in capsys.readouterr().out

    (bundle / "extra").write_bytes(b"x")
    assert build.judge_size(bundle, "linux") == 1
    captured = capsys.readouterr()
    assert "150.0 MB (150,000,001 bytes; goal <= 150 MB on Linux) FAIL" in captured.out
    assert "build failed: the bundle is 150.0 MB, over the 150 MB limit" in captured.err
    assert "_internal/libbig.so" in captured.err

    assert build.judge_size(bundle, "win32") == 0  # reported, not judged where it was never measured
    assert "not judged on win32) INFO" in capsys.readouterr().out


def spec_excludes() -> list[str]:
    tree = ast.parse((ROOT / "packaging" / "streamer_app.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "excludes":
            return ast.literal_eval(node.value)
    raise AssertionError("no excludes = [...] in the spec")


RUN_WITHOUT = r"""
import runpy, sys
exec(open({hook!r}).read())  # the bundle's QtOpenGL stand-in answers that excluded import
for name in {blocked!r}:
    sys.modules.setdefault(name, None)  # as in the bundle: importing it raises ImportError
sys.argv = ["streamer-app", *{argv!r}]
try:
    runpy.run_module("streamer_app", run_name="__main__")
finally:
    real = [n for n in {blocked!r} if sys.modules.get(n) is not None and n != "PySide6.QtOpenGL"]
    print("imported-excluded:", real)
"""


def test_the_app_runs_without_any_module_the_spec_leaves_out(tmp_path):
    """Every mode (headless demo, PNG card export, the window) with the excluded modules blocked."""
    import importlib.util

    # Names not installed here need no blocking (and blocking PyQt6 would make pyqtgraph pick it).
    blocked = [m for m in spec_excludes() if m != "tests" and importlib.util.find_spec(m.split(".")[0])]
    assert {"unittest", "_codecs_jp", "readline", "numpy.random"} <= set(blocked)
    hook = str(ROOT / "packaging" / "rthooks" / "qtopengl_stand_in.py")
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for argv in (
        ["--demo", "--headless", "--speed", "0", "--duration", "60", "--seed", "3", "--data-dir", str(data),
         "--no-overlay"],
        ["export", "last", "--format", "png", "-o", str(tmp_path / "card.png"), "--data-dir", str(data)],
        ["--demo", "--exit-after", "2", "--screenshot", str(tmp_path / "w.png"), "--data-dir", str(tmp_path / "w"),
         "--no-overlay"],
    ):
        code = RUN_WITHOUT.format(blocked=blocked, hook=hook, argv=argv)
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                           timeout=120)
        out = r.stdout + r.stderr
        assert r.returncode == 0 and "Traceback" not in out, out[-3000:]
        assert "imported-excluded: []" in out
    assert (tmp_path / "card.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "w.png").stat().st_size > 5000
