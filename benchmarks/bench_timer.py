"""The subathon timer's cost per gift: our side with a running timer next to our side without.

    .venv/bin/python benchmarks/bench_timer.py [--frames 5000] [--rounds 3]

The same pre-decoded gift frames (bench_decode.py's ``ours_only``: our mapper, the engine, the
ledger writer and a JSON publisher; CPU of both threads) run with the timer idle and with a
running timer that every counted gift extends (its state saved with the gifts, one ``timer``
update per loop turn). Alternating rounds, best of each; printed as microseconds per gift
frame and as a share of TikTokLive's own decode cost of the same frames (DESIGN.md section 5:
the app's whole cost stays under 10 % of decode).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench_decode import DecodedReplay, decode_all  # noqa: E402  (run as a script from benchmarks/)

from streamer_app.cli import SWITCH_INTERVAL_S
from tests.tiktok.make_recording import write_recording


async def ours(path: Path, frames: list, data_dir: Path, timer: bool) -> float:
    from streamer_app.core.subathon import SubathonTimer
    from streamer_app.engine.engine import Engine
    from streamer_app.settings import Settings, TimerSettings
    from streamer_app.store.database import open_database
    from streamer_app.store.subathon import save_timer

    settings = replace(Settings(), timer=TimerSettings(count_replays=True))
    if timer:
        db = open_database(data_dir / "streamer-app.db")
        t = SubathonTimer(settings.timer.rules())
        t.start(time.time())
        save_timer(db.conn, t.state)
        db.conn.commit()
        db.conn.close()

    class JsonPublisher:
        def publish(self, update: dict) -> None:
            json.dumps(update, separators=(",", ":"))

    engine = Engine(DecodedReplay(path, frames), data_dir, settings)
    engine.add_publisher(JsonPublisher())
    c = time.process_time()
    result = await engine.run()
    assert result.committed
    if timer:
        assert engine.timer.model.state.coins == engine.tallies.coins > 0
    return time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    with tempfile.TemporaryDirectory(prefix="bench-timer-") as tmp:
        root = Path(tmp)
        rec = write_recording(root / "gifts.ttlive.jsonl.gz", a.frames, seed=5, junk=False)
        frames = asyncio.run(decode_all(rec.path))
        off, on, dec = [], [], []
        for r in range(a.rounds):
            c = time.process_time()
            asyncio.run(decode_all(rec.path))
            dec.append(time.process_time() - c)
            for timer, store in ((False, off), (True, on)):
                data = root / f"{'on' if timer else 'off'}{r}"
                data.mkdir()
                store.append(asyncio.run(ours(rec.path, frames, data, timer)))
        n = a.frames
        d, o, t = min(dec) / n * 1e6, min(off) / n * 1e6, min(on) / n * 1e6
        print(f"# {n} gift frames, best of {a.rounds} (CPU, both threads)")
        print(f"decode {d:.0f} us per frame; ours without a timer {o:.1f} us ({o / d * 100:.1f} % of decode), "
              f"with a running timer {t:.1f} us ({t / d * 100:.1f} %)")
        print(f"the timer's own cost: {t - o:+.1f} us per gift frame ({(t - o) / d * 100:+.2f} % of decode; "
              f"ratio with/without {t / o:.3f})")


if __name__ == "__main__":
    main()
