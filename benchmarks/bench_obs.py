"""OBS control's own costs, against the obs-websocket 5 peer of tests/obs (no goal in DESIGN.md:
figures for docs/OBS.md and to see that the actions runner's path adds little).

    python benchmarks/bench_obs.py [--requests 500]

Prints the round trip of one request awaited on the client's own loop, the same from another
thread's loop (how the actions runner calls it) and their ratio; Add to OBS for every page;
and how long the client takes to be back after the peer restarts (its first retry is 1 s).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamer_app.obs.browser_sources import add_to_obs  # noqa: E402
from streamer_app.obs.client import ObsClient  # noqa: E402
from streamer_app.overlay.access import ensure_token, page_urls  # noqa: E402
from tests.obs.obs_peer import FakeObs  # noqa: E402

PASSWORD = "supersecretpassword"


async def timed(n: int, call) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        await call()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def from_other_thread(n: int, client: ObsClient) -> list[float]:
    result: list[float] = []

    def run() -> None:
        result.extend(asyncio.run(timed(n, lambda: client.request("GetCurrentProgramScene"))))

    t = threading.Thread(target=run)
    t.start()
    t.join()
    return result


async def main(n: int) -> None:
    peer = FakeObs(PASSWORD)
    await peer.start()
    client = ObsClient("127.0.0.1", peer.port, PASSWORD)
    await client.start()
    await client.wait_connected(10)
    own = await timed(n, lambda: client.request("GetCurrentProgramScene"))
    other = await asyncio.get_running_loop().run_in_executor(None, from_other_thread, n, client)
    p50_own, p50_other = statistics.median(own), statistics.median(other)
    print(f"obs.request_own_loop: p50 {p50_own:.3f} ms, p99 {sorted(own)[int(n * 0.99) - 1]:.3f} ms ({n} requests)")
    print(f"obs.request_other_thread: p50 {p50_other:.3f} ms, p99 {sorted(other)[int(n * 0.99) - 1]:.3f} ms "
          f"({p50_other / p50_own:.2f}x the own loop's)")
    with tempfile.TemporaryDirectory() as home:
        urls = page_urls(ensure_token(Path(home)))
        t0 = time.perf_counter()
        await add_to_obs(client, urls)
        first = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        await add_to_obs(client, urls)
        again = (time.perf_counter() - t0) * 1000
    print(f"obs.add_to_obs: {len(urls)} pages created in {first:.1f} ms, updated in {again:.1f} ms")
    await peer.stop()
    t0 = time.perf_counter()
    await peer.start()
    while not client.connected:
        await asyncio.sleep(0.005)
    print(f"obs.reconnect: back {time.perf_counter() - t0:.2f} s after OBS came back (first retry after ~1 s)")
    await client.stop()
    await peer.stop()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=500)
    asyncio.run(main(ap.parse_args().requests))
