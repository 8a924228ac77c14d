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
    """Every update a real 5-minute demo published, its engine and its data folder (seed 1: guests
    from 148 s, a LIVE Match, first gifts)."""
    home = tmp_path_factory.mktemp("guests")
    updates: list[dict] = []
    engine = Engine(DemoSource(seed=1, duration=300, speed=0), home, Settings())
    engine.publishers.append(SimpleNamespace(publish=updates.append))
    asyncio.run(engine.run())
    return updates, engine, home


def _colours_in(img: QImage, top: int, height: int) -> set[str]:
    return {QColor(img.pixel(x, y)).name() for x in range(img.width()) for y in range(top, top + height)}


def test_a_guests_gift_is_a_muted_line_naming_them_and_a_first_gift_is_marked(qtbot, demo_updates):
    updates, _, _ = demo_updates
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
    updates, _, _ = demo_updates
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


# -- the alert window --------------------------------------------------------------------------
def _alert_window(qtbot, **settings):
    from streamer_app.settings import AlertSettings
    from streamer_app.ui.alerts import AlertWindow

    w = AlertWindow(AlertSettings(**settings))
    qtbot.addWidget(w)
    w.resize(640, 360)
    w.sounds.play = lambda tier: w.sounds.played.append(tier) or True  # no audio device in tests
    return w


def _queued(q) -> list:
    return [a for a in [q.current, *q.waiting, q.summary] if a is not None]


def test_the_creators_alert_cards_hold_exactly_their_gifts_and_the_guests_cards_theirs(qtbot, demo_updates):
    """Every update of a real demo through the alert window, nothing folded: the creator's
    cards hold exactly the creator's coins, the guests' cards exactly theirs, each named."""
    updates, engine, _ = demo_updates
    w = _alert_window(qtbot, max_queue=100_000)
    w.guest_queue.max_queue = 100_000
    w.push(updates)
    host, guests = _queued(w.queue), _queued(w.guest_queue)
    assert sum(a.coins for a in host) == engine.tallies.coins
    assert sum(a.coins for a in guests) == engine.tallies.guest_coins > 0
    assert {w.marks(a).to for a in guests} == {"Guest Mia", "Guest Leo"} and not any(w.marks(a).to for a in host)
    assert sum(w.marks(a).first for a in host) == engine.tallies.first_gifts > 0


def test_a_burst_folds_guests_gifts_into_their_own_summary_never_the_creators(qtbot, demo_updates):
    """With the usual cap, the creator's cards and summary ("+N more gifts, X coins") are what
    the creator's gifts alone give; the guests' backlog folds into "+N more gifts to guests"."""
    from streamer_app.core.alert_queue import AlertQueue
    from streamer_app.ui.alert_card import card_text

    updates, _, _ = demo_updates
    w = _alert_window(qtbot, max_queue=8)
    w.push(updates)
    alone = AlertQueue(1, 8)
    for u in updates:
        if u["type"] in ("gift", "streak") and not u["to"]:
            alone.push(u)
    alone.next()
    assert [(a.kind, a.units, a.coins) for a in _queued(w.queue)] == [(a.kind, a.units, a.coins) for a in _queued(alone)]
    summary = w.guest_queue.summary
    assert summary is not None and card_text(summary, w.marks(summary)) == f"+{summary.units:,} more gifts to guests"


def test_a_guests_card_waits_for_the_creators_is_quiet_and_gives_way_at_once(qtbot, demo_updates):
    updates, _, _ = demo_updates
    guest = next(u for u in updates if u["type"] == "gift" and u["to"] and not u["streak"])
    host = next(u for u in updates if u["type"] == "gift" and not u["to"] and not u["streak"])
    w = _alert_window(qtbot)
    w.show()
    w.push([host, guest])
    assert w.current.user_id == host["user"]["id"] and not w.current_is_guest  # the creator's first
    w.queue.done()
    w._start_next()
    assert w.current_is_guest and w.marks(w.current).to == guest["to"]["name"]
    assert w.sounds.played == [0 if host["coins"] < 100 else 1]  # one sound: the creator's card only
    assert w._hold <= 2.5
    # A gift to the creator arrives while the guest's card is up: it ends within about a second.
    w.push([host])
    qtbot.waitUntil(lambda: not w.current_is_guest and w.current is not None, timeout=3000)
    assert w.current.user_id == host["user"]["id"]


