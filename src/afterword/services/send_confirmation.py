"""Sending a kept letter from the web app: why a letter cannot go by e-mail (in the page's own words, before
anything is tried), the message to confirm (to, from, subject, through which server), and the sending itself by
services/sending.py, the same as `afterword send`. Without an SMTP server in the settings nothing is tried, and
the one-line hint says how to set one (and that the .eml can be sent from a mail client meanwhile)."""

from __future__ import annotations

from dataclasses import dataclass
from email import message_from_bytes
from email.policy import default

from afterword.services.letter_files import OpenLetter, open_letter
from afterword.services.letter_views import LetterView
from afterword.services.sending import SentLetter, send_letter
from afterword.services.smtp import SendError
from afterword.services.views import ApplicationSummary
from afterword.store.session import Store


@dataclass(frozen=True, slots=True)
class SendCheck:
    """What the confirmation step shows. ``server`` is None when no SMTP server is set (then ``hint`` says how)."""

    application: ApplicationSummary
    letter: LetterView
    to: str
    sender: str
    subject: str
    server: str | None
    hint: str | None


def smtp_hint() -> str:
    """How to let Afterword send e-mail, and what to do until then: one line."""
    from afterword.settings_fast import PASSWORD_VARIABLE, config_path

    return (f"Sending needs your mail provider's SMTP server: set smtp_host (with smtp_user and smtp_security) in "
            f"{config_path()} or AFTERWORD_SMTP_HOST, keep the password in the system keyring (keyring set afterword "
            f"USER) or {PASSWORD_VARIABLE}, and restart afterword serve; until then, download the .eml and send it "
            "from your mail client.")


def why_not_send(opened: OpenLetter) -> str | None:
    """Why this letter cannot be sent by e-mail from here, or None when it can."""
    view, letter = opened.view, opened.letter
    if view.kind == "next-round":
        return "These are your notes for the next round: they are for you to read, not to send."
    if view.sent_at is not None:
        return f"This letter was {opened.status}; it is kept as it went."
    if not (view.recipient_email or "").strip():
        return (f"There is no e-mail address for {view.recipient}: add it to that person in the debrief and write "
                "the letters again, or download the letter and send it yourself.")
    if not letter.sender.email.strip():
        return ("This letter was written before your profile had an e-mail address: add yours to the profile and "
                "write the letters again.")
    return None


def check_send(store: Store, ref: str) -> SendCheck:
    """The message the letter ``ref`` names would go as, to confirm before it is sent; a one-line SendError when
    it cannot be sent by e-mail."""
    opened = open_letter(store, ref)
    reason = why_not_send(opened)
    if reason is not None:
        raise SendError(reason)
    trial = send_letter(store, ref, dry_run=True)
    message = message_from_bytes(trial.message, policy=default)
    configured = bool(store.settings.smtp_host)
    return SendCheck(opened.application, opened.view, trial.to, str(message["From"]), str(message["Subject"]),
                     trial.server if configured else None, None if configured else smtp_hint())


def send_now(store: Store, ref: str) -> SentLetter:
    """Send the letter ``ref`` names through the SMTP server of the settings and mark it sent; a one-line
    SendError (the hint, without a server) when it cannot go."""
    opened = open_letter(store, ref)
    reason = why_not_send(opened)
    if reason is not None:
        raise SendError(reason)
    if not store.settings.smtp_host:
        raise SendError(smtp_hint())
    return send_letter(store, ref)
