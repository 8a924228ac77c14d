"""Build the one-folder bundle: python packaging/build.py [--clean]

Makes sure PyInstaller and the app's own dependencies are installed (into .venv when this is
not already a virtual environment, so a system Python is never touched), runs PyInstaller on
packaging/streamer_app.spec and prints the bundle's size. The result: dist/streamer-app/,
with the executable dist/streamer-app/streamer-app (streamer-app.exe on Windows).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "streamer_app.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "streamer-app"
EXE = BUNDLE / ("streamer-app.exe" if sys.platform == "win32" else "streamer-app")
SIZE_GOAL_MB = 150.0  # Linux goal from issue 7; Windows/macOS sizes are reported, not judged


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def ensure_environment() -> None:
    """Re-run inside .venv when started from a bare Python; install what the build needs."""
    if sys.prefix == sys.base_prefix and not os.environ.get("STREAMER_APP_BUILD_NO_VENV"):
        venv = ROOT / ".venv"
        py = _venv_python(venv)
        if not py.exists():
            print(f"creating {venv} (the build never installs into a system Python)", flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        # a child process, not os.execv: on Windows execv returns to the shell before the build ends
        raise SystemExit(subprocess.run([str(py), str(Path(__file__).resolve()), *sys.argv[1:]]).returncode)
    missing = [name for name in ("PyInstaller", "PySide6", "TikTokLive", "streamer_app")
               if importlib.util.find_spec(name) is None]
    if missing == ["PyInstaller"]:
        # The app is installed already (maybe editable from another checkout, which a reinstall from
        # here would re-point): only the packaging extra's own requirements are added.
        import tomllib

        extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "optional-dependencies"]["packaging"]
        print(f"installing the packaging extra: {', '.join(extra)}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *extra], check=True)
    elif missing:
        print(f"installing the packaging extra (missing: {', '.join(missing)})", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-e", f"{ROOT}[packaging]"], check=True)


def folder_size(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for f in files:
            p = Path(dirpath, f)
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def build(clean: bool = False) -> int:
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")]
    if clean:
        cmd.append("--clean")
    started = time.monotonic()
    print("running PyInstaller (a few minutes)...", flush=True)
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0 or not EXE.exists():
        print(f"build failed: PyInstaller exited with {result.returncode}; its messages are above", file=sys.stderr)
        return 1
    print(f"built {EXE.relative_to(ROOT)} in {time.monotonic() - started:.0f} s")
    return judge_size(BUNDLE, sys.platform)


def biggest_files(path: Path, n: int = 10) -> list[tuple[int, str]]:
    sizes = [(p.stat().st_size, p.relative_to(path).as_posix()) for p in path.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(sizes, reverse=True)[:n]


def judge_size(bundle: Path, platform: str) -> int:
    """Print the bundle's size; on Linux, 1 (a failed build) when it is over the goal of issue 7."""
    size = folder_size(bundle)
    mb = size / 1e6  # decimal MB, so the limit holds in MiB too
    goal = f"goal <= {SIZE_GOAL_MB:.0f} MB on Linux"
    if not platform.startswith("linux"):
        print(f"bundle size: {mb:.1f} MB ({size:,} bytes; {goal}, not judged on {platform}) INFO")
        return 0
    ok = mb <= SIZE_GOAL_MB
    print(f"bundle size: {mb:.1f} MB ({size:,} bytes; {goal}) {'PASS' if ok else 'FAIL'}")
    if ok:
        return 0
    print(f"build failed: the bundle is {mb:.1f} MB, over the {SIZE_GOAL_MB:.0f} MB limit; something new was "
          "collected (see packaging/streamer_app.spec for what is left out and why). Biggest files:",
          file=sys.stderr)
    for n, rel in biggest_files(bundle):
        print(f"  {n / 1e6:6.1f} MB  {rel}", file=sys.stderr)
    return 1


def main() -> int:
    ap = argparse.ArgumentParser(description="Build dist/streamer-app/ with PyInstaller.")
    ap.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    args = ap.parse_args()
    try:
        ensure_environment()
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"could not prepare the build environment: {exc}", file=sys.stderr)
        return 1
    return build(args.clean)


if __name__ == "__main__":
    sys.exit(main())
