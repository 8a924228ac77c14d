"""GUI figures (DESIGN.md section 5), measured in one run:

* GUI thread smoothness: the window runs offscreen while the engine (its own thread) ingests
  1,000 gifts/s for 20 s; a 16 ms QTimer on the GUI thread records its intervals (p50, p99, max).
  Beside them, from Linux's schedstat: the GUI thread's own CPU per interval, and for the long
  intervals how much was its own work, waiting for a core (other processes on a shared machine)
  or the rest (the timer's sleep, waiting for the GIL); and each thread's CPU share in the burst.
  On a loaded machine the wall figures swing widely; the CPU figures much less.
* Chart redraw time for a 1,000,000-gift session (10 hours of 10 s buckets).
* Start to first window, from a fresh interpreter (``streamer-app --demo``), median of 3.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--seconds 20] [--rate 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from streamer_app.core import events as ev  # noqa: E402


class BurstSource:
    """``rate`` gifts per second in real time for ``seconds``: a gift storm (a third of them streaks)."""

    kind = "bench"

    def __init__(self, rate: int, seconds: float) -> None:
        self.rate, self.seconds = rate, seconds
        self.t0 = time.time()
        self.sent = 0
        self._closed = False

    async def start(self) -> ev.SourceInfo:
        self.t0 = time.time()
        return ev.SourceInfo("demo", f"bench-{int(self.t0 * 1000)}", "@bench", self.t0)

    def now(self) -> float:
        return time.time()

    async def aclose(self) -> None:
        self._closed = True

    async def events(self):
        rng = random.Random(1)
        users = [ev.User(str(1000 + i), f"user{i}", f"User {i}") for i in range(2000)]
        gifts = [ev.Gift(1, "Rose", 1), ev.Gift(3, "Finger Heart", 5), ev.Gift(7, "Hand Hearts", 100),
                 ev.Gift(12, "Galaxy", 1000)]
        msg = 1
        start = time.monotonic()
        while not self._closed:
            elapsed = time.monotonic() - start
            if elapsed >= self.seconds:
                break
            due = int(elapsed * self.rate) + 1
            while self.sent < due:
                u = rng.choice(users)
                g = rng.choice(gifts)
                msg += 1
                if g.coins <= 5:  # a one-message streak (start and end)
                    yield ev.GiftEvent(time.time(), msg, u, g, rng.randint(1, 5), True, True, msg)
                else:
                    yield ev.GiftEvent(time.time(), msg, u, g, 1, False, False, 0)
                self.sent += 1
            await asyncio.sleep(0.005)
        yield ev.StreamEndEvent(time.time(), "benchmark over")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q / 100 * (len(s) - 1))))]


def line(name: str, figure: str, goal: str, ok: bool) -> None:
    print(f"{name}: {figure} (goal {goal}) {'PASS' if ok else 'FAIL'}", flush=True)


def bench_frames(rate: int, seconds: float, attribute: bool = False, switch_s: float | None = None) -> None:
    from streamer_app.cli import SWITCH_INTERVAL_S

    sys.setswitchinterval(switch_s or SWITCH_INTERVAL_S)  # as the app does (cli.main), unless a trial asks otherwise
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from streamer_app import settings as sm
    from streamer_app.engine.engine import Engine
    from streamer_app.engine.thread import EngineThread
    from streamer_app.ui import theme
    from streamer_app.ui.main_window import MainWindow

    tracer = _Tracer() if attribute else None
    app = QApplication.instance() or (tracer.make_app([]) if tracer else QApplication([]))
    theme.apply(app)
    home = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    thread = EngineThread().start()
    win = MainWindow(home, sm.Settings(), thread)
    win.resize(1280, 800)
    win.show()
    win.alerts.show()
    win.dashboard.ensure_chart()
    win.stack.setCurrentWidget(win.dashboard)
    win.alerts.sounds.muted = True  # no audio device here; sound is not what is measured
    source = BurstSource(rate, seconds)
    if tracer:
        tracer.name_timers(win)
    intervals: list[float] = []
    ends: list[float] = []  # perf_counter at each interval's end (the attribution matches events to them)
    # Beside each interval, where the GUI thread's time went (Linux schedstat): its own CPU,
    # time runnable but waiting for a core (other processes), and the rest (waiting for the
    # GIL, or idle). On a shared machine this tells the GUI's own cost from the machine's load.
    parts: list[tuple[float, float]] = []
    clock = QElapsedTimer()
    state = {"last": None, "done": False, "sched": None}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        sched = _schedstat()
        if state["last"] is not None:
            intervals.append(now - state["last"])
            ends.append(time.perf_counter())
            if sched and state["sched"]:
                parts.append(((sched[0] - state["sched"][0]) / 1e6, (sched[1] - state["sched"][1]) / 1e6))
        state["last"] = now
        state["sched"] = sched

    timer = QTimer()
    timer.setInterval(16)
    timer.timeout.connect(tick)

    def done(engine, result, error) -> None:
        if error is not None:
            print(f"the engine stopped: {error!r}")
        state["done"] = True

    clock.start()
    timer.start()
    # Baseline in the same run: the same window and timer with no stream, so the machine's own
    # jitter (a shared, loaded machine stretches timers too) is printed beside the storm figures.
    from PySide6.QtCore import QEventLoop as _Loop

    idle_loop = _Loop()
    QTimer.singleShot(4000, idle_loop.quit)
    idle_loop.exec()
    idle = intervals[int(500 / 16):] or [float("nan")]
    intervals.clear()
    ends.clear()
    parts.clear()
    if tracer:
        tracer.records.clear()
    state["last"] = None
    burst_start = (time.monotonic(), _threads_cpu())
    thread.run_engine(lambda: _attach(Engine(source, home, sm.Settings()), win.bridge), [win.bridge], done)
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    seen_cpu: dict[str, float] = {}

    def on_poll() -> None:
        # Threads that end with the engine (the ledger writer) are counted up to their last sample.
        seen_cpu.update(_threads_cpu())
        if state["done"]:
            loop.quit()

    poll.timeout.connect(on_poll)
    poll.start()
    loop.exec()
    timer.stop()
    burst_wall = time.monotonic() - burst_start[0]
    seen_cpu.update(_threads_cpu())
    burst_cpu = {name: cpu - burst_start[1].get(name, 0.0) for name, cpu in seen_cpu.items()}
    # Drop the first second (window and engine warming up), as a creator's stream runs for hours.
    skip = int(1000 / 16)
    warm = intervals[skip:] or intervals or [float("nan")]
    warm_parts = parts[skip:] or parts
    p50, p99, mx = pct(warm, 50), pct(warm, 99), max(warm)
    snap = win.last_snapshot or {}
    print(f"ingested {source.sent:,} gifts in {seconds:.0f} s; the window drew {win.batches} batches "
          f"({win.batches / seconds:.1f}/s); the ledger committed {snap.get('totals', {}).get('committed_gifts', 0):,}")
    print(f"idle baseline (same window, no stream, 4 s): p50 {pct(idle, 50):.1f} ms, p99 {pct(idle, 99):.1f} ms, "
          f"max {max(idle):.1f} ms; load average now {os.getloadavg()[0]:.1f}")
    if warm_parts and len(warm_parts) == len(warm):
        cpu = [c for c, _ in warm_parts]
        long = [(w, c, q) for w, (c, q) in zip(warm, warm_parts) if w > 20]
        print(f"GUI thread CPU per interval: p50 {pct(cpu, 50):.1f} ms, p99 {pct(cpu, 99):.1f} ms, max {max(cpu):.1f} ms; "
              f"{len(long)} of {len(warm)} intervals over 20 ms")
        if long:
            lw = sum(w for w, _, _ in long)
            lc, lq = sum(c for _, c, _ in long), sum(q for _, _, q in long)
            print(f"  in those: GUI CPU {lc / lw:.0%}, waiting for a core {lq / lw:.0%}, "
                  f"the rest (the timer's own sleep, waiting for the GIL) {max(0.0, lw - lc - lq) / lw:.0%} "
                  f"of their {lw:.0f} ms")
    # The threads that share the GIL with the GUI thread, as CPU shares of one core over the burst.
    shares = ", ".join(f"{name} {cpu / burst_wall:.0%}" for name, cpu in sorted(burst_cpu.items(), key=lambda x: -x[1])
                       if cpu / burst_wall >= 0.005)
    print(f"CPU per thread during the burst (share of one core): {shares}")
    if tracer:
        tracer.report(warm, ends[skip:] if len(ends) == len(intervals) else [])
    line("gui_timer_p50_ms", f"{p50:.1f}", "~16", p50 <= 20)
    line("gui_timer_p99_ms", f"{p99:.1f}", "<= 20", p99 <= 20)
    line("gui_timer_max_ms", f"{mx:.1f}", "<= 50", mx <= 50)
    win.close()


class _Tracer:
    """Which GUI-thread work lands in the long intervals (``--attribute``; slows the GUI a little).

    Every event the GUI thread handles goes through a Python ``notify`` that records its wall
    span and thread CPU, named by receiver (QTimers by the attribute that owns them), with the
    dashboard's draw stages, the chart redraw, the alert and feed inputs and every widget paint
    inside it as sub-parts. The figures are for telling the culprits apart, not the judged ones.
    """

    def __init__(self) -> None:
        self.records: list[tuple[float, float, float, str, list]] = []  # (start, end, cpu ms, name, parts)
        self.timer_names: dict[int, str] = {}
        self._stack: list[list] = []

    def make_app(self, argv):
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        tracer = self
        paint, timer = QEvent.Type.Paint, QEvent.Type.Timer

        class TracingApp(QApplication):
            def notify(self, receiver, event):  # noqa: N802 (Qt's name)
                t = event.type()
                if t == timer:
                    name = "timer:" + tracer.timer_names.get(id(receiver), type(receiver).__name__)
                elif t == paint:
                    name = "paint:" + type(receiver).__name__ + (
                        "/" + type(receiver.parent()).__name__ if receiver.parent() is not None else "")
                else:
                    name = f"{type(receiver).__name__}:{t.name}"
                return tracer.timed(name, lambda: QApplication.notify(self, receiver, event), always=t == paint)

        self._wrap_methods()
        return TracingApp(argv)

    def timed(self, name: str, call, always: bool = True):
        top = not self._stack
        if not top and not always:
            return call()
        parts: list = []
        self._stack.append(parts)
        w0, c0 = time.perf_counter(), time.thread_time()
        try:
            return call()
        finally:
            c, w1 = (time.thread_time() - c0) * 1000, time.perf_counter()
            self._stack.pop()
            if top:
                self.records.append((w0, w1, c, name, parts))
            else:
                self._stack[-1].append((name, c, parts))

    def _wrap_methods(self) -> None:
        from streamer_app.ui import alerts, chart, dashboard, feed, main_window

        def wrap(cls, meth, label=None):
            orig = getattr(cls, meth)

            def wrapper(obj, *a, **k):
                return self.timed(label or f"{cls.__name__}.{meth}", lambda: orig(obj, *a, **k))
            setattr(cls, meth, wrapper)

        def stage_wrapper(orig):
            def next_stage(obj):
                st = obj._stages[0] if obj._stages else None
                code = getattr(st, "__code__", None)
                label = "stage:" + (".".join(n for n in code.co_names if n != "self") if code and code.co_name == "<lambda>"
                                    else getattr(st, "__name__", "?"))
                return self.timed(label, lambda: orig(obj))
            return next_stage

        dashboard.Dashboard._next_stage = stage_wrapper(dashboard.Dashboard._next_stage)
        wrap(chart.EarningsChart, "redraw")
        wrap(chart.EarningsChart, "_set_view")
        # pyqtgraph binds the plot's setYRange to its ViewBox's when the plot is made: count there.
        import pyqtgraph as pg

        self.y_changes = 0
        orig_set_y = pg.ViewBox.setYRange

        def set_y(obj, *a, **k):
            self.y_changes += 1
            return orig_set_y(obj, *a, **k)
        pg.ViewBox.setYRange = set_y
        wrap(alerts.AlertWindow, "push")
        wrap(alerts.AlertWindow, "_frame")
        wrap(feed.EventFeed, "apply")
        wrap(main_window.MainWindow, "_on_batch")

    def name_timers(self, win) -> None:
        d = win.dashboard
        for name, t in (("dashboard.throttle", d.throttle), ("dashboard.stager", d.stager),
                        ("alerts.frame", win.alerts._timer), ("chart.timer", d.chart.timer)):
            self.timer_names[id(t)] = name

    def report(self, intervals: list[float], ends: list[float], limit: int = 12) -> None:
        if not ends:
            print("attribution: no interval ends recorded")
            return
        import bisect

        starts = [r[0] for r in self.records]
        by_name: dict[str, float] = {}
        shown = 0
        print("attribution (--attribute): GUI-thread work inside each interval over 20 ms, largest first")
        for w, end in zip(intervals, ends):
            if w <= 20:
                continue
            begin = end - w / 1000
            i = bisect.bisect_left(starts, begin)
            inside = []
            while i < len(self.records) and self.records[i][0] < end:
                inside.append(self.records[i])
                i += 1
            inside.sort(key=lambda r: -r[2])
            for r in inside:
                by_name[r[3]] = by_name.get(r[3], 0.0) + r[2]
            if shown < limit:
                shown += 1
                desc = "; ".join(f"{r[3]} {r[2]:.1f}" + (" [" + ", ".join(self._flat(r[4])) + "]" if r[4] else "")
                                 for r in inside[:4] if r[2] >= 0.5)
                print(f"  {w:5.1f} ms, GUI CPU {sum(r[2] for r in inside):5.1f} ms: {desc}")
        print("  CPU ms in all long intervals by top-level event: " + ", ".join(
            f"{k} {v:.0f}" for k, v in sorted(by_name.items(), key=lambda x: -x[1])[:8]))
        total: dict[str, float] = {}
        count: dict[str, int] = {}
        for r in self.records:
            total[r[3]] = total.get(r[3], 0.0) + r[2]
            count[r[3]] = count.get(r[3], 0) + 1
        print("  CPU ms over the whole burst by top-level event (count): " + ", ".join(
            f"{k} {v:.0f} ({count[k]})" for k, v in sorted(total.items(), key=lambda x: -x[1])[:8]))
        print(f"  y-range changes of the chart: {self.y_changes}")

    @classmethod
    def _flat(cls, parts, depth: int = 0) -> list[str]:
        out = []
        for name, c, sub in sorted(parts, key=lambda p: -p[1]):
            if c >= 0.5 and depth < 3:
                out.append(f"{name} {c:.1f}")
                out += ["  " * 0 + ">" + x for x in cls._flat(sub, depth + 1)[:3]]
        return out[:6]


def _schedstat() -> tuple[int, int] | None:
    """(ns on a CPU, ns runnable but waiting for a CPU) of the calling thread, where Linux says."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            run, wait, _ = f.read().split()
        return int(run), int(wait)
    except (OSError, ValueError):
        return None


