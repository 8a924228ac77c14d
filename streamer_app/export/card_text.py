"""The share card's text: fonts, font fallback by runs, and right-to-left mirroring.

DejaVu Sans (shipped in assets/fonts) draws Latin, Cyrillic, Greek and Arabic; Pillow with
Raqm shapes Arabic. It has no CJK glyphs, so Japanese text is split into runs: characters
DejaVu has are drawn with it, the rest with a CJK font of the system (Noto Sans CJK, else
Droid Sans Fallback, which the bootstrap installs). Where no CJK font exists the card is
drawn in English (``card_language``) rather than with empty boxes.

Coordinates are the card's own (1080 wide, left to right); for a right-to-left language
``mirror_x`` and ``anchor`` flip them, so the layout code is written once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal
from pathlib import Path

from PIL import ImageDraw, ImageFont, features

from ..i18n import current
from ..paths import asset

W = 1080
S = 2  # supersampling factor: everything is drawn at twice the size and scaled down once

CJK_FONTS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
             "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
             "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
             "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
             "/usr/share/fonts/droid/DroidSansFallbackFull.ttf")

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=1)
def cjk_font_path() -> str | None:
    return next((f for f in CJK_FONTS if Path(f).is_file()), None)


def card_language() -> str:
    """The card's language: the creator's, or English when no font draws it."""
    code = current().code
    return "en" if code == "ja" and cjk_font_path() is None else code


def rtl() -> bool:
    return current().rtl and card_language() == current().code


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False, path: str | None = None) -> Font:
    """DejaVu Sans (or the font at ``path``) at ``size`` card pixels."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(path or str(asset("fonts", name)), size * S)
    except OSError:  # a damaged install: Pillow's own scalable font still gives a card
        return ImageFont.load_default(size * S)


@lru_cache(maxsize=8192)
def _has_glyph(ch: str, bold: bool, path: str | None) -> bool:
    """False for characters the font would draw as its empty box (emoji, CJK in DejaVu)."""
    f = font(20, bold, path)
    missing = f.getmask("\U0010fffd")
    mask = f.getmask(ch)
    return not (mask.size == missing.size and bytes(mask) == bytes(missing))


def _font_for(ch: str, bold: bool) -> str | None | Literal[False]:
    """The font path for one character: None for DejaVu, a CJK path, or False when none has it."""
    if ch.isspace() or _has_glyph(ch, bold, None):
        return None
    cjk = cjk_font_path() if card_language() == "ja" else None
    if cjk is not None and _has_glyph(ch, False, cjk):
        return cjk
    return False


def clean(text: str, bold: bool = False) -> str:
    """``text`` without the characters no font of the card draws (emoji), spaces folded."""
    out = "".join(ch for ch in text if _font_for(ch, bold) is not False)
    return " ".join(out.split())


def runs(text: str, bold: bool) -> list[tuple[str, str | None]]:
    """``text`` cut where the font changes: [(piece, font path or None for DejaVu)]."""
    out: list[tuple[str, str | None]] = []
    for ch in text:
        found = _font_for(ch, bold)
        if found is False:
            continue
        path = found if isinstance(found, str) else None
        if out and out[-1][1] == path:
            out[-1] = (out[-1][0] + ch, path)
        else:
            out.append((ch, path))
    return out


def width(text: str, size: int, bold: bool = False) -> float:
    """The drawn width of ``text`` in card pixels, over all its runs."""
    return sum(font(size, bold, p).getlength(t) for t, p in runs(text, bold)) / S


def fit(text: str, size: int, bold: bool, max_w: float) -> str:
    """Shorten with an ellipsis until ``text`` fits in ``max_w`` card pixels."""
    if width(text, size, bold) <= max_w:
        return text
    while text and width(text + "…", size, bold) > max_w:
        text = text[:-1]
    return text.rstrip() + "…"


def mirror_x(x: float) -> float:
    return W - x if rtl() else x


def mirror_box(box) -> tuple:
    """(x0, y0, x1, y1) in card pixels, mirrored for right-to-left, scaled to the drawing."""
    x0, y0, x1, y1 = box
    if rtl():
        x0, x1 = W - x1, W - x0
    return (x0 * S, y0 * S, x1 * S, y1 * S)


def anchor(a: str) -> str:
    """Left and right anchors swap in a right-to-left layout."""
    return {"l": "r", "r": "l"}.get(a[0], a[0]) + a[1] if rtl() else a


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def draw_text(d: ImageDraw.ImageDraw, xy, text: str, size: int, bold: bool, fill, anchor_: str = "la") -> None:
    """Draw ``text`` at card point ``xy`` (mirrored for right-to-left), run by run when fonts mix."""
    x, y, a = mirror_x(xy[0]), xy[1], anchor(anchor_)
    pieces = runs(text, bold)
    if len(pieces) <= 1:
        path = pieces[0][1] if pieces else None
        # A sentence of Arabic words with Latin figures inside reads right to left as a whole.
        direction = "rtl" if _arabic(text) and features.check("raqm") else None
        d.text((x * S, y * S), text, font=font(size, bold, path), fill=fill, anchor=a, direction=direction)
        return
    total = width(text, size, bold)
    left = {"l": x, "m": x - total / 2, "r": x - total}[a[0]]
    base = font(size, bold)
    ascent, descent = base.getmetrics() if isinstance(base, ImageFont.FreeTypeFont) else (size * S, 0)
    # One baseline for every run, where DejaVu's own anchor would put it.
    baseline = y * S + {"a": ascent, "m": (ascent - descent) / 2, "s": 0, "d": -descent}.get(a[1], ascent)
    cursor = left * S
    for piece, path in pieces:
        f = font(size, bold, path)
        d.text((cursor, baseline), piece, font=f, fill=fill, anchor="ls")
        cursor += f.getlength(piece)
