"""An actions.json alert in the window's alert window (real widget, offscreen) and in the shared queue."""

from __future__ import annotations

import os
from pathlib import Path

from streamer_app.core.alert_queue import HOLD_S, AlertQueue
from streamer_app.ui.alerts import AlertWindow


def gift(n: int, coins: int = 1) -> dict:
    return {"type": "gift", "user": {"id": str(n), "name": f"V{n}"}, "gift": {"id": 1, "name": "Rose", "coins": coins},
            "units": 1, "coins": coins, "streak": False}


def test_an_actions_alert_is_a_card_of_its_own_never_folded():
    q = AlertQueue(min_coins=1, max_queue=3)
    custom = q.push({"type": "alert", "text": "Lion! The jungle roars", "seconds": 7, "rule": "Lion"})
    for n in range(10):
        q.push(gift(n))
    assert custom in q.waiting and custom.text() == "Lion! The jungle roars"
    assert q.hold_seconds(custom) == 7
    assert q.push({"type": "alert", "text": ""}) is None  # nothing to say, no card
    assert q.next() is custom and q.hold_seconds(q.push({"type": "alert", "text": "x"})) == HOLD_S[1]


def test_the_alert_window_shows_it(qtbot):
    w = AlertWindow()
    qtbot.addWidget(w)
    w.resize(640, 360)
    w.show()
    w.push([{"type": "alert", "text": "Rosa unlocked the ROAR!", "seconds": 6, "rule": "Lion"}])
    assert w.current is not None and w.current.kind == "custom"
    w.render_still(w.current)
    img = w.grab().toImage()
    if os.environ.get("STREAMER_APP_SCREENSHOTS"):
        img.save(str(Path(os.environ["STREAMER_APP_SCREENSHOTS"]) / "window-alert-custom.png"))
    # The card is drawn over the chroma background in the middle of the window.
    assert img.pixelColor(320, 150).name() != w.settings.chroma_color
    assert img.pixelColor(5, 5).name() == w.settings.chroma_color
