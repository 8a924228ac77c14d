"""YouTube recordings: our mapping's cost next to reading the responses, and a headless replay.

    .venv/bin/python benchmarks/bench_youtube.py [--messages 20000] [--rounds 3]

1. The responses of a recording (pages of 20 messages overlapping by 3, as
   tests/youtube/make_recording.py writes them) read two ways, best of --rounds each:
   - read: the gzip file's lines parsed with ``json.loads`` (what any client of the Data API
     does with a response);
   - read + map: the same plus ``YouTubeMapper.map_response`` (count once by id, events built).
   Our mapping's cost per message is printed as a ratio of the reading cost.
2. ``streamer-app replay FILE --headless --speed 0 --no-overlay`` in a new process (start-up,
   imports, the ledger with its durable commits, backup and exit included): messages per second.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamer_app.sources.youtube_mapping import YouTubeMapper  # noqa: E402
from tests.youtube.make_recording import write_recording  # noqa: E402


def _read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        f.readline()
        return [json.loads(line)["response"] for line in f]


def _map(path: Path) -> int:
    mapper = YouTubeMapper()
    n = 0
    for response in _read(path):
        events, _ = mapper.map_response(response, 0.0)
        n += len(events)
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.youtube.jsonl.gz"
        made = write_recording(path, args.messages, seed=5)
        distinct = len(made.messages)
        read = mapped = float("inf")
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            _read(path)
            read = min(read, time.perf_counter() - t0)
            t0 = time.perf_counter()
            _map(path)
            mapped = min(mapped, time.perf_counter() - t0)
        ours = mapped - read
        print(f"messages: {distinct:,} distinct ({args.messages:,} made, pages of 20 overlapping by 3)")
        print(f"read responses: {read / distinct * 1e6:.1f} us/message; our mapping: {ours / distinct * 1e6:.1f} "
              f"us/message; ratio mapping/read = {ours / read:.2f}")
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "streamer_app", "replay", str(path), "--headless", "--speed", "0",
                            "--no-overlay", "--data-dir", str(Path(tmp) / "data")],
                           cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if r.returncode != 0:
            print(r.stderr)
            raise SystemExit(1)
        print(f"headless replay (new process, everything included): {wall:.2f} s, {distinct / wall:,.0f} messages/s")


if __name__ == "__main__":
    main()
