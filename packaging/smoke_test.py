"""Smoke-test a built bundle the way a creator runs it: no Python around it.

    python packaging/smoke_test.py [--exe dist/streamer-app/streamer-app] [--keep]

Runs the executable with a clean environment (PATH without any Python, no VIRTUAL_ENV,
PYTHONPATH or PYTHONHOME, a temporary HOME and data folder, QT_QPA_PLATFORM=offscreen):
  1. a headless demo (--demo --headless --speed 0 --duration 120) that writes a session,
  2. export last as JSON, checking its totals against the demo's own summary and each other,
     then the other formats (CSV, HTML, Markdown, PNG card), HTML in de, pt_BR, ja and ar, and
     the PNG card in ja and ar,
  3. the window (--demo --exit-after 4 --screenshot out.png), checking the PNGs are real
     pictures and not blank.
Exits non-zero and says what failed on any error. Only the standard library is used, so any
Python 3.11+ can run it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXE = ROOT / "dist" / "streamer-app" / ("streamer-app.exe" if sys.platform == "win32" else "streamer-app")
# Variables a desktop session or CI runner may set that would let the bundle find a Python.
DROP_ENV = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "CONDA_PREFIX", "PYTHONSTARTUP", "PYTHONUSERBASE",
            "PIP_PREFIX", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH",
            "DISPLAY", "WAYLAND_DISPLAY", "STREAMER_APP_HOME")


class SmokeFailure(Exception):
    """One failed check, as a sentence."""


def clean_env(home: Path) -> dict[str, str]:
    """The bundle's whole environment: nothing from a Python installation, a throwaway HOME."""
    env: dict[str, str] = {}
    if sys.platform == "win32":
        # Windows needs its own folder on PATH to load system DLLs; no Python lives there.
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=system_root, WINDIR=system_root, PATH=str(Path(system_root) / "System32"),
                   USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"), TEMP=str(home), TMP=str(home))
    else:
        empty_bin = home / "bin"
        empty_bin.mkdir(parents=True, exist_ok=True)
        env.update(PATH=str(empty_bin), HOME=str(home), TMPDIR=str(home), LANG="C.UTF-8",
                   XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
                   XDG_RUNTIME_DIR=str(home / "runtime"))
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in DROP_ENV:
        env.pop(name, None)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(exe: Path, args: list[str], env: dict[str, str], cwd: Path, timeout: float, what: str) -> str:
    """Run the bundle; return stdout+stderr, or raise with the tail of its output."""
    try:
        p = subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True,
                           encoding="utf-8", errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"{what}: did not finish within {timeout:.0f} s") from None
    except OSError as exc:
        raise SmokeFailure(f"{what}: could not start {exe}: {exc}") from None
    out = p.stdout + p.stderr
    if p.returncode != 0:
        raise SmokeFailure(f"{what}: exit code {p.returncode}; output ends with:\n{_tail(out)}")
    if "Traceback (most recent call last)" in out:
        raise SmokeFailure(f"{what}: printed a traceback:\n{_tail(out, 30)}")
    return out


def _tail(text: str, n: int = 15) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-n:])


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def check_headless_and_export(exe: Path, env: dict[str, str], work: Path) -> list[str]:
    data = work / "data"
    out = run(exe, ["--demo", "--headless", "--speed", "0", "--duration", "120", "--seed", "7",
                    "--data-dir", str(data), "--overlay-port", str(free_port())],
              env, work, 180, "headless demo")
    m = re.search(r"coins ([\d,]+) \|", out)
    g = re.search(r"gifts ([\d,]+) from ([\d,]+) gifters", out)
    if not (m and g):
        raise SmokeFailure(f"headless demo: no session summary in its output:\n{_tail(out)}")
    coins, gifts, gifters = _int(m.group(1)), _int(g.group(1)), _int(g.group(2))
    if coins <= 0 or gifts <= 0:
        raise SmokeFailure(f"headless demo: the 120 s demo counted no gifts ({gifts} gifts, {coins} coins)")
    if not (data / "streamer-app.db").exists() and not list(data.glob("*.db")):
        raise SmokeFailure(f"headless demo: no database was written in {data}")
    done = [f"headless demo: {gifts} gifts, {coins} coins from {gifters} gifters"]

    summary_path = work / "last.json"
    run(exe, ["export", "last", "--format", "json", "-o", str(summary_path), "--data-dir", str(data)],
        env, work, 60, "export last --format json")
    try:
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SmokeFailure(f"export json: {summary_path} is not readable JSON ({exc})") from None
    totals = summary.get("totals", {})
    problems = []
    if summary.get("format") != "streamer-app/session-summary/1":
        problems.append(f"format is {summary.get('format')!r}")
    if (totals.get("coins"), totals.get("gifts"), totals.get("unique_gifters")) != (coins, gifts, gifters):
        problems.append(f"totals {totals.get('coins')} coins / {totals.get('gifts')} gifts / "
                        f"{totals.get('unique_gifters')} gifters differ from the demo's {coins} / {gifts} / {gifters}")
    if sum(row["coins"] for row in summary.get("gifts", [])) != coins:
        problems.append("the per-gift rows do not add up to the coin total")
    if sum(row["coins"] for row in summary.get("top_gifters", [])) > coins:
        problems.append("the top gifters gave more than the total")
    if problems:
        raise SmokeFailure("export json: " + "; ".join(problems))
    done.append(f"export json: totals match ({coins} coins, {gifts} gifts, {gifters} gifters)")

    for fmt, name, magic in (("csv", "last.csv", None), ("html", "last.html", b"<"), ("md", "last.md", b"#"),
                             ("png", "card.png", b"\x89PNG\r\n\x1a\n")):
        path = work / name
        run(exe, ["export", "last", "--format", fmt, "-o", str(path), "--data-dir", str(data)],
            env, work, 60, f"export --format {fmt}")
        if not path.exists() or path.stat().st_size == 0:
            raise SmokeFailure(f"export {fmt}: {path} is missing or empty")
        if magic and not path.read_bytes().lstrip()[: len(magic)] == magic:
            raise SmokeFailure(f"export {fmt}: {path} does not look like a {fmt.upper()} file")
    done.append("export csv, html, md, png: written")
    done.append(check_languages(exe, env, work, coins))
    done.append(check_cards(exe, env, work))
    return done


