"""The HTML report: one self-contained file (styles and SVG charts inline, no scripts,
nothing from the internet; a Content-Security-Policy says so to the browser too)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any
from html import escape

from .. import __version__
from ..core.economics import DAILY_WITHDRAWAL_CAP_USD, PAYOUT_WITHIN_DAYS, PLATFORM_NAMES, exchange_rates_text
from ..core.formatting import duration
from ..i18n import current, translate
from .charts import earnings_chart, gifts_by_type_chart, gifts_timeline_chart
from .locale_fmt import clock, count, day, digits, english, money, percent
from .platform_summary import MARKS, platform_breakdown, unconverted_note
from .summary import Summary

CSS = """
:root{--pink:#fe2c55;--cyan:#25f4ee;--violet:#7c5cff;--ink:#1d1b26;--muted:#6b6880;--line:#ebe9f2;
--bg:#f6f5fa;--card:#fff;--ok:#2fbf71;--warn:#ffb020}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;
font-variant-numeric:tabular-nums}
.hero{background:radial-gradient(1200px 400px at 85% -10%,rgba(37,244,238,.28),transparent 60%),
radial-gradient(900px 420px at 0% 0%,rgba(254,44,85,.45),transparent 60%),linear-gradient(135deg,#17132b,#2a1f4f 55%,#1a1633);
color:#fff;padding:44px 24px 96px}
.wrap{max-width:1040px;margin:0 auto}
.kicker{display:inline-flex;align-items:center;gap:8px;font-size:12px;letter-spacing:.14em;text-transform:uppercase;
font-weight:700;background:rgba(255,255,255,.12);padding:6px 12px;border-radius:999px}
.kicker i{width:8px;height:8px;border-radius:50%;background:var(--pink);box-shadow:0 0 0 4px rgba(254,44,85,.3)}
h1{font-size:40px;line-height:1.1;margin:16px 0 6px;letter-spacing:-.02em}
.sub{color:rgba(255,255,255,.75);margin:0}
.hero-big{display:flex;flex-wrap:wrap;align-items:flex-end;gap:12px 36px;margin-top:28px}
.coins{font-size:72px;font-weight:800;line-height:1;letter-spacing:-.03em;
background:linear-gradient(90deg,#fff,#ffd1dc);-webkit-background-clip:text;background-clip:text;color:transparent}
.coins small{font-size:22px;font-weight:600;letter-spacing:0;-webkit-text-fill-color:rgba(255,255,255,.8)}
.earn{font-size:28px;font-weight:700}
.earn span{display:block;font-size:13px;font-weight:500;color:rgba(255,255,255,.7)}
main.wrap{margin-top:-64px;padding:0 24px 48px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin-bottom:16px}
.kpi{background:var(--card);border-radius:16px;padding:16px 18px;box-shadow:0 8px 30px rgba(29,27,38,.08)}
.kpi b{display:block;font-size:24px;letter-spacing:-.01em}
.kpi span{color:var(--muted);font-size:13px}
.card{background:var(--card);border-radius:20px;padding:22px 24px;margin:16px 0;box-shadow:0 8px 30px rgba(29,27,38,.06)}
.card h2{font-size:18px;margin:0 0 4px}
.card .note{color:var(--muted);font-size:13px;margin:0 0 14px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.grid .card{margin:0}
@media (max-width:820px){.grid{grid-template-columns:1fr}h1{font-size:30px}.coins{font-size:54px}}
svg.chart{display:block;overflow:visible;direction:ltr}
svg .tick{font-size:12px;fill:var(--muted)}
svg .tlabel{font-size:12px;font-weight:700}
svg .blabel{font-size:13px;font-weight:600;fill:var(--ink)}
svg .bsub{font-size:11px;fill:var(--muted)}
svg .bvalue{font-size:13px;font-weight:700;fill:var(--ink)}
table{width:100%;border-collapse:collapse}
th{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);text-align:left;font-weight:600;
padding:6px 8px;border-bottom:1px solid var(--line)}
td{padding:8px;border-bottom:1px solid var(--line);vertical-align:middle}
td.num,th.num{text-align:right;white-space:nowrap}
tr.sum td{color:var(--muted);font-weight:600}
tr:last-child td{border-bottom:0}
.rank{display:inline-grid;place-items:center;width:26px;height:26px;border-radius:50%;background:#f0eef7;
font-weight:700;font-size:12px}
.r1 .rank{background:linear-gradient(135deg,#ffd76a,#f2a900);color:#3b2a00}
.r2 .rank{background:linear-gradient(135deg,#eef1f5,#b9c0cc)}
.r3 .rank{background:linear-gradient(135deg,#f3c29b,#c7783f);color:#3a1c05}
.who b{display:block}
.who span{color:var(--muted);font-size:12px}
.meter{height:6px;border-radius:6px;background:#f0eef7;margin-top:6px;overflow:hidden}
.meter i{display:block;height:100%;border-radius:6px;background:linear-gradient(90deg,var(--violet),var(--pink))}
.plan{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin-bottom:14px}
.plan div{background:#f7f6fb;border-radius:14px;padding:12px 14px}
.plan b{display:block;font-size:20px}
.plan span{font-size:12px;color:var(--muted)}
.th-row{display:grid;grid-template-columns:1fr auto;gap:4px 12px;padding:12px 0;border-top:1px solid var(--line)}
.th-row .bar{grid-column:1/3;height:10px;border-radius:10px;background:#f0eef7;overflow:hidden}
.th-row .bar i{display:block;height:100%;background:linear-gradient(90deg,var(--violet),var(--pink))}
.th-row.done .bar i{background:var(--ok)}
.th-row small{color:var(--muted)}
.pill{display:inline-block;font-size:12px;font-weight:700;padding:2px 10px;border-radius:999px;background:#efeaff;color:var(--violet)}
.pill.ok{background:#e3f7ec;color:#17894c}
.pill.warn{background:#fff3dd;color:#9a6200}
.facts{font-size:13px;color:var(--muted);margin:10px 0 0;padding-left:18px}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12px;color:var(--muted);margin-top:8px}
.legend i{display:inline-block;width:14px;height:10px;border-radius:3px;margin-right:6px;vertical-align:-1px}
.empty{color:var(--muted)}
dl.rates{display:grid;grid-template-columns:auto 1fr;gap:6px 16px;margin:0}
dl.rates dt{color:var(--muted)}
dl.rates dd{margin:0;font-weight:600}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 24px 40px}
@media print{
 @page{margin:14mm}
 body{background:#fff;font-size:12px}
 .hero{background:#fff !important;color:var(--ink);padding:0 0 12px;border-bottom:2px solid var(--ink)}
 .kicker{background:none;padding:0;color:var(--pink)}
 .sub,.earn span{color:var(--muted)}
 .coins{color:var(--ink);background:none;-webkit-text-fill-color:var(--ink);font-size:44px}
 .coins small{-webkit-text-fill-color:var(--muted)}
 main.wrap{margin-top:12px;padding:0}
 .card,.kpi{box-shadow:none;border:1px solid #ddd;break-inside:avoid;page-break-inside:avoid}
 .grid{grid-template-columns:1fr 1fr}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def _w() -> dict[str, str]:
    """The report's headings and short words in the current language, escaped for HTML (marked here:
    lupdate does not look inside f-strings)."""
    return {key: escape(text) for key, text in {
        "Gifter": translate("Report", "Gifter"),
        "Coins": translate("Report", "Coins"),
        "Gifts to guests": translate("Report", "Gifts to guests"),
        "Guest": translate("Report", "Guest"),
        "Gifts": translate("Report", "Gifts"),
        "By platform": translate("Report", "By platform"),
        "Platform": translate("Report", "Platform"),
        "Income": translate("Report", "Income"),
        "Est.": translate("Report", "Est."),
        "Sessions": translate("Report", "Sessions"),
        "balance since the last withdrawal (est.)": translate("Report", "balance since the last withdrawal (est.)"),
        "coins per day, last 14 days": translate("Report", "coins per day, last 14 days"),
        "day(s) to withdraw it at the daily cap": translate("Report", "day(s) to withdraw it at the daily cap"),
        "Thresholds apply": translate("Report", "Thresholds apply to the balance since your last recorded "
                                                "withdrawal, across sessions."),
        "Projected dates": translate("Report", "Projected dates assume the average coins per day of the last 14 "
                                               "days continues."),
        "Payout planner": translate("Report", "Payout planner"),
        "Connection gaps": translate("Report", "Connection gaps"),
        "No gifts counted.": translate("Report", "No gifts counted."),
        "All guests": translate("Report", "All guests"),
        "coins": translate("Report", "coins"),
        "estimated earnings": translate("Report", "estimated earnings"),
        "reached": translate("Report", "reached"),
        "ahead": translate("Report", "ahead"),
        "complete": translate("Report", "complete"),
        "Diamonds per coin": translate("Report", "Diamonds per coin"),
        "USD per diamond": translate("Report", "USD per diamond"),
        "Top gifters": translate("Report", "Top gifters"),
        "Gifts by type": translate("Report", "Gifts by type"),
        "Coins per gift.": translate("Report", "Coins per gift."),
        "summary": translate("Report", "summary"),
        "no recent income to project from": translate("Report", "no recent income to project from"),
        "Connection": translate("Report", "Connection"),
        "Rates used": translate("Report", "Rates used"),
        "Display currency": translate("Report", "Display currency"),
        "Estimated earnings": translate("Report", "Estimated earnings"),
        "Viewers pay per coin": translate("Report", "Viewers pay per coin"),
    }.items()}


def _iso(text: str) -> str:
    """``text`` escaped; in a right-to-left page isolated (<bdi>), so "@handle" keeps its @ in front."""
    return f"<bdi>{escape(text)}</bdi>" if current().rtl and text else escape(text)


def _name(nickname: str, handle: str, user_id: str) -> tuple[str, str]:
    main = nickname or (f"@{handle}" if handle else user_id)
    sub = f"@{handle}" if handle and nickname else ""
    return main, sub


def _when(summary: Summary) -> str:
    start, end = summary.period
    a = datetime.fromtimestamp(start, timezone.utc)
    b = datetime.fromtimestamp(end, timezone.utc)
    if summary.kind == "session":
        s = summary.sessions[0]
        live = " · " + translate("Report", "still open") if s.ended_at is None else ""
        return (f"{day(a, '%A %d %B %Y', 'full')} · {clock(a)}–{clock(b)} UTC · {digits(duration(end - start))}"
                f"{escape(live)} · {escape(s.source)}")
    n = len(summary.sessions)
    last = datetime.fromtimestamp(end - 1, timezone.utc)
    many = (translate("Report", "{count} session") if n == 1 else translate("Report", "{count} sessions"))
    return f"{day(a, '%d %B %Y', 'long')} – {day(last, '%d %B %Y', 'long')} (UTC) · {escape(many.format(count=count(n)))}"


def _kpis(summary: Summary) -> str:
    t = summary.tallies
    act = summary.activity()
    items = [
        (count(t.gifts), translate("Report", "gifts")),
        (count(t.unique_gifters), translate("Report", "gifters")),
        (f"~{count(summary.diamonds)}", translate("Report", "diamonds (est.)")),
        (money(summary.viewers_spent, summary.currency), translate("Report", "viewers spent (est.)")),
    ] if "tiktok" in summary.platforms else []
    if "twitch" in summary.platforms:
        items += [(count(t.paid.bits), "Bits"), (count(t.paid.subs), translate("Report", "subs"))]
    if "youtube" in summary.platforms:
        items += [(count(t.paid.paid_messages), "Super Chats & Stickers"),
                  (count(t.paid.memberships), translate("Report", "memberships"))]
    items += [
        (count(act["follows"]), translate("Report", "new follows")),
        (count(act["peak_viewers"]), translate("Report", "peak viewers")),
    ]
    return '<div class="kpis">' + "".join(
        f'<div class="kpi"><b>{v}</b><span>{escape(k)}</span></div>' for v, k in items
    ) + "</div>"


def _gifters_table(summary: Summary, top: int = 10) -> str:
    gifters = summary.tallies.top_gifters(top)
    if not gifters:
        return f'<p class="empty">{_w()["No gifts counted."]}</p>'
    peak = gifters[0].coins or 1
    rows = []
    gifts = translate("Report", "{count} gifts")
    for i, g in enumerate(gifters, 1):
        main, sub = _name(g.nickname, g.handle, g.user_id)
        rows.append(
            f'<tr class="r{i}"><td><span class="rank">{i}</span></td>'
            f'<td class="who"><b>{_iso(main)}</b><span>{_iso(sub)}</span>'
            f'<div class="meter"><i style="width:{max(2, round(g.coins / peak * 100))}%"></i></div></td>'
            f'<td class="num"><b>{count(g.coins)}</b><br><small>{escape(gifts.format(count=count(g.gifts)))}</small></td></tr>'
        )
    more = summary.tallies.unique_gifters - len(gifters)
    more_text = escape(translate("Report", "and {count} more gifters").format(count=count(more)))
    tail = f'<p class="note" style="margin:10px 0 0">{more_text}</p>' if more > 0 else ""
    return (f'<table><thead><tr><th></th><th>{_w()["Gifter"]}</th>'
            f'<th class="num">{_w()["Coins"]}</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{tail}')


def _guests(summary: Summary) -> str:
    """Gifts to guests of multi-guest and co-host LIVEs, per guest; nothing when there were none."""
    t = summary.tallies
    guests = t.guests_by_coins()
    if not guests:
        return ""
    rows = []
    for g in guests:
        main, sub = _name(g.nickname, g.handle, g.user_id)
        rows.append(f'<tr><td class="who"><b>{_iso(main)}</b><span>{_iso(sub)}</span></td>'
                    f'<td class="num">{count(g.gifts)}</td><td class="num"><b>{count(g.coins)}</b></td></tr>')
    rows.append(f'<tr class="sum"><td>{_w()["All guests"]}</td><td class="num">{count(t.guest_gifts)}</td>'
                f'<td class="num"><b>{count(t.guest_coins)}</b></td></tr>')
    note = translate("Report", "Gifts viewers sent to your guests: their income, not in any of your totals above. "
                               "They are kept apart in your ledger.")
    return (f'<section class="card guests" id="gifts-to-guests"><h2>{_w()["Gifts to guests"]}'
            f'</h2><p class="note">{escape(note)}</p>'
            f'<table><thead><tr><th>{_w()["Guest"]}</th>'
            f'<th class="num">{_w()["Gifts"]}</th>'
            f'<th class="num">{_w()["Coins"]}</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _platforms(summary: Summary) -> str:
    """Income per platform, when the summary has Twitch or YouTube sessions."""
    parts = platform_breakdown(summary)
    if all(p.platform == "tiktok" for p in parts):
        return ""
    rows = "".join(
        f'<tr><td class="who"><b><i style="display:inline-block;width:12px;height:12px;border-radius:3px;'
        f'margin-right:8px;background:{MARKS[p.platform]}"></i>{escape(p.name)}</b>'
        f'<span>{escape(" · ".join(p.figures))}</span></td><td class="num"><b>{escape(p.headline)}</b></td>'
        f'<td class="num"><b>{escape(money(p.earnings, summary.currency))}</b></td></tr>' for p in parts)
    note = unconverted_note(summary)
    warn = f'<p class="note" id="unconverted">⚠️ {escape(note)}</p>' if note else ""
    intro = translate("Report", "Each platform in its own units, and what it earns you (estimated, at each "
                                "session's own rates).")
    return (f'<section class="card" id="by-platform"><h2>{_w()["By platform"]}</h2>'
            f'<p class="note">{escape(intro)}</p>'
            f'<table><thead><tr><th>{_w()["Platform"]}</th>'
            f'<th class="num">{_w()["Income"]}</th>'
            f'<th class="num">{_w()["Est."]}</th></tr></thead>'
            f'<tbody>{rows}</tbody></table>{warn}</section>')


def _hero_figure(summary: Summary) -> str:
    """The big figure: coins, or a Twitch or YouTube session's own unit (never zero coins)."""
    if "tiktok" in summary.platforms:
        return f'{count(summary.tallies.coins)} <small>{_w()["coins"]}</small>'
    head = platform_breakdown(summary)[0].headline
    number, _, unit = head.partition(" ")
    return f'{escape(number)} <small>{escape(unit)}</small>'


def _sessions_table(summary: Summary) -> str:
    rows = []
    for s in summary.session_rows():
        rows.append(
            f'<tr><td>{s["id"]}</td><td>{escape(PLATFORM_NAMES.get(s["platform"], s["platform"]))}</td>'
            f'<td>{escape((s["started_at"] or "").replace("T", " ").rstrip("Z"))}</td>'
            f'<td>{escape(s["creator"])}</td><td class="num">{count(s["coins"])}</td>'
            f'<td class="num">{count(s["gifts"])}</td><td class="num">{count(s["unique_gifters"])}</td>'
            f'<td class="num">{escape(money(Decimal(str(s["estimated_earnings"])), s["currency"]))}</td></tr>'
        )
    heads = "".join(f"<th>{escape(h)}</th>" for h in (
        "ID", translate("Report", "Platform"), translate("Report", "Started (UTC)"), translate("Report", "Creator")))
    heads += "".join(f'<th class="num">{escape(h)}</th>' for h in (
        translate("Report", "Coins"), translate("Report", "Gifts"), translate("Report", "Gifters"),
        translate("Report", "Est.")))
    intro = translate("Report", "Each session is estimated at the rates it was recorded with.")
    return (f'<section class="card"><h2>{_w()["Sessions"]}</h2><p class="note">'
            f'{escape(intro)}</p><table><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            '</section>')


def _platform_rows(summary: Summary) -> str:
    """Twitch's and YouTube's payout thresholds, each against its own platform's balance."""
    rows = []
    for p in summary.platform_plan():
        th = p.threshold
        status = (f'<span class="pill ok">{_w()["reached"]}</span>' if p.reached
                  else f'<span class="pill">{_w()["ahead"]}</span>')
        rows.append(
            f'<div class="th-row{" done" if p.reached else ""}"><div><b>{escape(th.name)}</b> '
            f'<small>{escape(PLATFORM_NAMES[th.platform])} · {escape(th.currency)} {th.amount:,.2f} · est. USD '
            f'{p.balance_usd:,.2f} so far</small></div><div>{status}</div>'
            f'<div class="bar"><i style="width:{max(1, round(p.fraction * 100))}%"></i></div>'
            f'<small>{percent(p.fraction)}</small></div>')
    return "".join(rows)


def _threshold_amount(th: Any) -> str:
    """A TikTok threshold's own amount before its coins: "USD 100.00 · " (a coin threshold says only its coins)."""
    if english():
        return th.label().split(": ", 1)[-1] + " · "
    return f"{money(th.amount, th.currency)} · " if th.unit == "money" else ""


def _planner(summary: Summary) -> str:
    if "tiktok" not in summary.platforms:
        note = translate("Report", "Each platform pays out once its own balance reaches its minimum (estimated since "
                                   "your last recorded withdrawal).")
        return (f'<section class="card"><h2>{_w()["Payout planner"]}</h2>'
                f'<p class="note">{escape(note)}</p>{_platform_rows(summary)}</section>')
    plan = summary.plan()
    cur = summary.currency
    r = summary.rates
    diamonds = translate("Report", "coins · ~{diamonds} diamonds").format(diamonds=count(plan.balance_diamonds))
    head = (
        '<div class="plan">'
        f'<div><b>{money(plan.balance_money, cur)}</b>'
        f'<span>{_w()["balance since the last withdrawal (est.)"]}</span></div>'
        f'<div><b>{count(plan.balance_coins)}</b><span>{escape(diamonds)}</span></div>'
        f'<div><b>{count(plan.coins_per_day)}</b><span>{_w()["coins per day, last 14 days"]}'
        '</span></div>'
        f'<div><b>{count(plan.withdrawal_days) if plan.withdrawal_days else "–"}</b>'
        f'<span>{_w()["day(s) to withdraw it at the daily cap"]}</span></div>'
        "</div>"
    )
    rows = []
    for p in plan.progress:
        th = p.threshold
        target_money = r.earnings(int(p.target_coins))
        if p.reached:
            status = f'<span class="pill ok">{_w()["reached"]}</span>'
        elif p.projected_at is not None:
            about = translate("Report", "about {date}").format(date=day(p.projected_at, "%d %b %Y"))
            status = f'<span class="pill">{escape(about)}</span>'
        else:
            status = f'<span class="pill warn">{_w()["no recent income to project from"]}</span>'
        target = translate("Report", "{coins} coins").format(coins=count(p.target_coins))
        rows.append(
            f'<div class="th-row{" done" if p.reached else ""}"><div><b>{escape(th.name)}</b> '
            f'<small>{escape(_threshold_amount(th))}{escape(target)} · '
            f'~{money(target_money, cur)}</small></div><div>{status}</div>'
            f'<div class="bar"><i style="width:{max(1, round(p.fraction * 100))}%"></i></div>'
            f'<small>{percent(p.fraction)}</small></div>'
        )
    cap = translate("Report", "TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of "
                              "a withdrawal.").format(cap=count(DAILY_WITHDRAWAL_CAP_USD), days=count(PAYOUT_WITHIN_DAYS))
    facts = (
        f'<ul class="facts"><li>{escape(cap)}</li>'
        f'<li>{_w()["Thresholds apply"]}</li>'
        f'<li>{_w()["Projected dates"]}'
        "</li></ul>"
    )
    when = day(summary.generated_at, "%d %b %Y")
    note = translate("Report", "As of {date}. Estimates, not TikTok's figures.").format(date=when)
    return (f'<section class="card"><h2>{_w()["Payout planner"]}</h2>'
            f'<p class="note">{escape(note)}</p>{head}{"".join(rows)}{_platform_rows(summary)}{facts}</section>')


def _clock(ts: float) -> str:
    when = datetime.fromtimestamp(ts, timezone.utc)
    if english():
        return when.strftime("%d %b %H:%M:%S")
    from babel.dates import format_datetime

    from ..i18n.numbers import _digits, _locale

    lang = current()
    return _digits(format_datetime(when, "d MMM HH:mm:ss", locale=_locale(lang)), lang)


def _gaps(summary: Summary) -> str:
    gaps = summary.all_gaps()
    if not gaps:
        return (f'<section class="card"><h2>{_w()["Connection"]}</h2><p class="note">'
                + escape(translate("Report", "No gaps: the connection held for the whole time, so the totals are "
                                             "complete."))
                + f'</p><span class="pill ok">{_w()["complete"]}</span></section>')
    rows = "".join(
        f'<tr><td>{_clock(g.from_ts)}</td><td>{_clock(g.to_ts)}</td>'
        f'<td class="num">{digits(duration(g.seconds))}</td><td>{escape(g.reason)}</td></tr>'
        for g in gaps
    )
    total = sum(g.seconds for g in gaps)
    note = translate("Report", "While the connection was down, gifts may be missing from these totals ({length} in "
                               "all; times in UTC).").format(length=digits(duration(total)))
    heads = (translate("Report", "From"), translate("Report", "To"), translate("Report", "Length"),
             translate("Report", "Why"))
    return (f'<section class="card"><h2>{_w()["Connection gaps"]}</h2>'
            f'<p class="note">{escape(note)}</p>'
            f'<table><thead><tr><th>{escape(heads[0])}</th><th>{escape(heads[1])}</th>'
            f'<th class="num">{escape(heads[2])}</th><th>{escape(heads[3])}</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></section>')


def _rates(summary: Summary) -> str:
    profiles = summary.distinct_rates() if hasattr(summary, "distinct_rates") else [summary.rates]
    blocks = []
    ps = summary.platforms
    for r in profiles:
        tiktok = (f"<dt>{_w()['Diamonds per coin']}</dt><dd>{r.diamonds_per_coin.normalize():f}</dd>"
                  f"<dt>{_w()['USD per diamond']}</dt><dd>{r.usd_per_diamond.normalize():f}</dd>"
                  ) if "tiktok" in ps else ""
        twitch = (f"<dt>Twitch: USD per Bit</dt><dd>{r.usd_per_bit.normalize():f}</dd>"
                  f"<dt>Twitch: subs (USD)</dt><dd>{r.twitch_tier1_usd:f} / {r.twitch_tier2_usd:f} / "
                  f"{r.twitch_tier3_usd:f} · your share {r.twitch_sub_share * 100:.0f} %</dd>"
                  ) if "twitch" in ps else ""
        youtube = (f"<dt>YouTube: your share</dt><dd>{r.youtube_paid_share * 100:.0f} % of Supers · "
                   f"{r.youtube_membership_share * 100:.0f} % of memberships</dd>"
                   f"<dt>Exchange rates</dt><dd>{escape(exchange_rates_text(r.exchange_rates) or 'none')}</dd>"
                   ) if "youtube" in ps else ""
        blocks.append(
            f'<dl class="rates">{tiktok}{twitch}{youtube}'
            f"<dt>{_w()['Display currency']}</dt>"
            f"<dd>{escape(r.currency)} (1 USD = {r.usd_to_currency.normalize():f})</dd>"
            + (f"<dt>{_w()['Viewers pay per coin']}</dt>"
               f"<dd>USD {r.viewer_usd_per_coin.normalize():f}</dd>" if tiktok else "")
            + "</dl>"
        )
    cwe = summary.tallies.closed_without_end
    streaks = translate("Report", "{count} gift streak(s) never sent their end message; they were counted up to "
                                  "their highest count.").format(count=count(cwe))
    note = f'<p class="note" style="margin-top:12px">{escape(streaks)}</p>' if cwe else ""
    intro = translate("Report", "TikTok publishes no conversion; these are the settings the estimates were computed "
                                "with.")
    return (f'<section class="card"><h2>{_w()["Rates used"]}</h2><p class="note">'
            f'{escape(intro)}</p>' + '<hr style="border:0;border-top:1px solid #eee">'.join(blocks)
            + note + "</section>")


def _generated(when: datetime) -> str:
    if english():
        return when.strftime("%Y-%m-%d %H:%M")
    return f"{day(when, '%Y-%m-%d', 'short')} {clock(when)}"


def _timeline_words(unit: str, gaps: bool) -> tuple[str, str]:
    """The gifts timeline's heading and note for its column width ``unit`` (charts.py)."""
    if unit == "minute":
        head = translate("Report", "Gifts per minute")
    elif unit == "5 minutes":
        head = translate("Report", "Gifts per 5 minutes")
    elif unit == "15 minutes":
        head = translate("Report", "Gifts per 15 minutes")
    elif unit == "hour":
        head = translate("Report", "Gifts per hour")
    elif unit == "day":
        head = translate("Report", "Gifts per day")
    else:
        head = translate("Report", "Gifts per week")
    if english():  # the English note names the unit, as it always has
        return head, f"Gift units counted in each {unit}{', shaded where the connection was down' if gaps else ''}."
    if gaps:
        return head, translate("Report", "Gift units counted in each column, shaded where the connection was down.")
    return head, translate("Report", "Gift units counted in each column.")


def render_html(summary: Summary) -> str:
    t = summary.tallies
    cur = summary.currency
    kicker = (translate("Report", "LIVE session summary") if summary.kind == "session"
              else translate("Report", "Sessions summary"))
    tiktok = "tiktok" in summary.platforms  # TikTok's coin charts and tables; Twitch and YouTube have their own
    timeline_svg, unit = gifts_timeline_chart(summary)
    has_gaps = bool(summary.all_gaps())
    legend = ('<div class="legend"><span><i style="background:linear-gradient(90deg,#7c5cff,#fe2c55)"></i>'
              + escape(translate("Report", "estimated balance since the last withdrawal"))
              + '</span><span><i style="background:#7c5cff;height:2px"></i>'
              + escape(translate("Report", "threshold ahead"))
              + '</span><span><i style="background:#2fbf71;height:2px"></i>'
              + escape(translate("Report", "threshold reached")) + "</span>"
              + ('<span><i style="background:#ffd08a"></i>' + escape(translate("Report", "connection gap"))
                 + "</span>" if has_gaps else "") + "</div>")
    per_unit, in_each = _timeline_words(unit, has_gaps)
    body = [
        f'<header class="hero"><div class="wrap"><span class="kicker"><i></i>{kicker}</span>'
        f"<h1>{_iso(summary.title)}</h1><p class=\"sub\">{_when(summary)}</p>"
        f'<div class="hero-big"><div class="coins" id="total-coins">{_hero_figure(summary)}</div>'
        f'<div class="earn">{money(summary.earnings, cur)}<span>{_w()["estimated earnings"]}'
        '</span></div></div></div></header>',
        '<main class="wrap">',
        _kpis(summary),
        f'<section class="card"><h2>{_w()["Estimated earnings"]}</h2><p class="note">'
        + escape(translate("Report", "The balance since your last withdrawal, against your payout thresholds."))
        + f'</p>{earnings_chart(summary)}{legend}</section>' if tiktok else "",
        _platforms(summary),
        f'<div class="grid"><section class="card"><h2>{_w()["Top gifters"]}</h2>'
        f'{_gifters_table(summary)}</section>'
        f'<section class="card"><h2>{_w()["Gifts by type"]}</h2>'
        f'<p class="note">{_w()["Coins per gift."]}</p>'
        f"{gifts_by_type_chart(summary)}</section></div>" if tiktok else "",
        _guests(summary),
        f'<section class="card"><h2>{escape(per_unit)}</h2><p class="note">{escape(in_each)}</p>{timeline_svg}'
        '</section>' if tiktok else "",
    ]
    if summary.kind == "range":
        body.append(_sessions_table(summary))
    body += [
        _planner(summary),
        f'<div class="grid">{_gaps(summary)}{_rates(summary)}</div>',
        "</main>",
        "<footer>" + escape(translate("Report", "Made with streamer-app {version} from your own local ledger · "
                                                "generated {when} UTC · estimated figures, not TikTok's.").format(
            version=__version__, when=_generated(summary.generated_at))) + "</footer>",
    ]
    lang = current()
    html_lang = lang.code.replace("_", "-")
    direction = ' dir="rtl"' if lang.rtl else ""
    return (
        f'<!doctype html><html lang="{html_lang}"{direction}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">"
        '<meta name="generator" content="streamer-app">'
        f"<title>{escape(summary.title)} · {_w()['summary']}</title><style>{CSS}</style></head><body>"
        + "".join(body) + "</body></html>\n"
    )
