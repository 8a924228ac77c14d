"""The rest of the window in the creator's language (issue 19): the overlay panel, OBS's state,
the Twitch sign-in dialog and an export's progress fit in every language; the alert card and
the feed are drawn right to left in Arabic; Twitch and YouTube paid messages are cards in the
alert window; the chart's legend and its threshold markers never overlap.

Real widgets offscreen with the real catalogs (each language installed as the window does).
"""

from __future__ import annotations

import re

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel

from streamer_app import settings as sm
from streamer_app.core.economics import DEFAULT_THRESHOLDS, Threshold
from streamer_app.i18n import LANGUAGES
from streamer_app.obs.status import ObsState, ObsStatus
from streamer_app.ui import theme
from streamer_app.ui.alert_card import CardMarks, draw_card, face_layout
from streamer_app.ui.alerts import AlertWindow
from streamer_app.ui.chart import EarningsChart
from streamer_app.ui.feed import EventFeed
from streamer_app.ui.obs_link import ObsStatusLabel

from .conftest import snap_with_coins
from .test_i18n_fit import CODES, _clipped, _shot, lang  # noqa: F401 (the fixture)

CHEER = {"type": "paid", "platform": "twitch", "kind": "bits", "user": {"id": "t1", "name": "bitqueen"}, "units": 500,
         "tier": "", "amount": None, "currency": "", "text": "", "label": "500 Bits", "subscribes": 0,
         "earnings": "5.00", "earnings_currency": "USD"}
SUPER_CHAT = {"type": "paid", "platform": "youtube", "kind": "super_chat", "user": {"id": "y1", "name": "Marco"},
              "units": 0, "tier": "", "amount": "20.00", "currency": "EUR", "text": "hi",
              "label": "Super Chat EUR 20.00", "subscribes": 0, "earnings": "15.12", "earnings_currency": "USD"}
GIFT_SUBS = {"type": "paid", "platform": "twitch", "kind": "gift_subs", "user": {"id": "t2", "name": "subgifter"},
             "units": 5, "tier": "1000", "amount": None, "currency": "", "text": "", "label": "5 gifted subs (Tier 1)",
             "subscribes": 5, "earnings": "12.50", "earnings_currency": "USD"}
ROSE = {"type": "gift", "user": {"id": "1", "name": "Al"}, "gift": {"id": 5655, "name": "Rose", "coins": 1,
                                                                  "image": "gifts/rose.svg"},
        "units": 1, "coins": 1, "streak": False}


