"""The window's start path paints its first frame before the heavy modules load.

Start time (DESIGN.md section 5) depends on what is imported before the first window: the
store (sqlite-utils, which imports numpy), the engine, pyqtgraph and the event loop
(asyncio, qasync) all load after the first frame. These tests start the real command line
in a fresh interpreter and look at ``sys.modules`` at the moment ui/run.py reports the
first window (STREAMER_APP_REPORT_FIRST_WINDOW), then let the process finish.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

DEFERRED = ("sqlite_utils", "numpy", "pyqtgraph", "asyncio", "qasync",
            "streamer_app.store.database", "streamer_app.engine.engine")

PROBE = """
import io, json, sys
DEFERRED = {deferred!r}
class Probe(io.TextIOBase):
    def __init__(self, real):
        self.real = real
    def write(self, s):
        if s.startswith("first-window-at:"):
            loaded = [m for m in DEFERRED if m in sys.modules]
            self.real.write("probe: " + json.dumps(loaded) + "\\n")
        return self.real.write(s)
    def flush(self):
        self.real.flush()
sys.stdout = Probe(sys.stdout)
from streamer_app.cli import main
code = main({argv!r})
loaded = [m for m in DEFERRED if m in sys.modules]
sys.stdout.real.write("at-exit: " + json.dumps(loaded) + "\\n")
raise SystemExit(code)
"""


def _start(tmp_path, *extra: str) -> subprocess.CompletedProcess:
    argv = ["--demo", "--no-overlay", "--speed", "20", "--exit-after", "2", "--data-dir", str(tmp_path / "data"),
            *extra]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STREAMER_APP_REPORT_FIRST_WINDOW": "1"}
    return subprocess.run([sys.executable, "-c", PROBE.format(deferred=DEFERRED, argv=argv)],
                          capture_output=True, text=True, timeout=120, env=env)


def _line(out: str, prefix: str) -> list[str]:
    lines = [ln for ln in out.splitlines() if ln.startswith(prefix)]
    assert len(lines) == 1, out
    return json.loads(lines[0].split(":", 1)[1])


def test_first_frame_comes_before_store_engine_numpy_and_event_loop(tmp_path):
    out = _start(tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert _line(out.stdout, "probe:") == []
    # ... and they were still loaded and used afterwards: the demo ran into the ledger
    assert set(_line(out.stdout, "at-exit:")) == set(DEFERRED)
    assert (tmp_path / "data" / "streamer-app.db").stat().st_size > 0


def test_cpu_seconds_are_reported_with_the_first_window(tmp_path):
    out = _start(tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    at = [ln for ln in out.stdout.splitlines() if ln.startswith("first-window-at:")]
    cpu = [ln for ln in out.stdout.splitlines() if ln.startswith("first-window-cpu:")]
    assert len(at) == 1 and len(cpu) == 1, out.stdout
    assert float(cpu[0].split(":", 1)[1]) > 0
