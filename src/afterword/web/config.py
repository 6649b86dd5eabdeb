"""What `afterword serve` was asked for: where it listens, who may reach it, and how big an upload may be."""

from __future__ import annotations

import ipaddress
import secrets
import socket
from dataclasses import dataclass, field

from afterword.errors import AfterwordError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # a resume, a posting, a vCard, a photo of a business card
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: only programs on this machine can connect."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _machine_names(host: str) -> set[str]:
    """The names and addresses a phone on the same network may use to reach this machine."""
    names = {host.lower()}
    try:
        hostname = socket.gethostname()
        names |= {hostname.lower(), f"{hostname.lower()}.local"}
        if host in ("0.0.0.0", "::"):
            names |= {address.lower() for address in socket.gethostbyname_ex(hostname)[2]}
    except OSError:
        pass
    return names


@dataclass(frozen=True)
class ServeConfig:
    """The server's settings. ``token`` is None on a loopback host: a non-loopback host always needs one."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None
    extra_hosts: tuple[str, ...] = ()
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    secure_cookies: bool = False  # True when served over TLS
    secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))  # signs the CSRF tokens

    @classmethod
    def for_host(cls, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, extra_hosts: tuple[str, ...] = (),
                 secure_cookies: bool = False, token: str | None = None) -> ServeConfig:
        """A config for ``host``: a fresh random token unless the host is loopback (or a token is given)."""
        if not 0 < port < 65536:
            raise AfterwordError(f"port {port} is out of range; give a port between 1 and 65535 (default 8765)")
        if token is None and not is_loopback(host):
            token = secrets.token_urlsafe(24)
        return cls(host=host, port=port, token=token, extra_hosts=extra_hosts, secure_cookies=secure_cookies)

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Host header names (without port) the app answers: anything else is refused, which defeats DNS
        rebinding (a web page that points its own name at 127.0.0.1 cannot talk to us)."""
        names = {name.lower() for name in LOOPBACK_NAMES} | {name.lower().strip("[]") for name in self.extra_hosts}
        if not is_loopback(self.host):
            names |= _machine_names(self.host.strip("[]"))
        return frozenset(names)

    def link(self, host: str | None = None) -> str:
        """The address to open, with the token when one is needed."""
        shown = host or ("127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host)
        if ":" in shown and not shown.startswith("["):
            shown = f"[{shown}]"
        scheme = "https" if self.secure_cookies else "http"
        base = f"{scheme}://{shown}:{self.port}/"
        return f"{base}?token={self.token}" if self.token else base
