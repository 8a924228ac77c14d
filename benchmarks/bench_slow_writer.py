"""The same recording replayed flat out with a slow ledger writer: one ledger every time, and what it costs.

    .venv/bin/python benchmarks/bench_slow_writer.py [--frames 20000] [--delay 0.2] [--runs 5] [--anchors 3]

The 20,000-frame plain-gift recording of bench_decode.py (benchmarks/recordings.py, the
same bytes) is replayed with the real command line (``streamer-app replay FILE --headless
--speed 0 --no-overlay``, a fresh process and data folder each time):

- ``--runs`` times with every commit of the ledger writer slowed by ``--delay`` seconds
  (tests/support/slow_writer/sitecustomize.py on PYTHONPATH, SLOW_WRITER_DELAY_S: a slow
  disk, a network folder, an antivirus), and
- ``--anchors`` times unslowed (the same helper on PYTHONPATH with no delay), alternating.

Each ledger is hashed: every row of the session in ``ledger`` (and ``guest_gifts``), all
columns but the row id and the session id (ts, msg_id, user_id, gift_id, units, coins_each,
coins, streak_key, units_to, closed_without_end, first_gift, ...), in the order of those
columns. All hashes must be equal, and the coins those of the recording.

Time: the growth is the best slowed run minus the best unslowed one. Each process counts
the writer's commits (a wrapper around ``LedgerWriter._commit``, around the helper's delay).
A fixed delay per commit can cost at most (commits x delay); with group commits the engine
goes on counting while the writer waits, so only the commits the replay itself waits for
show: the one that opens the session, and at the end the one in flight and the last.
Goals: the ledgers identical, and the growth no more than commits x delay (the brief's
bound); the growth in delays is printed next to it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from recordings import write_plain_gifts  # noqa: E402

SLOW_WRITER = ROOT / "tests" / "support" / "slow_writer"

# Runs the command line as `python -m streamer_app` does, counting the writer's commits
# (each call of _commit, the helper's delay included) into BENCH_COMMITS_FILE at exit.
BOOT = r"""
import atexit, os, runpy, sys
from streamer_app.store import writer as _writer
_inner = _writer.LedgerWriter._commit
_calls = [0]
def _counted(self, conn, batch):
    _calls[0] += 1
    return _inner(self, conn, batch)
_writer.LedgerWriter._commit = _counted
atexit.register(lambda: open(os.environ["BENCH_COMMITS_FILE"], "w").write(str(_calls[0])))
sys.argv = ["streamer-app", *sys.argv[1:]]
runpy.run_module("streamer_app", run_name="__main__", alter_sys=True)
"""


def ledger_hash(db: Path) -> tuple[str, int, int]:
    """(sha256 of the session's rows in a canonical order, rows, coins)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        [(sid,)] = conn.execute("SELECT id FROM sessions").fetchall()  # a fresh folder: one session
        h = hashlib.sha256()
        rows = coins = 0
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name IN ('ledger', 'guest_gifts') ORDER BY name")]
        for table in tables:
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] not in ("id", "session_id")]
            h.update(f"{table}({','.join(cols)})\n".encode())
            order = ", ".join(cols)
            for row in conn.execute(f"SELECT {order} FROM {table} WHERE session_id = ? ORDER BY {order}", (sid,)):
                h.update((repr(row) + "\n").encode())
                rows += 1
                if table == "ledger":
                    coins += row[cols.index("coins")]
        return h.hexdigest(), rows, coins
    finally:
        conn.close()


def replay(path: Path, home: Path, delay: float) -> dict:
    commits_file = home.with_suffix(".commits")
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "SLOW_WRITER_DELAY_S": repr(delay), "SLOW_WRITER_STALL_S": "0",
           "PYTHONPATH": os.pathsep.join(p for p in (str(SLOW_WRITER), str(ROOT), os.environ.get("PYTHONPATH")) if p),
           "BENCH_COMMITS_FILE": str(commits_file)}
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", BOOT, "replay", str(path), "--headless", "--speed", "0",
                           "--no-overlay", "--data-dir", str(home)], cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"the replay with a {delay} s writer delay failed")
    digest, rows, coins = ledger_hash(home / "streamer-app.db")
    return {"delay": delay, "wall": wall, "commits": int(commits_file.read_text()), "hash": digest, "rows": rows,
            "coins": coins}


