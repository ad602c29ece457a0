import datetime as dt

import pytest

from pactwatch.dates import DateError, PartialDate, as_date


@pytest.mark.parametrize(
    ("text", "precision", "start"),
    [
        ("2024", "year", dt.date(2024, 1, 1)),
        ("2024-02", "month", dt.date(2024, 2, 1)),
        ("2024-02-22", "day", dt.date(2024, 2, 22)),
        (1992, "year", dt.date(1992, 1, 1)),
        (dt.date(2011, 12, 20), "day", dt.date(2011, 12, 20)),
    ],
)
def test_precision_and_first_day(text, precision, start):
    d = PartialDate(text)
    assert d.precision == precision
    assert d.start == start


def test_shown_as_written_and_ordered():
    assert str(PartialDate("2024-02")) == "2024-02"
    assert PartialDate("2024-02") < PartialDate("2024-02-01") < PartialDate("2024-02-02")
    assert PartialDate("2023") < PartialDate("2024-01")


@pytest.mark.parametrize("bad", ["2024-13", "2024-02-30", "24-02-01", "February 2024", "", True])
def test_malformed_dates_are_refused(bad):
    with pytest.raises(DateError):
        PartialDate(bad)


def test_as_date_defaults_to_today():
    assert as_date(None) == dt.date.today()
    assert as_date("2024-03") == dt.date(2024, 3, 1)
