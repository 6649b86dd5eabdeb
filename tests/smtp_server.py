"""A real SMTP server on 127.0.0.1 for the sending tests (aiosmtpd), plain, with STARTTLS or with TLS from the
first byte, optionally asking for a login; and a self-signed certificate for it, made with `cryptography`."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class Recorder:
    """The handler: keeps every message; refuses the recipients in ``refuse`` (550)."""

    refuse: set[str] = field(default_factory=set)
    messages: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: ANN401, N802
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: ANN401, N802
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                                      or envelope.content))
        return "250 Message accepted"


@dataclass
class Server:
    port: int
    recorder: Recorder
    logins: list[tuple[str, str]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key: (cert.pem, key.pem)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
                   .not_valid_after(now + dt.timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                               x509.IPAddress(ipaddress.ip_address(HOST))]),
                                  critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@contextmanager
def smtp_server(*, tls: str | None = None, certificate: tuple[Path, Path] | None = None,
                users: dict[str, str] | None = None, refuse: set[str] | None = None) -> Iterator[Server]:
    """An SMTP server on 127.0.0.1 for the block. ``tls``: None (plain), "starttls" (required before MAIL) or
    "ssl" (TLS from the first byte), with ``certificate``. ``users``: the logins it accepts (then a login is
    required)."""
    recorder = Recorder(refuse=refuse or set())
    logins: list[tuple[str, str]] = []
    context = None
    if tls is not None:
        assert certificate is not None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*map(str, certificate))

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:  # noqa: ANN401
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = data.login.decode(), data.password.decode()
        logins.append((login, password))
        return AuthResult(success=(users or {}).get(login) == password, handled=False)

    options: dict[str, Any] = {}
    if users is not None:
        options.update(authenticator=authenticate, auth_required=True, auth_require_tls=tls is not None)
    if tls == "starttls":
        options.update(tls_context=context, require_starttls=True)
    port = free_port()
    controller = Controller(recorder, hostname=HOST, port=port, ssl_context=context if tls == "ssl" else None,
                            server_hostname="localhost", **options)
    controller.start()
    try:
        yield Server(port, recorder, logins)
    finally:
        controller.stop()
