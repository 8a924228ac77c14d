"""Things that must fit where they are drawn: alert cards in the alert window, the first-run
subtitle, the dashboard's big figures and their subtitles; and check boxes that can be seen.
Each looks at real layout or real pixels, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton, QVBoxLayout, QWidget

from streamer_app.core.alert_queue import Alert
from streamer_app.settings import SIZE_PRESETS, AlertSettings
from streamer_app.ui import theme
from streamer_app.ui.alerts import AlertWindow
from streamer_app.ui.dashboard import Dashboard
from streamer_app.ui.main_window import FirstRun
from streamer_app.ui.tally_cards import TallyCard

CHROMA = "#00b140"
POP = 1.06  # the largest a card is drawn (the hold "pop" when a streak grows)


def _ink_box(img: QImage, background: QColor) -> QRect:
    """The bounding box of every pixel that is not the background."""
    bg = background.rgb()
    xs, ys = [], []
    for y in range(0, img.height()):
        for x in range(0, img.width(), 1):
            if img.pixel(x, y) != bg:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def _draw_card(win: AlertWindow, alert: Alert, scale: float) -> QImage:
    img = QImage(win.width(), win.height(), QImage.Format.Format_RGB32)
    img.fill(QColor(CHROMA))
    p = QPainter(img)
    win.paint_card(p, alert, scale, 1.0)
    p.end()
    return img


def _galaxy(units: int) -> Alert:
    return Alert(kind="gift", seq=1, key=("u", 12, 1), user_id="u", name="Uma Glow", gift_id=12, gift_name="Galaxy",
                 coins_each=1000, units=units, image="gifts/galaxy.svg")


@pytest.mark.parametrize("size", sorted(SIZE_PRESETS))
def test_the_biggest_gift_card_fits_the_alert_window_with_a_margin_at_every_size(qtbot, size):
    win = AlertWindow(AlertSettings(size=size, background="chroma", chroma_color=CHROMA))
    qtbot.addWidget(win)
    w, h = win.width(), win.height()
    margin = 8 * min(w / 640, h / 360)  # at least 8 units of clear space, even mid-pop
    boxes = {}
    for units in (11, 1200):  # "Galaxy ×11, 11,000 coins" and a much longer badge
        box = _ink_box(_draw_card(win, _galaxy(units), POP), QColor(CHROMA))
        assert box.left() >= margin and box.right() <= w - 1 - margin, (size, units, box, w)
        assert box.top() >= margin and box.bottom() <= h - 1 - margin, (size, units, box, h)
        boxes[units] = box
    # The top tier still looks bigger than the tier below it.
    big = _ink_box(_draw_card(win, _galaxy(2), 1.0), QColor(CHROMA))  # 2,000 coins: tier 2
    top = _ink_box(_draw_card(win, _galaxy(11), 1.0), QColor(CHROMA))
    assert top.width() > big.width() and top.height() > big.height() * 1.08


def test_first_run_subtitle_is_laid_out_in_full(qtbot):
    for width, height in ((1280, 800), (900, 550), (1600, 1000)):
        page = FirstRun()
        qtbot.addWidget(page)
        page.setStyleSheet(theme.STYLESHEET)
        page.resize(width, height)
        page.show()
        qtbot.waitExposed(page)
        sub = next(w for w in page.findChildren(type(page.error)) if w.text().startswith("Live gift alerts"))
        needed = sub.heightForWidth(sub.width())
        assert sub.width() >= 400, (width, sub.width())  # wrapped at a readable measure, not a sliver
        assert sub.height() >= needed, (width, sub.height(), needed)
        assert needed <= 3 * QFontMetrics(sub.font()).lineSpacing()


@pytest.fixture
def themed_app(qapp):
    """theme.apply on the real application, undone afterwards (other tests run unthemed)."""
    style, palette, font, sheet = qapp.style().name(), QApplication.palette(), QApplication.font(), qapp.styleSheet()
    theme.apply(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _indicator(box: QCheckBox) -> QImage:
    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
    return box.grab(rect).toImage()


def _max_distance(img: QImage, colour: QColor) -> int:
    out = 0
    for y in range(img.height()):
        for x in range(img.width()):
            c = img.pixelColor(x, y)
            out = max(out, abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()))
    return out


def _count(img: QImage, test) -> int:
    return sum(1 for y in range(img.height()) for x in range(img.width()) if test(img.pixelColor(x, y)))


def test_check_boxes_show_ticked_and_unticked(qtbot, themed_app):
    page = QWidget()
    qtbot.addWidget(page)
    lay = QVBoxLayout(page)
    off, on = QCheckBox("Mute sounds"), QCheckBox("Always on top")
    on.setChecked(True)
    lay.addWidget(off)
    lay.addWidget(on)
    page.show()
    qtbot.waitExposed(page)
    bg = QColor(theme.BG)
    unticked, ticked = _indicator(off), _indicator(on)
    # An unticked box has a border that stands out from the window (it was (16,17,21) on (20,22,27)).
    assert _max_distance(unticked, bg) >= 150
    # Ticked: filled with the accent colour and a light tick on it; unticked has neither.
    accent = QColor(theme.ACCENT)
    near_accent = lambda c: _max_distance_one(c, accent) < 60  # noqa: E731
    light = lambda c: min(c.red(), c.green(), c.blue()) > 200  # noqa: E731
    area = ticked.width() * ticked.height()
    assert _count(ticked, near_accent) > area * 0.3 and _count(ticked, light) >= 6
    assert _count(unticked, near_accent) == 0 and _count(unticked, light) == 0


def _max_distance_one(c: QColor, colour: QColor) -> int:
    return abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue())


def _big_snap(demo_snap: dict) -> dict:
    snap = dict(demo_snap)
    snap["totals"] = {**demo_snap["totals"], "coins": 39_041_000, "diamonds": 19_520_500.0,
                      "earnings": "195210.00", "gifts": 701_000, "unique_gifters": 115_000,
                      "gifts_per_minute": 13_344.5, "closed_without_end": 5, "follows": 41_000}
    return snap


def _value_fits(card: TallyCard) -> None:
    label = card.value
    inside = card.contentsRect().marginsRemoved(card.layout().contentsMargins())
    assert inside.contains(label.geometry()), (card.title.text(), label.geometry(), inside)
    font = label.fitted_font() if hasattr(label, "fitted_font") else label.font()
    assert QFontMetrics(font).horizontalAdvance(label.text()) <= label.contentsRect().width(), card.title.text()


def test_big_figures_shrink_to_fit_and_subtitles_elide_at_the_smallest_window(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard()
    qtbot.addWidget(d)
    d.setStyleSheet(theme.STYLESHEET)
    d.resize(900 - 2, 550)  # the main window's minimum size
    d.show()
    qtbot.waitExposed(d)
    d.apply(_big_snap(snap))
    qtbot.wait(20)
    cards = [d.tallies.earnings, d.tallies.coins, d.tallies.diamonds, d.tallies.gifts, d.tallies.gifters, d.tallies.rate]
    for card in cards:
        _value_fits(card)
    assert d.tallies.earnings.value.text() == "$195,210.00"  # the whole figure, only smaller
    coins = d.tallies.coins
    assert coins.value.fitted_font().pixelSize() < 30  # shrunk from the theme's 30 px
    # A long subtitle ends in "…", with the whole line in its tooltip.
    sub = coins.sub
    assert sub.shown_text().endswith("…") and sub.toolTip() == sub.text()
    assert QFontMetrics(sub.font()).horizontalAdvance(sub.shown_text()) <= sub.contentsRect().width()
    # Wide again: the full size and the full line come back.
    d.resize(1600, 900)
    qtbot.waitUntil(lambda: coins.width() > 240)
    assert coins.value.fitted_font().pixelSize() == 30
    d.apply(snap)
    assert coins.sub.shown_text() == coins.sub.text() and not coins.sub.toolTip()


def test_a_fitted_size_is_reused_while_the_figure_keeps_its_shape(qtbot):
    card = TallyCard("Coins")
    qtbot.addWidget(card)
    card.setStyleSheet(theme.STYLESHEET)
    card.resize(150, 90)
    card.show()
    qtbot.waitExposed(card)
    card.set("19,520,000")
    first = card.value.fitted_font()
    fits = card.value.fits
    for n in range(19_520_001, 19_520_060):  # ten updates a second in a storm: no new measuring
        card.set(f"{n:,}")
        card.value.repaint()
    assert card.value.fits == fits and card.value.fitted_font().pixelSize() == first.pixelSize()
    card.set("195,200,000")  # one more digit: measured again, smaller
    assert card.value.fitted_font().pixelSize() < first.pixelSize() and card.value.fits == fits + 1
    assert QFontMetrics(card.value.fitted_font()).horizontalAdvance("888,888,888") <= card.value.contentsRect().width()


def test_diamonds_round_half_up_like_the_money_and_the_overlay(qtbot, demo_home):
    _, snap = demo_home
    d = Dashboard()
    qtbot.addWidget(d)
    odd = dict(snap)
    odd["totals"] = {**snap["totals"], "coins": 309, "diamonds": 154.5, "earnings": "1.55"}
    d.apply(odd)
    # 309 coins x 0.5 = 154.5 diamonds x $0.01 = $1.55: the card says 155 (it said 154), as the overlay does.
    assert d.tallies.diamonds.value.text() == "155"
    assert d.tallies.earnings.value.text() == "$1.55"
