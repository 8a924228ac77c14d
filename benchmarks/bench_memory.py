"""Memory growth of the whole engine over a long, fast session (goal: under 30 MB per 1,000,000 gifts).

The real engine (count-once rule, de-duplication, tallies, the ledger writer with durable
commits) ingests a synthetic stream as fast as it can: 5,000 regular viewers, streaks with
their own group ids, resends and single gifts. Resident memory (RSS) is sampled after a
warm-up (the anchor, measured in the same run) and at the end; the figure is the growth
between them, scaled to 1,000,000 gifts when a shorter run is asked for.

    python benchmarks/bench_memory.py [--gifts 1000000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streamer_app.core import events as ev  # noqa: E402
from streamer_app.engine.engine import Engine  # noqa: E402
from streamer_app.settings import Settings  # noqa: E402
from streamer_app.cli import SWITCH_INTERVAL_S  # noqa: E402

GOAL_MB = 30.0


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class SyntheticSource:
    """A fast, endless-crowd stream: ~1,000 gift messages per stream second."""

    def __init__(self, gifts: int, marks: dict) -> None:
        self.gifts, self.marks, self._now = gifts, marks, 1.7e9

    async def start(self) -> ev.SourceInfo:
        return ev.SourceInfo("bench", "memory", "@bench", self._now)

    def now(self) -> float:
        return self._now

    async def aclose(self) -> None:
        pass

    async def events(self):
        rng = random.Random(5)
        users = [ev.User(str(10**12 + i), f"viewer{i}", f"Viewer {i}") for i in range(5000)]
        gifts = [ev.Gift(1, "Rose", 1), ev.Gift(3, "Finger Heart", 5), ev.Gift(9, "Corgi", 299)]
        ids = itertools.count(10**17)
        groups = itertools.count(1)
        sent = 0
        warm = max(self.gifts // 10, min(120_000, self.gifts // 2))  # past the id window fill
        while sent < self.gifts:
            u = users[rng.randrange(len(users))]
            if rng.random() < 0.3:  # a short streak: 1..5, then its end (sometimes resent)
                g, group, n = gifts[rng.randrange(2)], next(groups), rng.randint(1, 5)
                for k in range(1, n + 1):
                    yield ev.GiftEvent(self._now, next(ids), u, g, k, k == n, True, group)
                    sent += 1
                    self._now += 0.001
                if rng.random() < 0.05:
                    yield ev.GiftEvent(self._now, next(ids), u, g, n, True, True, group)
                    sent += 1
            else:
                yield ev.GiftEvent(self._now, next(ids), u, gifts[2], 1, False, False, 0)
                sent += 1
                self._now += 0.001
            if sent % 512 < 5:
                await asyncio.sleep(0)
            if "warm" not in self.marks and sent >= warm:
                gc.collect()
                self.marks["warm"] = (sent, rss_mb())
        yield ev.StreamEndEvent(self._now, "done")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gifts", type=int, default=1_000_000)
    args = ap.parse_args()
    sys.setswitchinterval(SWITCH_INTERVAL_S)  # the engine and writer threads share the GIL as in the app
    marks: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine(SyntheticSource(args.gifts, marks), Path(tmp), Settings())
        t0 = time.perf_counter()
        result = asyncio.run(engine.run())
        elapsed = time.perf_counter() - t0
        gc.collect()
        end_rss = rss_mb()
    warm_sent, warm_rss = marks["warm"]
    growth = end_rss - warm_rss
    per_million = growth * 1_000_000 / max(1, args.gifts - warm_sent)
    print(f"memory_anchor_rss_after_warmup: {warm_rss:.1f} MB after {warm_sent:,} messages")
    print(f"memory_engine_throughput: {args.gifts / elapsed:,.0f} gift messages/s "
          f"({result.tallies.gifts:,} units counted, committed={result.committed})")
    ok = per_million < GOAL_MB and result.committed
    scaled = "" if args.gifts >= 1_000_000 else f" (scaled from {args.gifts - warm_sent:,} messages)"
    print(f"memory_growth_per_1M_gifts: {per_million:.1f} MB{scaled} (goal < {GOAL_MB:.0f} MB) "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
