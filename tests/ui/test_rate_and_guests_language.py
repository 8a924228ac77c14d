"""The earnings card's rate ("0,5 Diamanten/Münze") and the tonight strip's guests, tooltip included,
in the window's language (issue 19): no English word and no English decimal point left."""

from __future__ import annotations

from streamer_app.ui import translation
from streamer_app.ui.tonight import guests_text
from streamer_app.ui.widgets import rate_text

GUESTS = {"coins": 5310, "gifts": 13, "by_guest": [
    {"user_id": "101", "handle": "guest.mia", "nickname": "Guest Mia", "coins": 5014, "gifts": 12},
    {"user_id": "102", "handle": "guest.leo", "nickname": "Guest Leo", "coins": 296, "gifts": 1}]}


def test_rate_and_guests_in_german_and_arabic(qapp):
    try:
        translation.install(qapp, "de")
        assert rate_text("0.5") == "0,5" and rate_text("0.4875") == "0,4875"
        text, tip = guests_text(GUESTS)
        assert text == "Guest Mia 5.014  ·  Guest Leo 296 Münzen"
        assert tip.splitlines() == [
            "Geschenke deiner Zuschauer an deine Gäste (Multi-Gast- und Co-Host-LIVEs).",
            "Das sind Einnahmen der Gäste: nicht in deinen Münzen, Diamanten, Einnahmen oder Auszahlungsschwellen.",
            "", "Guest Mia: 5.014 Münzen, 12 Geschenke", "Guest Leo: 296 Münzen, 1 Geschenk"]
        translation.install(qapp, "ar")
        assert rate_text("0.5") == "٠٫٥"
        text, tip = guests_text(GUESTS)
        assert "٥٬٠١٤" in text and "coins" not in text and "coins" not in tip and "gift" not in tip
    finally:
        translation.install(qapp, "en")
    assert rate_text("0.5") == "0.5"
    text, tip = guests_text(GUESTS)
    assert text == "Guest Mia 5,014  ·  Guest Leo 296 coins"
    assert tip.splitlines()[-2:] == ["Guest Mia: 5,014 coins, 12 gifts", "Guest Leo: 296 coins, 1 gift"]
