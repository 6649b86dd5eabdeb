"""The applications as a list to read (each with its days in its stage), and days as the pages write them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from afterword.services.clock import local_date, now_utc

if TYPE_CHECKING:
    from afterword.services.views import ApplicationSummary
    from afterword.store.session import Store


@dataclass(frozen=True, slots=True)
class ListedApplication:
    application: ApplicationSummary
    days_in_stage: int
    since: date  # the local day it reached its stage


def listed_applications(store: Store, stage: str | None = None, *,
                        now: datetime | None = None) -> list[ListedApplication]:
    """Every application (or those at ``stage``: an unknown stage is an error naming the stages), the most
    recently moved first, with the whole days it has been at its stage."""
    from afterword.services.applications import list_applications

    today = local_date(now or now_utc())
    rows = []
    for summary in list_applications(store, stage):
        since = local_date(summary.stage_changed_at)
        rows.append(ListedApplication(summary, max(0, (today - since).days), since))
    return rows


def shown_day(value: date | datetime, *, year: bool = False) -> str:
    """"Tue 3 Dec" (with the year when asked: "Tue 3 Dec 2024"); an instant is shown on the local calendar."""
    day = local_date(value) if isinstance(value, datetime) else value
    return f"{day:%a} {day.day} {day:%b}" + (f" {day.year}" if year else "")
