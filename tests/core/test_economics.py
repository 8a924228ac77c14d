from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from streamer_app.core.economics import (
    DEFAULT_THRESHOLDS, RateProfile, Threshold, calibrated_diamonds_per_coin, plan_payouts, recent_coins_per_day,
)
from streamer_app.core.formatting import compact, duration, money

NOW = datetime(2026, 11, 1, 12, tzinfo=timezone.utc)


def test_defaults_follow_the_documented_rates():
    r = RateProfile()
    assert r.diamonds(1000) == Decimal("500.0")
    assert r.usd(1000) == Decimal("5.000")  # a coin earns about USD 0.005
    assert r.earnings(1234) == Decimal("6.17")
    assert r.viewers_spent(7000) == Decimal("100.10")


def test_display_currency_uses_the_users_exchange_rate():
    r = RateProfile(currency="eur", usd_to_currency="0.9")
    assert r.currency == "EUR"
    assert r.earnings(1000) == Decimal("4.50")


@pytest.mark.parametrize("kw, words", [
    ({"diamonds_per_coin": 0}, "greater than zero"),
    ({"diamonds_per_coin": "1.5"}, "at most 1"),
    ({"usd_per_diamond": "abc"}, "must be a number"),
    ({"usd_to_currency": "NaN"}, "finite"),
    ({"currency": "EURO"}, "three-letter"),
    ({"usd_to_currency": "1e400"}, "at most 1,000,000,000"),  # once a traceback at the first rounding
    ({"usd_per_diamond": "2"}, "at most 1"),
])
def test_bad_rates_are_refused_with_a_reason(kw, words):
    with pytest.raises(ValueError, match=words):
        RateProfile(**kw).check_limits()


def test_rates_stored_before_the_limits_still_read_back():
    """A session saved with a rate above today's limit must still open (it was accepted then)."""
    stored = RateProfile.from_dict({"usd_to_currency": "2000000000"})
    assert stored.earnings(1000) == Decimal("10000000000.00")


def test_thresholds_in_every_unit_convert_to_coins():
    r = RateProfile()
    assert Threshold("a", 1000, "coins").in_coins(r) == 1000
    assert Threshold("b", 500, "diamonds").in_coins(r) == 1000
    assert Threshold("c", 100, "money", "USD").in_coins(r) == 20000
    eur = RateProfile(currency="EUR", usd_to_currency="0.5")
    assert Threshold("d", 50, "money", "EUR").in_coins(eur) == 20000
    with pytest.raises(ValueError, match="only USD and the display currency"):
        Threshold("e", 5, "money", "GBP").in_coins(eur)


def test_payout_plan_projects_dates_at_the_recent_rate():
    plan = plan_payouts(500, RateProfile(), DEFAULT_THRESHOLDS, coins_per_day=250, now=NOW)
    first, minimum, goal = plan.progress
    assert first.fraction == 0.5 and not first.reached
    assert first.projected_at.date().isoformat() == "2026-11-03"  # 500 more coins at 250/day
    assert minimum.projected_at.date().isoformat() == "2027-01-18"  # 19,500 coins: 78 days
    assert plan.balance_money == Decimal("2.50")
    assert plan.withdrawal_days == 1


def test_reached_threshold_has_no_projection_and_cap_days_grow():
    plan = plan_payouts(1_000_000, RateProfile(), DEFAULT_THRESHOLDS[:1], coins_per_day=0, now=NOW)
    assert plan.progress[0].reached and plan.progress[0].projected_at is None
    assert plan.withdrawal_days == 5  # USD 5,000 at USD 1,000 a day


def test_no_income_means_no_projected_date():
    plan = plan_payouts(10, RateProfile(), DEFAULT_THRESHOLDS, coins_per_day=0, now=NOW)
    assert all(p.projected_at is None for p in plan.progress)


def test_recent_rate_averages_calendar_days():
    days = {datetime(2026, 10, 31).date(): 1400, datetime(2026, 10, 1).date(): 99999}
    assert recent_coins_per_day(days, NOW, days=14) == 100


def test_calibration_derives_the_real_rate():
    assert calibrated_diamonds_per_coin(10_000, "4800") == Decimal("0.48")
    with pytest.raises(ValueError, match="no coins"):
        calibrated_diamonds_per_coin(0, 5)
    with pytest.raises(ValueError, match="more than one diamond per coin"):
        calibrated_diamonds_per_coin(100, 500)


def test_formatting():
    assert money(Decimal("1234.5"), "USD") == "$1,234.50"
    assert money(3, "CHF") == "3.00 CHF"
    assert compact(1234) == "1.2K" and compact(999) == "999" and compact(2_000_000) == "2M"
    assert duration(3725) == "1:02:05" and duration(65) == "1:05"
