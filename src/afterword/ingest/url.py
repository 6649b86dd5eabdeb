"""Fetch a document over http(s): a timeout per step, an overall deadline and a size cap."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

from afterword.errors import InputError
from afterword.ingest.text import allowed_codec

_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


class _Deadline:
    """Ends a download when its time is up, in whatever phase it is: a timer shuts the connection's socket down,
    which wakes a read that is waiting for the next byte (a server may drip one byte a second forever)."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._stream: Any = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpx's trace hook: note each new connection's stream, so the timer can reach its socket."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            with self._lock:
                self._stream = info.get("return_value")
                if self.expired:
                    self._shutdown()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shutdown()

    def _shutdown(self) -> None:
        sock = self._stream.get_extra_info("socket") if self._stream is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def fetch(url: str, *, timeout: float, max_bytes: int, deadline: float = 30.0) -> tuple[bytes, str]:
    """The body and content type of ``url``; an InputError naming the fix on any failure.

    ``timeout`` bounds the connection and each read; ``deadline`` the whole download, connect to last byte.
    """
    import httpx

    late = InputError(f"{url} took more than {deadline:g} s to download; try again later, or save the page and "
                      "give the file instead")
    end = time.monotonic() + deadline
    with _Deadline(deadline) as watch:
        try:
            with httpx.Client(timeout=min(timeout, deadline), follow_redirects=True,
                              headers={"User-Agent": "afterword/0.1 (+local)"}) as client:
                with client.stream("GET", url, extensions={"trace": watch.trace}) as response:
                    if response.status_code >= 400:
                        raise InputError(f"{url} answered {response.status_code} {response.reason_phrase}; "
                                         "check the address, or save the page and give the file instead")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise InputError(f"{url} is larger than {max_bytes / 1_048_576:.3g} MB; "
                                             "save the part you need to a file")
                        if watch.expired or time.monotonic() > end:
                            raise late
                        chunks.append(chunk)
                    if watch.expired:  # the socket was shut: what came may be cut short
                        raise late
                    return b"".join(chunks), response.headers.get("content-type", "")
        except httpx.TimeoutException:
            if watch.expired:
                raise late from None
            raise InputError(f"{url} did not answer within {timeout:g} s; try again, or save the page "
                             "and give the file instead") from None
        except httpx.HTTPError as error:
            if watch.expired:
                raise late from None
            raise InputError(f"could not fetch {url} ({type(error).__name__}); check the address and your "
                             "connection, or save the page and give the file instead") from None


def declared_charset(content_type: str, data: bytes) -> str | None:
    """The text encoding a Content-Type header declares, when it is a real text encoding that decodes ``data``.

    None for UTF-8 (the default anyway), for codecs that are not text encodings (utf-7, punycode, rot13 ...), for
    names Python does not know and for a UTF-16/32 declaration on bytes with no NUL in them: such bytes are then
    decoded as an undeclared document would be.
    """
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        charset = value.strip().strip("\"'")
        if key.strip().lower() != "charset" or not charset:
            continue
        codec = allowed_codec(charset)
        if codec is None or codec == "utf-8" or (codec in _WIDE and b"\x00" not in data):
            return None
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            return None
        return codec
    return None
