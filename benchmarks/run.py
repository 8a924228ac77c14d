"""Run every benchmark and print one line per goal: `NAME: figure (goal ...) PASS` or `... FAIL`.

    python benchmarks/run.py [--quick] [--write-doc] [--only NAME ...]

Each benchmark is its own script (run in a fresh process, so one cannot warm or slow
another) and measures its figure against an anchor in the same run: our cost per gift
against TikTokLive's decode, core + ledger against raw SQLite, send latency at a fixed
rate, GUI timer intervals during a burst against the idle baseline, memory growth
against the warm-up, start from the bundle against the start from source, a replay with a
slowed ledger writer against the same replay unslowed.
`--quick` uses smaller sizes (about 4 minutes on 2 cores); the full run uses the sizes of
DESIGN.md section 5. Exit status: 0 when every goal passed, 1 otherwise.
`--write-doc` stores the run in docs/BENCHMARKS.md with the machine and the command.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
GOAL_LINE = re.compile(r"^[\w.-]+: .*\b(PASS|FAIL|SKIP)\b")

# name -> (script, quick arguments, full arguments)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "ledger": ("bench_ledger.py", ["--gifts", "100000"], ["--gifts", "500000"]),
    "decode": ("bench_decode.py", ["--frames", "3000", "--cli-frames", "20000", "--rounds", "2", "--cli-rounds", "2"],
               ["--frames", "10000", "--cli-frames", "20000", "--rounds", "3", "--cli-rounds", "3"]),
    "slow_writer": ("bench_slow_writer.py", ["--frames", "20000", "--runs", "5", "--anchors", "2"],
                    ["--frames", "20000", "--runs", "5", "--anchors", "3"]),
    "overlay": ("bench_overlay.py", ["--seconds", "5"], ["--seconds", "20"]),
    "gui": ("bench_gui.py", ["--seconds", "8"], ["--seconds", "20"]),
    "memory": ("bench_memory.py", ["--gifts", "300000"], ["--gifts", "1000000"]),
    "export": ("bench_export.py", ["--gifts", "1000000"], ["--gifts", "1000000"]),
    "start": ("bench_start.py", ["--runs", "3"], ["--runs", "7"]),
    "actions": ("bench_actions.py", ["--duration", "1800", "--rounds", "5"], ["--duration", "3600", "--rounds", "7"]),
    "paid": ("bench_paid.py", ["--messages", "20000", "--rounds", "2"], ["--messages", "50000", "--rounds", "3"]),
    "i18n": ("bench_i18n.py", ["--gifts", "100000", "--calls", "5000"], ["--gifts", "1000000", "--calls", "20000"]),
    "multistream": ("bench_multistream.py", ["--seconds", "6", "--gifts", "30000"], ["--seconds", "20", "--gifts", "150000"]),
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        if names:
            cpu = names[0]
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}, load average before the run: {load}")


def run_one(name: str, quick: bool) -> tuple[list[str], float, int]:
    script, quick_args, full_args = BENCHMARKS[name]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.monotonic()
    proc = subprocess.run([PY, str(ROOT / "benchmarks" / script), *(quick_args if quick else full_args)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - t0
    lines = [ln.strip() for ln in proc.stdout.splitlines() if ln.strip()]
    goals = [ln for ln in lines if GOAL_LINE.match(ln)]
    if proc.returncode != 0 and not any(GOAL_LINE.match(ln).group(1) == "FAIL" for ln in goals):
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        lines.append(f"{name}: the benchmark itself failed ({tail}) FAIL")  # shown and counted as a goal
    return lines, elapsed, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes, about 4 minutes")
    ap.add_argument("--write-doc", action="store_true", help="store the run in docs/BENCHMARKS.md")
    ap.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="run only these")
    args = ap.parse_args()
    names = args.only or list(BENCHMARKS)
    about = machine()
    print(f"# {about}", flush=True)
    report: list[str] = []
    failed = 0
    started = time.monotonic()
    for name in names:
        print(f"# {name} ...", flush=True)
        lines, elapsed, _ = run_one(name, args.quick)
        for ln in lines:
            is_goal = bool(GOAL_LINE.match(ln))
            if is_goal and GOAL_LINE.match(ln).group(1) == "FAIL":
                failed += 1
            print(ln if is_goal else f"  {ln}", flush=True)
        if not any(GOAL_LINE.match(ln) for ln in lines):
            failed += 1
            print(f"{name}: printed no goal line FAIL")
            lines.append(f"{name}: printed no goal line FAIL")
        report.append(f"### {name} ({elapsed:.0f} s)\n\n```\n" + "\n".join(lines) + "\n```\n")
    total = time.monotonic() - started
    verdict = "every goal PASS" if not failed else f"{failed} goal(s) FAIL"
    print(f"# {verdict} in {total:.0f} s")
    if args.write_doc:
        cmd = "python benchmarks/run.py" + (" --quick" if args.quick else "") + (
            f" --only {' '.join(args.only)}" if args.only else "")
        write_doc(about, cmd, verdict, total, report)
    return 0 if not failed else 1


def write_doc(about: str, cmd: str, verdict: str, total: float, report: list[str]) -> None:
    path = ROOT / "docs" / "BENCHMARKS.md"
    notes = ""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        marker = "## Notes"
        if marker in text:
            notes = text[text.index(marker):]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = (
        "# Benchmarks\n\n"
        "Every figure is measured against an anchor in the same run (DESIGN.md section 5); "
        "the machine is shared, so absolute times move with its load while the ratios hold better.\n\n"
        f"- Run: `{cmd}` on {stamp}\n- Machine: {about}\n- Result: {verdict} ({total:.0f} s)\n\n"
        "## Latest run\n\n" + "\n".join(report) + "\n" + notes
    )
    path.write_text(body, encoding="utf-8")
    print(f"# wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
