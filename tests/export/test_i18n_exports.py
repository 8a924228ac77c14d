"""The exports in the creator's language (DESIGN.md section 4, "Language"; issue 19).

HTML and Markdown speak the language of ``--lang`` with its numbers, money and dates; the
HTML says its language and direction; JSON and CSV never change with the language.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html import unescape

import pytest

from streamer_app import i18n
from streamer_app.i18n import LANGUAGES, numbers, translate

from .conftest import export

CODES = list(LANGUAGES)


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def _totals(home) -> dict:
    return json.loads(export(home, "1", "-o", "-").stdout)["totals"]


@pytest.mark.parametrize("code", CODES)
def test_html_report_in_each_language(demo_home, code):
    totals = _totals(demo_home)
    r = export(demo_home, "1", "--format", "html", "-o", "-", "--lang", code)
    assert r.returncode == 0, r.stderr
    html = r.stdout
    lang = LANGUAGES[code]
    direction = ' dir="rtl"' if lang.rtl else ""
    assert f'<html lang="{code.replace("_", "-")}"{direction}>' in html
    for words in ("Top gifters", "Payout planner", "Rates used", "estimated earnings", "LIVE session summary"):
        assert translate("Report", words, code) in html, (code, words)
        if code != "en":
            assert translate("Report", words, code) != words or words == "Top gifters" and code == "ja"
    if code != "en":
        assert numbers.count(totals["coins"], code) in html
        assert numbers.money(Decimal(str(totals["estimated_earnings"])), totals["currency"], code) in html


def test_html_numbers_are_the_locales(demo_home):
    totals = _totals(demo_home)
    de = export(demo_home, "1", "--format", "html", "-o", "-", "--lang", "de").stdout
    ar = export(demo_home, "1", "--format", "html", "-o", "-", "--lang", "ar").stdout
    pt = export(demo_home, "1", "--format", "html", "-o", "-", "--lang", "pt_BR").stdout
    assert totals["coins"] >= 1000, "the demo session should have a grouped figure"
    assert f"{totals['coins']:,}".replace(",", ".") in de  # 12.345
    assert "US$" in pt and "Geschenke" in de
    assert any(d in ar for d in "٠١٢٣٤٥٦٧٨٩") and "Sonntag" not in ar


@pytest.mark.parametrize("code", CODES)
def test_markdown_in_each_language(demo_home, code):
    totals = _totals(demo_home)
    r = export(demo_home, "1", "--format", "md", "-o", "-", "--lang", code)
    assert r.returncode == 0, r.stderr
    assert translate("Report", "Top gifters", code) in r.stdout
    coins = translate("Report", "**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**", code)
    assert coins.split("{coins}")[1].split("**")[0] in r.stdout  # " Münzen", " coins", "コイン"…
    assert numbers.count(totals["coins"], code) in r.stdout or code == "en"


def test_json_and_csv_never_change_with_the_language(demo_home, tmp_path):
    base_json = export(demo_home, "1", "-o", "-", "--lang", "en").stdout
    out = tmp_path / "en"
    out.mkdir()
    assert export(demo_home, "1", "--format", "csv", "-o", str(out / "s.csv"), "--lang", "en").returncode == 0
    english = {p.name: p.read_bytes() for p in out.iterdir()}
    for code in ("de", "ar", "ja", "pt_BR"):
        assert export(demo_home, "1", "-o", "-", "--lang", code).stdout == base_json
        d = tmp_path / code
        d.mkdir()
        assert export(demo_home, "1", "--format", "csv", "-o", str(d / "s.csv"), "--lang", code).returncode == 0
        assert {p.name: p.read_bytes() for p in d.iterdir()} == english, code


def test_english_range_report_keeps_its_words(demo_home):
    md = export(demo_home, "--from", "2025-03-01", "--to", "2025-03-07", "--format", "md", "-o", "-",
                "--lang", "en").stdout
    assert "3 sessions" in md
    fr = export(demo_home, "--from", "2025-03-01", "--to", "2025-03-07", "--format", "html", "-o", "-",
                "--lang", "fr").stdout
    assert "3 sessions" in fr and "Résumé des sessions" in fr and "Cadeaux par jour" in fr


def test_png_card_in_the_language(demo_home, tmp_path):
    """The card draws German and Arabic (DejaVu has both, Raqm shapes Arabic); Japanese needs a
    CJK font with Latin letters (Noto Sans CJK): without one the card is the English card."""
    from PIL import Image

    from streamer_app.export import card_text

    cards = {}
    for code in ("en", "de", "ar", "ja"):
        out = tmp_path / f"{code}.png"
        r = export(demo_home, "1", "--format", "png", "-o", str(out), "--lang", code)
        assert r.returncode == 0, r.stderr
        assert Image.open(out).size == (1080, 1350)
        cards[code] = out.read_bytes()
    assert cards["de"] != cards["en"] and cards["ar"] != cards["en"]
    if card_text.cjk_font_path() is None:
        assert cards["ja"] == cards["en"]
    else:
        assert cards["ja"] != cards["en"]
    assert i18n.current().code == "ja", "drawing the card in English leaves the creator's language as it was"


def test_command_line_results_in_the_language(demo_home, tmp_path):
    out = tmp_path / "r.md"
    assert "geschrieben: " in export(demo_home, "1", "--format", "md", "-o", str(out), "--lang", "de").stderr
    assert f"wrote {out}" in export(demo_home, "1", "--format", "md", "-o", str(out), "--lang", "en").stderr


def test_headless_summary_in_the_language(tmp_path):
    from tests.conftest import run_cli

    r = run_cli("--demo", "--headless", "--no-overlay", "--speed", "0", "--duration", "60", "--seed", "3",
                "--data-dir", str(tmp_path / "d"), "--lang", "de")
    assert r.returncode == 0, r.stderr
    assert "Münzen " in r.stderr and "Sitzung 1 (neu) beendet" in r.stderr


# -- a three-platform night, every word in the creator's language ---------------------------
# Names that stay as they are in every language: the platforms and their own product words.
BRAND_WORDS = {"TikTok", "Twitch", "YouTube", "LIVE", "Bits", "Bit", "Super", "Chat", "Chats", "Sticker", "Stickers",
               "AdSense", "USD", "BRL", "EUR", "JPY", "UTC", "streamer", "app", "Supers", "est"}
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
# Words that are the language's own as well ("Top-Geschenke", "Creator", "was sie dir einbringt").
SAME_IN = {"de": {"Top", "Creator", "was"}}


@pytest.fixture(scope="module")
def night_home(tmp_path_factory):
    from tests.conftest import run_cli

    home = tmp_path_factory.mktemp("night") / "data"
    r = run_cli("--demo", "--headless", "--no-overlay", "--platforms", "tiktok,twitch,youtube", "--speed", "0",
                "--duration", "300", "--seed", "5", "--demo-start", "2025-03-01T18:00:00", "--data-dir", str(home))
    assert r.returncode == 0, r.stderr
    return home


def _visible_text(html: str) -> str:
    """The words a reader sees: no styles, no markup, no chart internals."""
    html = re.sub(r"<style.*?</style>|<svg.*?</svg>|<head>.*?</head>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def _english_words(home, fmt: str) -> set[str]:
    """The report's own English words: those of the English report minus the data's (names, gifts)."""
    english = export(home, "night", "--format", fmt, "-o", "-", "--lang", "en").stdout
    data = export(home, "night", "--format", "json", "-o", "-", "--lang", "en").stdout
    text = _visible_text(english) if fmt == "html" else english
    return set(WORD.findall(text)) - set(WORD.findall(data)) - BRAND_WORDS


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("code", ["de", "ar", "ja"])
def test_night_report_has_no_english_left(night_home, code, fmt):
    r = export(night_home, "night", "--format", fmt, "-o", "-", "--lang", code)
    assert r.returncode == 0, r.stderr
    words = _english_words(night_home, fmt)
    assert {"Night", "coins", "memberships", "share"} & words, "the English report should have words to compare"
    text = _visible_text(r.stdout) if fmt == "html" else r.stdout
    assert sorted(words & set(WORD.findall(text)) - SAME_IN.get(code, set())) == []


def test_night_report_keeps_english_wording(night_home):
    md = export(night_home, "night", "--format", "md", "-o", "-", "--lang", "en").stdout
    assert md.startswith("## Night of 01 Mar 2025 · TikTok, Twitch, YouTube")
    assert "Super Chats and Stickers" in md and " subs (" in md and "coins (est. $" in md


# -- the PNG card: Japanese drawn with CJK glyphs, Arabic mirrored ---------------------------
def _card(home, tmp_path, code):
    from PIL import Image

    out = tmp_path / f"{code}.png"
    assert export(home, "1", "--format", "png", "-o", str(out), "--lang", code).returncode == 0
    return Image.open(out).convert("RGB")


def test_japanese_card_draws_cjk_glyphs(demo_home, tmp_path):
    """The kicker "LIVEまとめ" is drawn: CJK runs in the CJK font (not its empty box), Latin in DejaVu."""
    from PIL import Image, ImageChops, ImageDraw

    from streamer_app.export import card_text

    if card_text.cjk_font_path() is None:
        pytest.skip("no CJK font on this machine: the card is drawn in English (test_png_card_in_the_language)")
    i18n.set_language("ja")
    kicker = translate("Card", "LIVE RECAP")
    assert any(ord(ch) > 0x3000 for ch in kicker)
    pieces = card_text.runs(kicker, True)
    assert [p for _, p in pieces] == [None, card_text.cjk_font_path()]  # "LIVE" in DejaVu, "まとめ" in the CJK font

    def drawn(text: str) -> bytes:
        img = Image.new("L", (600, 120))
        card_text.draw_text(ImageDraw.Draw(img), (10, 30), text, 22, True, 255)
        return img.tobytes()

    box = drawn("\U0010fffd\U0010fffd\U0010fffd")  # what a missing glyph looks like
    assert drawn("まとめ") != box and any(drawn("まとめ"))
    ja, en = _card(demo_home, tmp_path, "ja"), _card(demo_home, tmp_path, "en")
    pill = (60, 70, 400, 118)  # the kicker pill, top left
    assert ImageChops.difference(ja.crop(pill), en.crop(pill)).getbbox() is not None


def _white_columns(img, top: int, bottom: int) -> list[int]:
    """The x of every column with title-white pixels between ``top`` and ``bottom``."""
    px = img.load()
    return [x for x in range(img.width) if any(min(px[x, y]) > 235 for y in range(top, bottom, 2))]


def test_arabic_card_is_right_aligned(demo_home, tmp_path):
    from streamer_app.export.card_text import W

    pad = 72
    ar, en = _card(demo_home, tmp_path, "ar"), _card(demo_home, tmp_path, "en")
    title_en, title_ar = _white_columns(en, 160, 215), _white_columns(ar, 160, 215)
    assert abs(title_en[0] - pad) < 12 and title_en[-1] < W - pad - 100  # English: from the left margin
    assert abs(title_ar[-1] - (W - pad)) < 12 and title_ar[0] > pad + 100  # Arabic: to the right margin
    # the coin beside the hero number moves to the right side too
    coin_en, coin_ar = en.getpixel((pad + 62 - 26, 400)), ar.getpixel((W - pad - 62 + 26, 400))
    assert coin_en[0] > 200 and coin_en[2] < 120 and coin_ar[0] > 200 and coin_ar[2] < 120
