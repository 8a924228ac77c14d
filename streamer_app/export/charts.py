"""Charts as inline SVG text, generated in Python: the HTML export embeds them as they are.

No JavaScript and nothing fetched: the file opens the same offline, in a mail client's
preview and on paper. Every label that comes from a viewer is escaped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from html import escape

from ..core.formatting import compact
from ..i18n import translate
from ..core.tallies import TIMELINE_BUCKET_S
from .locale_fmt import clock, count, day, money
from .summary import Gap, Summary

PINK = "#fe2c55"
CYAN = "#25f4ee"
INK = "#1d1b26"
MUTED = "#6b6880"
GRID = "#e7e5ef"
PALETTE = ["#fe2c55", "#7c5cff", "#25c2d6", "#ffb020", "#2fbf71", "#ff7a45", "#5b8def", "#d94fd5",
           "#8a8a9e", "#00a38c"]


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^k) covering lo..hi."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 1e-9:
        if v >= lo - step * 1e-9:
            ticks.append(round(v, 10))
        v += step
    return ticks


def _fmt_time(ts: float, span: float) -> str:
    d = datetime.fromtimestamp(ts, timezone.utc)
    if span <= 2 * 86400:
        return clock(d)
    return day(d, "%d %b", "d MMM")


def _time_ticks(start: float, end: float, n: int = 6) -> list[float]:
    span = max(1.0, end - start)
    steps = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 2 * 86400, 7 * 86400]
    step = next((s for s in steps if span / s <= n), 14 * 86400)
    first = math.ceil(start / step) * step
    return [t for t in (first + i * step for i in range(n + 2)) if t <= end]


def _money_per_coin(summary: Summary) -> float:
    r = summary.rates
    return float(r.diamonds_per_coin * r.usd_per_diamond * r.usd_to_currency)


def _gap_rects(gaps: list[Gap], x, top: float, height: float, start: float, end: float, pid: str) -> str:
    out = []
    for g in gaps:
        a, b = max(g.from_ts, start), min(g.to_ts, end)
        if b <= a:
            continue
        x0, x1 = x(a), x(b)
        out.append(
            f'<rect x="{x0:.1f}" y="{top:.1f}" width="{max(2.0, x1 - x0):.1f}" height="{height:.1f}" '
            f'fill="url(#{pid}-hatch)" class="gap"><title>Connection gap: gifts may be missing</title></rect>'
        )
    return "".join(out)


def _hatch(pid: str) -> str:
    return (f'<pattern id="{pid}-hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="8" height="8" fill="#fff4e5"/>'
            f'<line x1="0" y1="0" x2="0" y2="8" stroke="#ffb020" stroke-width="3" opacity=".55"/></pattern>')


@dataclass(frozen=True)
class _Plot:
    """Where the earnings chart draws: margins, plot size, and the time and value ranges."""

    start: float
    end: float
    top_value: float
    width: int
    height: int
    ml: int = 64
    mr: int = 20
    mt: int = 18
    mb: int = 34

    @property
    def w(self) -> int:
        return self.width - self.ml - self.mr

    @property
    def h(self) -> int:
        return self.height - self.mt - self.mb

    def x(self, ts: float) -> float:
        return self.ml + (ts - self.start) / (self.end - self.start) * self.w

    def y(self, v: float) -> float:
        return self.mt + self.h - (v / self.top_value) * self.h


def _balance_points(summary: Summary, per_coin: float) -> tuple[float, float, list[tuple[float, float]], float]:
    """The period's (start, end), the balance line's points and its final value."""
    start, end = summary.period
    buckets = sorted(summary.tallies.timeline.items())
    if buckets:
        start = min(start, buckets[0][0])
        end = max(end, buckets[-1][0] + TIMELINE_BUCKET_S)
    end = max(end, start + 60)
    # Downsample to at most ~480 points; the line stays exact at each kept point.
    # The balance carried in is valued session by session (as the payout plan is); the
    # period's own coins at its rates.
    carried = float(summary.carried.usd * summary.rates.usd_to_currency)
    pts: list[tuple[float, float]] = [(start, carried)]
    total = 0
    stride = max(1, len(buckets) // 480)
    for i, (b, (c, _)) in enumerate(buckets):
        total += c
        if i % stride == 0 or i == len(buckets) - 1:
            pts.append((b + TIMELINE_BUCKET_S, carried + total * per_coin))
    final = carried + total * per_coin
    pts.append((end, final))
    return start, end, pts, final


def _top_value(final: float, marks: list[tuple[str, float, bool]]) -> float:
    """The value axis' top: the final balance, raised to show the next threshold if it is near."""
    top_value = max(final, 1e-9)
    upcoming = sorted(v for _, v, reached in marks if v > final)
    if upcoming:
        top_value = max(top_value, min(upcoming[0], final * 4 if final > 0 else upcoming[0]))
    return top_value * 1.1


