"""A letter to print and post, as PDF: the sender's address top right, the date, the recipient's block, the
subject, the letter and the signature. HTML from data/templates/letter-print.html.j2, laid out by WeasyPrint
(afterword.pdf, which imports it only when a PDF is asked for)."""

from __future__ import annotations

from afterword.writer.model import Letter
from afterword.writer.templates import one_line, template, values
from afterword.writer.timing import spoken_day


def letter_to_html(letter: Letter, *, page_size: str = "A4") -> str:
    sender = letter.sender
    data = values(letter)
    data.update(
        page_size="Letter" if page_size.lower() == "letter" else "A4",
        sender=[one_line(line) for line in (sender.name, *sender.address, sender.email, sender.phone) if line],
        recipient=[one_line(line) for line in letter.recipient.block],
        date=f"{spoken_day(letter.send_by.day)} {letter.send_by.day.year}",
    )
    return template("letter-print.html.j2").render(**data)


def render_pdf(letter: Letter, *, page_size: str = "A4") -> bytes:
    from afterword.pdf import html_to_pdf

    return html_to_pdf(letter_to_html(letter, page_size=page_size))
