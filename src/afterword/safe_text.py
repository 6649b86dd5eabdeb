"""Text from documents made safe to show: no terminal control sequences, no live Markdown, bounded length.

Resumes, postings and notes come from strangers. Whatever they contain, what Afterword prints or writes must not
drive the terminal (escape sequences that set the clipboard, hide or clear text), must not be disguised by bidi
overrides, and must not become a link, an image, HTML or a comment when Markdown output is rendered. Every
function here runs in linear time: controls are found with a one-character regex class (no backtracking) and each
escape sequence is consumed once, from left to right.
"""

from __future__ import annotations

import json
import re
from typing import Any

TERMINAL_LIMIT = 500  # characters of one document-quoted string in the terminal and in Markdown
HTML_LIMIT = 300  # ... and in the printable HTML/PDF card, which has one page to fill
ELLIPSIS = "…"

_BIDI = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides and isolates: they can reorder what is shown
# Everything that starts a sequence or is a control by itself: C0 (but \t and \n), DEL, C1, bidi controls.
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
# Where an OSC/DCS/SOS/PM/APC string may end: BEL, ESC (of ESC \ or of a new sequence), C1 ST or a new line.
_STRING_END = re.compile("[\x07\x1b\x9c\n]")
ESC = "\x1b"
_STRING_INTRODUCERS = frozenset("]PX^_")  # after ESC: OSC, DCS, SOS, PM, APC
_C1_CSI, _C1_STRINGS = "\x9b", frozenset("\x9d\x90\x98\x9e\x9f")


def _skip_csi(text: str, i: int) -> int:
    """The index after a CSI sequence whose parameters start at ``i``: parameters, intermediates, final byte."""
    n = len(text)
    while i < n and "0" <= text[i] <= "?":
        i += 1
    while i < n and " " <= text[i] <= "/":
        i += 1
    return i + 1 if i < n and "@" <= text[i] <= "~" else i


def _skip_string(text: str, i: int) -> int:
    """The index after a control string whose body starts at ``i`` (a line end is kept, not consumed)."""
    end = _STRING_END.search(text, i)
    if end is None:
        return len(text)
    j = end.start()
    if text[j] in "\x07\x9c":
        return j + 1
    if text[j] == ESC and text[j + 1: j + 2] == "\\":
        return j + 2
    return j  # a new line, or an ESC that starts the next sequence


def _skip_escape(text: str, i: int) -> int:
    """The index after an ESC sequence whose introducer (the character after ESC) is at ``i``."""
    if i >= len(text):
        return i
    if text[i] == "[":
        return _skip_csi(text, i + 1)
    if text[i] in _STRING_INTRODUCERS:
        return _skip_string(text, i + 1)
    n = len(text)
    while i < n and " " <= text[i] <= "/":  # intermediates, as in ESC ( B
        i += 1
    return i + 1 if i < n and "0" <= text[i] <= "~" else i


def _skip_control(text: str, i: int) -> int:
    """The index after the control (and the sequence it starts) at ``i``."""
    char = text[i]
    if char == ESC:
        return _skip_escape(text, i + 1)
    if char == _C1_CSI:
        return _skip_csi(text, i + 1)
    if char in _C1_STRINGS:
        return _skip_string(text, i + 1)
    return i + 1


def strip_controls(text: str) -> str:
    """``text`` without terminal control sequences (ESC, CSI, OSC, DCS ...), C0 controls other than tab and new
    line, C1 controls and bidi override/isolate characters. What is left cannot form a new sequence: no ESC or
    C1 character is left."""
    found = _CONTROL.search(text)
    if found is None:
        return text
    parts: list[str] = []
    start = 0
    while found is not None:
        parts.append(text[start:found.start()])
        start = _skip_control(text, found.start())
        found = _CONTROL.search(text, start)
    parts.append(text[start:])
    return "".join(parts)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when it was cut (at a space when there is one in
    the second half)."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    space = cut.rfind(" ", limit // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + ELLIPSIS


def terminal_text(text: str, limit: int = TERMINAL_LIMIT) -> str:
    """Document text to print in a terminal: controls removed, at most ``limit`` characters. It is still not
    Rich markup: put it in a rich.text.Text, never in a markup string."""
    return shorten(strip_controls(text), limit)


def html_text(text: str, limit: int = HTML_LIMIT) -> str:
    """Document text for the printable card: controls removed, at most ``limit`` characters. The template's
    autoescape turns it into HTML text."""
    return shorten(strip_controls(text), limit)


_MARKDOWN_ESCAPES = str.maketrans({
    "<": "&lt;", ">": "&gt;",
    **{char: "\\" + char for char in "\\[]()!*_`|~"},
    "\n": " ", "\t": " ",
})
_ENTITY_START = re.compile(r"&(?=#?\w{1,32};)")
_BLOCK_START = re.compile(r"(\d{1,9})([.)])")  # "1." or "1)" opening a line starts an ordered list


def markdown_text(text: str, limit: int = TERMINAL_LIMIT) -> str:
    """Document text to place inside Afterword's Markdown: on one line, with HTML and the link, image, emphasis,
    code, strikethrough and table syntax escaped, and a leading heading, list or rule marker escaped, so that it
    renders as the same characters and never as markup."""
    # "&" is escaped only where it would start an entity ("&copy;"): "Harbor & Vine" stays as written
    text = _ENTITY_START.sub("&amp;", shorten(strip_controls(text).strip(), limit)).translate(_MARKDOWN_ESCAPES).strip()
    if text[:1] in ("#", "-", "+", "="):
        return "\\" + text
    block = _BLOCK_START.match(text)
    if block:
        return f"{block.group(1)}\\{block.group(2)}{text[block.end():]}"
    return text


_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
                                                     *range(0x2066, 0x206A))}


_JSON_ESCAPED = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # the keys of _JSON_ESCAPES


def json_text(data: Any, indent: int | None = 2) -> str:  # noqa: ANN401 - any JSON-serialisable value
    """``data`` as JSON that is safe to print: the characters JSON leaves raw but a terminal acts on (DEL, C1
    controls, bidi overrides) are written as \\u escapes, so the data read back is exactly ``data``. ``indent``
    None: on one line (", " and ": " between items), by json's fast C encoder."""
    text = None
    if indent == 2:
        from afterword.json_indented import Unsupported, dumps_indented

        try:
            text = dumps_indented(data)  # the same text as json.dumps, a few times faster
        except Unsupported:
            pass
    if text is None:
        text = json.dumps(data, indent=indent, ensure_ascii=False)
    return printable_json(text)


def printable_json(text: str) -> str:
    """JSON text with DEL, C1 controls and bidi overrides written as \\u escapes (json writes them raw); JSON
    text has them only inside strings, so it reads back as the same data. ASCII text is checked for DEL alone."""
    if text.isascii() and "\x7f" not in text:
        return text
    return text.translate(_JSON_ESCAPES) if _JSON_ESCAPED.search(text) else text
