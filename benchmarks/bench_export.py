"""Export a 1,000,000-gift session to JSON, CSV and HTML, each timed (goal: under 5 s each).

Run:  .venv/bin/python benchmarks/bench_export.py [--gifts N] [--keep DIR]  (DIR is reused next time)

The session is built quickly by inserting ledger rows with executemany into a fresh file
made by ``open_database`` (the schema the app writes). Figures are wall-clock seconds on
this machine; the last line compares the SQL-aggregate tallies with the Python rebuild
measured side by side in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamer_app.core.economics import RateProfile  # noqa: E402
from streamer_app.export.csv_export import export_csv_concurrently  # noqa: E402
from streamer_app.export.html_report import render_html  # noqa: E402
from streamer_app.export.summary import build_session_summary  # noqa: E402
from streamer_app.settings import Settings  # noqa: E402
from streamer_app.store.database import open_database  # noqa: E402
from streamer_app.store.queries import Reader  # noqa: E402

GOAL_S = 5.0
CATALOG = [(5655, "Rose", 1), (5269, "TikTok", 1), (5487, "Finger Heart", 5), (5658, "Perfume", 20),
           (5879, "Doughnut", 30), (7934, "Applause", 50), (6656, "Hand Hearts", 100), (8913, "Dynamic Duo", 100),
           (6267, "Corgi", 299), (7168, "Money Gun", 500), (6820, "Director's Chair", 500), (11046, "Galaxy", 1000),
           (7810, "Lion Dance", 2000), (6369, "Lion", 29999), (7312, "TikTok Universe", 44999)]
WEIGHTS = [400, 200, 120, 60, 40, 30, 25, 10, 8, 5, 4, 2, 1, 0.05, 0.02]


def build(path: Path, gifts: int, gifters: int = 25_000, hours: float = 6.0, seed: int = 1) -> None:
    rnd = random.Random(seed)
    db = open_database(path)
    conn = db.conn
    start = datetime(2025, 3, 1, 18, tzinfo=timezone.utc).timestamp()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO sessions (source, room_id, creator, started_at, ended_at, end_reason, rates) "
                 "VALUES ('demo', 'bench', '@bench.creator', ?, ?, 'bench', ?)",
                 (start, start + hours * 3600, json.dumps(RateProfile().to_dict())))
    conn.executemany("INSERT INTO users VALUES (?, ?, ?, '')",
                     [(str(7_000_000_000 + i), f"viewer_{i}", f"Viewer {i} 🔥" if i % 7 == 0 else f"Viewer {i}")
                      for i in range(gifters)])
    conn.executemany("INSERT INTO gifts VALUES (?, ?, ?, '')", CATALOG)
    picks = rnd.choices(range(len(CATALOG)), WEIGHTS, k=gifts)
    span = hours * 3600
    rows = []
    for i, k in enumerate(picks):
        gid, _, each = CATALOG[k]
        units = 1 if each > 1 else rnd.randint(1, 20)
        rows.append((1, start + span * i / gifts, str(7_000_000_000 + int(rnd.paretovariate(1.2) * 7) % gifters),
                     gid, units, each, units * each, int(i % 997 == 0)))
    conn.executemany("INSERT INTO ledger (session_id, ts, user_id, gift_id, units, coins_each, coins, "
                     "closed_without_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()


CPU: dict[str, float] = {}  # CPU seconds of the last timed call: wall time on a shared machine includes waiting


def timed(fn):
    c0, t0 = time.process_time(), time.perf_counter()
    value = fn()
    CPU["last"] = time.process_time() - c0
    return time.perf_counter() - t0, value


def line(name: str, seconds: float, goal: float = GOAL_S) -> str:
    return (f"{name}: {seconds:.2f} s (goal < {goal:g} s) {'PASS' if seconds < goal else 'FAIL'}"
            f"  [cpu {CPU['last']:.2f} s]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gifts", type=int, default=1_000_000)
    ap.add_argument("--keep", metavar="DIR", help="build in DIR and keep the files")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-export-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "streamer-app.db"
    reuse = False
    if db_path.exists():  # --keep DIR from an earlier run: reuse the session if it has the right size
        import sqlite3

        with sqlite3.connect(db_path) as c:
            reuse = c.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == args.gifts
        if not reuse:
            for p in work.glob("streamer-app.db*"):
                p.unlink()
    if reuse:
        print(f"reusing the {args.gifts:,}-gift session in {db_path}")
    else:
        t_build, _ = timed(lambda: build(db_path, args.gifts))
        print(f"built a {args.gifts:,}-gift session in {t_build:.1f} s ({db_path.stat().st_size / 1e6:.0f} MB)")
    thresholds = Settings().thresholds
    now = datetime(2025, 3, 6, tzinfo=timezone.utc)

    def summary():
        return build_session_summary(Reader(db_path), 1, thresholds, now=now)

    def to_json():
        s = summary()
        (work / "out.json").write_text(json.dumps(s.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
        return s.tallies.coins

    def to_csv():
        # as the CLI does for CSV: the summary's totals on a second connection while the ledger is written
        reader = Reader(db_path)
        export_csv_concurrently(
            reader, lambda r, tallies: build_session_summary(r, 1, thresholds, now=now, detail=False, tallies=tallies),
            work / "out.csv")

    def to_html():
        (work / "out.html").write_text(render_html(summary()), encoding="utf-8")

    t_json, coins = timed(to_json)
    json_line = line("export_json_{n}", t_json)
    t_csv, _ = timed(to_csv)
    csv_line = line("export_csv_{n}", t_csv)
    t_html, _ = timed(to_html)
    html_line = line("export_html_{n}", t_html)
    reader = Reader(db_path)
    t_sql, agg = timed(lambda: reader.aggregate_tallies([1]))
    t_py, rebuilt = timed(lambda: reader.tallies([1]))
    assert agg.coins == rebuilt.coins == coins and agg.gifters == rebuilt.gifters
    csv_mb = (work / "out.csv").stat().st_size / 1e6
    n = f"{args.gifts // 1000}k" if args.gifts < 1_000_000 else f"{args.gifts / 1e6:g}M"
    print(json_line.format(n=n))
    print(csv_line.format(n=n) + f"  ({csv_mb:.0f} MB ledger CSV)")
    print(html_line.format(n=n) + f"  ({(work / 'out.html').stat().st_size / 1e3:.0f} kB)")
    print(f"machine load while measuring (1-minute average, 2 cores): {os.getloadavg()[0]:.1f}")
    print(f"tallies_sql_vs_python_{n}: {t_sql:.2f} s vs {t_py:.2f} s = {t_py / t_sql:.1f}x faster "
          f"(goal: SQL path faster) {'PASS' if t_sql < t_py else 'FAIL'}")
    if not args.keep:
        for p in work.iterdir():
            p.unlink()
        work.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
