"""Fetch a document over http(s) with timeouts and a size cap."""

from __future__ import annotations

from afterword.errors import InputError


def fetch(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """The body and content type of ``url``; an InputError naming the fix on any failure."""
    import httpx

    try:
        with httpx.Client(timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "afterword/0.1 (+local)"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(f"{url} answered {response.status_code} {response.reason_phrase}; "
                                     "check the address, or save the page and give the file instead")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(f"{url} is larger than {max_bytes // 1_000_000} MB; "
                                         "save the part you need to a file")
                    chunks.append(chunk)
                return b"".join(chunks), response.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise InputError(f"{url} did not answer within {timeout:g} s; try again, or save the page "
                         "and give the file instead") from None
    except httpx.HTTPError as error:
        raise InputError(f"could not fetch {url} ({type(error).__name__}); check the address and your "
                         "connection, or save the page and give the file instead") from None


def declared_charset(content_type: str, data: bytes) -> str | None:
    """The charset a Content-Type header declares, when Python knows it and it decodes ``data``; else None."""
    import codecs

    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        charset = value.strip().strip("\"'")
        if key.strip().lower() != "charset" or not charset:
            continue
        try:
            if codecs.lookup(charset).name != "utf-8":  # UTF-8 is the default anyway (and that drops a BOM)
                data.decode(charset)
                return charset
        except (LookupError, UnicodeDecodeError):
            pass
        return None
    return None
