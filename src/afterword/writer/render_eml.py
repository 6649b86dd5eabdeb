"""A letter as an RFC 5322 message (.eml) to open in a mail client and send: From, To, Date, Subject and
Message-ID headers, a UTF-8 plain-text body. Names outside ASCII are encoded (RFC 2047) by the standard library."""

from __future__ import annotations

import datetime as dt
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from afterword.writer.model import Letter, WriterError
from afterword.writer.render_text import letter_to_text
from afterword.writer.templates import one_line


def _address(name: str, email: str, who: str) -> Address:
    try:
        user, _, domain = email.strip().rpartition("@")
        if not user or not domain:
            raise ValueError(email)
        return Address(display_name=one_line(name), username=user, domain=domain)
    except (ValueError, IndexError, TypeError):
        raise WriterError(f"{who} e-mail address {email!r} is not valid: give one like name@example.org.") from None


def letter_to_message(letter: Letter, *, now: dt.datetime | None = None) -> EmailMessage:
    """The letter as an EmailMessage. It needs the sender's e-mail address; without the recipient's, the message
    has no To header (the mail client asks for one). Marked as a draft (X-Unsent) so mail clients open it to
    edit and send."""
    sender = letter.sender
    if not sender.email.strip():
        raise WriterError("An e-mail needs your own address: add it to your profile (afterword profile set --email).")
    message = EmailMessage(policy=SMTP)
    from_address = _address(sender.name, sender.email, "Your")
    message["From"] = from_address
    if letter.recipient.email.strip():
        message["To"] = _address(letter.recipient.name, letter.recipient.email, "The recipient's")
    moment = now or dt.datetime.now(dt.UTC).astimezone()
    message["Date"] = format_datetime(moment if moment.tzinfo else moment.astimezone())
    message["Subject"] = one_line(letter.subject)
    message["Message-ID"] = make_msgid(domain=from_address.domain.encode("idna").decode("ascii")
                                       if not from_address.domain.isascii() else from_address.domain)
    message["X-Unsent"] = "1"
    message.set_content(letter_to_text(letter, subject=False), charset="utf-8")
    return message


def render_eml(letter: Letter, *, now: dt.datetime | None = None) -> bytes:
    return letter_to_message(letter, now=now).as_bytes()
