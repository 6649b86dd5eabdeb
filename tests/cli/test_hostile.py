"""Hostile documents: markup is shown as written, and no escape sequence, HTML or link reaches the terminal or the
Markdown. Tested end to end through the CLI and, for the views and renderers alone, on hand-made reports and cards
(the readers also clean input, but the output layer must be safe on its own)."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from rich.console import Console
from typer.testing import CliRunner

from afterword.analysis.report import report_to_dict, report_to_markdown
from afterword.cli.app import app
from afterword.cli.card_view import render_card
from afterword.cli.match_view import render_match
from afterword.coach.card import build_card
from afterword.coach.html import card_to_html
from afterword.coach.render import card_to_dict, card_to_markdown
from afterword.coach.research import ResearchPoint
from afterword.coach.sources import Sentence
from afterword.ingest import document_from_text
from afterword.models import Evidence, Fact, MatchReport, Requirement, RequirementMatch
from afterword.safe_text import HTML_LIMIT, TERMINAL_LIMIT, json_text
from tests.conftest import POSTING_TEXT, RESUME_TEXT

runner = CliRunner()

MARKUP = ["[link=https://x]click[/link]", "[red]gone[/]", "[/]"]
ESCAPES = ["\x1b]52;c;ZXZpbA==\x07", "\x1b[8m", "\x1b[2J", "\x9b"]
MARKDOWN = ['<img src=x onerror="alert(1)">', "<!-- hidden -->", "![pic](javascript:alert(1))",
            "[click](javascript:alert(2))"]
HOSTILE = " ".join(["Kafka", *MARKUP, "concealed", *ESCAPES, "cleared", *MARKDOWN, "\u202eevil\u202c"])
LIVE = ["\x1b", "\x9b", "\x9d", "\u202e"]  # what must never be printed or written
OSC_BODY = "52;c;ZXZpbA=="  # the output layer drops a whole sequence (the readers may already have dropped its ESC)
LIVE_MARKDOWN = ["<img", "<!--", "](javascript:"]


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "250"})


def _hostile_posting(tmp_path: Path) -> Path:
    posting = tmp_path / "hostile.md"
    hostile_lines = "\n".join(f"- Experience with Kafka {piece}" for piece in [*MARKUP, *ESCAPES, *MARKDOWN])
    text = POSTING_TEXT.replace("## Nice to have\n", f"## Nice to have\n{hostile_lines}\n")
    posting.write_text(text.replace("- Salary:", "- Salary [red]gone[/]:"), encoding="utf-8")
    return posting


def _rendered_markdown_tags(markdown: str) -> set[str]:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    return {tag.lower() for tag in re.findall(r"<([A-Za-z][A-Za-z0-9]*)", html)}


def _assert_inert(output: str, *, whole_sequences: bool = False) -> None:
    for live in LIVE:
        assert live not in output, repr(live)
    if whole_sequences:
        assert OSC_BODY not in output


@pytest.mark.parametrize("command", ["match", "prepare"])
def test_markup_in_a_posting_is_shown_literally(command: str, resume_file: Path, tmp_path: Path) -> None:
    result = run(command, str(resume_file), str(_hostile_posting(tmp_path)))
    assert result.exit_code == 0, result.output
    _assert_inert(result.output)
    if command == "match":
        for markup in MARKUP:
            assert markup in result.stdout


@pytest.mark.parametrize("command", ["match", "prepare"])
def test_markdown_output_has_no_live_html_or_links(command: str, resume_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run(command, str(resume_file), str(_hostile_posting(tmp_path)), "--format", "markdown", "-o", str(out))
    assert result.exit_code == 0, result.output
    markdown = out.read_text(encoding="utf-8")
    _assert_inert(markdown)
    for live in LIVE_MARKDOWN:
        assert live not in markdown
    assert _rendered_markdown_tags(markdown) <= {"h1", "h2", "p", "ul", "ol", "li", "strong", "em", "sup",
                                                 "blockquote", "input"}


def _report() -> MatchReport:
    requirement = Requirement(HOSTILE, "must-have", 3, skills=(HOSTILE,))
    return MatchReport(
        requirements=(RequirementMatch(requirement, "partial", (Evidence(2, HOSTILE, "exact", HOSTILE),), HOSTILE),
                      RequirementMatch(replace(requirement, line=4), "gap")),
        facts=(Fact("pay", HOSTILE, 5),), resume_skills=(), posting_skills=(), resume_years=1.0,
        warnings=(HOSTILE,),
    )


def _card():  # noqa: ANN202
    card = build_card(document_from_text(RESUME_TEXT, "resume.md"), document_from_text(POSTING_TEXT, "posting.md"))
    point = ResearchPoint(kind="launch", detail=HOSTILE, sentence=HOSTILE, line=3, source=HOSTILE)
    question = replace(card.questions[0], text=HOSTILE, ask=HOSTILE, source=point)
    concern = replace(card.concerns[0], concern=HOSTILE, tip=HOSTILE, answer=(Sentence(HOSTILE),))
    return replace(card, info=replace(card.info, role=HOSTILE), warnings=(HOSTILE,), questions=(question,),
                   pitches=tuple(replace(p, sentences=(Sentence(HOSTILE),)) for p in card.pitches),
                   concerns=(concern,), checklist=(HOSTILE,), answered=(Fact("pay", HOSTILE, 5),))


def _printed(render) -> str:  # noqa: ANN001
    buffer = io.StringIO()
    render(Console(file=buffer, width=250, color_system=None))  # a console with markup on: the views don't need it off
    return buffer.getvalue()


def test_match_view_alone_prints_document_text_inert() -> None:
    shown = _printed(lambda console: render_match(console, _report(), resume=HOSTILE, posting="posting.md"))
    _assert_inert(shown, whole_sequences=True)
    for markup in MARKUP:
        assert markup in shown
    assert "concealed" in shown and "evil" in shown


def test_card_view_alone_prints_document_text_inert() -> None:
    shown = _printed(lambda console: render_card(console, _card()))
    _assert_inert(shown, whole_sequences=True)
    for markup in MARKUP:
        assert markup in shown


def test_markdown_renderers_alone_escape_document_text() -> None:
    for markdown in (report_to_markdown(_report(), resume=HOSTILE, posting="posting.md"), card_to_markdown(_card())):
        _assert_inert(markdown, whole_sequences=True)
        for live in LIVE_MARKDOWN:
            assert live not in markdown
        assert _rendered_markdown_tags(markdown) <= {"h1", "h2", "p", "ul", "ol", "li", "strong", "em", "sup",
                                                     "blockquote", "input"}


def test_json_is_printable_and_reads_back_the_document_text() -> None:
    for data in (report_to_dict(_report()), card_to_dict(_card())):
        text = json_text(data)
        _assert_inert(text)  # the text is data here: kept whole, its controls written as \u escapes
        assert json.loads(text) == data


def test_html_card_is_escaped_and_bounded() -> None:
    long = "Experience with " + "very " * 2300 + "long Kafka"
    card = _card()
    card = replace(card, concerns=(replace(card.concerns[0], concern=long),), warnings=(long, HOSTILE))
    html = card_to_html(card)
    assert "<img" not in html and "<!-- hidden" not in html and "\x1b" not in html
    assert "&lt;img" in html
    assert "very " * (HTML_LIMIT // 5 + 1) not in html  # every quote of the long line is cut ...
    assert html.count("very…") == 2  # ... at a space, with an ellipsis: the concern and the warning


def test_long_requirement_stays_on_one_pdf_page(resume_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    from afterword.pdf import pdf_page_count

    posting = tmp_path / "long.md"
    long = "Experience with " + " ".join(["Kubernetes", "alpha", "Go", "beta"] * 700)  # about 11 KB on one line
    posting.write_text(POSTING_TEXT.replace("- Experience with Go\n", f"- {long}\n"), encoding="utf-8")
    out = tmp_path / "card.pdf"
    result = run("prepare", str(resume_file), str(posting), "--format", "pdf", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert pdf_page_count(out.read_bytes()) == 1


def test_terminal_and_markdown_cap_a_very_long_quote() -> None:
    report = _report()
    long = "Experience with Go " + "x" * 3000
    report = replace(report, requirements=(replace(report.requirements[0],
                                                   requirement=Requirement(long, "must-have", 3)),))
    shown = _printed(lambda console: render_match(console, report, resume="r.md", posting="p.md"))
    markdown = report_to_markdown(report)
    for output in (shown, markdown):
        assert "x" * (TERMINAL_LIMIT + 1) not in output.replace("\n", "").replace("│", "").replace(" ", "")
        assert "x…" in output.replace("\n", "").replace("│", "").replace(" ", "")


def test_error_messages_quoting_a_name_stay_one_inert_line(posting_file: Path) -> None:
    result = run("match", "no-such\x1b]52;c;ZXZpbA==\x07\nresume\x1b[2J.md", str(posting_file))
    assert result.exit_code == 1
    _assert_inert(result.output, whole_sequences=True)
    assert len(result.output.strip().splitlines()) == 1 and "does not exist" in result.output
