"""The tables, as SQLAlchemy 2 declarative classes. Every row has a UUID primary key and UTC created/updated times.

A child that cannot outlive its parent is deleted with it (ON DELETE CASCADE); a link that may go away is set to
NULL. A debrief hangs off its interview that way (one per interview); a letter hangs off its application, and
keeps its interview and its recipient's contact while they exist.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from afterword.store.constants import DEBRIEF_WENT, INTERVIEW_KINDS, LETTER_KINDS, STAGES
from afterword.store.types import UTCDateTime, utcnow

# Named constraints: SQLite can only ALTER a table by copying it (Alembic batch mode), which needs the names.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), str: String(), date: Date()}


class Row(Base):
    """What every row has: a stable id (shown to people as its first 8 hex digits) and its UTC times."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4, sort_order=-1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def _parent(table: str, *, nullable: bool = False) -> Mapped:  # type: ignore[type-arg]
    """A foreign key to ``table``: deleted with its parent, or set to NULL when it may outlive it."""
    action = "SET NULL" if nullable else "CASCADE"
    return mapped_column(ForeignKey(f"{table}.id", ondelete=action), nullable=nullable)


class Profile(Row):
    """The job seeker: who they are and what they are after."""

    __tablename__ = "profile"

    name: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    postal_address: Mapped[str | None] = mapped_column(Text)
    ambitions: Mapped[str | None] = mapped_column(Text)

    resume_versions: Mapped[list[ResumeVersion]] = relationship(
        back_populates="profile", order_by="ResumeVersion.added_at", cascade="all, delete-orphan",
        passive_deletes=True)


class ResumeVersion(Row):
    """One resume as it was added: the original file kept byte for byte, and its text. The latest is current."""

    __tablename__ = "resume_version"

    profile_id: Mapped[uuid.UUID] = _parent("profile")
    file_name: Mapped[str]
    original: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    profile: Mapped[Profile] = relationship(back_populates="resume_versions")

    __table_args__ = (Index(None, "profile_id", "added_at"),)


class Company(Row):
    """An employer. ``name_key`` (the name case-folded, spaces collapsed) is unique: "ACME" is "Acme"."""

    __tablename__ = "company"

    name: Mapped[str]
    name_key: Mapped[str] = mapped_column(unique=True)
    website: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)

    applications: Mapped[list[Application]] = relationship(back_populates="company", cascade="all, delete-orphan",
                                                           passive_deletes=True)


class Application(Row):
    """One role at one company, from saved to its outcome; ``stage_events`` is its history."""

    __tablename__ = "application"

    company_id: Mapped[uuid.UUID] = _parent("company")
    role: Mapped[str]
    posting_text: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str | None]
    research_notes: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20), default="saved")
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_action: Mapped[str | None] = mapped_column(Text)

    company: Mapped[Company] = relationship(back_populates="applications", lazy="joined")
    stage_events: Mapped[list[StageEvent]] = relationship(
        back_populates="application", order_by="StageEvent.at", cascade="all, delete-orphan", passive_deletes=True)
    interviews: Mapped[list[Interview]] = relationship(
        back_populates="application", order_by="Interview.starts_at", cascade="all, delete-orphan",
        passive_deletes=True)
    cards: Mapped[list[Card]] = relationship(
        back_populates="application", order_by="Card.version", cascade="all, delete-orphan", passive_deletes=True)
    letters: Mapped[list[Letter]] = relationship(
        back_populates="application", order_by="(Letter.send_by, Letter.created_at, Letter.id)",
        cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        CheckConstraint(_one_of("stage", STAGES), name="stage"),
        Index(None, "stage"),
        Index(None, "company_id"),
    )


class StageEvent(Row):
    """A move from one stage to another (``from_stage`` is NULL for the first one, when the application is added)."""

    __tablename__ = "stage_event"

    application_id: Mapped[uuid.UUID] = _parent("application")
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)

    application: Mapped[Application] = relationship(back_populates="stage_events")

    __table_args__ = (Index(None, "application_id"),)


class InterviewContact(Row):
    """An interviewer of an interview (interview ↔ contact)."""

    __tablename__ = "interview_contact"

    interview_id: Mapped[uuid.UUID] = _parent("interview")
    contact_id: Mapped[uuid.UUID] = _parent("contact")

    __table_args__ = (UniqueConstraint("interview_id", "contact_id"), Index(None, "contact_id"))


class Interview(Row):
    """One round: when (an instant, and the IANA zone it was given in), how, where, and who interviews."""

    __tablename__ = "interview"

    application_id: Mapped[uuid.UUID] = _parent("application")
    round: Mapped[int] = mapped_column(Integer, default=1)
    starts_at: Mapped[datetime]
    time_zone: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))
    place_or_link: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    application: Mapped[Application] = relationship(back_populates="interviews")
    interviewers: Mapped[list[Contact]] = relationship(secondary="interview_contact", order_by="Contact.name")
    debrief: Mapped[Debrief | None] = relationship(back_populates="interview", cascade="all, delete-orphan",
                                                   passive_deletes=True)

    __table_args__ = (
        CheckConstraint(_one_of("kind", INTERVIEW_KINDS), name="kind"),
        Index(None, "starts_at"),
        Index(None, "application_id"),
    )


