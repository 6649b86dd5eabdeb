"""A letter as a Word document (.docx) to edit before sending or printing; python-docx is imported on use."""

from __future__ import annotations

import io

from afterword.writer.model import Letter
from afterword.writer.templates import one_line
from afterword.writer.timing import spoken_day


def render_docx(letter: Letter) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    sender = letter.sender
    for line in (sender.name, *sender.address, sender.email, sender.phone):
        if line:
            document.add_paragraph(one_line(line)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph(f"{spoken_day(letter.send_by.day)} {letter.send_by.day.year}")
    for line in letter.recipient.block:
        document.add_paragraph(one_line(line))
    document.add_paragraph().add_run(one_line(letter.subject)).bold = True
    if letter.salutation:
        document.add_paragraph(one_line(letter.salutation))
    for paragraph in letter.body:
        document.add_paragraph(one_line(paragraph))
    if letter.sign_off:
        document.add_paragraph(one_line(letter.sign_off))
        for line in letter.sender.signature:
            document.add_paragraph(one_line(line))
    document.core_properties.title = one_line(letter.subject)
    document.core_properties.author = one_line(sender.name)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
