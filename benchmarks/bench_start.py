"""Start to first window, from source and from the PyInstaller bundle, side by side in one run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_start.py [--runs 5] [--build]

Each run starts a fresh process with STREAMER_APP_REPORT_FIRST_WINDOW=1, which makes the
window code (ui/run.py) print "first-window-at: <epoch seconds>" as soon as the event loop
runs after the main window was shown; the figure is that moment minus the moment just before
the process was started. Source and bundle runs alternate, so both see the same machine load;
the medians are compared. Goals (DESIGN.md section 5, issue 7): from source under 1 s, from the
bundle under 1.5 s and at most 1.5 times the start from source.
If the bundle is missing it is built with --build, otherwise a SKIP line says so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_EXE = ROOT / "dist" / "streamer-app" / ("streamer-app.exe" if sys.platform == "win32" else "streamer-app")
MARKER = "first-window-at:"


def line(name: str, figure: str, goal: str, ok: bool) -> None:
    print(f"{name}: {figure} (goal {goal}) {'PASS' if ok else 'FAIL'}", flush=True)


def source_command() -> list[str]:
    venv_py = ROOT / ".venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    return [str(venv_py if venv_py.exists() else Path(sys.executable)), "-m", "streamer_app"]


def first_window(cmd: list[str], data_dir: Path, bundle: bool) -> float:
    """Seconds from process start to the first-window marker (the process is then left to exit)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "STREAMER_APP_REPORT_FIRST_WINDOW": "1"}
    if bundle:  # the bundle must not lean on the development environment
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(name, None)
    args = [*cmd, "--demo", "--no-overlay", "--exit-after", "1.5", "--data-dir", str(data_dir)]
    started = time.time()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen = None
        for out_line in proc.stdout:
            if out_line.startswith(MARKER):
                seen = float(out_line.split(":", 1)[1])
        err = proc.stderr.read()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    if seen is None:
        tail = "\n".join(err.strip().splitlines()[-5:])
        raise RuntimeError(f"{' '.join(cmd)} printed no '{MARKER}' line (exit {proc.returncode}):\n{tail}")
    return seen - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each, alternating (default 5)")
    ap.add_argument("--build", action="store_true", help="build the bundle first if it is missing")
    ap.add_argument("--exe", type=Path, default=BUNDLE_EXE, help="the bundle's executable")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    exe = args.exe
    if not exe.exists() and args.build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=False)
    have_bundle = exe.exists()
    if not have_bundle:
        print(f"start_bundle: SKIP (no bundle at {exe}; run python packaging/build.py or pass --build)")

    src_times: list[float] = []
    bundle_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        # one warm-up of each, not counted: the first start after a build reads every file from disk
        first_window(source_command(), Path(tmp, "warm-src"), bundle=False)
        if have_bundle:
            first_window([str(exe)], Path(tmp, "warm-bundle"), bundle=True)
        for i in range(args.runs):
            src_times.append(first_window(source_command(), Path(tmp, f"src{i}"), bundle=False))
            if have_bundle:
                bundle_times.append(first_window([str(exe)], Path(tmp, f"bundle{i}"), bundle=True))

    src = statistics.median(src_times)
    print(f"# runs each: {args.runs}; source: {', '.join(f'{t:.3f}' for t in src_times)}")
    if have_bundle:
        print(f"# bundle: {', '.join(f'{t:.3f}' for t in bundle_times)}")
    line("start_source_first_window_median", f"{src:.3f} s", "< 1 s", src < 1.0)
    if not have_bundle:
        return 0
    bun = statistics.median(bundle_times)
    line("start_bundle_first_window_median", f"{bun:.3f} s", "< 1.5 s", bun < 1.5)
    line("start_bundle_vs_source", f"{bun / src:.2f}x", "<= 1.5x", bun / src <= 1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
