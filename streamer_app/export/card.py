"""The PNG share card (1080x1350, the 4:5 portrait size feeds show uncropped).

Drawn with Pillow, without Qt or a browser, so it works headless and in the bundle.
Everything is drawn at twice the size and scaled down once: Pillow's shapes have no
anti-aliasing of their own. The fonts are DejaVu Sans, shipped in assets/fonts
(Bitstream Vera licence); art is our own shapes, no TikTok artwork.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFilter

from ..i18n import current, translate
from ..core.tallies import TIMELINE_BUCKET_S
from .card_text import S, W, card_language, clean, draw_text, fit, mirror_box, mirror_x, width
from .locale_fmt import compact, count, day, digits, money, percent, threshold_name
from .platform_summary import MARKS, platform_breakdown
from .summary import Summary

H = 1350
PINK = (254, 44, 85)
CYAN = (37, 244, 238)
VIOLET = (124, 92, 255)
WHITE = (255, 255, 255)
SOFT = (214, 208, 240)
GOLD = (255, 200, 70)
SILVER = (205, 212, 224)
BRONZE = (222, 150, 95)


def _display_name(nickname: str, handle: str, user_id: str, bold: bool = True) -> str:
    name = clean(nickname, bold)
    if not name:
        name = f"@{handle}" if handle else translate("Card", "viewer {id}").format(id=user_id[-4:])
    return name


def _background() -> Image.Image:
    w, h = W * S, H * S
    top, bottom = (23, 19, 43), (14, 12, 28)
    grad = Image.linear_gradient("L").resize((w, h))
    base = Image.composite(Image.new("RGB", (w, h), bottom), Image.new("RGB", (w, h), top), grad)
    glow = Image.new("RGB", (w // 8, h // 8), (0, 0, 0))
    g = ImageDraw.Draw(glow)
    g.ellipse((-40, -50, 120, 90), fill=(150, 20, 70))
    g.ellipse((90, -30, 190, 60), fill=(10, 120, 130))
    g.ellipse((60, 120, 200, 200), fill=(70, 40, 150))
    glow = glow.filter(ImageFilter.GaussianBlur(22)).resize((w, h), Image.Resampling.BILINEAR)
    return _screen(base, glow)


def _screen(a: Image.Image, b: Image.Image) -> Image.Image:
    from PIL import ImageChops

    return ImageChops.screen(a, b)


def _rr(d: ImageDraw.ImageDraw, box, r, **kw) -> None:
    d.rounded_rectangle(mirror_box(box), radius=r * S, **kw)


def _disc(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, **kw) -> None:
    d.ellipse(mirror_box((cx - r, cy - r, cx + r, cy + r)), **kw)


def _text(d: ImageDraw.ImageDraw, xy, text: str, size: int, bold: bool = False, fill=WHITE, anchor: str = "la") -> None:
    draw_text(d, xy, text, size, bold, fill, anchor)


def _coin(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    """Our own coin: a gold disc with a ring and a four-point sparkle."""
    cx = mirror_x(cx)
    d.ellipse([(cx - r) * S, (cy - r) * S, (cx + r) * S, (cy + r) * S], fill=(255, 190, 40))
    ri = r * 0.78
    d.ellipse([(cx - ri) * S, (cy - ri) * S, (cx + ri) * S, (cy + ri) * S], outline=(255, 230, 140), width=int(2.5 * S))
    k = r * 0.42
    d.polygon([((cx) * S, (cy - k) * S), ((cx + k * 0.28) * S, (cy - k * 0.28) * S), ((cx + k) * S, cy * S),
               ((cx + k * 0.28) * S, (cy + k * 0.28) * S), (cx * S, (cy + k) * S),
               ((cx - k * 0.28) * S, (cy + k * 0.28) * S), ((cx - k) * S, cy * S),
               ((cx - k * 0.28) * S, (cy - k * 0.28) * S)], fill=(255, 248, 220))


def _sparkline(img: Image.Image, summary: Summary, box) -> None:
    x0, y0, x1, y1 = box
    buckets = sorted(summary.tallies.timeline.items())
    start, end = summary.period
    if buckets:
        start = min(start, buckets[0][0])
        end = max(end, buckets[-1][0] + TIMELINE_BUCKET_S)
    end = max(end, start + 60)
    pts = [(start, 0)]
    total = 0
    stride = max(1, len(buckets) // 300)
    for i, (b, (c, _)) in enumerate(buckets):
        total += c
        if i % stride == 0 or i == len(buckets) - 1:
            pts.append((b + TIMELINE_BUCKET_S, total))
    pts.append((end, total))
    top = max(total, 1)
    xy = [((x0 + (t - start) / (end - start) * (x1 - x0)) * S, (y1 - v / top * (y1 - y0)) * S) for t, v in pts]
    # the area under the line, as a gradient masked by the polygon
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon([(xy[0][0], y1 * S), *xy, (xy[-1][0], y1 * S)], fill=255)
    fade = Image.linear_gradient("L").resize((img.size[0], (y1 - y0) * S))
    alpha = Image.new("L", img.size, 0)
    alpha.paste(Image.eval(fade, lambda v: int((255 - v) * 0.45)), (0, y0 * S))
    alpha = Image.composite(alpha, Image.new("L", img.size, 0), mask)
    img.paste(Image.new("RGB", img.size, PINK), (0, 0), alpha)
    d = ImageDraw.Draw(img)
    d.line(xy, fill=PINK, width=5 * S, joint="curve")
    ex, ey = xy[-1]
    d.ellipse([ex - 9 * S, ey - 9 * S, ex + 9 * S, ey + 9 * S], fill=PINK, outline=WHITE, width=3 * S)


PAD = 72  # the card's side margin


def _when(summary: Summary) -> str:
    """A session's day and length, or a range's first and last day."""
    start, end = summary.period
    a = datetime.fromtimestamp(start, timezone.utc)
    if summary.kind == "session":
        mins = int(max(0, end - start) // 60)
        when = day(a, "%a %d %b %Y")
        if mins >= 60:
            return translate("Card", "{day} · {hours}h {minutes}m live").format(
                day=when, hours=count(mins // 60), minutes=digits(f"{mins % 60:02d}"))
        return translate("Card", "{day} · {minutes} min live").format(day=when, minutes=count(max(1, mins)))
    b = datetime.fromtimestamp(end - 1, timezone.utc)
    return f"{day(a, '%d %b', 'd MMM')} – {day(b, '%d %b %Y')}"


def _draw_header(d: ImageDraw.ImageDraw, summary: Summary) -> None:
    """A pill, the creator, the date."""
    pad = PAD
    kicker = (translate("Card", "LIVE RECAP") if summary.kind == "session"
              else translate("Card", "{count} LIVES RECAP").format(count=count(len(summary.sessions))))
    kw = width(kicker, 22, True)
    _rr(d, (pad, 70, pad + kw + 64, 118), 24, fill=(52, 44, 84))
    _disc(d, pad + 27, 94, 7, fill=PINK)
    _text(d, (pad + 46, 94), kicker, 22, True, SOFT, "lm")
    creator = clean(", ".join(summary.creators) or translate("Card", "Your stream"), True)
    _text(d, (pad, 150), fit(creator, 64, True, W - 2 * pad), 64, True)
    _text(d, (pad, 238), _when(summary), 30, False, SOFT)


def _draw_hero(d: ImageDraw.ImageDraw, summary: Summary) -> None:
    """The hero number: coins, with the estimated money and diamonds under it."""
    pad, coins = PAD, summary.tallies.coins
    _rr(d, (pad - 8, 300, W - pad + 8, 550), 36, fill=(35, 29, 66))
    number, unit = count(coins), translate("Card", "coins")
    est = translate("Card", "≈ {money} estimated · ~{diamonds} diamonds").format(
        money=money(summary.earnings, summary.currency), diamonds=compact(summary.diamonds))
    if "tiktok" in summary.platforms:
        _coin(d, pad + 62, 400, 44)
    else:  # a Twitch or YouTube night: its own unit, in the platform's colour, never zero coins
        parts = platform_breakdown(summary)
        first = parts[0]
        number, unit = first.number, first.unit
        _rr(d, (pad + 22, 360, pad + 102, 440), 18, fill=MARKS[first.platform])
        est = translate("Card", "≈ {money} estimated · {figures}").format(
            money=money(summary.earnings, summary.currency),
            figures=" · ".join([", ".join(first.figures[:1])] + [f"{p.name} {p.headline}" for p in parts[1:]]))
    big = 104 if len(number) < 10 else 84
    _text(d, (pad + 128, 400), number, big, True, WHITE, "lm")
    nw = width(number, big, True)
    _text(d, (pad + 128 + nw + 18, 428), fit(unit, 34, True, W - 2 * pad - 150 - nw), 34, True, SOFT, "ls")
    _text(d, (pad + 40, 500), fit(est, 32, False, W - 2 * pad - 60), 32, False, (255, 214, 226), "lm")


def _draw_tiles(d: ImageDraw.ImageDraw, summary: Summary) -> None:
    """Three stat tiles: gifts, gifters, new follows."""
    t, pad = summary.tallies, PAD
    act = summary.activity()
    tiles = [(compact(t.gifts), translate("Card", "gifts")),
             (compact(t.unique_gifters), translate("Card", "gifters")),
             (compact(act["follows"]), translate("Card", "new follows"))]
    if "tiktok" not in summary.platforms:
        tiles = [(compact(t.paid.subs + t.paid.memberships), translate("Card", "subs & members")),
                 (compact(len(t.paid.supporters)), translate("Card", "supporters")),
                 (compact(act["follows"]), translate("Card", "new follows"))]
    tw = (W - 2 * pad - 2 * 24) / 3
    for i, (v, k) in enumerate(tiles):
        x = pad + i * (tw + 24)
        _rr(d, (x, 590, x + tw, 720), 28, fill=(35, 29, 66))
        _text(d, (x + tw / 2, 640), v, 52, True, WHITE, "mm")
        _text(d, (x + tw / 2, 692), k, 24, False, SOFT, "mm")


def _draw_top_gifters(d: ImageDraw.ImageDraw, summary: Summary) -> None:
    """The top three gifters with medals and coins, or a thank-you when nobody gave."""
    t, pad = summary.tallies, PAD
    if not t.top_gifters(1) and t.paid.supporters:
        _draw_supporters(d, summary)
        return
    _text(d, (pad, 770), translate("Card", "TOP GIFTERS"), 24, True, (180, 170, 220), "lm")
    medals = [GOLD, SILVER, BRONZE]
    for i, g in enumerate(t.top_gifters(3)):
        y = 800 + i * 92
        _rr(d, (pad - 8, y, W - pad + 8, y + 78), 24, fill=(30, 25, 58))
        _disc(d, pad + 38, y + 39, 24, fill=medals[i])
        _text(d, (pad + 38, y + 39), count(i + 1), 26, True, (40, 30, 10), "mm")
        name = _display_name(g.nickname, g.handle, g.user_id)
        value = f"{count(g.coins)}"
        vw = width(value, 34, True)
        _text(d, (pad + 84, y + 39), fit(name, 34, True, W - 2 * pad - 84 - vw - 110), 34, True, WHITE, "lm")
        _text(d, (W - pad - 70, y + 39), value, 34, True, (255, 214, 226), "rm")
        _coin(d, W - pad - 38, y + 39, 16)
    if not t.top_gifters(1):
        _text(d, (pad, 830), translate("Card", "No gifts this time — thank you for watching!"), 30, False,
              SOFT, "lm")


def _draw_supporters(d: ImageDraw.ImageDraw, summary: Summary) -> None:
    """Twitch and YouTube supporters in the top gifters' place: Bits, subs or paid messages."""
    pad = PAD
    _text(d, (pad, 770), translate("Card", "TOP SUPPORTERS"), 24, True, (180, 170, 220), "lm")
    for i, s in enumerate(summary.tallies.paid.top_supporters(3)):
        y = 800 + i * 92
        _rr(d, (pad - 8, y, W - pad + 8, y + 78), 24, fill=(30, 25, 58))
        _disc(d, pad + 38, y + 39, 24, fill=[GOLD, SILVER, BRONZE][i])
        _text(d, (pad + 38, y + 39), count(i + 1), 26, True, (40, 30, 10), "mm")
        value = _supporter_value(s)
        vw = width(value, 34, True)
        name = _display_name(s.nickname, s.handle, s.user_id)
        _text(d, (pad + 84, y + 39), fit(name, 34, True, W - 2 * pad - 84 - vw - 40), 34, True, WHITE, "lm")
        _text(d, (W - pad - 10, y + 39), value, 34, True, (255, 214, 226), "rm")


