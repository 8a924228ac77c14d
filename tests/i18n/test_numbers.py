"""Numbers, money and dates the creator's way (issue 19: "12.345 Münzen", "R$ 1.234,56", "١٢٬٣٤٥")."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from streamer_app.i18n import LANGUAGES, resolve, system_language
from streamer_app.i18n import numbers as n


@pytest.mark.parametrize("lang, text", [("en", "12,345"), ("de", "12.345"), ("pt_BR", "12.345"), ("ar", "١٢٬٣٤٥"),
                                        ("fr", "12\u202f345"), ("ja", "12,345"), ("tr", "12.345")])
def test_count(lang: str, text: str) -> None:
    assert n.count(12345, lang) == text


def test_money_in_the_locale() -> None:
    assert n.money(Decimal("1234.56"), "BRL", "pt_BR") == "R$\xa01.234,56"
    assert n.money(Decimal("1234.56"), "EUR", "de") == "1.234,56\xa0€"
    assert n.money(Decimal("0.125"), "USD", "en") == "$0.13"  # half up, as everywhere in the app


def test_fractions_round_half_up_in_every_language() -> None:
    for code in LANGUAGES:
        assert n.count(Decimal("154.5"), code) == n.count(155, code)


def test_dates() -> None:
    day = datetime(2026, 12, 6)
    assert n.date(day, "de") == "06.12.2026"
    assert "Dez" in n.date(day, "de", "long")
    assert "٢٠٢٦" in n.date(day, "ar")


@pytest.mark.parametrize("given, code", [("pt-BR", "pt_BR"), ("de_AT.UTF-8", "de"), ("pt_PT", "pt_BR"),
                                         ("ar_EG", "ar"), ("JA", "ja"), ("xx", None), ("", None)])
def test_resolve(given: str, code: str | None) -> None:
    found = resolve(given)
    assert (found.code if found else None) == code


def test_system_language_falls_back_to_english() -> None:
    assert system_language({"LANG": "sv_SE.UTF-8"}).code == "en"
    assert system_language({"LANG": "C", "LANGUAGE": "fr:en"}).code == "fr"


# The cases the overlays' Intl must write too (tests/overlay/test_browser_display_rules.py).
IN_LANGUAGE = json.loads((Path(__file__).parents[1] / "scenarios" / "display_rules.json")
                         .read_text(encoding="utf-8"))["in_language"]


@pytest.mark.parametrize("value, lang, text", IN_LANGUAGE["count"])
def test_count_as_the_overlays_write_it(value: float, lang: str, text: str) -> None:
    assert n.count(Decimal(str(value)), lang) == text


@pytest.mark.parametrize("amount, currency, lang, text", IN_LANGUAGE["money"])
def test_money_as_the_overlays_write_it(amount: str, currency: str, lang: str, text: str) -> None:
    assert n.money(Decimal(amount), currency, lang) == text


@pytest.mark.parametrize("seconds, lang, text", IN_LANGUAGE["countdown"])
def test_countdown_in_the_language_digits(seconds: float, lang: str, text: str) -> None:
    assert n.countdown(seconds, lang) == text


@pytest.mark.parametrize("whole, lang, text", IN_LANGUAGE["percent"])
def test_percent_in_the_locale(whole: int, lang: str, text: str) -> None:
    assert n.percent(whole, lang) == text


def test_a_currency_code_stands_apart_from_its_digits() -> None:
    """CLDR's currencySpacing: "USD 1,234.57" in es-MX, as ICU writes it; symbols stay close ("US$1.234,57")."""
    assert n.money(Decimal("1234.565"), "USD", "es") == "USD\xa01,234.57"
    assert n.money(Decimal("-2"), "EUR", "es") == "-EUR\xa02.00"
    assert n.money(Decimal("1234.56"), "USD", "id") == "US$1.234,56"


@pytest.mark.parametrize("value, lang, text", IN_LANGUAGE["compact"])
def test_compact_rounds_half_up_in_every_language(value: int, lang: str, text: str) -> None:
    assert n.compact(value, lang) == text