class Contact(Row):
    """A person: an interviewer, a recruiter, a referral. ``source`` says where they came from (card, vCard ...)."""

    __tablename__ = "contact"

    company_id: Mapped[uuid.UUID | None] = _parent("company", nullable=True)
    name: Mapped[str]
    title: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    postal_address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None]

    company: Mapped[Company | None] = relationship()

    __table_args__ = (Index(None, "company_id"),)


class Card(Row):
    """A Closing Card as made for an application: version 1, 2, 3 ... per application, the JSON contract kept."""

    __tablename__ = "card"

    application_id: Mapped[uuid.UUID] = _parent("application")
    version: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(10), default="json")
    content: Mapped[str] = mapped_column(Text)
    resume_version_id: Mapped[uuid.UUID | None] = _parent("resume_version", nullable=True)

    application: Mapped[Application] = relationship(back_populates="cards")
    resume_version: Mapped[ResumeVersion | None] = relationship()

    __table_args__ = (UniqueConstraint("application_id", "version"),)


class Task(Row):
    """Something to do, perhaps by a date, perhaps for an application (a follow-up, a thank-you letter ...)."""

    __tablename__ = "task"

    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None]
    done_at: Mapped[datetime | None]
    kind: Mapped[str] = mapped_column(String(20), default="todo")

    application: Mapped[Application | None] = relationship()

    __table_args__ = (Index(None, "due_on"), Index(None, "application_id"))


class Debrief(Row):
    """What the candidate noted right after an interview (one per interview): ``content`` is the debrief in its
    documented shape (docs/debrief-format.md) as JSON; went, confidence, the decision phrase and the next step are
    copied out of it for queries. ``decision_date`` is the date the user confirmed (or the phrase read as, from a
    file), NULL when nobody knows. A ``draft`` is an interactive debrief not finished yet; ``draft_progress`` lists
    the questions it has been through (JSON), so it resumes where it stopped. ``plan`` caches the follow-up plan's
    steps with the inputs they were computed from (services/plans.py); it is only ever a shortcut."""

    __tablename__ = "debrief"

    interview_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), unique=True)
    content: Mapped[str] = mapped_column(Text)
    went: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[int | None] = mapped_column(Integer)
    decision: Mapped[str | None] = mapped_column(Text)
    decision_date: Mapped[date | None]
    next_step: Mapped[str | None] = mapped_column(Text)
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    draft_progress: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[str | None] = mapped_column(Text)

    interview: Mapped[Interview] = relationship(back_populates="debrief")

    __table_args__ = (
        CheckConstraint(_one_of("went", DEBRIEF_WENT), name="went"),
        CheckConstraint("confidence BETWEEN 1 AND 5", name="confidence"),
    )


class Letter(Row):
    """A letter written after an interview (`afterword letters`): what it says, to whom, when to send it, and
    whether it was sent. ``sources`` is the letter's paragraphs as JSON, each a list of sentences with the lines of
    the user's documents that back them ([{"text": ..., "sources": [{"document", "line", "text"}]}]); ``body`` is
    the letter as plain text below the subject (salutation to signature). With the sender's and the recipient's
    details, the row is the whole letter: it is rendered (.txt .eml .pdf .docx) and sent from it. A sent letter
    (``sent_at``, and the ``message_id`` it went with) is never changed; writing the letters again replaces only
    unsent ones, and of those only the ones the person never edited (``edited_at``: when they last did).
    ``sequence`` numbers the letters of one kind to one person (the first and second check-in)."""

    __tablename__ = "letter"

    application_id: Mapped[uuid.UUID] = _parent("application")
    interview_id: Mapped[uuid.UUID | None] = _parent("interview", nullable=True)
    contact_id: Mapped[uuid.UUID | None] = _parent("contact", nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer, default=1)
    recipient_name: Mapped[str | None]
    recipient_email: Mapped[str | None]
    recipient_title: Mapped[str | None]
    recipient_organisation: Mapped[str | None]
    sender_name: Mapped[str | None]
    sender_email: Mapped[str | None]
    sender_phone: Mapped[str | None]
    sender_address: Mapped[str | None] = mapped_column(Text)  # one line per item
    subject: Mapped[str] = mapped_column(Text)
    salutation: Mapped[str] = mapped_column(Text, default="")
    sign_off: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    sources: Mapped[str] = mapped_column(Text)
    send_by: Mapped[date]
    send_by_phrase: Mapped[str] = mapped_column(Text)
    warnings: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the writer's warnings, a list of texts
    sent_at: Mapped[datetime | None]
    message_id: Mapped[str | None] = mapped_column(Text)
    edited_at: Mapped[datetime | None]

    application: Mapped[Application] = relationship(back_populates="letters")

    __table_args__ = (
        CheckConstraint(_one_of("kind", LETTER_KINDS), name="kind"),
        CheckConstraint("sequence >= 1", name="sequence"),
        Index(None, "application_id"),
        Index(None, "send_by"),
    )
