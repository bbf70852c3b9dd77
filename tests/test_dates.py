from datetime import date, datetime, time

import pytest

from hfdesk import dates


def test_long_date_bokmaal_and_nynorsk():
    d = date(2023, 3, 14)
    assert dates.long_date(d) == "tirsdag 14. mars 2023"
    assert dates.long_date(d, "nb") == "tirsdag 14. mars 2023"
    assert dates.long_date(d, "nn") == "tysdag 14. mars 2023"


def test_long_date_accepts_datetime_and_none():
    assert dates.long_date(datetime(2025, 12, 1, 9, 30)) == "mandag 1. desember 2025"
    assert dates.long_date(None) == ""


def test_unknown_language_falls_back_to_bokmaal():
    assert dates.long_date(date(2023, 3, 14), "xx") == "tirsdag 14. mars 2023"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nb", "lørdag 1. februar 2025"), ("nn", "laurdag 1. februar 2025")],
)
def test_weekday_names_differ_between_written_standards(lang, expected):
    assert dates.long_date(date(2025, 2, 1), lang) == expected


def test_medium_weekday_and_month_forms():
    d = date(2023, 3, 14)
    assert dates.medium_date(d) == "14. mars 2023"
    assert dates.weekday_date(d) == "tir. 14. mars 2023"
    assert dates.month_year(d) == "mars 2023"


def test_short_date_is_zero_padded():
    assert dates.short_date(date(2023, 3, 4)) == "04.03.2023"
    assert dates.short_date(datetime(2023, 12, 24, 18, 0)) == "24.12.2023"
    assert dates.short_date(None) == ""


def test_clock_and_ranges():
    assert dates.clock(time(9, 5)) == "09:05"
    assert dates.clock(datetime(2023, 3, 14, 10, 0)) == "10:00"
    assert dates.clock(None) == ""
    assert dates.clock_range(time(10, 0), time(13, 0)) == "10:00–13:00"
    assert dates.clock_range(time(10, 0), None) == "10:00"


def test_meeting_when():
    start, end = datetime(2023, 3, 14, 10, 0), datetime(2023, 3, 14, 13, 0)
    assert dates.meeting_when(start, end) == "tirsdag 14. mars 2023 kl. 10:00–13:00"
    assert dates.meeting_when(start, end, "nn") == "tysdag 14. mars 2023 kl. 10:00–13:00"
    two_days = dates.meeting_when(start, datetime(2023, 3, 15, 12, 0))
    assert two_days == "tirsdag 14. mars 2023 kl. 10:00 – onsdag 15. mars 2023 kl. 12:00"


def test_the_english_screens_get_english_dates():
    start = datetime(2023, 3, 14, 10, 0)
    assert dates.long_date(start, "en") == "Tuesday 14 March 2023"
    assert dates.medium_date(start, "en") == "14 March 2023"
    assert dates.weekday_date(start, "en") == "Tue 14 Mar 2023"
    assert dates.month_year(start, "en") == "March 2023"
    assert dates.meeting_when(start, datetime(2023, 3, 14, 13, 0), "en") == "Tuesday 14 March 2023 at 10:00–13:00"
