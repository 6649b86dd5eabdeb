"""safe_text: no terminal control survives, nothing from a document becomes Markdown, all in linear time."""

from __future__ import annotations

import json
import re
import time
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from afterword.safe_text import (
    ELLIPSIS,
    HTML_LIMIT,
    TERMINAL_LIMIT,
    html_text,
    json_text,
    markdown_text,
    shorten,
    strip_controls,
    terminal_text,
)

# Anything a terminal acts on or that reorders text: C0 but tab and new line, DEL, C1, bidi embeddings/isolates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
BUDGET = settings(deadline=timedelta(milliseconds=400), max_examples=300)

# The pieces hostile text is made of: sequence introducers and terminators, parameters, markup, long runs.
PIECES = ["\x1b", "\x1b[", "\x1b]", "\x1bP", "\x1b\\", "\x07", "\x9b", "\x9d", "\x9c", "\x90", "[", "]", ";",
          "52;c;ZXZpbA==", "8m", "2J", "\n", "\t", "\r", "\u202e", "\u2066", "<img src=x>", "<!--", "-->",
          "![a](javascript:alert(1))", "[x](javascript:y)", "*", "_", "`", "|", "#", "&", "\\", "1.", "- ", "text"]
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)
runs = st.tuples(st.sampled_from(["\x1b", "\x1b[", "[", "\x9b", "\x1b]", "1;", "\x00", "\u202e"]),
                 st.integers(min_value=1, max_value=3000)).map(lambda pair: pair[0] * pair[1])
any_text = st.one_of(st.text(), hostile, runs)  # st.text() never yields lone surrogates


@BUDGET
@given(any_text)
def test_no_control_survives(text: str) -> None:
    for shown in (strip_controls(text), terminal_text(text), html_text(text), markdown_text(text)):
        assert FORBIDDEN.search(shown) is None


@BUDGET
@given(any_text)
def test_clean_text_is_left_alone_and_cleaning_is_idempotent(text: str) -> None:
    clean = strip_controls(text)
    assert strip_controls(clean) == clean
    if FORBIDDEN.search(text) is None:
        assert clean == text


@BUDGET
@given(any_text, st.integers(min_value=1, max_value=600))
def test_shorten_is_bounded(text: str, limit: int) -> None:
    short = shorten(text, limit)
    assert len(short) <= limit
    assert short == text or short.endswith(ELLIPSIS)
    assert len(terminal_text(text)) <= TERMINAL_LIMIT and len(html_text(text)) <= HTML_LIMIT


_md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_OWN_TAGS = {"ul", "li", "p"}  # what the "- item" line around the document text makes


@BUDGET
@given(any_text)
def test_markdown_text_renders_as_plain_text(text: str) -> None:
    html = _md.render(f"- {markdown_text(text)}\n")
    tags = {match.lower() for match in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", html)}
    assert tags <= _OWN_TAGS, html
    assert "<!--" not in html


@BUDGET
@given(any_text)
def test_json_text_reads_back_the_same(text: str) -> None:
    data = {"text": text, "list": [text, 1]}
    shown = json_text(data)
    assert json.loads(shown) == data
    assert FORBIDDEN.search(shown) is None


@pytest.mark.parametrize(("sequence", "shown"), [
    ("a\x1b]52;c;ZXZpbA==\x07b", "ab"),                 # OSC 52: writes the clipboard
    ("a\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 hyperlink, ST-terminated
    ("a\x1b[8mhidden\x1b[0mb", "ahiddenb"),              # concealed text
    ("a\x1b[2Jb", "ab"),                                 # clear screen
    ("a\x9b31mb", "ab"),                                 # 8-bit CSI
    ("a\x1bP1$r\x1b\\b", "ab"),                          # DCS
    ("a\x1b(Bb", "ab"),                                  # ESC with an intermediate
    ("a\rb\x00c", "abc"),
    ("tab\tand\nnew line", "tab\tand\nnew line"),
    ("a\u202eevil\u202c \u2066b\u2069", "aevil b"),
    ("unterminated \x1b]0;title", "unterminated "),
    ("osc stops at a new line \x1b]0;x\nnext", "osc stops at a new line \nnext"),
])
def test_known_sequences(sequence: str, shown: str) -> None:
    assert strip_controls(sequence) == shown


@pytest.mark.parametrize(("text", "markdown"), [
    ("![x](javascript:alert(1))", r"\!\[x\]\(javascript:alert\(1\)\)"),
    ("<img src=x> & <!-- c -->", r"&lt;img src=x&gt; & &lt;\!-- c --&gt;"),
    ("Harbor & Vine, AT&T", "Harbor & Vine, AT&T"),  # a bare ampersand is no markup
    ("&copy; &#169; &amp;", "&amp;copy; &amp;#169; &amp;amp;"),  # an entity is shown as typed, never rendered
    ("*bold* _em_ `code` a|b ~~gone~~", r"\*bold\* \_em\_ \`code\` a\|b \~\~gone\~\~"),
    ("# Heading", r"\# Heading"),
    ("1. item", r"1\. item"),
    ("two\nlines", "two lines"),
])
def test_markdown_escapes(text: str, markdown: str) -> None:
    assert markdown_text(text) == markdown


@pytest.mark.parametrize("run", ["\x1b" * 200_000, "\x1b[" * 100_000, "\x1b[" + "1;" * 100_000,
                                 "\x1b]" * 100_000, "\x9b" * 200_000, "[" * 200_000, "\x00" * 200_000])
def test_long_adversarial_runs_take_linear_time(run: str) -> None:
    started = time.perf_counter()
    for function in (strip_controls, markdown_text, json_text):
        function(run)
    assert time.perf_counter() - started < 2.0  # a quadratic pass over 200,000 characters would take minutes
