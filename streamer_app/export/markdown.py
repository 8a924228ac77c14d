"""A short Markdown summary, for Discord posts and notes."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ..core.formatting import duration
from ..i18n import translate
from .guests import guest_name
from .locale_fmt import clock, count, day, digits, english, joined, money, percent, plain_number, threshold_label
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
        return translate("Report", "{day}, {start}–{end} UTC ({length})").format(
            day=day(a, "%a %d %b %Y"), start=clock(a), end=clock(b), length=digits(duration(end - start)))
    n = len(summary.sessions)
    if n == 1:
        return translate("Report", "{count} session").format(count=count(n))
    return translate("Report", "{count} sessions").format(count=count(n))


def _guests(summary: Summary) -> list[str]:
    """Gifts to guests of multi-guest and co-host LIVEs, per guest; nothing when there were none."""
    t = summary.tallies
    guests = t.guests_by_coins()
    if not guests:
        return []
    lines = ["", "**" + translate("Report", "Gifts to guests") + "**",
             "_" + translate("Report", "Gifts viewers sent to your guests: their income, not in any of your totals "
                                       "above.") + "_"]
    for g in guests:
        handle = f" (@{g.handle})" if g.handle and g.nickname else ""
        lines.append(f"- {md(guest_name(g.nickname, g.handle, g.user_id))}{md(handle)} — "
                     + translate("Report", "{coins} coins, {gifts} gifts").format(coins=count(g.coins),
                                                                                 gifts=count(g.gifts)))
    return lines


def _platforms(summary: Summary) -> list[str]:
    """Income per platform on one line, when the summary has Twitch or YouTube sessions or several
    platforms (a night's report, export/night.py): each in its own units, with its estimated earnings."""
    parts = platform_breakdown(summary)
    if all(p.platform == "tiktok" for p in parts):
        return []
    lines = ["", translate("Report", "**By platform:**") + " " + " · ".join(
        f"{p.name} {md(joined([p.headline, *p.figures]))} "
        + translate("Report", "(est. {money})").format(money=money(p.earnings, summary.currency))
        for p in parts)]
    note = unconverted_note(summary)
    return lines + ([f"_{md(note)}_"] if note else [])


def render_markdown(summary: Summary, top: int = 5) -> str:
    lines = [f"## {md(summary.title)}", f"_{_when(summary)}_", ""]
    lines += _headline(summary)
    lines += _platforms(summary)
    gifters = summary.tallies.top_gifters(top)
    if gifters:
        lines += ["", "**" + translate("Report", "Top gifters") + "**"]
        for i, g in enumerate(gifters, 1):
            name = g.nickname or (f"@{g.handle}" if g.handle else g.user_id)
            handle = f" (@{g.handle})" if g.handle and g.nickname else ""
            lines.append(f"{i}. {md(name)}{md(handle)} — "
                         + translate("Report", "{coins} coins").format(coins=count(g.coins)))
    gifts = summary.tallies.gifts_by_type()[:top]
    if gifts:
        lines += ["", translate("Report", "**Top gifts:**") + " " + " · ".join(f"{md(g.name)} ×{count(g.count)}" for g in gifts)]
    lines += _guests(summary)
    lines += _payouts(summary)
    if "tiktok" not in summary.platforms:
        return "\n".join(lines) + "\n"
    return "\n".join(lines + _gaps_and_rates(summary)) + "\n"


def _headline(summary: Summary) -> list[str]:
    """The night's figures in two lines: TikTok's coins, or Twitch's and YouTube's own units."""
    t, cur, lines = summary.tallies, summary.currency, []
    act = summary.activity()
    if "tiktok" in summary.platforms:
        lines.append(translate("Report", "**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**").format(
            coins=count(t.coins), diamonds=count(summary.diamonds), earnings=money(summary.earnings, cur)))
        lines.append(translate("Report", "{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares"
                                         " · {likes} likes").format(
            gifts=count(t.gifts), gifters=count(t.unique_gifters), follows=count(act["follows"]),
            shares=count(act["shares"]), likes=count(act["likes"])))
    else:  # Twitch or YouTube only: their own units lead, not zero coins
        heads = " · ".join(f"**{p.headline}**" for p in platform_breakdown(summary))
        lines.append(heads + " · " + translate("Report", "est. **{money}**").format(money=money(summary.earnings, cur)))
        lines.append(translate("Report", "{follows} follows · {subs} subs and memberships · {comments} comments").format(
            follows=count(act["follows"]), subs=count(act["subscribes"]), comments=count(act["comments"])))
    return lines


def _payouts(summary: Summary) -> list[str]:
    """Twitch's and YouTube's payout thresholds, then TikTok's balance and next threshold."""
    cur, lines = summary.currency, []
    platform_plan = summary.platform_plan()
    if platform_plan:
        lines += ["", "**" + translate("Report", "Payouts on Twitch and YouTube") + "**"]
    for pp in platform_plan:
        lines.append(f"- {md(threshold_label(pp.threshold))} — {percent(pp.fraction)} "
                     + translate("Report", "(est. {money} since the last withdrawal)").format(
                         money=f"USD {pp.balance_usd:,.2f}" if english() else money(pp.balance_usd, "USD")))
    if "tiktok" not in summary.platforms:
        return lines
    plan = summary.plan()
    nxt = next((p for p in plan.progress if not p.reached), None)
    lines += ["", translate("Report", "**Balance since last withdrawal:** {money} ({coins} coins)").format(
        money=money(plan.balance_money, cur), coins=count(plan.balance_coins))]
    if nxt is not None:
        if nxt.projected_at:
            lines.append(translate("Report", "Next: {threshold} — {percent}, at the recent rate around {date}").format(
                threshold=md(threshold_label(nxt.threshold)), percent=percent(nxt.fraction),
                date=day(nxt.projected_at, "%d %b %Y")))
        else:
            lines.append(translate("Report", "Next: {threshold} — {percent}").format(
                threshold=md(threshold_label(nxt.threshold)), percent=percent(nxt.fraction)))
    elif plan.progress:
        lines.append(translate("Report", "Every payout threshold is reached ✅"))
    return lines


def _gaps_and_rates(summary: Summary) -> list[str]:
    """Connection gaps, then the rates the estimates used."""
    r, cur, lines = summary.rates, summary.currency, []
    gaps = summary.all_gaps()
    if gaps:
        missing = sum(g.seconds for g in gaps)
        if len(gaps) == 1:
            text = translate("Report", "⚠️ {count} connection gap ({length}): gifts sent then may be missing.")
        else:
            text = translate("Report", "⚠️ {count} connection gaps ({length}): gifts sent then may be missing.")
        lines += ["", text.format(count=count(len(gaps)), length=digits(duration(missing)))]
    per_diamond = (r.usd_per_diamond * r.usd_to_currency).normalize()
    lines += ["", "_" + translate("Report", "Estimates: {diamonds} diamonds per coin, {currency} {money} per "
                                            "diamond; TikTok's own figures may differ.").format(
        diamonds=plain_number(r.diamonds_per_coin), currency=cur, money=plain_number(per_diamond)) + "_"]
    return lines
