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
