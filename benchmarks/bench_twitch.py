"""Twitch: the mapping's cost per EventSub message against decoding its JSON, and a replay's throughput.

    python benchmarks/bench_twitch.py [--messages 20000] [--rounds 3]

Anchor: ``json.loads`` of the same message texts (what any client must pay to read them).
Prints the ratio mapping / decode (the app's own cost per message) and the messages per
second of ``streamer-app replay --headless --speed 0`` of a recording of that size, through
the engine into the ledger. Not a DESIGN.md goal; printed for docs/PLATFORMS.md.
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

from streamer_app.sources.twitch_mapping import TwitchMapper  # noqa: E402
from tests.twitch.make_recording import write_recording  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rec = Path(tmp) / "bench.twitch.jsonl.gz"
        write_recording(rec, a.messages, seed=5, junk=False)
        texts = [json.dumps(json.loads(line)["message"]) for line in gzip.open(rec, "rt").readlines()[1:]]
        decode = mapping = float("inf")
        for _ in range(a.rounds):
            t0 = time.perf_counter()
            msgs = [json.loads(t) for t in texts]
            decode = min(decode, time.perf_counter() - t0)
            m = TwitchMapper()
            t0 = time.perf_counter()
            for msg in msgs:
                m.map(msg, 0.0)
            mapping = min(mapping, time.perf_counter() - t0)
        n = len(texts)
        print(f"twitch.mapping: {mapping / n * 1e6:.2f} us/message, json.loads {decode / n * 1e6:.2f} us/message, "
              f"ratio {mapping / decode:.2f}x")
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "streamer_app", "replay", str(rec), "--headless", "--speed", "0",
                            "--no-overlay", "--data-dir", str(Path(tmp) / "data")], cwd=ROOT, capture_output=True,
                           text=True)
        wall = time.perf_counter() - t0
        if r.returncode != 0:
            raise SystemExit(r.stderr)
        print(f"twitch.replay: {n} messages in {wall:.2f} s (process start included), {n / wall:,.0f} messages/s")


if __name__ == "__main__":
    main()
