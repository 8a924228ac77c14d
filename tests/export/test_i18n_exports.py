"""The exports in the creator's language (DESIGN.md section 4, "Language"; issue 19).

HTML and Markdown speak the language of ``--lang`` with its numbers, money and dates; the
HTML says its language and direction; JSON and CSV never change with the language.
"""

from __future__ import annotations

import json
from decimal import Decimal

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
