"""Numbers, money and dates written the creator's way, with Babel's CLDR data.

"12.345 Münzen" in German, "R$ 1.234,56" in Brazil, "١٢٬٣٤٥" in Arabic. Rounding is the
app's own (half up, core/formatting.py) before Babel writes the digits, so a figure
reads the same in every language, only written differently; the overlays do the same
with ``Intl.NumberFormat`` (tests/scenarios/display_rules.json keeps both in step).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from ..core.formatting import _half_up
from .languages import LANGUAGES, Language

# CLDR's digits of the numbering systems our languages use (Babel writes separators in
# them but always Western digits).
_DIGITS = {"arab": "٠١٢٣٤٥٦٧٨٩"}


@lru_cache(maxsize=None)
def _locale(lang: Language) -> Locale:
    return Locale.parse(lang.locale)


def _digits(text: str, lang: Language) -> str:
    digits = _DIGITS.get(lang.numbers)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def _lang(code: str | Language) -> Language:
    return code if isinstance(code, Language) else LANGUAGES[code]


def count(n: int | float | Decimal, lang: str | Language) -> str:
    """A whole number with the locale's grouping: 12345 -> "12.345" (de), "١٢٬٣٤٥" (ar)."""
    language = _lang(lang)
    q = n if isinstance(n, int) else _half_up(n)
    if q is None:
        return str(n)
    return _digits(format_decimal(q, locale=_locale(language), numbering_system=language.numbers), language)


def money(amount: Decimal | float, currency: str, lang: str | Language) -> str:
    """Cents rounded half up, then written by the locale: "R$ 1.234,56", "1.234,56 €", "US$1,234.56"."""
    language = _lang(lang)
    q = _half_up(amount, "0.01")
    if q is None:
        return f"{amount} {currency}"
    text = format_currency(q, currency, locale=_locale(language), numbering_system=language.numbers)
    return _digits(text, language)


def date(when: datetime, lang: str | Language, style: str = "medium") -> str:
    """A day the locale's way: "6. Dez. 2026" (de), "6 de dez. de 2026" (pt_BR)."""
    language = _lang(lang)
    return _digits(format_date(when, format=style, locale=_locale(language)), language)


def date_time(when: datetime, lang: str | Language, style: str = "medium") -> str:
    language = _lang(lang)
    return _digits(format_datetime(when, format=style, locale=_locale(language)), language)
