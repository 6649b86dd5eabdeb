"""Plain text and Markdown: decode bytes, refusing binary junk and guessing at a wrong encoding."""

from __future__ import annotations

from afterword.errors import InputError


def looks_binary(data: bytes) -> bool:
    """True when bytes are not text: NUL bytes, or many control characters in the first few kilobytes."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a text file as UTF-8 (or ``encoding``); name the likely encoding when it is not UTF-8."""
    if looks_binary(data):
        raise InputError(f"{name} is not a text document (it looks like binary data); "
                         "give a .txt, .md, .pdf, .docx or .html file")
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'; use a name such as utf-8, cp1252 or latin-1") from None
        except UnicodeDecodeError:
            raise InputError(f"{name} is not valid {encoding} text; check the --encoding value") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = f" (it looks like {best.encoding})" if best is not None else ""
    hint = f"--encoding {best.encoding}" if best is not None else "--encoding NAME"
    raise InputError(f"{name} is not UTF-8 text{guess}; re-save it as UTF-8 or pass {hint}")
