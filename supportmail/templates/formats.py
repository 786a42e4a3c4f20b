"""Dates, times, lengths and names in a language: the one module that imports Babel.

Each language's `words.toml` gives its Babel patterns; here they are applied. A zone is an IANA
name ("Europe/Berlin", DST-correct through zoneinfo) or a fixed offset "UTC+01:00" (what a
customer's `Date:` header tells); it is always written out after the time.
"""

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from string import Template
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list
from babel.units import format_unit

_OFFSET = re.compile(r"UTC([+-])(\d{2}):(\d{2})")


def zone_info(zone: str) -> tzinfo:
    """The tzinfo of an IANA name, "UTC" or "UTC+HH:MM"; ValueError for anything else."""
    if zone == "UTC":
        return UTC
    match = _OFFSET.fullmatch(zone)
    if match:
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours), minutes=int(minutes))
        if offset >= timedelta(hours=24):
            raise ValueError(f"offset out of range: {zone!r}")
        return timezone(-offset if sign == "-" else offset)
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {zone!r}") from None


class Formats:
    """How one language writes moments, lengths, weekdays and language names (Babel)."""

    def __init__(self, language: str, patterns: dict[str, str], phrases: dict[str, str]) -> None:
        self.locale = Locale.parse(language)
        self.date_pattern = patterns["date"]
        self.time_pattern = patterns["time"]
        self.when_template = Template(patterns["when"])
        self.day_range = Template(phrases["day_range"])

    def when(self, moment: datetime, zone: str) -> str:
        """`moment` in `zone`, e.g. "Fri 27 Nov 2026, 14:00 UTC" in English."""
        if moment.tzinfo is None:
            raise ValueError("naive datetime: times must be timezone-aware")
        local = moment.astimezone(zone_info(zone))
        return self.when_template.substitute(
            # The day is all Babel's format_date reads of a datetime.
            date=_written_date(local.date(), self.date_pattern, self.locale),
            time=format_time(local, self.time_pattern, locale=self.locale),
            zone=zone,
        )

    def clock(self, hhmm: str) -> str:
        """A time of day given as "HH:MM", written the language's way ("9 h 00", "09:00")."""
        return str(format_time(time.fromisoformat(hhmm), self.time_pattern, locale=self.locale))

    def hours(self, hours: float) -> str:
        """A window length, e.g. "36 hours", "1 Stunde", "1,5 heure"."""
        value: float = int(hours) if float(hours).is_integer() else hours
        return str(format_unit(value, "duration-hour", length="long", locale=self.locale))

    def days(self, workdays: Sequence[int]) -> str:
        """Weekdays in words: a run as "Monday to Friday", others as a list."""
        names = get_day_names("wide", locale=self.locale)
        days = sorted(set(workdays))
        if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
            return self.day_range.substitute(first=names[days[0]], last=names[days[-1]])
        return str(format_list([str(names[d]) for d in days], locale=self.locale))

    def language_name(self, code: str) -> str:
        """The name of language `code` in this language, e.g. "German"."""
        return str(self.locale.languages.get(code, code))


@lru_cache(maxsize=2048)  # a mail names the same few days again and again
def _written_date(day: date, pattern: str, locale: Locale) -> str:
    """`day` written with the Babel date `pattern` of `locale`."""
    return str(format_date(day, pattern, locale=locale))
