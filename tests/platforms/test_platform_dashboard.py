"""The window's dashboard for Twitch and YouTube sessions: their own units, never zero coins."""

from __future__ import annotations

import os
from decimal import Decimal

from PySide6.QtWidgets import QLabel

from streamer_app.core import formatting as fmt
from streamer_app.core.economics import RateProfile
from streamer_app.settings import Settings
from streamer_app.ui import theme
from streamer_app.ui.dashboard import Dashboard

from .scripted import Collect, ScriptedSource, run_engine
from .test_paid_ledger import TWITCH
from .test_platform_exports import YOUTUBE


def _shot(widget, name: str) -> None:
    folder = os.environ.get("STREAMER_APP_SCREENSHOTS")  # to look at the pixels by hand
    if folder:
        from PySide6.QtWidgets import QApplication

        theme.apply(QApplication.instance())  # type: ignore[arg-type]
        widget.grab().save(os.path.join(folder, name))


def test_a_twitch_session_shows_bits_subs_and_earnings(qtbot, data_dir):
    collect = Collect()
    engine, _ = run_engine(data_dir, ScriptedSource("twitch", "chan", TWITCH, end=False), publishers=[collect])
    d = Dashboard()
    qtbot.addWidget(d)
    d.resize(1400, 860)
    d.apply(engine.snapshot(), collect.updates)
    t = d.tallies
    assert t.coins.title.text() == "BITS" and t.coins.value.text() == "1,000"
    assert t.diamonds.title.text() == "SUBS" and t.diamonds.value.text() == "7"
    # 1,000 x 0.01 + (5 + 1) x 4.99 x 50 % + 9.99 x 50 % = 29.965 -> $29.97
    assert t.earnings.value.text() == "$29.97"
    lines = [d.feed.item(i).text() for i in range(d.feed.count())]
    assert any("1,000 Bits" in line for line in lines) and any("5 gifted subs" in line for line in lines)
    assert "Twitch" in d.feed.item(0).text()  # the platform named on its line
    assert d.gifters.table.horizontalHeaderItem(2).text() == "Bits"
    assert d.gifters.parentWidget().findChild(QLabel, "cardTitle").text() == "TOP SUPPORTERS"
    assert d.gifters.table.item(0, 1).text() == "TwitchDev" and d.gifters.table.item(0, 2).text() == "1,000"
    _shot(d, "dashboard-twitch.png")


def test_a_youtube_session_names_what_could_not_be_converted(qtbot, data_dir):
    rates = RateProfile(currency="EUR", usd_to_currency=Decimal("0.9"))
    engine, _ = run_engine(data_dir, ScriptedSource("youtube", "chat", YOUTUBE, end=False), Settings(rates=rates))
    d = Dashboard()
    qtbot.addWidget(d)
    d.resize(1400, 860)
    snap = engine.snapshot()
    d.apply(snap)
    t = d.tallies
    assert t.coins.title.text() == "SUPER CHATS" and t.coins.value.text() == "3"
    assert t.earnings.value.text() == fmt.money(Decimal("4.20"), "EUR")
    assert "KRW" in t.earnings.sub.text()
    _shot(d, "dashboard-youtube.png")
    # A TikTok session afterwards gets TikTok's cards back.
    snap["session"] = {**snap["session"], "platform": "tiktok"}  # type: ignore[typeddict-item]
    d.apply(snap)
    assert t.coins.title.text() == "COINS"