def check_cards(exe: Path, env: dict[str, str], work: Path) -> str:
    """The PNG card in Japanese and Arabic: Pillow's fonts, shaping (raqm) and the catalogs in the bundle."""
    english = (work / "card.png").read_bytes()
    for code in ("ja", "ar"):
        path = work / f"card-{code}.png"
        run(exe, ["--lang", code, "export", "last", "--format", "png", "-o", str(path), "--data-dir",
                  str(work / "data")], env, work, 60, f"--lang {code} export --format png")
        width, height, colours = png_stats(path)
        if width < 500 or height < 500 or colours < 20:
            raise SmokeFailure(f"export png in {code}: {width}x{height} with {colours} colours looks blank")
        if code == "ar" and path.read_bytes() == english:
            raise SmokeFailure("export png in ar: the card is the English one")
    return "export png in ja, ar: drawn (the Arabic card differs from the English one)"


# A word each report must show in its language (docs/TRANSLATING.md's glossary) and, for Arabic,
# its digits: proof that the bundle carries the catalogs and Babel's data for the locale.
LANGUAGE_SIGNS = {"de": ("de", "Münzen"), "pt_BR": ("pt-BR", "moedas"), "ja": ("ja", "コイン"),
                  "ar": ('ar" dir="rtl', "٠١٢٣٤٥٦٧٨٩")}


def check_languages(exe: Path, env: dict[str, str], work: Path, coins: int) -> str:
    for code, (html_lang, sign) in LANGUAGE_SIGNS.items():
        path = work / f"last-{code}.html"
        run(exe, ["--lang", code, "export", "last", "--format", "html", "-o", str(path), "--data-dir",
                  str(work / "data")], env, work, 60, f"--lang {code} export --format html")
        page = path.read_text(encoding="utf-8")
        if f'<html lang="{html_lang}"' not in page:
            raise SmokeFailure(f"export html in {code}: the page does not say lang=\"{html_lang}\"")
        found = any(ch in page for ch in sign) if code == "ar" else sign in page
        if not found:
            raise SmokeFailure(f"export html in {code}: {sign!r} is missing (catalog or locale data not bundled?)")
    return f"export html in {', '.join(LANGUAGE_SIGNS)}: each in its language and numbers"


def png_stats(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct colours in a sample) of an 8-bit RGB/RGBA PNG, standard library only."""
    raw = path.read_bytes()
    if raw[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path.name} is not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(raw):
        length, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if header is None:
        raise SmokeFailure(f"{path.name} has no PNG header")
    width, height, depth, colour, _c, _f, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        return width, height, 256  # a format Qt does not write for windows; counted as "not blank"
    data = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    colours: set[bytes] = set()
    step = max(1, height // 60)
    for y in range(height):
        ftype, line = data[y * (stride + 1)], bytearray(data[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):  # undo the PNG row filter (spec section 9)
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        if y % step == 0:
            colours.update(bytes(line[x:x + 3]) for x in range(0, stride, channels * 4))
        prev = line
    return width, height, len(colours)


def check_window(exe: Path, env: dict[str, str], work: Path) -> list[str]:
    shot = work / "out.png"
    run(exe, ["--demo", "--exit-after", "4", "--screenshot", str(shot), "--data-dir", str(work / "window-data"),
              "--overlay-port", str(free_port())], env, work, 120, "window --exit-after 4 --screenshot")
    done = []
    for path in (shot, shot.with_name("out-alerts.png")):
        if not path.exists():
            raise SmokeFailure(f"window: {path.name} was not written")
        w, h, colours = png_stats(path)
        if path == shot and (w < 400 or h < 300):
            raise SmokeFailure(f"window: {path.name} is only {w}x{h} pixels")
        # The alert window is a flat chroma-key colour until the first gift is shown, which a
        # 4-second demo may not reach: only the dashboard must show a real picture.
        if path == shot and colours < 8:
            raise SmokeFailure(f"window: {path.name} ({w}x{h}) is blank ({colours} colours)")
        done.append(f"window: {path.name} {w}x{h}, {colours} colours in a sample")
    return done


def main() -> int:
    ap = argparse.ArgumentParser(description="Smoke-test the built bundle with no Python environment around it.")
    ap.add_argument("--exe", type=Path, default=DEFAULT_EXE, help=f"the executable (default {DEFAULT_EXE})")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (screenshots, exports)")
    args = ap.parse_args()
    exe = args.exe.resolve()
    if not exe.exists():
        print(f"FAIL: {exe} does not exist; build it first: python packaging/build.py", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="streamer-app-smoke-"))
    env = clean_env(work / "home")
    failed = False
    try:
        try:
            version = run(exe, ["--version"], env, work, 60, "--version").strip()
            print(f"ok: {version}")
        except SmokeFailure as exc:
            print(f"FAIL: {exc}")
            failed = True
        for check in (check_headless_and_export, check_window):
            try:
                for line in check(exe, env, work):
                    print(f"ok: {line}")
            except SmokeFailure as exc:
                print(f"FAIL: {exc}")
                failed = True
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("smoke test FAILED" if failed else "smoke test passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
