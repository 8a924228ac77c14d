"""The HTML report's headings and short words, translated once per report (context "Report")."""

from __future__ import annotations

from html import escape

from ..i18n import translate


def words() -> dict[str, str]:
    """The report's headings and short words in the current language, escaped for HTML (marked here:
    lupdate does not look inside f-strings)."""
    return {key: escape(text) for key, text in {
        "Gifter": translate("Report", "Gifter"),
        "Coins": translate("Report", "Coins"),
        "Gifts to guests": translate("Report", "Gifts to guests"),
        "Guest": translate("Report", "Guest"),
        "Gifts": translate("Report", "Gifts"),
        "By platform": translate("Report", "By platform"),
        "Platform": translate("Report", "Platform"),
        "Income": translate("Report", "Income"),
        "Est.": translate("Report", "Est."),
        "Sessions": translate("Report", "Sessions"),
        "balance since the last withdrawal (est.)": translate("Report", "balance since the last withdrawal (est.)"),
        "coins per day, last 14 days": translate("Report", "coins per day, last 14 days"),
        "day(s) to withdraw it at the daily cap": translate("Report", "day(s) to withdraw it at the daily cap"),
        "Thresholds apply": translate("Report", "Thresholds apply to the balance since your last recorded "
                                                "withdrawal, across sessions."),
        "Projected dates": translate("Report", "Projected dates assume the average coins per day of the last 14 "
                                               "days continues."),
        "Payout planner": translate("Report", "Payout planner"),
        "Connection gaps": translate("Report", "Connection gaps"),
        "No gifts counted.": translate("Report", "No gifts counted."),
        "All guests": translate("Report", "All guests"),
        "coins": translate("Report", "coins"),
        "estimated earnings": translate("Report", "estimated earnings"),
        "reached": translate("Report", "reached"),
        "ahead": translate("Report", "ahead"),
        "complete": translate("Report", "complete"),
        "Diamonds per coin": translate("Report", "Diamonds per coin"),
        "USD per diamond": translate("Report", "USD per diamond"),
        "Top gifters": translate("Report", "Top gifters"),
        "Gifts by type": translate("Report", "Gifts by type"),
        "Coins per gift.": translate("Report", "Coins per gift."),
        "summary": translate("Report", "summary"),
        "no recent income to project from": translate("Report", "no recent income to project from"),
        "Connection": translate("Report", "Connection"),
        "Rates used": translate("Report", "Rates used"),
        "Display currency": translate("Report", "Display currency"),
        "Estimated earnings": translate("Report", "Estimated earnings"),
        "Viewers pay per coin": translate("Report", "Viewers pay per coin"),
    }.items()}
