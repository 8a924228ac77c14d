"""Numbers, money and dates written the creator's way, with Babel's CLDR data.

"12.345 Münzen" in German, "R$ 1.234,56" in Brazil, "١٢٬٣٤٥" in Arabic. Rounding is the
app's own (half up, core/formatting.py) before Babel writes the digits, so a figure
reads the same in every language, only written differently; the overlays do the same
with ``Intl.NumberFormat`` (tests/scenarios/display_rules.json keeps both in step).
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import (format_compact_decimal, format_currency, format_decimal, format_percent,
                           get_currency_symbol)

from ..core import formatting
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


def _symbols(text: str, lang: Language, sign: str, name: str) -> str:
    """``sign`` written as the numbering system's own (Babel keeps the Latin "%" and "-" where
    ICU writes Arabic's "٪؜" and "؜-", the overlays' Intl among them)."""
    if lang.numbers == "latn" or sign not in text:
        return text
    own = _locale(lang).number_symbols.get(lang.numbers, {}).get(name)
    return text.replace(sign, own) if own else text


def _lang(code: str | Language) -> Language:
    return code if isinstance(code, Language) else LANGUAGES[code]


def count(n: int | float | Decimal, lang: str | Language) -> str:
    """A whole number with the locale's grouping: 12345 -> "12.345" (de), "١٢٬٣٤٥" (ar)."""
    language = _lang(lang)
    q = n if isinstance(n, int) else _half_up(n)
    if q is None:
        return str(n)
    text = format_decimal(q, locale=_locale(language), numbering_system=language.numbers)
    return _digits(_symbols(text, language, "-", "minusSign"), language)


def money(amount: Decimal | float, currency: str, lang: str | Language) -> str:
    """Cents rounded half up, then written by the locale: "R$ 1.234,56", "1.234,56 €", "US$1,234.56"."""
    language = _lang(lang)
    q = _half_up(amount, "0.01")
    if q is None:
        return f"{amount} {currency}"
    text = format_currency(q, currency, locale=_locale(language), numbering_system=language.numbers)
    symbol = get_currency_symbol(currency, locale=_locale(language))
    text = _currency_spacing(text, symbol)
    if language.rtl and any("a" <= c.lower() <= "z" for c in symbol):
        # "US$" in a right-to-left line: its "$" (a neutral) would take the line's direction and read
        # "$US"; a left-to-right mark after it keeps the symbol whole (the overlays do the same).
        text = text.replace(symbol, symbol + "\u200e", 1)
    return _digits(text, language)


def _currency_spacing(text: str, symbol: str) -> str:
    """CLDR's currencySpacing, which Babel leaves out and ICU (the overlays' Intl) applies: a symbol
    that ends in a letter ("USD" in es-MX) stands a no-break space from its digits, "USD 1,234.57"."""
    at = text.find(symbol)
    if not symbol or at < 0:
        return text
    end = at + len(symbol)

    def wordy(ch: str) -> bool:  # CLDR: [[:^S:]&[:^Z:]], not a symbol and not a space
        return not unicodedata.category(ch).startswith(("S", "Z"))

    if end < len(text) and text[end].isdigit() and wordy(symbol[-1]):
        text = text[:end] + "\u00a0" + text[end:]
    if at > 0 and text[at - 1].isdigit() and wordy(symbol[0]):
        text = text[:at] + "\u00a0" + text[at:]
    return text


def decimal(value: Decimal | float | str, lang: str | Language) -> str:
    """A rate as given, in the locale: "0.5" -> "0,5" (pt_BR, de), "٠٫٥" (ar); its own digits kept."""
    language = _lang(lang)
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value))
    except ArithmeticError:
        return str(value)
    if not d.is_finite():
        return str(value)
    places = max(0, -d.normalize().as_tuple().exponent)  # type: ignore[operator]
    text = format_decimal(d, format="#,##0." + "#" * places if places else "#,##0",
                          locale=_locale(language), numbering_system=language.numbers)
    return _digits(_symbols(text, language, "-", "minusSign"), language)


def compact(n: int | float | Decimal, lang: str | Language) -> str:
    """A short figure for tight places: "2,3 Mio." (de), "145万" (ja), "٢٫٣ مليون" (ar); half up, as
    core/formatting.compact and the overlays' Intl round (Babel alone rounds half to even: "2,2 Mio.").
    Where CLDR has no short form for the size (German thousands), the whole figure."""
    language = _lang(lang)
    with localcontext() as ctx:
        ctx.rounding = ROUND_HALF_UP
        text = format_compact_decimal(Decimal(str(n)), locale=_locale(language), fraction_digits=1,
                                      numbering_system=language.numbers)
    if not any(ch.isalpha() for ch in text):
        return count(n, language)
    return _digits(text, language)


def countdown(seconds: float, lang: str | Language) -> str:
    """A countdown's time left (core/formatting.countdown) in the language's digits: "١:٠٢:٠٣" (ar)."""
    return _digits(formatting.countdown(seconds), _lang(lang))


def percent(whole: int, lang: str | Language) -> str:
    """A whole percentage the locale's way: 42 -> "42 %" (de), "%42" (tr), "٤٢٪" (ar)."""
    language = _lang(lang)
    text = format_percent(Decimal(int(whole)) / 100, locale=_locale(language), numbering_system=language.numbers)
    return _digits(_symbols(_symbols(text, language, "-", "minusSign"), language, "%", "percentSign"), language)


def date(when: datetime, lang: str | Language, style: str = "medium") -> str:
    """A day the locale's way: "6. Dez. 2026" (de), "6 de dez. de 2026" (pt_BR)."""
    language = _lang(lang)
    return _digits(format_date(when, format=style, locale=_locale(language)), language)


def date_time(when: datetime, lang: str | Language, style: str = "medium") -> str:
    language = _lang(lang)
    return _digits(format_datetime(when, format=style, locale=_locale(language)), language)
