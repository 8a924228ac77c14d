"""The HTML report: one self-contained file (styles and SVG charts inline, no scripts,
nothing from the internet; a Content-Security-Policy says so to the browser too)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from html import escape

from .. import __version__
from ..core.economics import PLATFORM_NAMES
from ..core.formatting import duration
from ..i18n import current, translate
from .charts import earnings_chart, gifts_by_type_chart, gifts_timeline_chart
from .locale_fmt import clock, count, day, digits, english, money
from .platform_summary import MARKS, platform_breakdown, unconverted_note
from .html_planner import planner_section, rates_section
from .html_style import CSS
from .html_words import words as _w
from .summary import Summary



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
        planner_section(summary),
        f'<div class="grid">{_gaps(summary)}{rates_section(summary)}</div>',
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
