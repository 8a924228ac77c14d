"""Human formatting shared by the window, overlays and exports."""

from __future__ import annotations

from decimal import Decimal

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "BRL": "R$", "INR": "₹", "AUD": "A$", "CAD": "C$"}


def money(amount: Decimal | float, currency: str) -> str:
    sym = SYMBOLS.get(currency)
    text = f"{Decimal(str(amount)):,.2f}"
    return f"{sym}{text}" if sym else f"{text} {currency}"


def count(n: int | float) -> str:
    return f"{n:,.0f}"


def compact(n: int | float) -> str:
    """1,234 -> 1.2K; used where space is tight (alert cards, overlays)."""
    n = float(n)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= limit:
            return f"{n / limit:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{n:,.0f}"


def duration(seconds: float) -> str:
    s = int(max(0, seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"
