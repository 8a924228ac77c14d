"""The quota meter: documented costs, the Pacific day, a count shared through the data folder."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from streamer_app.sources.youtube_quota import COSTS, QuotaMeter, next_reset, quota_day


def test_documented_costs():
    assert COSTS["liveChatMessages.list"] == 5 and COSTS["search.list"] == 100 and COSTS["videos.list"] == 1


def test_the_day_turns_at_midnight_pacific_time():
    # 07:59 UTC on 6 December is 23:59 PST on the 5th; 08:00 UTC is midnight.
    assert str(quota_day(datetime(2026, 12, 6, 7, 59, tzinfo=timezone.utc).timestamp())) == "2026-12-05"
    assert str(quota_day(datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc).timestamp())) == "2026-12-06"
    assert next_reset(datetime(2026, 12, 6, 7, 0, tzinfo=timezone.utc).timestamp()) == \
        datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc).timestamp()


def test_two_meters_on_one_folder_add_up_and_a_new_day_starts_from_zero(tmp_path):
    clock = [datetime(2026, 12, 6, 20, 0, tzinfo=timezone.utc).timestamp()]
    a = QuotaMeter(tmp_path, 10_000, clock=lambda: clock[0])
    b = QuotaMeter(tmp_path, 10_000, clock=lambda: clock[0])
    a.spend("liveChatMessages.list")
    b.spend("liveChatMessages.list")
    a.spend("videos.list")
    assert a.used == 11 and QuotaMeter(tmp_path, 10_000, clock=lambda: clock[0]).used == 11  # a restart remembers
    assert "9,989 of 10,000 units left today" in a.sentence()
    b.exhausted()
    assert b.left == 0 and not b.can_afford("liveChatMessages.list")
    clock[0] += 86_400
    assert b.left == 10_000 and b.can_afford("liveChatMessages.list")


def test_a_damaged_count_file_is_read_as_zero(tmp_path):
    (tmp_path / "youtube-quota.json").write_text("{not json")
    assert QuotaMeter(tmp_path).used == 0


def test_the_pace_makes_the_days_quota_last_the_hours_set():
    # 10,000 units lasting 24 h of streaming: one 5-unit read every 43.2 s at most; 4 h: every 7.2 s.
    assert QuotaMeter(None, 10_000, hours=24).pace_s() == pytest.approx(43.2)
    assert QuotaMeter(None, 10_000, hours=4).pace_s() == pytest.approx(7.2)
