"""Numbers, money and dates of the exports in the creator's language (DESIGN.md section 4).

English keeps the app's own formatting (core/formatting.py), so English reports read as they
always have; every other language is written by Babel's CLDR data (i18n/numbers.py).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from ..core import formatting
from ..core.economics import Threshold
from ..i18n import QT_TRANSLATE_NOOP, current, shown, translate
from ..i18n import numbers


def code() -> str:
    return current().code


def english() -> bool:
    return code() == "en"


def count(n: int | float | Decimal) -> str:
    return formatting.count(n) if english() else numbers.count(n, code())


def money(amount: Decimal | float, currency: str) -> str:
    return formatting.money(amount, currency) if english() else numbers.money(amount, currency, code())


def percent(fraction: float) -> str:
    """0.42 -> "42%" (en), "42 %" (de, fr), "٤٢٪" (ar)."""
    if english():
        return f"{fraction:.0%}"
    from babel.numbers import format_percent

    lang = current()
    return numbers._digits(format_percent(fraction, locale=numbers._locale(lang),
                                          numbering_system=lang.numbers), lang)


def day(when: datetime, english_format: str, style: str = "medium") -> str:
    """A date: ``english_format`` (strftime) in English, the locale's ``style`` otherwise."""
    return when.strftime(english_format) if english() else numbers.date(when, code(), style)


def clock(when: datetime, english_format: str = "%H:%M") -> str:
    if english():
        return when.strftime(english_format)
    from babel.dates import format_time

    lang = current()
    fmt = "HH:mm:ss" if "%S" in english_format else "HH:mm"
    return numbers._digits(format_time(when, fmt, locale=numbers._locale(lang)), lang)


def digits(text: str) -> str:
    """Western digits of an already-formatted figure (a duration "1:02:03") in the language's digits."""
    return text if english() else numbers._digits(text, current())


def compact(n: int | float | Decimal) -> str:
    """A short figure for tight places (the card's tiles): "1.6K" (en), "1,6 mil" (es), "5.1万" (ja);
    German thousands in full ("51.322": CLDR has no short form for them). i18n/numbers.compact,
    half up like every other figure."""
    return formatting.compact(n) if english() else numbers.compact(n, code())


# The default thresholds' names (core/economics.py DEFAULT_THRESHOLDS), translated where shown;
# a name the creator typed is theirs and stays as typed.
_THRESHOLD_NAMES = frozenset((
    QT_TRANSLATE_NOOP("Report", "First cash-out"), QT_TRANSLATE_NOOP("Report", "Withdrawal minimum"),
    QT_TRANSLATE_NOOP("Report", "My goal"), QT_TRANSLATE_NOOP("Report", "Twitch payout minimum"),
    QT_TRANSLATE_NOOP("Report", "YouTube (AdSense) payment threshold"),
))


def threshold_name(name: str) -> str:
    return shown("Report", name) if name in _THRESHOLD_NAMES else name


def threshold_label(th: Threshold) -> str:
    """"Withdrawal minimum: USD 100.00" in the creator's language (English keeps core's label)."""
    if english():
        return th.label()
    if th.platform != "tiktok":
        from ..core.economics import PLATFORM_NAMES

        amount = f"{threshold_name(th.name)} ({PLATFORM_NAMES[th.platform]}): {money(th.amount, th.currency)}"
        return amount
    if th.unit == "money":
        return f"{threshold_name(th.name)}: {money(th.amount, th.currency)}"
    unit = {"coins": translate("Report", "{count} coins"), "diamonds": translate("Report", "{count} diamonds")}
    return f"{threshold_name(th.name)}: " + unit.get(th.unit, "{count} " + th.unit).format(count=count(th.amount))


def plain_number(value: Decimal) -> str:
    """A rate as typed ("0.5", "0.0143"), with the locale's decimal sign and digits."""
    text = f"{value.normalize():f}"
    if english():
        return text
    from babel.numbers import get_decimal_symbol

    lang = current()
    return numbers._digits(text.replace(".", get_decimal_symbol(numbers._locale(lang), numbering_system=lang.numbers)), lang)


# The comma between the items of a list, where a language writes its own (CLDR list patterns).
_LIST_SEPARATORS = {"ar": "، ", "ja": "、"}


def joined(items: list[str]) -> str:
    """Items of a list ("BRL 100.00, EUR 25.00") with the language's comma."""
    return _LIST_SEPARATORS.get(code(), ", ").join(items)