def _threads_cpu() -> dict[str, float]:
    """Seconds of CPU per Python thread of this process (by thread name), where Linux says."""
    import threading

    out: dict[str, float] = {}
    for t in threading.enumerate():
        try:
            with open(f"/proc/self/task/{t.native_id}/schedstat") as f:
                out[t.name] = out.get(t.name, 0.0) + int(f.read().split()[0]) / 1e9
        except (OSError, ValueError, TypeError):
            pass
    return out


def _attach(engine, bridge):
    bridge.attach(engine)
    return engine


def bench_chart() -> None:
    from PySide6.QtWidgets import QApplication

    from streamer_app.core.counting import CountedGift
    from streamer_app.core.economics import DEFAULT_THRESHOLDS
    from streamer_app.core.tallies import Tallies
    from streamer_app.ui.chart import EarningsChart

    app = QApplication.instance() or QApplication([])  # noqa: F841
    t = Tallies()
    users = [ev.User(str(i), f"u{i}", f"U{i}") for i in range(5000)]
    gifts = [ev.Gift(1, "Rose", 1), ev.Gift(7, "Hand Hearts", 100)]
    t0 = 1_700_000_000.0
    n = 1_000_000
    span = 10 * 3600  # ten hours: 3,600 timeline buckets
    for i in range(n):
        t.add(CountedGift(t0 + i * span / n, i, users[i % 5000], gifts[i % 2], 1))
    snap = {"rates": {"diamonds_per_coin": "0.5", "usd_per_diamond": "0.01", "currency": "USD",
                      "usd_to_currency": "1", "viewer_usd_per_coin": "0.0143"},
            "timeline": t.cumulative_timeline(), "session": {"started_at": t0}, "stream_time": t0 + span,
            "totals": {"coins": t.coins}, "balance": {"base_coins": 0, "coins": t.coins}}
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    chart.resize(900, 400)
    chart.show()
    times = []
    for _ in range(30):
        chart.apply(snap)
        start = time.perf_counter()
        chart.redraw()
        chart.repaint()  # the paint itself, not only setData
        times.append((time.perf_counter() - start) * 1000)
    med = statistics.median(times)
    print(f"chart: {n:,} gifts, {len(snap['timeline']):,} points; redraw+paint median of 30, worst {max(times):.1f} ms "
          "(live: the timeline arrives again with only its last bucket changed, as from the engine)")
    line("chart_redraw_1m_gifts_ms", f"{med:.1f}", "< 10", med < 10)
    # Cold: the whole timeline converted again (a history window opening, or a new chart).
    cold = []
    for _ in range(15):
        chart._tl_arr = chart._tl_arr[:0]
        chart.apply(snap)
        start = time.perf_counter()
        chart.redraw()
        chart.repaint()
        cold.append((time.perf_counter() - start) * 1000)
    cmed = statistics.median(cold)
    line("chart_redraw_1m_gifts_cold_ms", f"{cmed:.1f}", "< 10", cmed < 10)


