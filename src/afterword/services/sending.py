"""`afterword send LETTER`: a kept letter sent as the RFC 5322 message the writer renders (.eml) over SMTP
(services/smtp.py), then marked sent (when, and the Message-ID it went with) in one transaction. A failure leaves
it unsent; a letter sent already goes again only when forced; --dry-run shows the message and sends nothing.

The CLI imports this module only inside its commands: it brings in SQLAlchemy and the writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from typing import TYPE_CHECKING

from afterword.services.clock import now_utc
from afterword.services.letter_views import LetterView, letter_views, row_of
from afterword.services.smtp import SendError, SmtpServer, deliver, password_for, server_of
from afterword.services.views import ApplicationSummary, summary_of
from afterword.store import debriefs
from afterword.store import letters as stored_letters
from afterword.store.ids import short_id
from afterword.store.session import Store
from afterword.store.tables import Letter as LetterRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.writer import Letter


@dataclass(frozen=True, slots=True)
class SentLetter:
    application: ApplicationSummary
    letter: LetterView  # as it is kept after sending (sent_at and message_id set), or as it was for a dry run
    message: bytes  # the message as sent (or as it would be)
    to: str
    server: str  # "mail.example.org:587 (STARTTLS)", "" for a dry run without a server set
    dry_run: bool


def _view(session: Session, row: LetterRow) -> LetterView:
    application = stored_letters.application_of(session, row)
    numbers = {interview.id: number for number, interview in enumerate(debriefs.numbered(application.interviews), 1)}
    [view] = letter_views([row_of(row)], numbers)
    return view


def _check(row: LetterRow, force: bool) -> None:
    ref, app = short_id(row.id), short_id(row.application_id)
    if row.kind == "next-round":
        raise SendError(f"letter {ref} is your notes for the next round, to read, not to send; open its file "
                        f"(afterword letters {app} --kind next-round writes it)")
    if row.sent_at is not None and not force:
        raise SendError(f"letter {ref} was sent already on {row.sent_at:%Y-%m-%d %H:%M} UTC (Message-ID "
                        f"{row.message_id}); to send it again anyway: afterword send {ref} --force")
    if not (row.recipient_email or "").strip():
        who = row.recipient_name or "the hiring team"
        raise SendError(f"letter {ref} has no e-mail address for {who}; add it to the interviewer in the debrief "
                        f"(afterword debrief {app} --file ...), write the letters again (afterword letters {app}) and "
                        "send the new one")


def message_of(letter: Letter, sender_email: str, now: datetime) -> EmailMessage:
    """The writer's .eml of ``letter`` as a message to send: from ``sender_email`` (the smtp_from setting, else the
    profile's), without the draft mark (X-Unsent) that makes mail clients open an .eml to edit."""
    from afterword.writer import render

    message = message_from_bytes(render(letter, "eml", now=now), policy=SMTP)
    assert isinstance(message, EmailMessage)
    del message["X-Unsent"]
    if sender_email.strip().lower() != letter.sender.email.strip().lower():
        user, _, domain = sender_email.strip().rpartition("@")
        del message["From"]
        message["From"] = Address(display_name=" ".join(letter.sender.name.split()), username=user, domain=domain)
    return message


def send_letter(store: Store, ref: str, *, dry_run: bool = False, force: bool = False,
                now: datetime | None = None) -> SentLetter:
    """Send the kept letter ``ref`` names (its short id) and mark it sent; ``dry_run``: build the message only."""
    from afterword.services.letter_rows import letter_of

    now = now or now_utc()
    with store.reading() as session:
        row = stored_letters.find(session, ref)
        _check(row, force)
        letter_id, letter, app = row.id, letter_of(row), short_id(row.application_id)
        application = summary_of(stored_letters.application_of(session, row))
        view = _view(session, row)
    if not letter.sender.email.strip():
        raise SendError(f"letter {short_id(letter_id)} was written when your profile had no e-mail address, so it "
                        "is not signed with one; add it (afterword profile set --email YOU@EXAMPLE.ORG) and write "
                        f"the letters again (afterword letters {app})")
    settings = store.settings
    sender = settings.smtp_from or letter.sender.email
    message = message_of(letter, sender, now)
    to = str(message["To"])
    if dry_run:
        label = server_of(settings).label if settings.smtp_host else ""
        return SentLetter(application, view, message.as_bytes(), to, label, dry_run=True)
    server: SmtpServer = server_of(settings)
    deliver(server, message, password_for(server.user) if server.user else None)
    with store.transaction() as session:
        row = session.get(LetterRow, letter_id)
        if row is None:
            raise SendError(f"letter {short_id(letter_id)} was sent, but deleted meanwhile (with its application), "
                            "so it is not marked sent")
        stored_letters.mark_sent(session, row, at=now, message_id=str(message["Message-ID"]).strip())
        view = _view(session, row)
    return SentLetter(application, view, message.as_bytes(), to, server.label, dry_run=False)
