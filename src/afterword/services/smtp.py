"""Delivery by SMTP (the standard library's smtplib): the server from the settings, the password from
AFTERWORD_SMTP_PASSWORD or the system keyring (never from the database or the settings file), and every failure
as one line that says what to do.

smtp_security: "starttls" (port 587: plain connection, then STARTTLS before anything else), "ssl" (port 465: TLS
from the first byte) or "none" (a server on this machine only; the settings refuse it for any other host). TLS
checks the server's certificate and name with the system's trusted certificates.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from afterword.errors import AfterwordError
from afterword.settings import Settings
from afterword.settings_fast import LOCAL_HOSTS, PASSWORD_VARIABLE

PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TIMEOUT_SECONDS = 30
KEYRING_SERVICE = "afterword"


class SendError(AfterwordError):
    """The letter could not be sent; the message says what to do. Nothing was marked sent."""


@dataclass(frozen=True, slots=True)
class SmtpServer:
    host: str
    port: int
    security: str
    user: str | None

    @property
    def label(self) -> str:
        """"mail.example.org:587 (STARTTLS)"."""
        how = {"starttls": "STARTTLS", "ssl": "SSL/TLS", "none": "unencrypted"}[self.security]
        return f"{self.host}:{self.port} ({how})"


def server_of(settings: Settings) -> SmtpServer:
    """The SMTP server of the settings; a one-line SendError when none is set."""
    if not settings.smtp_host:
        raise SendError("no SMTP server is set; give your mail provider's in smtp_host (with smtp_user, and "
                        "smtp_security starttls or ssl) in the settings file or AFTERWORD_SMTP_HOST, or use "
                        "--dry-run to see the message")
    if settings.smtp_security == "none" and settings.smtp_host.lower() not in LOCAL_HOSTS:  # the settings refuse it
        raise SendError("smtp_security = none is only for a server on this machine; use starttls or ssl")
    return SmtpServer(settings.smtp_host, settings.smtp_port or PORTS[settings.smtp_security],
                      settings.smtp_security, settings.smtp_user)


def password_for(user: str) -> str:
    """The SMTP password: AFTERWORD_SMTP_PASSWORD, else the system keyring's (service "afterword", the user name);
    a one-line SendError when neither has one."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    how = (f"store it with: keyring set {KEYRING_SERVICE} {user} (or set {PASSWORD_VARIABLE} for this command)")
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        raise SendError(f"no password for the SMTP user {user}: {PASSWORD_VARIABLE} is not set and the keyring "
                        f"library is not installed (pip install keyring); {how}") from None
    try:
        stored = keyring.get_password(KEYRING_SERVICE, user)
    except KeyringError as error:
        raise SendError(f"no password for the SMTP user {user}: {PASSWORD_VARIABLE} is not set and the system "
                        f"keyring cannot be read ({' '.join(str(error).split())[:120]}); set {PASSWORD_VARIABLE}"
                        ) from None
    if not stored:
        raise SendError(f"no password for the SMTP user {user}; {how}")
    return stored


def _reply(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else \
        str(error.smtp_error)
    return f"{error.smtp_code} {' '.join(text.split())}"[:160]


def _connect(server: SmtpServer) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if server.security == "ssl":
        return smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT_SECONDS, context=context)
    connection = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_SECONDS)
    try:
        if server.security == "starttls":
            connection.ehlo()
            connection.starttls(context=context)
            connection.ehlo()
    except BaseException:
        connection.close()
        raise
    return connection


def _send(server: SmtpServer, message: EmailMessage, password: str | None) -> None:
    connection = _connect(server)
    try:
        if server.user:
            connection.login(server.user, password or "")
        connection.send_message(message)
        try:
            connection.quit()
        except smtplib.SMTPException:
            pass  # the message was accepted; a server that drops the line at QUIT changes nothing
    finally:
        connection.close()


def deliver(server: SmtpServer, message: EmailMessage, password: str | None) -> None:
    """Send ``message`` through ``server``; every failure is a one-line SendError saying what to do."""
    where = server.label
    try:
        _send(server, message, password)
    except smtplib.SMTPAuthenticationError as error:
        raise SendError(f"{where} refused the login of {server.user} ({_reply(error)}); check smtp_user and the "
                        f"password (with two-step sign-in, an app password from your provider): keyring set "
                        f"{KEYRING_SERVICE} {server.user}") from None
    except smtplib.SMTPNotSupportedError:
        raise SendError(f"{where} does not offer STARTTLS; if your provider uses port 465, set smtp_security = "
                        "\"ssl\" (and smtp_port = 465)") from None
    except smtplib.SMTPRecipientsRefused as error:
        refused = ", ".join(f"{address} ({_reply(smtplib.SMTPResponseException(*reply))})"
                            for address, reply in error.recipients.items())
        raise SendError(f"{where} refused the recipient {refused}; check the address in the debrief") from None
    except smtplib.SMTPSenderRefused as error:
        raise SendError(f"{where} refused the sender {error.sender} ({_reply(error)}); set smtp_from to an address "
                        "your account may send from") from None
    except smtplib.SMTPResponseException as error:
        raise SendError(f"{where} refused the message ({_reply(error)}); try again later, or send the .eml from "
                        "your mail client") from None
    except ssl.SSLCertVerificationError as error:
        raise SendError(f"the TLS certificate of {where} cannot be trusted ({error.verify_message}); check "
                        "smtp_host is your provider's server name exactly") from None
    except ssl.SSLError as error:
        raise SendError(f"TLS with {where} failed ({error.reason or error}); check smtp_security: starttls for "
                        "port 587, ssl for port 465") from None
    except socket.gaierror:
        raise SendError(f"cannot find the SMTP server {server.host}; check smtp_host and your connection") from None
    except ConnectionRefusedError:
        raise SendError(f"{where} refused the connection; check smtp_host and smtp_port (587 for starttls, 465 "
                        "for ssl)") from None
    except TimeoutError:
        raise SendError(f"{where} did not answer within {TIMEOUT_SECONDS} s; check smtp_host, smtp_port and "
                        "smtp_security, and your connection") from None
    except (smtplib.SMTPException, OSError) as error:
        detail = " ".join(str(error).split())[:120] or type(error).__name__
        raise SendError(f"sending through {where} failed ({detail}); check the smtp settings, or try again later"
                        ) from None
