"""Gifts to guests, first gifts, LIVE Match scores and likes in the window, from a real demo
stream run through the real engine (its multi-guest stretch starts within its first 150 s)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QImage

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.ui import theme
from streamer_app.ui.feed import FIRST_GIFT, EventFeed


@pytest.fixture(scope="module")
def demo_updates(tmp_path_factory):
    """Every update a real 5-minute demo published, and its engine (seed 1: guests from 148 s, a battle)."""
    home = tmp_path_factory.mktemp("guests")
    updates: list[dict] = []
    engine = Engine(DemoSource(seed=1, duration=300, speed=0), home, Settings())
    engine.publishers.append(SimpleNamespace(publish=updates.append))
    asyncio.run(engine.run())
    return updates, engine


def _colours_in(img: QImage, top: int, height: int) -> set[str]:
    return {QColor(img.pixel(x, y)).name() for x in range(img.width()) for y in range(top, top + height)}


def test_a_guests_gift_is_a_muted_line_naming_them_and_a_first_gift_is_marked(qtbot, demo_updates):
    updates, _ = demo_updates
    guest = next(u for u in updates if u["type"] == "gift" and u["to"] and u["coins"] >= 100 and not u["streak"])
    first = next(u for u in updates if u["type"] == "gift" and u["first_gift"] and not u["to"] and not u["streak"])
    feed = EventFeed()
    qtbot.addWidget(feed)
    feed.resize(420, 120)
    feed.show()
    feed.apply([first])
    feed.apply([guest])
    row, first_row = feed.item(0), feed.item(1)
    name = guest["to"]["name"]
    assert name.startswith("Guest ")
    assert row.text() == f"◆  {guest['user']['name']}  ·  {guest['gift']['name']} ×{guest['units']:,}  to {name}"
    # Muted, not bold, and no coins on the right: nothing on the line reads as the creator's income.
    assert row.colour == QColor(theme.MUTED) and not row.bold and row.aside == ""
    assert first_row.text().split("  🪙")[0].endswith(FIRST_GIFT) and first_row.bold

    img = feed.viewport().grab().toImage()
    h = feed.row_height()
    assert row.chip_static.text() == f"to {name}"  # whole: there is room
    assert theme.BORDER in _colours_in(img, 0, h)  # the guest's chip is drawn
    assert theme.ACCENT in _colours_in(img, h, h)  # the first gift's chip
    assert theme.ACCENT not in _colours_in(img, 0, h)


def test_a_guests_streak_keeps_its_chip_and_a_first_streak_gets_its_badge_when_counted(qtbot, demo_updates):
    updates, _ = demo_updates
    feed = EventFeed()
    qtbot.addWidget(feed)
    for u in updates:
        if u["type"] in ("gift", "streak"):
            feed.apply([u])
    rows = [feed.item(i) for i in range(feed.count())]
    shown = [u for u in updates if u["type"] == "gift"][-len(rows):]
    guests = sum(1 for u in shown if u["to"])
    assert guests and sum(1 for r in rows if r.chip and r.chip.text.startswith("to Guest ")) == guests
    firsts = [u for u in shown if u["first_gift"] and not u["to"]]
    assert sum(1 for r in rows if r.chip and r.chip.text == FIRST_GIFT) == len(firsts)
    assert all(not r.aside for r in rows if r.chip and r.chip.text.startswith("to "))
