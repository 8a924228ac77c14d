"""Start to first window, from source and from the PyInstaller bundle, side by side in one run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_start.py [--runs 5] [--build] [--against REV]

Each run starts a fresh process with STREAMER_APP_REPORT_FIRST_WINDOW=1, which makes the
window code (ui/run.py) print "first-window-at: <epoch seconds>" once the main window has
painted its first frame (and "first-window-cpu: <seconds>", the process's CPU time by then);
the figure is that moment minus the moment just before the process was started. Source and
bundle runs alternate, so both see the same machine load; the medians are compared. Goals
(DESIGN.md section 5, issue 7): from source under 1 s, from the bundle under 1.5 s and at most
1.5 times the start from source. CPU seconds are printed too: on a shared machine they move
much less than wall time.
If the bundle is missing it is built with --build, otherwise a SKIP line says so.
--against REV also starts the app as it was at git revision REV (exported to a temporary
folder), alternating with the working tree, and prints the ratio: before/after in one run.
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
CPU_MARKER = "first-window-cpu:"


def line(name: str, figure: str, goal: str, ok: bool) -> None:
    print(f"{name}: {figure} (goal {goal}) {'PASS' if ok else 'FAIL'}", flush=True)


def source_command() -> list[str]:
    venv_py = ROOT / ".venv" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    return [str(venv_py if venv_py.exists() else Path(sys.executable)), "-m", "streamer_app"]


def first_window(cmd: list[str], data_dir: Path, bundle: bool, tree: Path = ROOT,
                 cpu: list[float] | None = None) -> float:
    """Seconds from process start to the first-window marker (the process is then left to exit).

    ``tree`` is the folder the source runs start in (``python -m`` finds the package there
    first); the process's CPU seconds at the marker are appended to ``cpu`` when it is given.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "STREAMER_APP_REPORT_FIRST_WINDOW": "1"}
    if bundle:  # the bundle must not lean on the development environment
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(name, None)
    args = [*cmd, "--demo", "--no-overlay", "--exit-after", "1.5", "--data-dir", str(data_dir)]
    started = time.time()
    proc = subprocess.Popen(args, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen = None
        for out_line in proc.stdout:
            if out_line.startswith(MARKER):
                seen = float(out_line.split(":", 1)[1])
            elif out_line.startswith(CPU_MARKER) and cpu is not None:
                cpu.append(float(out_line.split(":", 1)[1]))
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
    ap.add_argument("--against", metavar="REV", help="also start the app as of git revision REV, alternating, "
                    "and print the ratio (before/after side by side)")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    exe = args.exe
    if not exe.exists() and args.build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=False)
    have_bundle = exe.exists()
    if not have_bundle:
        print(f"start_bundle: SKIP (no bundle at {exe}; run python packaging/build.py or pass --build)")

    src_times: list[float] = []
    src_cpu: list[float] = []
    bundle_times: list[float] = []
    rev_times: list[float] = []
    rev_cpu: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        rev_tree = export_revision(args.against, Path(tmp, "rev")) if args.against else None
        # one warm-up of each, not counted: the first start after a build reads every file from disk
        first_window(source_command(), Path(tmp, "warm-src"), bundle=False)
        if rev_tree:
            first_window(source_command(), Path(tmp, "warm-rev"), bundle=False, tree=rev_tree)
        if have_bundle:
            first_window([str(exe)], Path(tmp, "warm-bundle"), bundle=True)
        for i in range(args.runs):
            src_times.append(first_window(source_command(), Path(tmp, f"src{i}"), bundle=False, cpu=src_cpu))
            if rev_tree:
                rev_times.append(first_window(source_command(), Path(tmp, f"rev{i}"), bundle=False,
                                              tree=rev_tree, cpu=rev_cpu))
            if have_bundle:
                bundle_times.append(first_window([str(exe)], Path(tmp, f"bundle{i}"), bundle=True))

    src = statistics.median(src_times)
    print(f"# runs each: {args.runs}; source: {', '.join(f'{t:.3f}' for t in src_times)}")
    if src_cpu:
        print(f"# source CPU seconds to the first window: median {statistics.median(src_cpu):.3f} "
              f"({', '.join(f'{t:.3f}' for t in src_cpu)})")
    if rev_tree:
        rev = statistics.median(rev_times)
        print(f"# {args.against}: {', '.join(f'{t:.3f}' for t in rev_times)}; median {rev:.3f} s")
        if rev_cpu:
            print(f"# {args.against} CPU seconds: median {statistics.median(rev_cpu):.3f}")
        print(f"# working tree / {args.against}: {src / rev:.2f}x wall")
    if have_bundle:
        print(f"# bundle: {', '.join(f'{t:.3f}' for t in bundle_times)}")
    line("start_source_first_window_median", f"{src:.3f} s", "< 1 s", src < 1.0)
    if not have_bundle:
        return 0
    bun = statistics.median(bundle_times)
    line("start_bundle_first_window_median", f"{bun:.3f} s", "< 1.5 s", bun < 1.5)
    line("start_bundle_vs_source", f"{bun / src:.2f}x", "<= 1.5x", bun / src <= 1.5)
    return 0


def export_revision(rev: str, dest: Path) -> Path:
    """The streamer_app package as of ``rev``, unpacked into ``dest`` (no checkout: the tree is shared)."""
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", rev, "streamer_app"], cwd=ROOT,
                             capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"bench_start: git cannot export {rev!r}: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest

if __name__ == "__main__":
    sys.exit(main())