def _ink_centre(image: QImage, colour: str, top: int = 0, bottom: int | None = None) -> float:
    """The mean x of the pixels of about ``colour`` between rows ``top`` and ``bottom``: where that ink is."""
    want = QColor(colour)
    xs = []
    for y in range(top, image.height() if bottom is None else bottom):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > 200 and abs(c.red() - want.red()) + abs(c.green() - want.green()) + \
                    abs(c.blue() - want.blue()) < 60:
                xs.append(x)
    assert xs, f"no {colour} pixels"
    return sum(xs) / len(xs)


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_overlay_panel_obs_state_twitch_sign_in_and_export_progress_fit(qtbot, tmp_path, lang):
    from streamer_app.ui.main_window import MainWindow
    from streamer_app.ui.twitch_sign_in import TwitchSignIn

    win = MainWindow(tmp_path / "h", sm.Settings(), None)
    qtbot.addWidget(win)
    panel = win.open_overlay_panel()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    assert _clipped(panel) == [], lang
    _shot(panel, f"overlay-panel-{lang}.png")
    english = lang == "en"
    assert (panel.add_btn.text() == "Add to OBS") == english
    assert (panel.chosen["alerts"].text() == "Gift alerts") == english
    assert (panel.rows["alerts"][0].text() == "(the overlay server is not running)") == english

    label = ObsStatusLabel()
    qtbot.addWidget(label)
    for state in ObsState:
        label.show_status(ObsStatus(state, "Connected to OBS 30.2.2 at 127.0.0.1:4455."))
        assert ("OBS" in label.text()) and (english == (label.text().endswith(f"OBS: {state_word(state)}")))
        if not english:  # obs/'s own English details are kept, in the tooltip
            assert "30.2.2" in label.toolTip()

    dialog = TwitchSignIn(tmp_path / "h", parent=win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _clipped(dialog) == [], lang
    assert (dialog.sign_in.text() == "Sign in") == english
    _shot(dialog, f"twitch-sign-in-{lang}.png")

    progress = win.exporter.progress_dialog(7, "html")
    qtbot.addWidget(progress)
    progress.show()
    qtbot.waitExposed(progress)
    win.exporter._dialog = progress
    win.exporter._on_progress(1234, 5678, "gift ledger")
    QApplication.processEvents()
    text = progress.findChild(QLabel).text()
    assert ("Exporting the gift ledger" in text) == english
    assert _clipped(progress) == [], lang


def state_word(state: ObsState) -> str:
    return {ObsState.OFF: "off", ObsState.DISCONNECTED: "not connected", ObsState.CONNECTING: "connecting…",
            ObsState.CONNECTED: "connected", ObsState.AUTH_FAILED: "wrong password"}[state]


@pytest.mark.parametrize("lang", ["en", "ar"], indirect=True)
def test_the_alert_card_is_drawn_right_to_left_in_arabic(qtbot, lang):
    win = AlertWindow(sm.AlertSettings(background="chroma"))
    qtbot.addWidget(win)
    win.push([ROSE])
    alert = win.current
    assert alert is not None
    rtl = lang == "ar"
    pixmap, _ox, _oy = draw_card(alert, CardMarks(first=True), 640, 360, 1.0)
    image = pixmap.toImage()
    middle = image.width() / 2
    # The viewer's name (the card's white text) and the first-gift badge (red, at the start corner).
    name_x = _ink_centre(image, theme.TEXT, 0, image.height() // 2)
    badge_x = _ink_centre(image, theme.ACCENT, 0, image.height() // 4)
    assert (name_x > middle) == rtl and (badge_x > middle) == rtl, (name_x, badge_x, middle)
    # The layout the painter uses: the icon on the start edge, the text aligned to it.
    lay = face_layout(QRectF(-200, -50, 400, 100), 1.0, 1.0, rtl)
    assert (lay.icon.center().x() > 0) == rtl and (lay.name.center().x() < 0) == rtl
    assert lay.align == (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    assert lay.icon.right() <= 200 and lay.icon.left() >= -200  # mirrored inside the card, not out of it


@pytest.mark.parametrize("lang", ["en", "ar"], indirect=True)
def test_a_feed_line_is_drawn_right_to_left_in_arabic(qtbot, lang):
    feed = EventFeed()
    qtbot.addWidget(feed)
    feed.resize(420, 120)
    feed.show()
    qtbot.waitExposed(feed)
    galaxy = {"type": "gift", "user": {"id": "2", "name": "Bo"}, "gift": {"id": 12, "name": "Galaxy", "coins": 1000},
              "units": 1234, "coins": 1_234_000, "streak": False}
    feed.apply([galaxy])
    image = feed.viewport().grab().toImage()
    rtl = lang == "ar"
    row = feed.item(0)
    assert row is not None
    at = feed.places(row, feed.viewport().width() - 8)
    # The text ends at the right edge and the coins start at the left, or the other way round.
    right_edge = feed.viewport().width() - 4
    assert (at.text + row.text_w == right_edge) == rtl and (at.aside == 4) == rtl
    assert (at.text == 4) == (not rtl)
    assert ("١٬٢٣٤" in row.text()) == rtl  # the count in the locale's digits
    ink = _ink_centre(image, theme.TIER_COLOURS[3], 0, feed.row_height())
    assert (ink > at.aside) if rtl else (ink < at.aside)  # the line's text on its start side of the coins


@pytest.mark.parametrize("lang", ["en", "de"], indirect=True)
def test_a_twitch_cheer_and_a_youtube_super_chat_are_cards_in_the_alert_window(qtbot, lang):
    win = AlertWindow(sm.AlertSettings(background="chroma", min_coins=5000))  # paid messages are never filtered
    qtbot.addWidget(win)
    shown = []
    win.alert_started.connect(shown.append)
    win.push([CHEER, SUPER_CHAT, GIFT_SUBS])
    cards = [win.current, *win.queue.waiting]
    assert [c.paid for c in cards] == [True, True, True] and shown == [cards[0]]
    assert [c.platform for c in cards] == ["twitch", "youtube", "twitch"]
    # Valued at the creator's share as coins would be (0.005 a coin): $5 is 1,000 coins, a big card.
    assert [c.coins for c in cards] == [1000, 3024, 2500] and all(c.tier == 2 for c in cards)
    marks = [win.marks(c) for c in cards]
    if lang == "en":
        assert [m.label for m in marks] == ["500 Bits", "Super Chat €20.00", "5 gifted subs (Tier 1)"]
        assert [m.share for m in marks] == ["$5.00", "$15.12", "$12.50"]
    else:
        assert marks[2].label == "5 verschenkte Abos (Stufe 1)" and marks[1].label == "Super Chat 20,00\xa0€"
        assert marks[0].share == "5,00\xa0$"
    # Drawn with the platform's mark where a gift's icon goes (Twitch's violet, YouTube's red).
    for card, colour in ((cards[0], "#9146ff"), (cards[1], "#ff3b30")):
        pixmap, _ox, _oy = draw_card(card, win.marks(card), 640, 360, 1.0)
        image = pixmap.toImage()
        assert _ink_centre(image, colour) < image.width() / 2  # the mark, at the start of the card
    win.render_still(cards[1])
    QApplication.processEvents()
    _shot(win, f"alert-super-chat-{lang}.png")


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_the_chart_legend_never_runs_into_the_threshold_markers(qtbot, demo_home, lang):
    _, snap = demo_home
    thresholds = (*DEFAULT_THRESHOLDS[:3], Threshold("A very long goal name for the whole month", Decimal(400),
                                                     "money", "USD"))
    chart = EarningsChart(thresholds)
    qtbot.addWidget(chart)
    chart.resize(760, 260)
    chart.show()
    qtbot.waitExposed(chart)
    chart.apply(snap_with_coins(snap, 1400))
    chart.redraw(now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    QApplication.processEvents()
    assert len(chart.marker_texts) >= 3  # three thresholds listed at the top edge
    legend = chart.legend.sceneBoundingRect()
    markers = chart.markers.mapRectToScene(chart.markers.boundingRect())
    plot = chart.getPlotItem().vb.sceneBoundingRect()
    assert not legend.intersects(markers), (lang, legend, markers)
    assert legend.bottom() <= plot.top() + 1  # above the plot: no curve or line label runs under it
    assert legend.right() <= chart.width() and legend.left() >= 0
    if lang != "en":
        assert "Withdrawal minimum" not in "\n".join(chart.marker_texts)
    _shot(chart, f"chart-{lang}.png")


@pytest.mark.parametrize("lang", ["en", "ar", "de"], indirect=True)
def test_clocks_and_rates_are_written_in_the_locale_digits(qtbot, lang):
    from streamer_app.ui.timer_panel import TimerPanel
    from streamer_app.ui.widgets import decimal_text

    panel = TimerPanel()
    qtbot.addWidget(panel)
    panel.apply({"timer": {"status": "paused", "remaining_s": 3723.0, "wall_time": 0, "added_s": 90,
                           "coins": 1200, "seconds_per_coin": 0.5}})
    digits = {"en": "1:02:03", "de": "1:02:03", "ar": "١:٠٢:٠٣"}[lang]
    assert panel.digits.text() == digits
    assert decimal_text("0.5") == {"en": "0.5", "de": "0,5", "ar": "٠٫٥"}[lang]
    detail = panel.detail.text()
    assert {"en": "1,200", "de": "1.200", "ar": "١٬٢٠٠"}[lang] in detail  # the coins that added time
    steps = [b.text() for b in panel.step_btns]
    assert steps == {"en": ["−1:00", "+1:00", "+5:00"], "de": ["−1:00", "+1:00", "+5:00"],
                     "ar": ["−١:٠٠", "+١:٠٠", "+٥:٠٠"]}[lang]
    panel.apply({"timer": {"status": "idle", "remaining_s": 3600.0, "wall_time": 0, "added_s": 0, "coins": 0,
                           "seconds_per_coin": 1}})
    if lang == "ar":
        assert not re.search(r"[0-9]", panel.detail.text()), panel.detail.text()  # "١ عملة = ١ ث"


def _ink_span(image: QImage, colour: str) -> tuple[int, int]:
    """The leftmost and rightmost columns with pixels of about ``colour``."""
    want = QColor(colour)
    cols = [x for x in range(image.width()) for y in range(0, image.height(), 2)
            if (c := image.pixelColor(x, y)).alpha() > 200
            and abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 60]
    assert cols, f"no {colour} pixels"
    return min(cols), max(cols)


@pytest.mark.parametrize("lang", CODES, indirect=True)
def test_a_summary_card_shows_its_whole_line_in_every_language(qtbot, lang):
    from streamer_app.core.alert_queue import Alert
    from streamer_app.ui.alert_card import card_size, tier_scale

    alert = Alert(kind="summary", seq=1, units=37_000, summary_coins=1_204_000)
    pixmap, ox, _oy = draw_card(alert, CardMarks(), 640, 360, 1.0)
    cw, _ch = card_size(640, 360, tier_scale(alert, CardMarks()))
    left, right = -ox - cw / 2, -ox + cw / 2  # the card's edges in the pixmap (its centre is at -ox)
    ink_left, ink_right = _ink_span(pixmap.toImage(), theme.TEXT)
    # Within the card's text box (its padding kept at both ends): the line was fitted, not run over an edge.
    pad = 16 * tier_scale(alert, CardMarks())  # one unit is one pixel in a 640 x 360 window
    assert left + pad * 1.5 - 2 <= ink_left and ink_right <= right - pad + 2, (lang, left, ink_left, ink_right, right)


@pytest.mark.parametrize("lang", ["en", "de"], indirect=True)
def test_the_voice_speaks_the_window_language(qtbot, lang):
    win = AlertWindow(sm.AlertSettings(background="chroma"))
    qtbot.addWidget(win)
    win.push([ROSE, GIFT_SUBS])
    gift, paid = win.current, win.queue.waiting[0]
    assert win.spoken_words(gift) == {"en": "Al sent 1 Rose", "de": "Al hat 1 Rose geschickt"}[lang]
    assert win.spoken_words(paid) == {"en": "subgifter: 5 gifted subs (Tier 1)",
                                      "de": "subgifter: 5 verschenkte Abos (Stufe 1)"}[lang]


def test_the_chart_legend_and_the_platform_strip_follow_a_language_switch(qtbot, qapp, demo_home):
    from streamer_app.ui import translation
    from streamer_app.ui.platform_strip import PlatformStrip

    _, snap = demo_home
    chart = EarningsChart(DEFAULT_THRESHOLDS)
    strip = PlatformStrip()
    for w in (chart, strip):
        qtbot.addWidget(w)
    chart.resize(760, 260)
    chart.show()
    chart.apply(snap_with_coins(snap, 1400))
    chart.redraw(now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    names = lambda: [label.text for _sample, label in chart.legend.items]  # noqa: E731
    assert names() == ["This session", "Balance since last withdrawal"] and strip.caption.text() == "ALL PLATFORMS"
    try:
        translation.install(qapp, "de")
        QApplication.processEvents()
        assert names() == ["Diese Sitzung", "Guthaben seit der letzten Auszahlung"]
        assert strip.caption.text() == "ALLE PLATTFORMEN"
        chart.redraw(now=datetime(2030, 1, 1, tzinfo=timezone.utc))
        assert "Auszahlungsminimum" in "\n".join(chart.marker_texts)
        legend = chart.legend.sceneBoundingRect()
        assert legend.bottom() <= chart.getPlotItem().vb.sceneBoundingRect().top() + 1
    finally:
        translation.install(qapp, "en")


def test_a_closed_chart_lets_the_language_change(qtbot, qapp):
    """pyqtgraph's close() deletes the plot's items: a language switch afterwards must not touch them
    (it crashed the process once: a closed chart still got the LanguageChange event)."""
    from streamer_app.ui import translation

    chart = EarningsChart(DEFAULT_THRESHOLDS)
    qtbot.addWidget(chart)
    chart.show()
    chart.close()
    try:
        translation.install(qapp, "de")
        QApplication.processEvents()
    finally:
        translation.install(qapp, "en")
    assert chart.closed


@pytest.mark.parametrize("lang", ["en", "ar"], indirect=True)
def test_the_top_gifters_ranks_are_written_in_the_locale_digits(qtbot, lang):
    from streamer_app.ui.gift_tables import TopGifters

    table = TopGifters()
    qtbot.addWidget(table)
    table.apply({"top_gifters": [{"user_id": "1", "nickname": "Uma", "handle": "uma", "coins": 12, "share": 0.6},
                                 {"user_id": "2", "nickname": "Axel", "handle": "axel", "coins": 8, "share": 0.4}]})
    ranks = [table.table.item(r, 0).text() for r in range(2)]
    assert ranks == {"en": ["1", "2"], "ar": ["١", "٢"]}[lang]
