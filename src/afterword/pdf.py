"""HTML → PDF with WeasyPrint, imported only when a PDF is asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from afterword.errors import AfterwordError

SCALES = (1.0, 0.93, 0.86, 0.8, 0.74)


def _layout(html: str) -> Any:  # noqa: ANN401 - weasyprint.Document, imported lazily
    """The laid-out pages of ``html`` (WeasyPrint's Document), before any PDF bytes are written."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: the Pango system library is missing
        raise AfterwordError(f"PDF output needs WeasyPrint and the Pango library ({error}); install them "
                             "(e.g. apt-get install libpango-1.0-0 libpangoft2-1.0-0) or use --format markdown") \
            from None
    return HTML(string=html).render()


def html_to_pdf(html: str) -> bytes:
    return _layout(html).write_pdf()


def one_page_pdf(render: Callable[[float], str]) -> bytes:
    """The PDF of ``render(scale)`` at the largest scale that fits one page (the smallest one if none does).
    Pages are counted on the layout, so each try costs a layout, not a PDF written and read back."""
    document = None
    for scale in SCALES:
        document = _layout(render(scale))
        if len(document.pages) == 1:
            break
    return document.write_pdf()


def pdf_page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)