def _ink(img: QImage, colours: set[str]) -> int:
    return sum(1 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)
               if QColor(img.pixel(x, y)).name() in colours)


def test_a_guests_card_is_smaller_and_muted_and_a_first_gift_card_wears_its_badge(qtbot):
    from PySide6.QtGui import QPainter

    from streamer_app.core.alert_queue import Alert
    from streamer_app.ui.alert_card import CardMarks, draw_card

    corgi = Alert(kind="gift", seq=1, key=("u", 9, "msg"), user_id="u", name="Uma Glow", gift_id=9,
                  gift_name="Corgi", coins_each=299, units=4, image="gifts/corgi.svg")  # 1,196 coins: tier 2

    def card(marks: CardMarks) -> QImage:
        pixmap, _, _ = draw_card(corgi, marks, 640, 360, 1.0)
        img = QImage(pixmap.size(), QImage.Format.Format_RGB32)
        img.fill(QColor("#00b140"))
        p = QPainter(img)
        p.drawPixmap(0, 0, pixmap)
        p.end()
        return img

    own, guest, first = card(CardMarks()), card(CardMarks(to="Guest Mia")), card(CardMarks(first=True))
    assert guest.width() < own.width() * 0.8 and guest.height() < own.height() * 0.8  # 0.8 vs 1.15 of a card, plus margins
    tier_ink = {theme.TIER_COLOURS[2]}
    assert _ink(own, tier_ink) > 100 and _ink(guest, tier_ink) == 0  # no gold outline or badge for a guest
    assert _ink(first, {theme.ACCENT}) > 50 and _ink(own, {theme.ACCENT}) == 0


@pytest.mark.parametrize("size", ["1280x720", "1920x1080", "800x600"])
def test_badges_of_guest_and_first_gift_cards_stay_inside_the_alert_window(qtbot, size):
    from streamer_app.settings import SIZE_PRESETS

    from .test_visual_fit import CHROMA, POP, _draw_card, _ink_box

    assert size in SIZE_PRESETS
    galaxy = {"id": 12, "name": "Galaxy", "coins": 1000, "image": "gifts/galaxy.svg"}
    long_guest = {"id": "g", "name": "Guest With A Remarkably Long Nickname Indeed", "handle": "g"}
    for update in ({"to": None, "first_gift": True, "units": 12}, {"to": long_guest, "first_gift": False, "units": 1}):
        w = _alert_window(qtbot, size=size, background="chroma", chroma_color=CHROMA)
        w.push([{"type": "gift", "user": {"id": "u", "name": "Uma Glow"}, "gift": galaxy, "streak": False,
                 "coins": update["units"] * 1000, **update}])
        width, height = w.width(), w.height()
        margin = 8 * min(width / 640, height / 360)
        box = _ink_box(_draw_card(w, w.current, POP), QColor(CHROMA))
        assert box.left() >= margin and box.right() <= width - 1 - margin, (size, update, box)
        assert box.top() >= margin and box.bottom() <= height - 1 - margin, (size, update, box)