def _earnings_open(p: _Plot, pid: str) -> str:
    """The <svg> element and its gradients and hatch pattern."""
    return (
        f'<svg class="chart" viewBox="0 0 {p.width} {p.height}" width="100%" role="img" '
        f'aria-label="Estimated earnings over time" xmlns="http://www.w3.org/2000/svg">'
        f'<defs><linearGradient id="{pid}-fill" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{PINK}" stop-opacity=".35"/>'
        f'<stop offset="1" stop-color="{PINK}" stop-opacity="0"/></linearGradient>'
        f'<linearGradient id="{pid}-line" x1="0" y1="0" x2="1" y2="0">'
        f'<stop offset="0" stop-color="#7c5cff"/><stop offset="1" stop-color="{PINK}"/></linearGradient>'
        f'{_hatch(pid)}</defs>'
    )


def _earnings_grid(p: _Plot, cur: str) -> str:
    """Horizontal money lines with their labels, and dashed time lines with theirs."""
    parts = []
    for v in nice_ticks(0, p.top_value):
        yy = p.y(v)
        parts.append(f'<line x1="{p.ml}" x2="{p.ml + p.w}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="{GRID}"/>'
                     f'<text x="{p.ml - 8}" y="{yy + 4:.1f}" text-anchor="end" class="tick">'
                     f'{escape(money(Decimal(str(v)), cur) if p.top_value < 1e5 else compact(v))}</text>')
    for tt in _time_ticks(p.start, p.end):
        xx = p.x(tt)
        parts.append(f'<line x1="{xx:.1f}" x2="{xx:.1f}" y1="{p.mt}" y2="{p.mt + p.h}" stroke="{GRID}" '
                     f'stroke-dasharray="2 4"/><text x="{xx:.1f}" y="{p.height - 10}" text-anchor="middle" '
                     f'class="tick">{_fmt_time(tt, p.end - p.start)}</text>')
    return "".join(parts)


def _threshold_lines(p: _Plot, marks: list[tuple[str, float, bool]], cur: str) -> str:
    """A dashed line and label per payout threshold inside the value range (green once reached)."""
    parts = []
    for name, value, reached in marks:
        if value > p.top_value:
            continue
        yy = p.y(value)
        color = "#2fbf71" if reached else "#7c5cff"
        label = f"{name} · {money(Decimal(str(round(value, 2))), cur)}" + (" ✓" if reached else "")
        parts.append(
            f'<g class="threshold"><line x1="{p.ml}" x2="{p.ml + p.w}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="{color}" '
            f'stroke-width="1.5" stroke-dasharray="7 5"/>'
            f'<text x="{p.ml + p.w - 4}" y="{yy - 6:.1f}" text-anchor="end" class="tlabel" fill="{color}" '
            f'stroke="#fff" stroke-width="4" paint-order="stroke">{escape(label)}</text></g>'
        )
    return "".join(parts)


