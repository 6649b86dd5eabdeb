"""HTML → PDF with WeasyPrint, imported only when a PDF is asked for."""

from __future__ import annotations

from collections.abc import Callable

from afterword.errors import AfterwordError


def html_to_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: the Pango system library is missing
        raise AfterwordError(f"PDF output needs WeasyPrint and the Pango library ({error}); install them "
                             "(e.g. apt-get install libpango-1.0-0 libpangoft2-1.0-0) or use --format markdown") \
            from None
    return HTML(string=html).write_pdf()


SCALES = (1.0, 0.93, 0.86, 0.8, 0.74)


def one_page_pdf(render: Callable[[float], str]) -> bytes:
    """The PDF of ``render(scale)`` at the largest scale that fits one page (the smallest one if none does)."""
    data = b""
    for scale in SCALES:
        data = html_to_pdf(render(scale))
        if pdf_page_count(data) == 1:
            break
    return data


def pdf_page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)
