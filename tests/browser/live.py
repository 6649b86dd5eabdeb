"""The real app served by uvicorn on 127.0.0.1 in a background thread, for a real browser to talk to."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI

from afterword.store.session import Store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig

START_TIMEOUT = 15.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class LiveServer:
    """A running app: ``url`` ends without a slash ("http://127.0.0.1:41234"); ``store`` is the store its pages
    read and write right now (see ``using``)."""

    url: str
    app: FastAPI  # the app inside the Guard: its state holds the store
    server: uvicorn.Server
    thread: threading.Thread
    store: Store

    def page(self, path: str) -> str:
        """The full address of ``path`` ("/applications/ab12")."""
        return self.url + path

    @contextmanager
    def using(self, store: Store) -> Iterator[Store]:
        """Serve ``store`` instead of the session's store for the length of the block (one test's own data)."""
        before = self.app.state.store
        self.app.state.store = self.store = store
        try:
            yield store
        finally:
            self.app.state.store = self.store = before

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=START_TIMEOUT)


def start_server(store: Store) -> LiveServer:
    """Serve the app on ``store`` at a free port of 127.0.0.1, as `afterword serve` would; returns once it answers."""
    port = free_port()
    guard = create_app(ServeConfig(port=port), store=store)
    server = uvicorn.Server(uvicorn.Config(guard, host="127.0.0.1", port=port, log_level="warning", access_log=False,
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, name="afterword-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the app did not start on 127.0.0.1:{port}")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", guard.app, server, thread, store)
