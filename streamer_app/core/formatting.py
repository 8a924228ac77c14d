"""Human formatting shared by the window, overlays and exports."""

from __future__ import annotations

import math

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "BRL": "R$", "INR": "₹", "AUD": "A$", "CAD": "C$"}


def money(amount: Decimal | float, currency: str) -> str:
    """"$1,234.50", "-$0.13", "12.50 CHF": cents round half up, as everywhere (and in overlay.js).

    (Decimal's own formatting rounds half to even: $0.125 read $0.12 here and $0.13 on the
    overlays, tests/scenarios/display_rules.json keeps the two in step.)
    """
    q = _half_up(amount, "0.01")
    if q is None:
        return f"{amount} {currency}"
    sign, sym, text = "-" if q < 0 else "", SYMBOLS.get(currency), f"{abs(q):,.2f}"
    return f"{sign}{sym}{text}" if sym else f"{sign}{text} {currency}"


def _half_up(n: int | float | Decimal, places: str = "1") -> Decimal | None:
    """``n`` rounded half up (154.5 -> 155), as the overlay's Math.round does; None if not finite.

    Python's own formatting rounds half to even (154.5 -> 154): an estimate of 309 coins at
    0.5 diamonds per coin then read 154 diamonds beside $1.55 (154.5 diamonds at $0.01).
    """
    try:
        d = n if isinstance(n, Decimal) else Decimal(str(n))  # str: the float's shortest repr
        if not d.is_finite():
            return None
        q = d.quantize(Decimal(places), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return None
    return q if q else abs(q)  # never "-0"


def count(n: int | float | Decimal) -> str:
    """A whole number with thousands separators; fractions round half up."""
    if isinstance(n, int):
        return f"{n:,}"
    q = _half_up(n)
    return f"{n:,.0f}" if q is None else f"{q:,}"


def compact(n: int | float | Decimal) -> str:
    """1,234 -> 1.2K; used where space is tight (alert cards, overlays). Rounds half up."""
    d = n if isinstance(n, Decimal) else Decimal(str(float(n)))
    if not d.is_finite():
        return count(n)
    for limit, suffix in ((10**9, "B"), (10**6, "M"), (10**3, "K")):
        if abs(d) >= limit:
            q = _half_up(d / limit, "0.1")
            text = f"{float(d) / limit:.1f}" if q is None else f"{q:f}"  # None: beyond Decimal's precision
            return text.rstrip("0").rstrip(".") + suffix
    return count(d)


def duration(seconds: float) -> str:
    s = int(max(0, seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def countdown(seconds: float) -> str:
    """A countdown's time left: whole seconds rounded up (it reads 0:01 until it is over), H:MM:SS
    from an hour on. The subathon timer's page repeats it (overlay.js ``SA.countdown``)."""
    s = max(0, math.ceil(round(float(seconds), 3))) if math.isfinite(float(seconds)) else 0
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"