def _balance_series(p: _Plot, pts: list[tuple[float, float]], final: float, pid: str) -> str:
    """The filled area under the balance, its line, and a dot on the final value."""
    line = " ".join(f"{p.x(a):.1f},{p.y(v):.1f}" for a, v in pts)
    area = f"{p.x(pts[0][0]):.1f},{p.y(0):.1f} {line} {p.x(pts[-1][0]):.1f},{p.y(0):.1f}"
    px, py = p.x(pts[-1][0]), p.y(final)
    return (f'<polygon points="{area}" fill="url(#{pid}-fill)"/>'
            f'<polyline points="{line}" fill="none" stroke="url(#{pid}-line)" stroke-width="3" '
            f'stroke-linejoin="round" stroke-linecap="round" class="series"/>'
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5" fill="{PINK}" stroke="#fff" stroke-width="2"/>')


def earnings_chart(summary: Summary, width: int = 960, height: int = 340, pid: str = "earn") -> str:
    """Balance since the last withdrawal (estimated money) over the period, with threshold lines."""
    per_coin = _money_per_coin(summary)
    start, end, pts, final = _balance_points(summary, per_coin)
    marks = [(p.threshold.name, float(p.target_coins) * per_coin, p.reached) for p in summary.plan().progress]
    plot = _Plot(start, end, _top_value(final, marks), width, height)
    cur = summary.currency
    return "".join([
        _earnings_open(plot, pid),
        _earnings_grid(plot, cur),
        _gap_rects(summary.all_gaps(), plot.x, plot.mt, plot.h, start, end, pid),
        _threshold_lines(plot, marks, cur),
        _balance_series(plot, pts, final, pid),
        "</svg>",
    ])


def activity_bucket(span: float) -> tuple[int, str]:
    """Bar width for the gifts timeline: about 60 to 360 bars whatever the span."""
    for seconds, label in ((60, "minute"), (300, "5 minutes"), (900, "15 minutes"), (3600, "hour"),
                           (86400, "day")):
        if span / seconds <= 360:
            return seconds, label
    return 7 * 86400, "week"


def gifts_timeline_chart(summary: Summary, width: int = 960, height: int = 220, pid: str = "tl") -> tuple[str, str]:
    """(svg, unit label): gift units per minute (or coarser for long ranges) as columns."""
    t = summary.tallies
    start, end = summary.period
    if t.timeline:
        start = min(start, min(t.timeline))
        end = max(end, max(t.timeline) + TIMELINE_BUCKET_S)
    end = max(end, start + 60)
    size, label = activity_bucket(end - start)
    if summary.kind == "range" and end - start > 2 * 86400:
        # streams are short beside a week: per-day columns read better than mostly empty hours
        size, label = max(size, 86400), ("day" if size <= 86400 else label)
    bins: dict[int, int] = {}
    for b, (_, n) in t.timeline.items():
        k = int((b - start) // size)
        bins[k] = bins.get(k, 0) + n
    nbins = max(1, math.ceil((end - start) / size))
    peak = max(bins.values(), default=0)
    top_value = max(1, peak) * 1.12
    ml, mr, mt, mb = 48, 12, 12, 30
    w, h = width - ml - mr, height - mt - mb
    bw = w / nbins

    def x(ts: float) -> float:
        return ml + (ts - start) / (end - start) * w

    def y(v: float) -> float:
        return mt + h - v / top_value * h

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Gifts per {label}" xmlns="http://www.w3.org/2000/svg">',
        f'<defs><linearGradient id="{pid}-bar" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{PINK}"/>'
        f'<stop offset="1" stop-color="#7c5cff"/></linearGradient>{_hatch(pid)}</defs>',
    ]
    for v in nice_ticks(0, top_value, 4):
        yy = y(v)
        parts.append(f'<line x1="{ml}" x2="{ml + w}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="{GRID}"/>'
                     f'<text x="{ml - 6}" y="{yy + 4:.1f}" text-anchor="end" class="tick">{compact(v)}</text>')
    parts.append(_gap_rects(summary.all_gaps(), x, mt, h, start, end, pid))
    gifts = translate("Report", "{count} gifts")
    for k, n in sorted(bins.items()):
        yy = y(n)
        parts.append(f'<rect x="{ml + k * bw + bw * 0.12:.1f}" y="{yy:.1f}" width="{max(1.0, bw * 0.76):.1f}" '
                     f'height="{mt + h - yy:.1f}" rx="{min(3.0, bw * 0.3):.1f}" fill="url(#{pid}-bar)">'
                     f'<title>{escape(gifts.format(count=count(n)))}</title></rect>')
    if size >= 86400 and nbins <= 16:  # one label under each day's column
        ticks = [(start + (k + 0.5) * size, start + k * size) for k in range(nbins)]
    else:
        ticks = [(tt, tt) for tt in _time_ticks(start, end)]
    for at, tt in ticks:
        parts.append(f'<text x="{x(at):.1f}" y="{height - 8}" text-anchor="middle" class="tick">'
                     f'{_fmt_time(tt, end - start)}</text>')
    parts.append(f'<line x1="{ml}" x2="{ml + w}" y1="{mt + h}" y2="{mt + h}" stroke="#c9c6d6"/></svg>')
    return "".join(parts), label


def gifts_by_type_chart(summary: Summary, top: int = 10, width: int = 460) -> str:
    """Horizontal bars: coins per gift type, the biggest first."""
    gifts = summary.tallies.gifts_by_type()
    shown = gifts[:top]
    rest = gifts[top:]
    rows = [(g.name, g.count, g.coins) for g in shown]
    if rest:
        rows.append((f"{len(rest)} other gifts", sum(g.count for g in rest), sum(g.coins for g in rest)))
    if not rows:
        return '<p class="empty">No gifts counted.</p>'
    row_h = 34
    height = row_h * len(rows) + 6
    peak = max(c for _, _, c in rows) or 1
    label_w = 150
    bar_w = width - label_w - 90
    parts = [f'<svg class="chart bars" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="Coins by gift" xmlns="http://www.w3.org/2000/svg">']
    for i, (name, units, coins) in enumerate(rows):
        yy = i * row_h + 4
        bw = max(3.0, coins / peak * bar_w)
        color = PALETTE[i % len(PALETTE)]
        short = name if len(name) <= 20 else name[:19] + "…"
        parts.append(
            f'<text x="0" y="{yy + 15}" class="blabel">{escape(short)}</text>'
            f'<text x="0" y="{yy + 28}" class="bsub">×{count(units)}</text>'
            f'<rect x="{label_w}" y="{yy + 5}" width="{bw:.1f}" height="18" rx="9" fill="{color}"/>'
            f'<text x="{label_w + bw + 8:.1f}" y="{yy + 19}" class="bvalue">{count(coins)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
