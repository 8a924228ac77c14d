"""The top gifter's crown in the window: on their feed lines (drawn, not in the text) and on the
first row of the top gifters table, from the engine's real updates."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from PySide6.QtGui import QColor

from streamer_app.engine.engine import Engine
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.ui import theme
from streamer_app.ui.feed import EventFeed
from streamer_app.ui.gift_tables import TopGifters


def test_the_top_gifters_lines_and_row_wear_the_crown(qtbot, tmp_path):
    updates: list[dict] = []
    engine = Engine(DemoSource(seed=2, duration=120, speed=0), tmp_path, Settings())
    engine.publishers.append(SimpleNamespace(publish=updates.append))
    asyncio.run(engine.run())
    gifts = [u for u in updates if u["type"] == "gift" and not u["streak"]]
    crowned = [u for u in gifts if u["top_gifter"]]
    assert crowned and len(crowned) < len(gifts)
    # The crown goes to whoever leads when the gift is counted: the last crowned sender tops the board.
    top = engine.snapshot()["top_gifters"][0]
    assert crowned[-1]["user"]["id"] == top["user_id"]

    feed = EventFeed()
    qtbot.addWidget(feed)
    feed.resize(420, 300)
    plain = next(u for u in gifts if not u["top_gifter"] and not u["to"])
    feed.apply([plain, crowned[-1]])
    feed.show()
    qtbot.waitExposed(feed)
    crown_row, plain_row = feed.item(0), feed.item(1)
    assert crown_row.crown and not plain_row.crown
    assert crown_row.text().startswith(f"◆  {crowned[-1]['user']['name']}")  # the text is unchanged
    img = feed.grab().toImage()
    h = feed.row_height()
    gold = QColor(theme.GOLD).name()
    row_colours = lambda y0: {QColor(img.pixel(x, y)).name() for x in range(0, 30) for y in range(y0, y0 + h)}
    assert gold in row_colours(0) and gold not in row_colours(h)
    ink = {QColor(img.pixel(x, y)).name() for x in range(30, 200) for y in range(0, h)}
    assert len(ink) > 4  # the crowned line's text is drawn beside its crown
    img.save(str(tmp_path / "feed-crown.png"))

    board = TopGifters()
    qtbot.addWidget(board)
    board.apply(engine.snapshot())
    assert not board.table.item(0, 1).icon().isNull() and board.table.item(1, 1).icon().isNull()


def test_the_alert_window_crowns_the_top_gifters_card_beside_its_first_gift_badge(qtbot, tmp_path):
    from .test_guests import _alert_window
    from .test_visual_fit import CHROMA, POP, _draw_card

    galaxy = {"id": 12, "name": "Galaxy", "coins": 1000, "image": "gifts/galaxy.svg"}
    shots = []
    for crowned in (True, False):
        w = _alert_window(qtbot, size="1280x720", background="chroma", chroma_color=CHROMA)
        w.push([{"type": "gift", "user": {"id": "u", "name": "Uma Glow"}, "gift": galaxy, "streak": False,
                 "units": 2, "coins": 2000, "to": None, "first_gift": True, "top_gifter": crowned}])
        marks = w.marks(w.current)
        assert (marks.first, marks.crown) == (True, crowned)
        shots.append(_draw_card(w, w.current, POP))
    shots[0].save(str(tmp_path / "alert-crown.png"))
    gold = QColor(theme.GOLD).name()
    colours = [{QColor(img.pixel(x, y)).name() for x in range(img.width()) for y in range(img.height())}
               for img in shots]
    assert gold in colours[0] and gold not in colours[1]
