from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    CalendarRangeError,
    add_working_days,
    deadline_with_pauses,
    in_window,
    is_working_day,
    validity_window,
    working_days_between,
)

# Dates well inside the calendar's known range, leaving room for deadlines to run on.
known_dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 6, 30))
small_n = st.integers(min_value=0, max_value=40)


@pytest.mark.parametrize(
    "d",
    [
        date(2025, 1, 1),  # 元旦
        date(2025, 1, 28),  # 除夕 (2025 起放假)
        date(2025, 2, 4),
        date(2025, 5, 5),
        date(2025, 10, 8),  # 国庆中秋连休最后一天 (周三)
        date(2026, 1, 2),
        date(2026, 2, 16),
        date(2026, 2, 23),  # 2026 春节 9 天假的最后一天 (周一)
        date(2026, 10, 7),
        date(2025, 3, 1),  # ordinary Saturday
    ],
)
def test_holidays_are_not_working_days(d: date) -> None:
    assert not is_working_day(d)


@pytest.mark.parametrize(
    "d",
    [
        date(2025, 1, 26),  # 周日 调休上班
        date(2025, 2, 8),  # 周六 调休上班
        date(2025, 4, 27),
        date(2025, 9, 28),
        date(2025, 10, 11),
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
        date(2025, 3, 3),  # ordinary Monday
    ],
)
def test_make_up_days_are_working_days(d: date) -> None:
    assert d.weekday() >= 5 or d == date(2025, 3, 3)
    assert is_working_day(d)


def test_out_of_range_year_gives_chinese_error() -> None:
    with pytest.raises(CalendarRangeError, match=f"{LAST_YEAR + 1} 年的放假安排尚未收录"):
        is_working_day(date(LAST_YEAR + 1, 3, 2))
    with pytest.raises(CalendarRangeError, match="仅收录"):
        is_working_day(date(FIRST_YEAR - 1, 3, 3))


def test_deadline_running_into_unknown_year_fails_loudly() -> None:
    with pytest.raises(CalendarRangeError):
        add_working_days(date(LAST_YEAR, 12, 20), 20)


def test_add_working_days_across_spring_festival_2025() -> None:
    # Friday 2025-01-24; Sat 25 rest, Sun 26 调休上班, Mon 27 work, 28 Jan – 4 Feb holiday.
    assert add_working_days(date(2025, 1, 24), 1) == date(2025, 1, 26)
    assert add_working_days(date(2025, 1, 24), 2) == date(2025, 1, 27)
    assert add_working_days(date(2025, 1, 24), 3) == date(2025, 2, 5)
    assert add_working_days(date(2025, 1, 24), 0) == date(2025, 1, 24)


def test_add_working_days_across_national_day_2025() -> None:
    # Sat 27 Sep rest, Sun 28 Sep work, Mon 29, Tue 30, 1–8 Oct holiday, Thu 9, Fri 10, Sat 11 work.
    assert add_working_days(date(2025, 9, 26), 3) == date(2025, 9, 30)
    assert add_working_days(date(2025, 9, 26), 4) == date(2025, 10, 9)
    assert add_working_days(date(2025, 9, 26), 6) == date(2025, 10, 11)
    assert working_days_between(date(2025, 9, 30), date(2025, 10, 8)) == 0


def test_twenty_working_days_from_acceptance() -> None:
    # 受理 on Mon 2026-02-09: the Spring Festival (15–23 Feb) and 调休 (14, 28 Feb) apply.
    deadline = add_working_days(date(2026, 2, 9), 20)
    assert deadline == date(2026, 3, 13)  # 10–14 Feb (5), 24–28 Feb (5), 2–13 Mar (10)
    assert working_days_between(date(2026, 2, 9), deadline) == 20


def test_negative_count_rejected() -> None:
    with pytest.raises(ValueError, match="不能为负数"):
        add_working_days(date(2025, 3, 3), -1)


def test_working_days_between_is_antisymmetric() -> None:
    a, b = date(2025, 3, 3), date(2025, 3, 17)
    assert working_days_between(a, b) == 10
    assert working_days_between(b, a) == -10
    assert working_days_between(a, a) == 0


