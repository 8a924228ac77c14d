"""A night's report: the sessions that ran together, one summary with a per-platform breakdown."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

from streamer_app.engine.engine import Engine
from streamer_app.engine.multistream import Multistream
from streamer_app.settings import Settings
from streamer_app.sources.demo import DemoSource
from streamer_app.sources.demo_platforms import PlatformDemoSource
from streamer_app.store.queries import Reader

from ..conftest import run_cli

NIGHT = 1_790_000_000.0
EARLIER = NIGHT - 3 * 86400


def test_the_night_is_the_sessions_that_ran_together_with_each_platforms_figures(tmp_path):
    data = tmp_path / "data"
    alone = asyncio.run(Engine(DemoSource(seed=9, duration=300, speed=0, start=EARLIER), data, Settings()).run())
    sources = [DemoSource(seed=3, duration=600, speed=0, start=NIGHT),
               PlatformDemoSource("twitch", seed=3, duration=600, speed=0, start=NIGHT + 30),
               PlatformDemoSource("youtube", seed=3, duration=600, speed=0, start=NIGHT + 60)]
    result = asyncio.run(Multistream(sources, data, Settings()).run())
    assert result.committed
    out = tmp_path / "night.json"
    r = run_cli("export", "night", "--format", "json", "-o", str(out), "--data-dir", str(data))
    assert r.returncode == 0, r.stderr
    night = json.loads(out.read_text())
    assert night["night"]["sessions"] == result.session_ids and alone.session_id not in night["night"]["sessions"]
    assert [p["platform"] for p in night["platforms"]] == ["tiktok", "twitch", "youtube"]
    with Reader(data / "streamer-app.db") as reader:
        each = [reader.tallies([sid]) for sid in result.session_ids]
    assert [p["coins"] for p in night["platforms"]] == [t.coins for t in each]
    assert night["totals"]["coins"] == sum(t.coins for t in each)
    assert Decimal(str(night["totals"]["platforms_estimated_earnings"])) == sum(
        Decimal(str(p["estimated_earnings"])) for p in night["platforms"])
    # The same night, named by any of its sessions; and in Markdown, a line per platform.
    again = tmp_path / "again.json"
    assert run_cli("export", f"night:{result.session_ids[1]}", "-o", str(again), "--data-dir", str(data)).returncode == 0
    assert json.loads(again.read_text())["night"]["sessions"] == result.session_ids
    md = tmp_path / "night.md"
    assert run_cli("export", "night", "-o", str(md), "--data-dir", str(data)).returncode == 0
    assert "**By platform:** TikTok" in md.read_text()
    bad = run_cli("export", "night:abc", "-o", str(md), "--data-dir", str(data))
    assert bad.returncode == 1 and "night:abc" in bad.stderr


def test_platform_demos_are_seeded_and_count_each_message_once(tmp_path):
    def events(platform):
        return list(PlatformDemoSource(platform, seed=5, duration=900, speed=0, start=NIGHT).generate())

    for platform in ("twitch", "youtube"):
        a, b = events(platform), events(platform)
        assert a == b
        paid = [e for e in a if type(e).__name__ == "PaidEvent"]
        assert paid and all(e.platform == platform and e.user.user_id.startswith(platform + ":") for e in paid)
        assert len({e.msg_id for e in paid}) < len(paid)  # redelivered now and then, as the platforms do
    kinds = {e.kind for e in events("twitch") if type(e).__name__ == "PaidEvent"}
    assert {"bits", "sub", "resub", "gift_subs"} <= kinds
    yt = [e for e in events("youtube") if type(e).__name__ == "PaidEvent"]
    assert {"super_chat", "membership", "gift_memberships"} <= {e.kind for e in yt}
    assert len({e.currency for e in yt if e.currency}) >= 3


def test_the_command_line_names_each_source_in_order():
    from streamer_app.app import source_requests
    from streamer_app.cli import build_parser
    from streamer_app.settings import Settings as S

    def asked(*argv):
        return source_requests(build_parser().parse_args(list(argv)), S())

    assert asked("connect", "@ana", "--twitch", "ana_tv", "--youtube", "@AnaLive") == [
        ("tiktok", "@ana"), ("twitch", "ana_tv"), ("youtube", "@AnaLive")]
    assert asked("connect", "@ana") == [("tiktok", "@ana")]  # as it always was
    assert asked("connect", "--twitch", "ana_tv") == [("twitch", "ana_tv")]
    assert asked("--demo") == [("demo", "")]  # the default demo stays TikTok's
    assert asked("--demo", "--platforms", "tiktok,twitch,youtube") == [("demo", ""), ("twitch-demo", ""),
                                                                       ("youtube-demo", "")]
    assert asked("replay", "x.ttlive.jsonl") == [("replay", "x.ttlive.jsonl")]
    # The creator's own channels in the settings: followed together when the app starts.
    mine = S(creator="@ana", twitch_channel="ana_tv", youtube_channel="@AnaLive")
    assert source_requests(build_parser().parse_args([]), mine) == [("tiktok", "@ana"), ("twitch", "ana_tv"),
                                                                    ("youtube", "@AnaLive")]
    import pytest
    from streamer_app.settings import SettingsError

    with pytest.raises(SettingsError, match="name a TikTok @handle"):
        asked("connect")
