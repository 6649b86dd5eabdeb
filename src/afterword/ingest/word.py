"""Word .docx: paragraphs and tables in document order; Word headings become Markdown headings."""

from __future__ import annotations

import io
import zipfile

from afterword.errors import InputError


def _cell_text(cell) -> str:  # noqa: ANN001 - python-docx types are imported lazily
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def docx_text(data: bytes, name: str) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"{name} is not a readable .docx file ({error}); open it in Word and save it again, "
                         "or export it as PDF") from None
    except Exception as error:  # noqa: BLE001 - python-docx surfaces lxml and package errors of many kinds
        raise InputError(f"{name} could not be read as .docx ({type(error).__name__}); save it again "
                         "from your editor") from None
    out: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            text = paragraph.text.strip()
            if not text:
                out.append("")
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if style.startswith("Heading") or style == "Title":
                level = 1 if style == "Title" else min(int(style[-1]) if style[-1].isdigit() else 2, 6)
                out.append("#" * level + " " + text)
            elif "List" in style:
                out.append("- " + text)
            else:
                out.append(text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = _cell_text(cell)
                    if value and value not in cells:  # merged cells repeat their text
                        cells.append(value)
                if cells:
                    out.append(": ".join(cells) if len(cells) == 2 else " | ".join(cells))
    return "\n".join(out)