def bench_startup() -> None:
    exe = Path(sys.executable).with_name("streamer-app")
    figures = []
    for _ in range(3):
        home = tempfile.mkdtemp(prefix="bench-start-")
        env = {**os.environ, "STREAMER_APP_REPORT_FIRST_WINDOW": "1", "QT_QPA_PLATFORM": "offscreen"}
        t0 = time.time()
        proc = subprocess.run([str(exe), "--demo", "--exit-after", "1", "--no-overlay", "--data-dir", home],
                              capture_output=True, text=True, env=env, timeout=60)
        shown = [ln for ln in proc.stdout.splitlines() if ln.startswith("first-window-at:")]
        if not shown:
            print(f"startup run failed: {proc.stderr[-500:]}")
            continue
        figures.append(float(shown[0].split(":")[1]) - t0)
    if not figures:
        line("start_to_first_window_s", "n/a", "< 1", False)
        return
    med = statistics.median(figures)
    line("start_to_first_window_s", f"{med:.2f}", "< 1", med < 1.0)


def main() -> None:
    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(frame figures are only meaningful on an otherwise idle machine)")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--rate", type=int, default=1000)
    ap.add_argument("--attribute", action="store_true",
                    help="name the GUI-thread work inside each interval over 20 ms (adds some overhead)")
    ap.add_argument("--switch-interval", type=float, default=None,
                    help="sys.setswitchinterval for the trial (default: the app's, cli.SWITCH_INTERVAL_S)")
    ap.add_argument("--frames-only", action="store_true", help="only the gift-storm frame figures")
    args = ap.parse_args()
    bench_frames(args.rate, args.seconds, args.attribute, args.switch_interval)
    if not args.frames_only:
        bench_chart()
        bench_startup()


if __name__ == "__main__":
    main()
