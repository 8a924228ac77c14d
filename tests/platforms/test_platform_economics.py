"""Twitch and YouTube rates, exchange rates and payout thresholds: exact, and refused in words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from streamer_app import settings as sm
from streamer_app.core.economics import (
    DEFAULT_THRESHOLDS, RateProfile, Threshold, parse_exchange_rates, platform_payouts, tiktok_thresholds,
)
from streamer_app.core.platform_income import PaidTally, describe, platform_earnings, total_earnings

from .scripted import GIFTER, VIEWER, YT_FAN, paid


def test_exchange_rates_parse_exactly_and_refuse_bad_text():
    assert parse_exchange_rates("eur=1.08; JPY = 0.0064,") == (("EUR", Decimal("1.08")), ("JPY", Decimal("0.0064")))
    for bad, words in (("EUR 1.08", "CODE=rate"), ("EURO=1", "three-letter"), ("EUR=0", "greater than zero"),
                       ("EUR=1, eur=2", "given twice"), ("EUR=abc", "must be a number")):
        with pytest.raises(ValueError, match=words):
            parse_exchange_rates(bad)


def test_conversion_is_exact_decimal_and_rounded_once():
    rates = RateProfile(currency="EUR", usd_to_currency=Decimal("0.92"), exchange_rates="GBP=1.17, JPY=0.0061")
    t = PaidTally()
    # Three Super Chats of GBP 0.01 each: 70 % = 0.007 each, 0.00819 EUR each; summed first, then rounded.
    for i in range(3):
        t.add(paid("youtube", f"m{i}", "super_chat", YT_FAN, i, amount_micros=10_000, currency="GBP"))
    t.add(paid("youtube", "m9", "super_chat", YT_FAN, 9, amount_micros=1_000_000_000, currency="JPY"))
    e = platform_earnings(t, rates)
    assert e.money == Decimal("0.03") * Decimal("0.7") * Decimal("1.17") + Decimal(1000) * Decimal("0.7") * Decimal(
        "0.0061")
    assert e.unconverted == ()
    assert total_earnings(0, t, rates)[0] == Decimal("4.29")  # 0.02457 + 4.27 = 4.29457


def test_an_unknown_currency_is_kept_and_named_in_one_sentence():
    t = PaidTally()
    t.add(paid("youtube", "a", "super_chat", YT_FAN, 1, amount_micros=2_000_000, currency="BRL"))
    t.add(paid("youtube", "b", "super_sticker", YT_FAN, 2, amount_micros=1_000_000, currency="brl"))
    t.add(paid("youtube", "c", "super_chat", YT_FAN, 3, amount_micros=5_000_000, currency="USD"))
    e = platform_earnings(t, RateProfile())
    assert e.rounded == Decimal("3.50") and e.unconverted == (("BRL", Decimal("2.1")),)
    message = e.message("USD")
    assert message is not None and message.count("BRL") == 3 and "kept" in message
    assert platform_earnings(t, RateProfile(exchange_rates="BRL=0.2")).unconverted == ()


def test_twitch_subs_are_priced_by_tier_and_gifted_subs_count_for_the_gifter():
    t = PaidTally()
    t.add(paid("twitch", "1", "gift_subs", GIFTER, 1, units=10, tier="2000"))
    t.add(paid("twitch", "2", "resub", VIEWER, 2, tier="3000", units=36))  # units of a resub: one sub
    t.add(paid("twitch", "3", "bits", VIEWER, 3, units=250))
    assert (t.subs, t.gifted_subs, t.supporters["twitch:1337"].subs) == (11, 10, 10)
    rates = RateProfile(twitch_sub_share=Decimal("0.6"))
    assert platform_earnings(t, rates).money == Decimal("2.5") + (10 * Decimal("9.99") + Decimal("24.99")) * Decimal(
        "0.6")
    assert describe(paid("twitch", "4", "gift_subs", GIFTER, units=1, tier="1000")) == "1 gifted sub (Tier 1)"


def test_rates_and_exchange_rates_round_trip_through_the_settings_file(tmp_path):
    s = sm.Settings(rates=RateProfile(exchange_rates="EUR=1.08", twitch_sub_share=Decimal("0.7")))
    sm.save(tmp_path, s)
    back = sm.load(tmp_path)
    assert back.rates.exchange_rates == (("EUR", Decimal("1.08")),)
    assert back.rates.twitch_sub_share == Decimal("0.7")
    assert [t.platform for t in back.thresholds] == [t.platform for t in DEFAULT_THRESHOLDS]


@pytest.mark.parametrize("key, value, words", [
    ("twitch_sub_share", "1.5", "at most 1"),
    ("youtube_paid_share", "-0.1", "greater than zero"),
    ("exchange_rates", "EUR:1", "CODE=rate"),
])
def test_a_bad_platform_rate_is_refused_with_its_name(tmp_path, key, value, words):
    (tmp_path / sm.SETTINGS_FILE).write_text(f'{{"rates": {{"{key}": "{value}"}}}}', encoding="utf-8")
    with pytest.raises(sm.SettingsError, match=words) as err:
        sm.load(tmp_path)
    assert err.value.key == f"rates.{key}"


def test_platform_thresholds_are_money_and_measured_against_their_own_platform():
    with pytest.raises(ValueError, match="Twitch threshold: its unit is money"):
        Threshold("Twitch goal", Decimal(10), "coins", "USD", "twitch")
    with pytest.raises(ValueError, match="platform"):
        Threshold("Kick goal", Decimal(10), "money", "USD", "kick")
    assert [t.platform for t in tiktok_thresholds(DEFAULT_THRESHOLDS)] == ["tiktok"] * 3
    rates = RateProfile(currency="EUR", usd_to_currency=Decimal("0.5"))
    eur = Threshold("YouTube in euros", Decimal(35), "money", "EUR", "youtube")
    twitch, youtube, in_eur = platform_payouts(
        {"twitch": Decimal("60"), "youtube": Decimal("35")}, [*DEFAULT_THRESHOLDS, eur], rates)
    assert twitch.reached and twitch.threshold.amount == 50
    assert not youtube.reached and youtube.fraction == pytest.approx(0.35)
    assert in_eur.target_usd == Decimal(70) and in_eur.fraction == pytest.approx(0.5)


def test_one_messages_earnings_are_those_of_a_tally_holding_only_it():
    from streamer_app.core.platform_income import event_earnings

    rates = RateProfile(currency="EUR", usd_to_currency=Decimal("0.92"), exchange_rates="GBP=1.17")
    for e in [paid("twitch", "1", "bits", VIEWER, units=333), paid("twitch", "2", "resub", VIEWER, tier="2000"),
              paid("twitch", "3", "gift_subs", GIFTER, units=7, tier="3000"),
              paid("youtube", "4", "super_chat", YT_FAN, amount_micros=1_990_000, currency="gbp"),
              paid("youtube", "5", "super_sticker", YT_FAN, amount_micros=990_000, currency="BRL"),
              paid("youtube", "6", "membership", YT_FAN), paid("youtube", "7", "gift_memberships", YT_FAN, units=5),
              paid("youtube", "8", "membership", YT_FAN, amount_micros=2_990_000, currency="USD")]:
        t = PaidTally()
        t.add(e)
        whole, one = platform_earnings(t, rates), event_earnings(e, rates)
        assert (one.money, one.unconverted) == (whole.money, whole.unconverted), e.kind


def test_the_goal_overlay_measures_only_tiktok_thresholds_in_coins():
    from streamer_app.overlay.server import _thresholds

    names = [t["name"] for t in _thresholds(sm.Settings())]
    assert names == [t.name for t in tiktok_thresholds(DEFAULT_THRESHOLDS)]