def _supporter_value(s) -> str:
    """What one supporter gave: Bits, subs, or what they paid in each currency."""
    if s.bits:
        return translate("Card", "{count} Bits").format(count=count(s.bits))
    if s.subs:
        return translate("Card", "{count} subs").format(count=count(s.subs))
    paid = [money(Decimal(m) / 1_000_000, c) for c, m in sorted(s.paid.items())]
    return " + ".join(paid) or translate("Card", "thanks")


def _draw_footer(img: Image.Image, summary: Summary) -> None:
    """The session's rise, the next goal, the app's name and the estimate's caveat."""
    pad = PAD
    d = ImageDraw.Draw(img)
    tiktok = "tiktok" in summary.platforms
    if tiktok:  # (Twitch and YouTube income has no coin timeline)
        _text(d, (pad, 1090), translate("Card", "COINS OVER TIME"), 20, True, (150, 142, 190),
              "lm")
        _sparkline(img, summary, (pad, 1110, W - pad, 1205))
    # the sparkline pastes into the image; draw the rest with a fresh Draw on top of it
    d = ImageDraw.Draw(img)
    plan = summary.plan()
    nxt = next((p for p in plan.progress if not p.reached), None)
    if not tiktok:
        nxt = next((p for p in summary.platform_plan()  # type: ignore[assignment]
                    if not p.reached and p.threshold.platform in summary.platforms), None)
    goal = (translate("Card", "Next: {goal} · {percent}").format(
        goal=clean(threshold_name(nxt.threshold.name)), percent=percent(nxt.fraction))
        if nxt else translate("Card", "Every payout goal reached"))
    _text(d, (pad, 1250), fit(goal, 28, True, W - 2 * pad - 300), 28, True, WHITE, "lm")
    _text(d, (W - pad, 1250), "streamer-app", 26, True, CYAN, "rm")
    caveat = (translate("Card", "Estimated from my own ledger; TikTok's figures may differ.") if tiktok
              else translate("Card", "Estimated from my own ledger; the platforms' figures may differ."))
    _text(d, (pad, 1292), fit(caveat, 20, False, W - 2 * pad), 20, False, (150, 142, 190), "lm")


def render_card(summary: Summary) -> bytes:
    """The share card as PNG bytes, in the creator's language (English when no font draws it)."""
    from .. import i18n

    spoken = current()
    if card_language() != spoken.code:
        i18n.set_language("en")
    try:
        return _render_card(summary)
    finally:
        i18n.set_language(spoken.code)


def _render_card(summary: Summary) -> bytes:
    img = _background()
    d = ImageDraw.Draw(img)
    _draw_header(d, summary)
    _draw_hero(d, summary)
    _draw_tiles(d, summary)
    _draw_top_gifters(d, summary)
    _draw_footer(img, summary)
    # drawn at S times the size; one downscale gives the anti-aliasing Pillow's shapes lack
    out = img.resize((W, H), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=False)
    return buf.getvalue()