@settings(max_examples=60, deadline=None)
@given(start=known_dates, n=small_n)
def test_add_then_count_roundtrip(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    if n > 0:
        assert is_working_day(end)
        assert working_days_between(start, end - timedelta(days=1)) == n - 1


# ---- stopped clock ---------------------------------------------------------------------


def test_pause_for_correction_pushes_deadline() -> None:
    start = date(2025, 3, 3)  # Monday
    assert deadline_with_pauses(start, 5, []) == date(2025, 3, 10)
    # Returned for 补正 Wed 5 Mar, corrected file back Fri 7 Mar: three working days stopped.
    assert deadline_with_pauses(start, 5, [(date(2025, 3, 5), date(2025, 3, 7))]) == date(2025, 3, 13)


def test_pause_after_deadline_is_irrelevant() -> None:
    start = date(2025, 3, 3)
    assert deadline_with_pauses(start, 5, [(date(2025, 3, 20), date(2025, 3, 25))]) == date(2025, 3, 10)
    assert deadline_with_pauses(start, 5, [(date(2025, 3, 20), None)]) == date(2025, 3, 10)


def test_open_pause_leaves_deadline_undetermined() -> None:
    assert deadline_with_pauses(date(2025, 3, 3), 5, [(date(2025, 3, 5), None)]) is None


def test_pause_over_weekend_only_costs_nothing() -> None:
    start = date(2025, 3, 3)
    assert deadline_with_pauses(start, 5, [(date(2025, 3, 8), date(2025, 3, 9))]) == date(2025, 3, 10)


def test_overlapping_pauses_counted_once() -> None:
    start = date(2025, 3, 3)
    one = deadline_with_pauses(start, 5, [(date(2025, 3, 4), date(2025, 3, 6))])
    two = deadline_with_pauses(
        start, 5, [(date(2025, 3, 5), date(2025, 3, 6)), (date(2025, 3, 4), date(2025, 3, 5))]
    )
    assert one == two == date(2025, 3, 13)


def test_inverted_pause_rejected() -> None:
    with pytest.raises(ValueError, match="第 1 个中止期间"):
        deadline_with_pauses(date(2025, 3, 3), 5, [(date(2025, 3, 7), date(2025, 3, 5))])


@st.composite
def pauses(draw: st.DrawFn) -> list[tuple[date, date | None]]:
    out: list[tuple[date, date | None]] = []
    for _ in range(draw(st.integers(0, 3))):
        first = draw(known_dates)
        length = draw(st.integers(0, 20))
        out.append((first, first + timedelta(days=length)))
    return out


@settings(max_examples=60, deadline=None)
@given(start=known_dates, n=small_n, ps=pauses(), extra=pauses())
def test_pauses_only_push_deadline_later(
    start: date, n: int, ps: list[tuple[date, date | None]], extra: list[tuple[date, date | None]]
) -> None:
    plain = add_working_days(start, n)
    assert deadline_with_pauses(start, n, []) == plain
    with_ps = deadline_with_pauses(start, n, ps)
    with_more = deadline_with_pauses(start, n, ps + extra)
    assert with_ps is not None and with_more is not None
    assert plain <= with_ps <= with_more


# ---- validity windows ------------------------------------------------------------------


def test_validity_window_examples() -> None:
    assert validity_window(date(2024, 1, 1), 5) == (date(2024, 1, 1), date(2028, 12, 31))
    assert validity_window(date(2025, 7, 15), 3) == (date(2025, 7, 15), date(2028, 7, 14))
    assert validity_window(date(2024, 2, 29), 1) == (date(2024, 2, 29), date(2025, 2, 28))
    assert validity_window(date(2024, 2, 29), 4) == (date(2024, 2, 29), date(2028, 2, 28))
    assert validity_window(date(2023, 3, 1), 1) == (date(2023, 3, 1), date(2024, 2, 29))


def test_validity_window_rejects_non_positive_years() -> None:
    with pytest.raises(ValueError, match="正整数"):
        validity_window(date(2024, 1, 1), 0)


def test_in_window_is_inclusive() -> None:
    w = validity_window(date(2024, 1, 1), 2)
    assert in_window(date(2024, 1, 1), w)
    assert in_window(date(2025, 12, 31), w)
    assert not in_window(date(2026, 1, 1), w)
    assert not in_window(date(2023, 12, 31), w)


@settings(max_examples=200)
@given(start=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), years=st.integers(1, 30))
def test_consecutive_windows_tile_without_gap_or_overlap(start: date, years: int) -> None:
    first, last = validity_window(start, years)
    assert first == start
    assert last >= start
    # The day after the window is the anniversary, and windows of y and y+1 years nest.
    _, longer = validity_window(start, years + 1)
    assert longer > last
    days = (last - first).days + 1
    assert 365 * years <= days <= 366 * years + 1
    if start.month != 2 or start.day != 29:
        assert (last + timedelta(days=1)).replace(year=start.year) == start


def test_a_year_the_package_does_not_know_is_refused_until_its_arrangement_is_loaded() -> None:
    from subsidy import dates

    year = dates.LAST_YEAR + 1
    with pytest.raises(dates.CalendarRangeError, match=f"calendars/{year}.yaml"):
        dates.is_working_day(date(year, 1, 4))
    dates.load_arrangement(year, [date(year, 1, 1), date(year, 1, 4)], [date(year, 1, 9)])
    try:
        assert not dates.is_working_day(date(year, 1, 4))  # a Monday declared a holiday
        assert dates.is_working_day(date(year, 1, 9)) is (True)  # a Saturday declared a working day
        assert dates.is_working_day(date(year, 1, 5))
    finally:
        dates._EXTRA.pop(year)
