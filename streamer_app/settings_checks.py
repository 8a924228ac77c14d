"""How the settings registry's rows read and check a value: the parsers (what was typed -> the
value; a ValueError's text is the sentence shown) and the rules beyond limits and choices, each
refusal a whole sentence in the creator's language (``translate``, context "Settings").

Qt-free; ``settings_fields.FIELDS`` names them in its rows.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .core.economics import RateError, RateProfile, Threshold, parse_exchange_rates
from .i18n import current, shown, translate

if TYPE_CHECKING:
    from .settings import Settings

HANDLE_RE = re.compile(r"^@?[A-Za-z0-9_.]{2,24}$")
Rule = Callable[[Any, "Settings"], "str | None"]  # (value, all settings) -> the refusal, or None


def show(value: Any) -> str:
    """A value for an error sentence, cut short: a damaged file can hold megabytes in one key."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# The rows' texts are marked with QT_TRANSLATE_NOOP where they are written, and shown translated.
marked_above = shown


def said(sentence: str, **values: Any) -> str:
    """A refusal already in the creator's language, filled in with each value as ``show`` writes it."""
    return sentence.format(**{k: show(v) for k, v in values.items()})


# -- parsers: what was typed -> the value; a ValueError's text is the sentence shown --------
def text(typed: str) -> str:
    return typed.strip()


def same(value: Any) -> Any:
    return value


def whole(typed: str) -> int:
    try:
        return int(typed.strip())
    except ValueError:
        raise ValueError(said(translate("Settings", "{typed} is not a whole number"), typed=typed.strip())) from None


def number(typed: str) -> float:
    try:
        return float(typed.strip())
    except ValueError:
        raise ValueError(said(translate("Settings", "{typed} is not a number"), typed=typed.strip())) from None


def decimal(typed: str) -> Decimal:
    """An exact number; thousands separators typed as commas are ignored."""
    try:
        d = Decimal(typed.strip().replace(",", ""))
    except Exception:
        raise ValueError(said(translate("Settings", "{typed} is not a number"), typed=typed)) from None
    if not d.is_finite():
        raise ValueError(said(translate("Settings", "{typed} is not a number"), typed=typed))
    return d


def show_number(value: float) -> str:
    """1.0 as "1", 0.5 as "0.5": a number as people type it."""
    return f"{value:g}"


def words(typed: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in typed.split(",") if w.strip())


def show_words(value: tuple[str, ...]) -> str:
    return ", ".join(value)


def folder(typed: str) -> str:
    """A folder typed in: one that exists as a file is refused now, not when the export fails."""
    typed = typed.strip()
    p = Path(typed).expanduser()
    if typed and p.exists() and not p.is_dir():
        raise ValueError(translate("Settings", "{path} is a file, not a folder: choose a folder").format(path=p))
    return typed


def rate_refusal(exc: ValueError, path: str = "") -> str:
    """A refused rate (``core.economics.RateError``) in the creator's language. Other languages
    name the rate by its label (``path``'s row); English keeps the words it has always printed."""
    if not isinstance(exc, RateError):
        return str(exc)
    values = dict(exc.values)
    if "code" in values and "name" in values:
        values["name"] = translate("Settings", "the exchange rate of {code}").format(code=values["code"])
    elif "threshold" in values and "name" in values:
        values["name"] = translate("Settings", "the amount of {threshold}").format(threshold=values["threshold"])
    elif "name" in values:
        from .settings_fields import BY_PATH  # (the registry names this module's parsers)

        row = BY_PATH.get(path)
        label = row.label if row is not None and current().code != "en" else str(values["name"])
        values["name"] = marked_above("Settings", label)
    return marked_above("Settings", exc.template).format(**values)


def rate(name: str) -> Callable[[str], Decimal]:
    """A parser for one rate, checked alone (``RateProfile``'s own rule) so its error lands on its field."""
    def parse(typed: str) -> Decimal:
        value = decimal(typed)
        alone: dict[str, Any] = {name: value}
        try:
            RateProfile(**alone)
        except RateError as exc:
            raise ValueError(rate_refusal(exc, f"rates.{name}")) from None
        return value
    return parse


def exchange_rates(typed: str) -> tuple[tuple[str, Decimal], ...]:
    """"EUR=1.08, JPY=0.0064": one unit of each currency in the display currency."""
    try:
        return parse_exchange_rates(typed)
    except RateError as exc:
        raise ValueError(rate_refusal(exc)) from None


def currency(typed: str) -> str:
    try:
        return RateProfile(currency=typed.strip()).currency
    except RateError as exc:
        raise ValueError(rate_refusal(exc, "rates.currency")) from None


# -- rules beyond limits and choices -----------------------------------------------------
def rate_limits(name: str) -> Rule:
    def rule(value: Decimal, s: Settings) -> str | None:
        alone: dict[str, Any] = {name: value}
        try:
            RateProfile(**alone).check_limits()
        except ValueError as exc:
            return rate_refusal(exc, f"rates.{name}")
        return None
    return rule


def exchange_limits(value: tuple[tuple[str, Decimal], ...], s: Settings) -> str | None:
    try:
        RateProfile(exchange_rates=value).check_limits()
    except ValueError as exc:
        return rate_refusal(exc)
    return None


def tiktok_handle(value: str, s: Settings) -> str | None:
    creator = value.strip()
    if creator and not HANDLE_RE.match(creator):
        return said(translate("Settings", "{value} is not a TikTok @handle (2-24 letters, digits, '_' or '.')"),
                    value=creator)
    return None


def distinct_thresholds(value: tuple[Threshold, ...], s: Settings) -> str | None:
    names = [t.name.strip().lower() for t in value]
    if len(set(names)) != len(names):
        return translate("Settings", "two thresholds have the same name")
    for t in value:
        try:
            t.in_coins(s.rates)
        except ValueError as exc:  # a currency that cannot be converted
            return rate_refusal(exc)
    return None


def colour(value: str, s: Settings) -> str | None:
    if re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return None
    return said(translate("Settings", "{value} is not a colour like #00b140"), value=value)


def token_strength(value: str, s: Settings) -> str | None:
    if value and len(value) < 22:
        return translate("Settings", "a token must carry at least 128 bits (22 characters)")
    return None


def obs_host(value: str, s: Settings) -> str | None:
    host = value.strip()
    if not host:
        return translate("Settings", "type the computer OBS runs on: 127.0.0.1 when it is this one")
    if "://" in host or "/" in host or any(c.isspace() for c in host):
        return said(translate("Settings", "{value} is not a host name or IP address (type it without ws:// or a port)"),
                    value=host)
    return None


def existing_file(value: str, s: Settings) -> str | None:
    path = Path(value.strip()).expanduser() if value.strip() else None
    if path is not None and not path.is_file():
        return translate("Settings", "{path} is not a file: choose the JSON you downloaded for your OAuth client").format(
            path=value.strip())
    return None


def formats_when_folder(value: tuple[str, ...], s: Settings) -> str | None:
    if s.auto_export_dir.strip() and not value:
        return translate("Settings", "Tick at least one format, or clear the folder to turn automatic export off.")
    return None