def line(name: str, figure: str, goal: str, ok: bool) -> None:
    print(f"{name}: {figure} (goal {goal}) {'PASS' if ok else 'FAIL'}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=20_000)
    ap.add_argument("--delay", type=float, default=0.2, help="seconds added to every commit (default 0.2)")
    ap.add_argument("--runs", type=int, default=5, help="slowed replays")
    ap.add_argument("--anchors", type=int, default=3, help="unslowed replays, alternating with the slowed ones")
    a = ap.parse_args()
    if not (SLOW_WRITER / "sitecustomize.py").exists():
        print(f"slow_writer_ledgers_identical: SKIP (no {SLOW_WRITER / 'sitecustomize.py'})")
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-slow-writer-") as tmp:
        tmp = Path(tmp)
        rec = write_plain_gifts(tmp / "plain.ttlive.jsonl.gz", a.frames)
        print(f"# {a.frames} frames of one plain gift each (sha256 {rec.sha256[:16]}, {rec.coins:,} coins), "
              f"'streamer-app replay FILE --headless --speed 0 --no-overlay', fresh process and folder each run; "
              f"{a.runs} runs with {a.delay:g} s before every commit, {a.anchors} without, alternating", flush=True)
        order = []
        slow_left, fast_left = a.runs, a.anchors
        while slow_left or fast_left:  # spread the anchors among the slowed runs: F S S F S S F S ...
            if fast_left and (fast_left * (a.runs + 1) >= slow_left * a.anchors or not slow_left):
                order.append(0.0)
                fast_left -= 1
            if slow_left:
                order.append(a.delay)
                slow_left -= 1
        results = []
        for n, delay in enumerate(order):
            r = replay(rec.path, tmp / f"home-{n}", delay)
            results.append(r)
            print(f"  {'slowed' if delay else 'unslowed'}: {r['wall']:.2f} s, {r['commits']} commits, "
                  f"{r['rows']:,} ledger rows, {r['coins']:,} coins, ledger sha256 {r['hash'][:16]}", flush=True)

    slow = [r for r in results if r["delay"]]
    fast = [r for r in results if not r["delay"]]
    hashes = {r["hash"] for r in results}
    right = all(r["coins"] == rec.coins and r["rows"] == a.frames for r in results)
    line("slow_writer_ledgers_identical",
         f"{len(slow)} slowed and {len(fast)} unslowed replays, {len(hashes)} distinct ledger(s) "
         f"({', '.join(r['hash'][:12] for r in slow)}){'' if right else '; coins or rows differ from the recording'}",
         "one ledger, the recording's coins", len(hashes) == 1 and right)
    best_slow, best_fast = min(r["wall"] for r in slow), min(r["wall"] for r in fast)
    growth = best_slow - best_fast
    commits = statistics.median(r["commits"] for r in slow)
    bound = commits * a.delay
    walls = {kind: ", ".join(f"{r['wall']:.2f}" for r in runs) for kind, runs in (("slow", slow), ("fast", fast))}
    print(f"# unslowed {best_fast:.2f} s best ({walls['fast']}), "
          f"{statistics.median(r['commits'] for r in fast):.0f} commits; slowed {best_slow:.2f} s best "
          f"({walls['slow']}), {commits:.0f} commits (group commits: fewer, larger)")
    line("slow_writer_replay_growth",
         f"{growth:+.2f} s = {growth / a.delay:+.1f} x the {a.delay:g} s delay; {commits:.0f} commits x {a.delay:g} s "
         f"= {bound:.1f} s", "growth <= commits x delay", growth <= bound)
    medians = statistics.median(r["wall"] for r in slow) - statistics.median(r["wall"] for r in fast)
    print(f"  median to median: {medians:+.2f} s. "
          f"What the replay waits for: the commit that opens the session, and at the end the commit in flight "
          f"and the last one (about 2-3 delays); every other commit overlaps the decoding")
    return 0 if len(hashes) == 1 and right and growth <= bound else 1


if __name__ == "__main__":
    raise SystemExit(main())
