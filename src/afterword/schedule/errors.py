"""The schedule's own errors. Each is also a ValueError, so plain callers can catch it as one."""

from __future__ import annotations

from afterword.errors import AfterwordError


class ScheduleError(AfterwordError, ValueError):
    """A value the schedule cannot work with. The message names the value and how to fix it."""


class UnknownRegionError(ScheduleError):
    """The country or subdivision code has no public-holiday calendar."""


class UnknownTimeZoneError(ScheduleError):
    """The time zone name is not an IANA zone known to this machine."""
