"""Run the web app with uvicorn: open the store first (so a bad database is one line, not a traceback), print the
link (and, for a phone on the same network, its QR code), then serve until Ctrl-C."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from afterword.errors import AfterwordError
from afterword.web.config import ServeConfig, is_loopback


def qr_text(link: str) -> str:
    """The link as a QR code drawn with block characters, for a phone's camera."""
    import io

    import segno

    out = io.StringIO()
    segno.make(link, error="l").terminal(out=out, compact=True, border=2)
    return out.getvalue()


def start_lines(config: ServeConfig) -> list[str]:
    """What `afterword serve` prints when it starts."""
    lines = [f"Afterword is running at {config.link()}"]
    if config.token:
        lines.append("This address is reachable from other devices on your network: the link above carries a one-time "
                     "access token; share it only with your own devices.")
        if not config.secure_cookies:
            lines.append("warning: without --tls-cert the token and your pages travel unencrypted on the local "
                         "network; use this on a network you trust.")
    lines.append("Press Ctrl-C to stop.")
    return lines


def serve(config: ServeConfig, *, open_browser: bool = False, tls_cert: Path | None = None,
          tls_key: Path | None = None, echo: Callable[[str], object] = print) -> None:
    import uvicorn

    from afterword.store.session import open_store
    from afterword.web.app import create_app

    if (tls_cert is None) != (tls_key is None):
        raise AfterwordError("give both --tls-cert and --tls-key, or neither")
    for path in (tls_cert, tls_key):
        if path is not None and not path.is_file():
            raise AfterwordError(f"{path}: no such file; give the PEM certificate and key files")
    store = open_store()
    try:
        app = create_app(config, store=store)
        for line in start_lines(config):
            echo(line)
        if config.token:
            link = config.link(_lan_address() if config.host in ("0.0.0.0", "::") else None)
            if link != config.link():
                echo(f"From your phone: {link}")
            echo(qr_text(link))
        if open_browser:
            import webbrowser

            webbrowser.open(config.link())
        try:
            uvicorn.run(app, host=config.host, port=config.port, log_level="warning", access_log=False,
                        ssl_certfile=str(tls_cert) if tls_cert else None, ssl_keyfile=str(tls_key) if tls_key else None,
                        server_header=False)
        except OSError as error:
            raise AfterwordError(f"cannot listen on {config.host}:{config.port} ({error.strerror or error}); "
                                 "choose another --port") from None
    finally:
        store.close()
        sys.stdout.flush()


def _lan_address() -> str | None:
    """This machine's address on the local network (no packet is sent: a UDP socket only picks a route)."""
    import socket

    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
            address = probe.getsockname()[0]
        return None if is_loopback(address) else address
    except OSError:
        return None