# -- the dashboard's strip and the history view ---------------------------------------------------
def test_the_dashboard_shows_likes_first_gifts_the_match_as_a_score_and_what_guests_received(qtbot, demo_updates):
    from streamer_app.core import formatting as fmt
    from streamer_app.ui.dashboard import Dashboard

    _, engine, _ = demo_updates
    snap = engine.snapshot()
    d = Dashboard()
    qtbot.addWidget(d)
    d.resize(1280, 800)
    d.show()
    d.apply(snap)
    strip = d.tonight
    assert strip.isVisible()
    assert strip.likes.value.text() == f"♥ {fmt.count(snap['totals']['likes'])}" and snap["totals"]["likes"] > 0
    assert strip.first_gifts.value.text() == fmt.count(snap["first_gifts"])
    host, rival = snap["battle"]["scores"]
    match = strip.match.value.text()
    assert match.startswith(f"You {fmt.count(host['points'])} – {fmt.count(rival['points'])} Rival Creator")
    assert "$" not in match and "coin" not in match  # points are a score, never money
    mia, leo = snap["to_guests"]["by_guest"]
    assert strip.guests.value.shown_text() == \
        f"Guest Mia {fmt.count(mia['coins'])}  ·  Guest Leo {fmt.count(leo['coins'])} coins"  # whole at this width
    assert "not in your coins" in strip.guests.toolTip()
    # The creator's figures leave the guests' gifts out (the engine's tallies; the window shows them as they are).
    assert d.tallies.coins.value.text() == fmt.count(engine.tallies.coins)

    # At the window's narrowest the strip still fits: the match and the guests give way, not the window.
    d.resize(900, 550)
    qtbot.waitUntil(lambda: d.width() == 900)
    assert d.minimumSizeHint().width() <= 900
    assert match.startswith(strip.match.value.shown_text().rstrip("…"))
    assert strip.match.value.shown_text().startswith(f"You {fmt.count(host['points'])} – ")
    assert strip.guests.value.shown_text().startswith(f"Guest Mia {fmt.count(mia['coins'])}")

    quiet = {**snap, "battle": None, "first_gifts": 0, "to_guests": {"coins": 0, "gifts": 0, "by_guest": []},
             "totals": {**snap["totals"], "likes": 0}}
    d.apply(quiet)
    assert not strip.isVisible()  # nothing to say: no empty strip


def test_match_text_puts_the_creator_first_and_says_who_won():
    from streamer_app.ui.tonight import match_text

    me = {"id": "1", "handle": "me", "name": "Me"}
    them = {"id": "2", "handle": "them", "name": "Rival"}
    battle = {"ended": True, "scores": [{"user": them, "points": 980}, {"user": me, "points": 1240}]}
    assert match_text(battle, "@me") == "You 1,240 – 980 Rival  · you won"
    assert match_text({**battle, "ended": False}, "@me") == "You 1,240 – 980 Rival  · live"
    assert match_text({**battle, "ended": False}, "@me", streaming=False) == "You 1,240 – 980 Rival  · unfinished"
    assert match_text(battle, "@someone.else") == "Rival 980 – 1,240 Me  · ended"  # the host unknown: names only
    assert match_text(None, "@me") == ""


def test_a_past_session_shows_the_same_guests_first_gifts_and_match_as_it_did_live(qtbot, demo_updates):
    from streamer_app.store.database import DB_FILENAME
    from streamer_app.store.queries import Reader
    from streamer_app.ui.history import SessionWindow, battle_from_store, snapshot_from_store

    _, engine, home = demo_updates
    live = engine.snapshot()
    reader = Reader(home / DB_FILENAME)
    try:
        past = snapshot_from_store(reader, reader.session(engine.session_id))
    finally:
        reader.close()
    assert past["to_guests"] == live["to_guests"] and past["to_guests"]["coins"] > 0
    assert past["first_gifts"] == live["first_gifts"] > 0
    assert past["totals"]["coins"] == live["totals"]["coins"]  # the guests' gifts are not in it
    assert {**past["battle"], "ts": None} == {**live["battle"], "ts": None}

    win = SessionWindow(home / DB_FILENAME, engine.session_id, ())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.loaded, timeout=5000)
    strip = win.dashboard.tonight
    assert strip.isVisible() and strip.guests.value.text().startswith("Guest Mia ")
    assert strip.match.value.text().startswith("You ") and "live" not in strip.match.value.text()
    cut_off = battle_from_store(
        [(7, "2", "rival", "Rival", 50, 0), (7, "1", "demo.creator", "Demo Creator", 90, 0)], "@demo.creator")
    win.dashboard.apply({**win.dashboard.snapshot, "battle": cut_off})  # a match the stream's end cut off
    assert strip.match.value.text() == "You 90 – 50 Rival  · unfinished"
