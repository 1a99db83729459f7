"""--since/--until: parsed from text, applied through relations.within, left-out counted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from streamtool.errors import UsageError
from streamtool.report import Window, parse_bound, window
from tests.report.town import messages


def test_dates_and_times_parse_to_dates_and_aware_utc():
    assert parse_bound("2026-05-04", "--since") == date(2026, 5, 4)
    assert parse_bound("2026-05-04T09:30Z", "--since") == datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    assert parse_bound("2026-05-04T11:30+02:00", "--until") == datetime(
        2026, 5, 4, 9, 30, tzinfo=UTC
    )
    assert parse_bound("2026-05-04 09:30", "--until") == datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    assert parse_bound(None, "--since") is None


@pytest.mark.parametrize("bad", ["yesterday", "2026-13-01", "04/05/2026", ""])
def test_anything_else_names_the_option(bad):
    with pytest.raises(UsageError, match=rf"^--until: '{bad}' is not a date; use YYYY-MM-DD"):
        window(None, bad)


def test_a_date_until_includes_that_whole_day_and_undated_are_left_out():
    stream = messages()
    stream[0].created_at = None
    kept, dropped = Window(None, date(2026, 5, 4)).split(stream)
    assert [m.id for m in kept] == ["r1", "r2", "r3"]
    assert dropped == 3
    kept, dropped = Window(datetime(2026, 5, 4, 10, tzinfo=UTC), None).split(messages())
    assert [m.id for m in kept] == ["r2", "r3", "p2", "s1"]
    assert dropped == 2


def test_an_open_window_keeps_everything_even_undated():
    stream = messages()
    stream[0].created_at = None
    kept, dropped = Window().split(stream)
    assert (len(kept), dropped) == (6, 0)


def test_since_after_until_is_a_usage_error():
    with pytest.raises(UsageError, match="is after --until"):
        window("2026-05-06", "2026-05-05").split(messages())
