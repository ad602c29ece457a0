"""Dates with a precision: ``2024``, ``2024-02`` or ``2024-02-22``.

A date given as a year or a month counts from its first day when compared or folded
(``PartialDate("2024-02").start == date(2024, 2, 1)``) and is shown as written.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pydantic is imported when a model first uses a date
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import core_schema

Precision = Literal["year", "month", "day"]

# The years a date may name: wide enough for any alliance on record, narrow enough that a
# year's arithmetic (a year back, a decade on) never leaves the calendar.
MIN_YEAR, MAX_YEAR = 1000, 9000

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


class DateError(ValueError):
    """A date that cannot be read; the message says which form is expected."""


class PartialDate:
    """A calendar date known to a year, a month or a day."""

    __slots__ = ("day", "month", "year")
    year: int
    month: int | None
    day: int | None

    def __init__(self, value: str | int | _dt.date | PartialDate) -> None:
        if isinstance(value, PartialDate):
            self.year = value.year
            self.month = value.month
            self.day = value.day
            return
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            value = value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise DateError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        m = _ISO.match(value)
        if not m:
            raise DateError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year = int(m.group(1))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise DateError(f"{value!r} is out of range: dates run from {MIN_YEAR} to {MAX_YEAR}")
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        try:
            _dt.date(year, month or 1, day or 1)
        except ValueError as exc:
            raise DateError(f"not a date: {value!r} ({exc})") from None
        self.year, self.month, self.day = year, month, day

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def start(self) -> _dt.date:
        """The first day the date covers: what the fold compares."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"

    def _key(self) -> tuple[_dt.date, int]:
        return (self.start, {"year": 0, "month": 1, "day": 2}[self.precision])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        return self._key() >= other._key()

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        from pydantic_core import core_schema

        def validate(value: Any) -> PartialDate:
            if type(value) is cls:  # already valid, and never changed once made: kept as is
                return value
            try:
                return cls(value)
            except DateError as exc:
                raise ValueError(str(exc)) from None

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """In JSON (and an OpenAPI schema): a string ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        return {
            "type": "string",
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            "examples": ["2024", "2024-02", "2024-02-22"],
        }


def as_date(value: str | int | _dt.date | PartialDate | None) -> _dt.date:
    """The day a public function folds to: today when ``value`` is None."""
    if value is None:
        return _dt.date.today()
    return PartialDate(value).start


def parse_date(value: str | int | _dt.date | PartialDate) -> PartialDate:
    return PartialDate(value)
