"""Summaries of Twitch and YouTube sessions: the section 4 keys, exact, in every format."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from streamer_app.core.economics import RateProfile
from streamer_app.settings import Settings, save

from ..export.conftest import export
from .scripted import GIFTER, VIEWER, YT_FAN, YT_FAN2, ScriptedSource, paid, run_engine

TWITCH = [
    paid("twitch", "befa7b53-d79d-478f-86b9-120f112b044e", "bits", VIEWER, 1, units=1000, text="Cheer1000"),
    paid("twitch", "2f5e1a8a-0e8f-4d3b-9d67-6a8e0c3f4b01", "sub", VIEWER, 2, tier="1000"),
    paid("twitch", "c3d1a9f0-77e2-4b1e-8d9e-5f0a4e1b2c03", "gift_subs", GIFTER, 4, units=5, tier="3000"),
]
YOUTUBE = [
    paid("youtube", "LCC.a", "super_chat", YT_FAN, 1, amount_micros=5_000_000, currency="USD", text="hello"),
    paid("youtube", "LCC.b", "super_sticker", YT_FAN2, 2, amount_micros=1_500_000, currency="EUR"),
    paid("youtube", "LCC.c", "super_chat", YT_FAN2, 3, amount_micros=1_000_000_000, currency="KRW"),
]


@pytest.fixture
def home(data_dir):
    rates = RateProfile(currency="EUR", usd_to_currency=Decimal("0.9"))
    save(data_dir, Settings(rates=rates))
    run_engine(data_dir, ScriptedSource("twitch", "141981764", TWITCH + TWITCH), Settings(rates=rates))
    run_engine(data_dir, ScriptedSource("youtube", "live-chat-1", YOUTUBE), Settings(rates=rates))
    run_engine(data_dir, ScriptedSource("replay", "room-9", [], extra={"platform": "tiktok"}), Settings(rates=rates))
    return data_dir


def _json(home, ref: str) -> dict:
    r = export(home, ref, "--format", "json", "-o", "-")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_twitch_summary_has_bits_subs_and_earnings(home):
    data = _json(home, "1")
    assert data["session"]["platform"] == "twitch"
    t = data["totals"]
    assert (t["bits"], t["subs"], t["currency"]) == (1000, 6, "EUR")
    # (1,000 x 0.01 + 4.99 x 50 % + 5 x 24.99 x 50 %) USD = 74.97 USD, x 0.9 = EUR 67.473 -> 67.47
    assert t["estimated_earnings"] == 67.47
    assert t["subscribes"] == 6
    assert data["supporters"][0]["user_id"] == "twitch:141981764"
    assert {"coins", "diamonds", "gifts", "unique_gifters"} <= set(t)  # the TikTok keys stay (zeros)


def test_youtube_summary_has_paid_amounts_and_an_unconverted_currency(home):
    data = _json(home, "2")
    assert data["session"]["platform"] == "youtube"
    t = data["totals"]
    assert t["paid_messages"] == 3
    assert t["paid"] == [{"currency": "EUR", "amount": "1.5"}, {"currency": "KRW", "amount": "1000"},
                         {"currency": "USD", "amount": "5"}]
    # 70 % of USD 5 at 0.9 = 3.15, and of EUR 1.50 = 1.05; KRW has no rate to EUR.
    assert t["estimated_earnings"] == 4.2
    assert t["unconverted"] == [{"currency": "KRW", "amount": "700"}]
    assert "KRW" in t["unconverted_message"]
    assert "bits" not in t  # Twitch's keys belong to Twitch sessions


def test_a_tiktok_session_keeps_its_shape(home):
    data = _json(home, "3")
    assert data["session"]["platform"] == "tiktok"
    assert "bits" not in data["totals"] and "paid" not in data["totals"] and "supporters" not in data


def test_csv_adds_platform_columns_at_the_end(home, tmp_path):
    r = export(home, "--from", "2000-01-01", "--to", "2100-01-01", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x-sessions.csv").read_text(encoding="utf-8-sig"))))
    header = list(rows[0])
    assert header[:3] == ["id", "source", "creator"] and header[-8:] == [
        "platform", "bits", "subs", "memberships", "paid_messages", "paid", "unconverted", "raids"]
    by_platform = {row["platform"]: row for row in rows}
    assert by_platform["twitch"]["bits"] == "1000" and by_platform["twitch"]["estimated_earnings"] == "67.47"
    assert by_platform["youtube"]["paid"] == "EUR 1.5 KRW 1000 USD 5"
    assert by_platform["youtube"]["unconverted"] == "KRW 700"
    # Each paid message, one row, in a fourth file (a TikTok-only export keeps its three).
    income = list(csv.DictReader(io.StringIO((tmp_path / "x-platform-income.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["platform"], r["kind"]) for r in income] == [
        ("twitch", "bits"), ("twitch", "sub"), ("twitch", "gift_subs"),
        ("youtube", "super_chat"), ("youtube", "super_sticker"), ("youtube", "super_chat")]
    assert income[0]["estimated_earnings"] == "9.00" and income[0]["earnings_currency"] == "EUR"
    assert income[5]["amount"] == "1000" and income[5]["currency"] == "KRW" and income[5]["estimated_earnings"] == ""
    assert income[2]["supporter_id"] == "twitch:1337" and income[2]["units"] == "5"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_show_platform_income(home, fmt):
    r = export(home, "1", "--format", fmt, "-o", "-")
    assert r.returncode == 0, r.stderr
    assert "1,000 Bits" in r.stdout and "6 subs" in r.stdout
    y = export(home, "2", "--format", fmt, "-o", "-")
    assert "KRW" in y.stdout and "Super Chats" in y.stdout


def test_the_sessions_list_counts_platform_income_in_the_estimate(home, capsys):
    from streamer_app.cli import main

    assert main(["sessions", "--data-dir", str(home), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    twitch = next(line for line in out.splitlines() if " twitch " in line)
    youtube = next(line for line in out.splitlines() if " youtube " in line)
    assert "67.47" in twitch and "4.20" in youtube
