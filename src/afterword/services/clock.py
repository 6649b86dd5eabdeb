"""The time and the zone a person lives in: "now" for days in stage and what is due, and the local IANA zone an
interview time is read in when no --tz is given."""

from __future__ import annotations

import functools
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = "UTC"


def _valid(name: str) -> str | None:
    name = name.strip().lstrip(":")
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def local_zone_name() -> str:
    """The IANA name of this machine's zone: $TZ, else /etc/localtime's link, else /etc/timezone, else UTC."""
    return _local_zone_name(os.environ.get("TZ", ""))


@functools.lru_cache(maxsize=8)
def _local_zone_name(tz_variable: str) -> str:  # asked for once per date shown: the files are read once
    from_env = _valid(tz_variable)
    if from_env:
        return from_env
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target and (name := _valid(target.split("zoneinfo/", 1)[1])):
            return name
    try:
        from_file = _valid(Path("/etc/timezone").read_text(encoding="utf-8"))
    except OSError:
        from_file = None
    return from_file or FALLBACK_ZONE


def now_utc() -> datetime:
    return datetime.now(UTC)


def local_date(instant: datetime, zone: str | None = None) -> date:
    """The calendar day of ``instant`` in ``zone`` (the local zone when None)."""
    return instant.astimezone(ZoneInfo(zone or local_zone_name())).date()


def add_business_days(start: date, days: int) -> date:
    """``days`` working days (Monday to Friday) after ``start``."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day

