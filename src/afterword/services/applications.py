"""Applications: add one from a posting, list, show, edit, and move one through the stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from afterword.errors import AfterwordError
from afterword.services.reading import read
from afterword.services.views import (
    AddedApplication,
    ApplicationDetail,
    ApplicationSummary,
    CardVersion,
    StageChange,
    added_of,
    change_of,
    detail_of,
    interview_view,
    summary_of,
)
from afterword.store.constants import STAGES

if TYPE_CHECKING:  # the ORM is imported by the functions that use it: read_list() and read_show() may not
    from afterword.models import Document
    from afterword.store.fast_read import FastReader
    from afterword.store.session import Store


@dataclass(frozen=True, slots=True)
class StageResult:
    """After `afterword stage`: the application, and the move recorded (None when it was at that stage already)."""

    application: ApplicationSummary
    change: StageChange | None


def check_stage(stage: str) -> str:
    """``stage`` in its stored form; a one-line error listing the stages when it is not one."""
    wanted = stage.strip().lower()
    if wanted not in STAGES:
        raise AfterwordError(f"'{stage}' is not a stage; give one of {', '.join(STAGES)}")
    return wanted


def read_research(sources: Sequence[str], encoding: str | None = None) -> str | None:
    """The text of research note files (or URLs), one after another; None when there are none."""
    from afterword.ingest import read_document

    texts = [read_document(source, encoding=encoding).text.strip() for source in sources]
    return "\n\n".join(text for text in texts if text) or None


def company_and_role(posting: Document, company: str | None, role: str | None) -> tuple[str, str]:
    """The company and role given, else as the posting names them; an error naming the option when it does not."""
    company, role = (company or "").strip(), (role or "").strip()
    if not (company and role):
        from afterword.analysis.posting_info import posting_info

        info = posting_info(posting)
        company, role = company or info.company.strip(), role or info.role.strip()
    missing = [what for what, value in (("company", company), ("role", role)) if not value]
    if missing:
        options = " and ".join(f"--{what}" for what in missing)
        raise AfterwordError(f"the posting does not clearly name the {' or the '.join(missing)}; give "
                             f"{'it' if len(missing) == 1 else 'them'} with {options}")
    return company, role


def add_application(store: Store, posting_source: str, *, company: str | None = None, role: str | None = None,
                    url: str | None = None, research: Sequence[str] = (), encoding: str | None = None,
                    stdin: BinaryIO | None = None) -> AddedApplication:
    """A new application (stage "saved") from a posting file, URL or "-": its text is kept; the company and role
    are read from it unless given. A posting read from a URL keeps that URL as its source. The result names the
    applications already kept for the same role at the same company."""
    from afterword.ingest import read_document

    posting = read_document(posting_source, encoding=encoding, stdin=stdin)
    company, role = company_and_role(posting, company, role)
    if url is None and posting_source.lower().startswith(("http://", "https://")):
        url = posting_source
    return add_posting_document(store, posting, company=company, role=role, url=url,
                                research_notes=read_research(research, encoding))


def add_posting_document(store: Store, posting: Document, *, company: str, role: str, url: str | None = None,
                         research_notes: str | None = None) -> AddedApplication:
    """A new application (stage "saved") from a posting already read, with the company and role decided
    (company_and_role()); the result names the applications already kept for the same role at the company."""
    from afterword.store import applications

    notes = research_notes
    with store.transaction() as session:
        same_role = tuple(summary_of(application) for application in
                          applications.at_company_with_role(session, company=company, role=role))
        added = applications.add(session, company=company, role=role, posting_text=posting.text,
                                 source_url=url, research_notes=notes)
        return added_of(added, same_role)


def list_applications(store: Store, stage: str | None = None) -> list[ApplicationSummary]:
    """Every application (or those at ``stage``), the most recently moved first."""
    from afterword.services.views import summaries

    wanted = check_stage(stage) if stage is not None else None
    with store.transaction() as session:
        return summaries(session, stage=wanted, newest_first=True)


def read_list(stage: str | None = None) -> list[ApplicationSummary]:
    """list_applications() on the configured database, by the fast read path when it can answer."""
    def fast(reader: FastReader) -> list[ApplicationSummary]:
        from afterword.store import fast_queries

        wanted = check_stage(stage) if stage is not None else None
        return [ApplicationSummary(*row) for row in fast_queries.summaries(reader, stage=wanted, newest_first=True)]

    return read(fast, lambda store: list_applications(store, stage))


def show_application(store: Store, ref: str) -> ApplicationDetail:
    """The application ``ref`` names (short id, UUID or the start of its company's name), with everything kept."""
    from afterword.store import applications

    with store.transaction() as session:
        return detail_of(applications.find(session, ref))


def read_show(ref: str) -> ApplicationDetail:
    """show_application() on the configured database, by the fast read path when it can answer."""
    def fast(reader: FastReader) -> ApplicationDetail:
        from afterword.services.debrief_views import debrief_views, interview_numbers
        from afterword.services.letter_views import letter_views
        from afterword.store import fast_queries

        row, posting_text, research_notes = fast_queries.find(reader, ref)
        application_id = row[0]
        interviews = tuple(interview_view(interview, fast_queries.interviewers(reader, interview[0]))
                           for interview in fast_queries.interviews_of(reader, application_id))
        return ApplicationDetail(
            summary=ApplicationSummary(*row), posting_text=posting_text, research_notes=research_notes,
            history=tuple(StageChange(*event) for event in fast_queries.history(reader, application_id)),
            interviews=interviews,
            cards=tuple(CardVersion(*card) for card in fast_queries.cards_of(reader, application_id)),
            debriefs=debrief_views(interviews, fast_queries.debriefs_of(reader, application_id)),
            letters=letter_views(fast_queries.letters_of(reader, application_id), interview_numbers(interviews)))

    return read(fast, lambda store: show_application(store, ref))


def edit_application(store: Store, ref: str, *, company: str | None = None, role: str | None = None,
                     url: str | None = None, research: Sequence[str] | None = None,
                     encoding: str | None = None) -> ApplicationSummary:
    """Change the fields given; ``research`` files replace the research notes. Nothing given is an error."""
    if company is None and role is None and url is None and not research:
        raise AfterwordError("nothing to change; give --company, --role, --url or --research")
    notes = read_research(research, encoding) if research else None
    from afterword.store import applications, companies

    with store.transaction() as session:
        application = applications.find(session, ref)
        if company is not None:
            application.company = companies.get_or_create(session, company)
        if role is not None:
            clean = " ".join(role.split())
            if not clean:
                raise AfterwordError("an application needs a role; give the job title with --role")
            application.role = clean
        if url is not None:
            application.source_url = url.strip() or None
        if research:
            application.research_notes = notes
        session.flush()
        return summary_of(application)


def change_stage(store: Store, ref: str, stage: str, note: str | None = None) -> StageResult:
    """Move the application to ``stage`` and record it (with ``note``) in its history."""
    wanted = check_stage(stage)
    from afterword.store import applications

    with store.transaction() as session:
        application = applications.find(session, ref)
        event = applications.set_stage(session, application, wanted, note=(note or "").strip() or None)
        return StageResult(summary_of(application), change_of(event) if event is not None else None)
