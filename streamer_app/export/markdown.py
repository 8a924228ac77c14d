"""A short Markdown summary, for Discord posts and notes."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ..core.formatting import count, duration, money
from .guests import NOT_YOURS, guest_name
from .platform_summary import platform_breakdown, unconverted_note
from .summary import Summary

_MD_SPECIAL = re.compile(r"([\\`*_~|>#\[\]])")  # parentheses are harmless once [ ] are escaped


def md(text: str) -> str:
    """Escape Markdown, and defuse Discord's @everyone/@here pings in viewers' names."""
    text = _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    return re.sub(r"@(everyone|here)", "@\u200b\\1", text, flags=re.IGNORECASE)


def _when(summary: Summary) -> str:
    start, end = summary.period
    a = datetime.fromtimestamp(start, timezone.utc)
    b = datetime.fromtimestamp(end, timezone.utc)
    if summary.kind == "session":
        return f"{a:%a %d %b %Y}, {a:%H:%M}–{b:%H:%M} UTC ({duration(end - start)})"
    n = len(summary.sessions)
    return f"{n} session{'s' if n != 1 else ''}"


def _guests(summary: Summary) -> list[str]:
    """Gifts to guests of multi-guest and co-host LIVEs, per guest; nothing when there were none."""
    t = summary.tallies
    guests = t.guests_by_coins()
    if not guests:
        return []
    lines = ["", "**Gifts to guests**", f"_{NOT_YOURS}_"]
    for g in guests:
        handle = f" (@{g.handle})" if g.handle and g.nickname else ""
        lines.append(f"- {md(guest_name(g.nickname, g.handle, g.user_id))}{md(handle)} — {count(g.coins)} coins, "
                     f"{count(g.gifts)} gifts")
    return lines


def _platforms(summary: Summary) -> list[str]:
    """Income per platform on one line, when the summary has Twitch or YouTube sessions or several
    platforms (a night's report, export/night.py): each in its own units, with its estimated earnings."""
    parts = platform_breakdown(summary)
    if all(p.platform == "tiktok" for p in parts):
        return []
    lines = ["", "**By platform:** " + " · ".join(
        f"{p.name} {md(', '.join([p.headline, *p.figures]))} (est. {money(p.earnings, summary.currency)})"
        for p in parts)]
    note = unconverted_note(summary)
    return lines + ([f"_{md(note)}_"] if note else [])


def render_markdown(summary: Summary, top: int = 5) -> str:
    t, r = summary.tallies, summary.rates
    cur = summary.currency
    lines = [f"## {md(summary.title)}", f"_{_when(summary)}_", ""]
    act = summary.activity()
    if "tiktok" in summary.platforms:
        lines.append(
            f"**{count(t.coins)} coins** · ~{count(summary.diamonds)} diamonds · "
            f"est. **{money(summary.earnings, cur)}**"
        )
        lines.append(
            f"{count(t.gifts)} gifts from {count(t.unique_gifters)} gifters · {count(act['follows'])} follows · "
            f"{count(act['shares'])} shares · {count(act['likes'])} likes"
        )
    else:  # Twitch or YouTube only: their own units lead, not zero coins
        heads = " · ".join(f"**{p.headline}**" for p in platform_breakdown(summary))
        lines.append(f"{heads} · est. **{money(summary.earnings, cur)}**")
        lines.append(f"{count(act['follows'])} follows · {count(act['subscribes'])} subs and memberships · "
                     f"{count(act['comments'])} comments")
    lines += _platforms(summary)
    gifters = t.top_gifters(top)
    if gifters:
        lines += ["", "**Top gifters**"]
        for i, g in enumerate(gifters, 1):
            name = g.nickname or (f"@{g.handle}" if g.handle else g.user_id)
            handle = f" (@{g.handle})" if g.handle and g.nickname else ""
            lines.append(f"{i}. {md(name)}{md(handle)} — {count(g.coins)} coins")
    gifts = t.gifts_by_type()[:top]
    if gifts:
        lines += ["", "**Top gifts:** " + " · ".join(f"{md(g.name)} ×{count(g.count)}" for g in gifts)]
    lines += _guests(summary)
    platform_plan = summary.platform_plan()
    if platform_plan:
        lines += ["", "**Payouts on Twitch and YouTube**"]
    for pp in platform_plan:
        lines.append(f"- {md(pp.threshold.label())} — {pp.fraction:.0%} "
                     f"(est. USD {pp.balance_usd:,.2f} since the last withdrawal)")
    if "tiktok" not in summary.platforms:
        return "\n".join(lines) + "\n"
    plan = summary.plan()
    nxt = next((p for p in plan.progress if not p.reached), None)
    lines += ["", f"**Balance since last withdrawal:** {money(plan.balance_money, cur)} "
              f"({count(plan.balance_coins)} coins)"]
    if nxt is not None:
        when = f", at the recent rate around {nxt.projected_at:%d %b %Y}" if nxt.projected_at else ""
        lines.append(f"Next: {md(nxt.threshold.label())} — {nxt.fraction:.0%}{when}")
    elif plan.progress:
        lines.append("Every payout threshold is reached ✅")
    gaps = summary.all_gaps()
    if gaps:
        missing = sum(g.seconds for g in gaps)
        lines += ["", f"⚠️ {len(gaps)} connection gap{'s' if len(gaps) != 1 else ''} "
                  f"({duration(missing)}): gifts sent then may be missing."]
    per_diamond = (r.usd_per_diamond * r.usd_to_currency).normalize()
    lines += ["", f"_Estimates: {r.diamonds_per_coin.normalize():f} diamonds per coin, "
              f"{cur} {per_diamond:f} per diamond; TikTok's own figures may differ._"]
    return "\n".join(lines) + "\n"
