"""`afterword serve`: the whole flow in a browser, on this machine (or, with a token, your phone on the same
network). The command only parses its options and starts the server; the pages call the service layer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors


@handle_errors
def serve(
    host: Annotated[str, typer.Option("--host", metavar="ADDRESS", help=(
        "Where to listen. The default (127.0.0.1) is reachable only from this machine; 0.0.0.0 or this machine's "
        "address lets your phone on the same network in, with an access token."))] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", metavar="PORT", help="The port to listen on.")] = 8765,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in your browser.")] = False,
    allow_host: Annotated[list[str] | None, typer.Option("--allow-host", metavar="NAME", help=(
        "Another name this machine is reached by (a DNS name of your own); repeat for several."))] = None,
    tls_cert: Annotated[Path | None, typer.Option("--tls-cert", metavar="FILE", help="A PEM certificate: serve "
                                                  "over HTTPS (and keep the token cookie Secure).")] = None,
    tls_key: Annotated[Path | None, typer.Option("--tls-key", metavar="FILE", help="The certificate's PEM key."
                                                 )] = None,
) -> None:
    """Serve Afterword's pages in your browser: today, the board, cards, debriefs, letters and contacts."""
    from afterword.web.config import ServeConfig
    from afterword.web.server import serve as run

    config = ServeConfig.for_host(host, port, extra_hosts=tuple(allow_host or ()), secure_cookies=tls_cert is not None)
    run(config, open_browser=open_browser, tls_cert=tls_cert, tls_key=tls_key, echo=typer.echo)
