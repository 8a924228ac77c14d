"""The HTML report's payout planner and the rates it was estimated with."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from ..core.economics import DAILY_WITHDRAWAL_CAP_USD, PAYOUT_WITHIN_DAYS, PLATFORM_NAMES, exchange_rates_text
from ..i18n import translate
from .html_words import words as _w
from .locale_fmt import count, day, english, money, percent, plain_number, threshold_name
from .summary import Summary


def _platform_rows(summary: Summary) -> str:
    """Twitch's and YouTube's payout thresholds, each against its own platform's balance."""
    rows = []
    for p in summary.platform_plan():
        th = p.threshold
        status = (f'<span class="pill ok">{_w()["reached"]}</span>' if p.reached
                  else f'<span class="pill">{_w()["ahead"]}</span>')
        rows.append(
            f'<div class="th-row{" done" if p.reached else ""}"><div><b>{escape(threshold_name(th.name))}</b> '
            f'<small>{escape(_platform_threshold_line(th, p.balance_usd))}</small></div><div>{status}</div>'
            f'<div class="bar"><i style="width:{max(1, round(p.fraction * 100))}%"></i></div>'
            f'<small>{percent(p.fraction)}</small></div>')
    return "".join(rows)


def _platform_threshold_line(th: Any, balance_usd: Decimal) -> str:
    """"Twitch · USD 50.00 · est. USD 42.00 so far" (English keeps its own figures)."""
    if english():
        return f"{PLATFORM_NAMES[th.platform]} · {th.currency} {th.amount:,.2f} · est. USD {balance_usd:,.2f} so far"
    return translate("Report", "{platform} · {amount} · est. {balance} so far").format(
        platform=PLATFORM_NAMES[th.platform], amount=money(th.amount, th.currency), balance=money(balance_usd, "USD"))


def _threshold_amount(th: Any) -> str:
    """A TikTok threshold's own amount before its coins: "USD 100.00 · " (a coin threshold says only its coins)."""
    if english():
        return th.label().split(": ", 1)[-1] + " · "
    return f"{money(th.amount, th.currency)} · " if th.unit == "money" else ""


def planner_section(summary: Summary) -> str:
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
            f'<div class="th-row{" done" if p.reached else ""}"><div><b>{escape(threshold_name(th.name))}</b> '
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


def rates_section(summary: Summary) -> str:
    profiles = summary.distinct_rates() if hasattr(summary, "distinct_rates") else [summary.rates]
    blocks = [_rate_block(r, summary.platforms) for r in profiles]
    cwe = summary.tallies.closed_without_end
    streaks = translate("Report", "{count} gift streak(s) never sent their end message; they were counted up to "
                                  "their highest count.").format(count=count(cwe))
    note = f'<p class="note" style="margin-top:12px">{escape(streaks)}</p>' if cwe else ""
    intro = translate("Report", "TikTok publishes no conversion; these are the settings the estimates were computed "
                                "with.")
    return (f'<section class="card"><h2>{_w()["Rates used"]}</h2><p class="note">'
            f'{escape(intro)}</p>' + '<hr style="border:0;border-top:1px solid #eee">'.join(blocks)
            + note + "</section>")


def _dec(value: Decimal) -> str:
    """A price as set ("4.99"); other languages write it with their decimal sign."""
    return f"{value:f}" if english() else plain_number(value)


def _share(fraction: Decimal) -> str:
    return f"{fraction * 100:.0f} %" if english() else percent(float(fraction))


def _rate_block(r: Any, ps: set[str]) -> str:
    """One rate profile's settings as a definition list: TikTok's, Twitch's and YouTube's that apply."""
    def dt(text: str) -> str:
        return f"<dt>{escape(text)}</dt>"

    none = translate("Report", "none")
    tiktok = (f"<dt>{_w()['Diamonds per coin']}</dt><dd>{plain_number(r.diamonds_per_coin)}</dd>"
              f"<dt>{_w()['USD per diamond']}</dt><dd>{plain_number(r.usd_per_diamond)}</dd>") if "tiktok" in ps else ""
    twitch = (dt(translate("Report", "Twitch: USD per Bit")) + f"<dd>{plain_number(r.usd_per_bit)}</dd>"
              + dt(translate("Report", "Twitch: subs (USD)"))
              + f"<dd>{_dec(r.twitch_tier1_usd)} / {_dec(r.twitch_tier2_usd)} / {_dec(r.twitch_tier3_usd)} · "
              + escape(translate("Report", "your share {percent}").format(percent=_share(r.twitch_sub_share)))
              + "</dd>") if "twitch" in ps else ""
    youtube = (dt(translate("Report", "YouTube: your share")) + "<dd>" + escape(
        translate("Report", "{supers} of Supers · {memberships} of memberships").format(
            supers=_share(r.youtube_paid_share), memberships=_share(r.youtube_membership_share))) + "</dd>"
               + dt(translate("Report", "Exchange rates"))
               + f"<dd>{escape(exchange_rates_text(r.exchange_rates) or none)}</dd>"
               ) if "youtube" in ps else ""
    return (f'<dl class="rates">{tiktok}{twitch}{youtube}'
            f"<dt>{_w()['Display currency']}</dt>"
            f"<dd>{escape(r.currency)} (1 USD = {plain_number(r.usd_to_currency)})</dd>"
            + (f"<dt>{_w()['Viewers pay per coin']}</dt>"
               f"<dd>USD {plain_number(r.viewer_usd_per_coin)}</dd>" if tiktok else "")
            + "</dl>")
