"""A Twitch or YouTube paid message in a few words of the window's language ("500 Bits",
"5 gifted subs (Tier 1)", "Super Chat €5.00"), for the alert cards and the feed.

The engine's ``label`` (core/platform_income.describe) is English and stays so: the overlay
and the command line read it. The window says the same from the update's own fields, and
falls back to the label for a kind it does not know.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from .widgets import cash, num


def _tier(u: dict) -> str:
    tier = str(u.get("tier") or "")
    return tier[0] if tier[:1] in ("1", "2", "3") else ""


def _paid_amount(u: dict) -> str:
    """What the viewer paid, in their own currency, written in the window's language."""
    amount, currency = u.get("amount"), str(u.get("currency") or "")
    if not amount or not currency:
        return ""
    try:
        return cash(Decimal(str(amount)), currency.upper())
    except (InvalidOperation, ValueError):
        return f"{currency.upper()} {amount}"


def paid_words(u: dict) -> str:
    """The message's label in the window's language."""
    kind, units, tier = u.get("kind", ""), int(u.get("units") or 0), _tier(u)
    if kind == "bits":
        return (QCoreApplication.translate("PaidWords", "1 Bit") if units == 1 else QCoreApplication.translate("PaidWords", "{count} Bits").format(count=num(units)))
    if kind in ("sub", "resub"):
        if tier:
            return (QCoreApplication.translate("PaidWords", "New sub (Tier {tier})") if kind == "sub"
                    else QCoreApplication.translate("PaidWords", "Resub (Tier {tier})")).format(tier=num(int(tier)))
        return QCoreApplication.translate("PaidWords", "New sub") if kind == "sub" else QCoreApplication.translate("PaidWords", "Resub")
    if kind == "gift_subs" and units == 1:
        return (QCoreApplication.translate("PaidWords", "1 gifted sub (Tier {tier})").format(tier=num(int(tier))) if tier
                else QCoreApplication.translate("PaidWords", "1 gifted sub"))
    if kind == "gift_subs":
        if tier:
            return QCoreApplication.translate("PaidWords", "{count} gifted subs (Tier {tier})").format(count=num(units), tier=num(int(tier)))
        return QCoreApplication.translate("PaidWords", "{count} gifted subs").format(count=num(units))
    if kind in ("super_chat", "super_sticker"):
        paid = _paid_amount(u)
        if kind == "super_chat":
            return QCoreApplication.translate("PaidWords", "Super Chat {amount}").format(amount=paid) if paid else QCoreApplication.translate("PaidWords", "Super Chat")
        return QCoreApplication.translate("PaidWords", "Super Sticker {amount}").format(amount=paid) if paid else QCoreApplication.translate("PaidWords", "Super Sticker")
    if kind == "membership":
        return QCoreApplication.translate("PaidWords", "New member")
    if kind == "gift_memberships" and units == 1:
        return QCoreApplication.translate("PaidWords", "1 gifted membership")
    if kind == "gift_memberships":
        return QCoreApplication.translate("PaidWords", "{count} gifted memberships").format(count=num(units))
    return str(u.get("label") or kind)


def share_words(u: dict) -> str:
    """The creator's estimated share in the display currency, "" when it has no exchange rate."""
    earnings = u.get("earnings")
    if not earnings:
        return ""
    try:
        return cash(Decimal(str(earnings)), str(u.get("earnings_currency") or "USD"))
    except (InvalidOperation, ValueError):
        return ""
