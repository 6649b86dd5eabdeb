"""The contacts page's list: every contact with the applications they were met for (their summaries, not only
the ids ``list_contacts`` gives), so a page can link to each."""

from __future__ import annotations

from dataclasses import dataclass

from afterword.services.applications import list_applications
from afterword.services.contacts import ContactView, list_contacts
from afterword.services.views import ApplicationSummary
from afterword.store.session import Store


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One contact and the applications whose interviews they were met at (oldest interview first)."""

    contact: ContactView
    applications: tuple[ApplicationSummary, ...]


def contact_entries(store: Store) -> list[ContactEntry]:
    """Every contact, by company then name, each with the summaries of their applications."""
    found = list_contacts(store)
    if not any(contact.application_ids for contact in found):
        return [ContactEntry(contact, ()) for contact in found]
    by_id = {summary.id: summary for summary in list_applications(store)}
    return [ContactEntry(contact, tuple(by_id[app_id] for app_id in contact.application_ids if app_id in by_id))
            for contact in found]
