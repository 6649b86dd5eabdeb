"""The letter templates (data/templates/letter-*.j2), loaded once. Jinja2 is imported on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from afterword.safe_text import strip_controls
from afterword.writer.model import Letter


@lru_cache(maxsize=2)
def template(name: str) -> Any:  # noqa: ANN401 - a jinja2.Template, imported lazily
    """The template ``name``; HTML templates escape every value, text templates keep it as written."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("afterword", "data/templates"), autoescape=name.endswith(".html.j2"),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      undefined=StrictUndefined)  # a value the renderer forgot fails loudly, never prints empty
    return env.get_template(name)


def one_line(text: str) -> str:
    """Document-derived text for one line of output: no controls, no line breaks."""
    return " ".join(strip_controls(text).split())


def values(letter: Letter) -> dict[str, Any]:
    """What every letter template is given: each string on one line, free of control characters."""
    return {
        "subject": one_line(letter.subject),
        "salutation": one_line(letter.salutation),
        "paragraphs": [one_line(paragraph) for paragraph in letter.body],
        "sign_off": one_line(letter.sign_off),
        "signature": [one_line(line) for line in letter.sender.signature] if letter.sign_off else [],
        "name": one_line(letter.sender.name),
    }
