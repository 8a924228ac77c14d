"""Display rules, JavaScript side: overlay.js in real Chromium runs every case of
tests/scenarios/display_rules.json, the file tests/core/test_display_rules.py runs in Python."""

from __future__ import annotations

import json

import pytest

from streamer_app.paths import asset
from tests.core.test_display_rules import SCENARIOS
from tests.support.browser import chromium, chromium_available

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not chromium_available(), reason="headless Chromium is not installed")]


def test_overlay_js_follows_the_same_display_rules_as_python():
    script = asset("overlay", "js", "overlay.js").read_text(encoding="utf-8")
    cases = json.dumps(SCENARIOS)
    with chromium() as browser:
        page = browser.new_page()
        page.set_content("<!doctype html><html><body></body></html>")
        page.add_script_tag(content=script)
        got = page.evaluate("""(s) => ({
            count: s.count.map(([n]) => SA.count(n)),
            compact: s.compact.map(([n]) => SA.compact(n)),
            money: s.money.map(([a, c]) => SA.money(a, c)),
            countdown: s.countdown.map(([n]) => SA.countdown(n)),
            user_name: s.user_name.map(([u]) => SA.userName(u)),
        })""", json.loads(cases))
    for rule in ("count", "compact", "countdown", "user_name"):
        assert got[rule] == [case[-1] for case in SCENARIOS[rule]], rule
    assert got["money"] == [case[2] for case in SCENARIOS["money"]]


def test_overlay_js_writes_numbers_and_money_in_each_language_as_babel_does():
    """A page served in a language (its #sa-i18n block) writes counts and money the way
    streamer_app.i18n.numbers (Babel's CLDR) writes them for the window and the exports."""
    from decimal import Decimal

    from streamer_app.i18n import LANGUAGES, numbers
    from streamer_app.overlay.server import page_strings

    script = asset("overlay", "js", "overlay.js").read_text(encoding="utf-8")
    counts = [0, 7, 1234, 12345.5, 1234567]
    money = [(1234.565, "USD"), (0.5, "EUR"), (99.995, "BRL")]
    wrong = []
    with chromium() as browser:
        for code, lang in LANGUAGES.items():
            page = browser.new_page()
            blob = json.dumps(page_strings(lang), ensure_ascii=False).replace("<", "\\u003c")
            page.set_content('<!doctype html><html lang="en"><head><script type="application/json" id="sa-i18n">'
                             + blob + "</script></head><body></body></html>")
            page.add_script_tag(content=script)
            got = page.evaluate("([c, m]) => [c.map((n) => SA.count(n)), m.map(([a, cur]) => SA.money(a, cur))]",
                                [counts, money])
            want_counts = [numbers.count(Decimal(str(n)), lang) for n in counts]
            if got[0] != want_counts:
                wrong.append((code, got[0], want_counts))
            if code != "en":  # English keeps the display rules' own symbols ("$1,234.57", "R$100.00")
                # Exactly, spaces included: "USD\u00a01,234.57" in es-MX from both (numbers.py applies
                # CLDR's currencySpacing, which Babel leaves out).
                want_money = [numbers.money(Decimal(str(a)), cur, lang) for a, cur in money]
                if got[1] != want_money:
                    wrong.append((code, got[1], want_money))
            page.close()
    assert wrong == []


def _page_in(browser, lang):
    from streamer_app.overlay.server import page_strings

    page = browser.new_page()
    blob = json.dumps(page_strings(lang), ensure_ascii=False).replace("<", "\\u003c")
    page.set_content('<!doctype html><html lang="en"><head><script type="application/json" id="sa-i18n">'
                     + blob + "</script></head><body></body></html>")
    page.add_script_tag(content=asset("overlay", "js", "overlay.js").read_text(encoding="utf-8"))
    return page


def test_overlay_js_writes_the_in_language_cases_exactly():
    """tests/scenarios/display_rules.json "in_language": counts, money, countdowns and percentages
    character for character as streamer_app.i18n.numbers writes them (tests/i18n/test_numbers.py)."""
    from streamer_app.i18n import LANGUAGES

    cases = SCENARIOS["in_language"]
    calls = {"count": "SA.count(v)", "countdown": "SA.countdown(v)", "percent": "SA.percent(v)",
             "compact": "SA.compact(v)"}
    wrong = []
    with chromium() as browser:
        for code, lang in LANGUAGES.items():
            page = _page_in(browser, lang)
            for rule, call in calls.items():
                for value, case_lang, want in cases[rule]:
                    if case_lang == code:
                        got = page.evaluate(f"(v) => {call}", value)
                        if got != want:
                            wrong.append((rule, code, value, got, want))
            for amount, currency, case_lang, want in cases["money"]:
                if case_lang == code:
                    got = page.evaluate("([a, c]) => SA.money(a, c)", [float(amount), currency])
                    if got != want:
                        wrong.append(("money", code, amount, got, want))
            page.close()
    assert wrong == []
    assert {case[1] for rule in calls for case in cases[rule]} >= {"ar", "de"}  # the cases ran where it matters


def test_every_language_agrees_on_countdowns_and_percentages():
    """Beyond the scenario file: each of our languages, Intl against Babel, on a spread of values."""
    from streamer_app.i18n import LANGUAGES, numbers

    seconds, wholes = [0, 9.5, 754, 3723, 86399], [0, 7, 42, 99, 100]
    wrong = []
    with chromium() as browser:
        for code, lang in LANGUAGES.items():
            page = _page_in(browser, lang)
            got = page.evaluate("([s, p]) => [s.map(SA.countdown), p.map(SA.percent)]", [seconds, wholes])
            want = [[numbers.countdown(s, lang) for s in seconds], [numbers.percent(p, lang) for p in wholes]]
            if got != want:
                wrong.append((code, got, want))
            page.close()
    assert wrong == []


def test_paid_messages_are_worded_in_the_page_language():
    """Twitch and YouTube messages on the alerts and feed pages: the window's words (ui/paid_words.py)
    from the update's fields, in the page's language, with the viewer's money written its way."""
    from decimal import Decimal

    from streamer_app.i18n import LANGUAGES, numbers, translate

    updates = [{"kind": "gift_subs", "units": 5, "tier": "1000", "label": "5 gifted subs (Tier 1)"},
               {"kind": "bits", "units": 1500, "tier": "", "label": "1,500 Bits"},
               {"kind": "super_chat", "units": 1, "amount": "5", "currency": "eur", "label": "Super Chat EUR 5.00"},
               {"kind": "something_new", "units": 1, "label": "something new"}]
    with chromium() as browser:
        for code in ("de", "ar"):
            page = _page_in(browser, LANGUAGES[code])
            got = page.evaluate("(us) => us.map((u) => SA.paidWords(u))", updates)
            page.close()
            assert got == [
                translate("Overlay", "{count} gifted subs (Tier {tier})", code).format(
                    count=numbers.count(5, code), tier=numbers.count(1, code)),
                translate("Overlay", "{count} Bits", code).format(count=numbers.count(1500, code)),
                translate("Overlay", "Super Chat {amount}", code).format(amount=numbers.money(Decimal(5), "EUR", code)),
                "something new"], code
            assert got[0] != updates[0]["label"]
