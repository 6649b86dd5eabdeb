"""PDF text: pypdf first, pdfminer.six when pypdf's text has lost the line layout.

Both are bounded: pypdf runs with tighter limits than its defaults, reads at most MAX_PAGES pages and MAX_TEXT_CHARS
characters within a time budget that grows with the file's size; pdfminer (which has no limits of its own: it
unpacks any stream in full and compares every pair of text boxes on a page) runs in a child process with a memory
cap and a timeout, and its text is used only when it finishes.
"""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from afterword.errors import InputError
from afterword.ingest.pdf_layout import PieceCollector, page_text
from afterword.ingest.text import MAX_TEXT_CHARS, clean_text

MAX_PAGES = 100  # a resume or posting has a few pages; a longer PDF is read in part, with a warning
SECONDS = 3.0  # time budget for reading a PDF: this, ...
SECONDS_PER_MB = 1.0  # ... plus this per megabyte of the file
PDFMINER_MEMORY = 512 * 1024 * 1024  # address space the pdfminer child may use
_PYPDF_LIMITS = {  # pypdf allows 75 MB per stream and 2 million content tokens: far beyond any resume
    "zlib_maximum_output_length": 20_000_000, "lzw_maximum_output_length": 20_000_000,
    "run_length_maximum_output_length": 20_000_000, "array_based_stream_maximum_output_length": 20_000_000,
    "jbig2_maximum_output_length": 20_000_000, "brotli_maximum_output_length": 20_000_000,
    "maximum_declared_stream_length": 20_000_000, "stream_decoding_work_maximum_length": 60_000_000,
    "stream_parsing_work_maximum_count": 200_000,
}
_PDFMINER_CHILD = """
import io, sys
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
except (ImportError, ValueError, OSError):
    pass
from pdfminer.high_level import extract_text
text = extract_text(io.BytesIO(sys.stdin.buffer.read()), maxpages=int(sys.argv[2]))
sys.stdout.buffer.write(text[: int(sys.argv[3])].encode("utf-8", "surrogatepass"))
"""


class _OutOfTime(Exception):
    """Raised from pypdf's operator callback when the time budget is spent."""


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep pypdf's and pdfminer's warnings ("EOF marker not found" ...) off stderr: we report in one line."""
    loggers = [logging.getLogger(name) for name in ("pypdf", "pdfminer")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _limits() -> Any:  # noqa: ANN401 - a context manager
    """pypdf's own limits, tightened for this read (older pypdf versions have no per-read configuration)."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    return apply(**_PYPDF_LIMITS) if apply is not None else nullcontext()


def _layout_is_poor(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return True
    longest = max(len(line) for line in lines)
    spaces = text.count(" ") / max(len(text), 1)
    return longest > 400 or spaces < 0.05


def _reason(error: BaseException) -> str:
    """What went wrong, on one short line (library messages may span lines or quote whole objects)."""
    text = " ".join(str(error).split())
    return text if len(text) <= 120 else text[:117] + "..."


def _unreadable(name: str, error: BaseException) -> InputError:
    return InputError(f"{name} is not a readable PDF ({type(error).__name__}: {_reason(error)}); re-export it as "
                      "PDF or give a .docx or .txt")


def _limit_message(name: str, error: BaseException) -> str:
    return (f"{name} is too large or complex to read safely ({_reason(error)}); re-export it as PDF from the "
            "original document, or give a .docx or .txt")


def pdf_text(data: bytes, name: str, *, max_pages: int = MAX_PAGES,
             max_chars: int = MAX_TEXT_CHARS) -> tuple[str, tuple[str, ...]]:
    """The text of a PDF and any warnings (pages or text cut short); an InputError for junk, locks and bombs."""
    import pypdf  # noqa: F401 - imported before the clock starts: loading the library is not reading the file

    deadline = time.monotonic() + SECONDS + SECONDS_PER_MB * len(data) / 1_048_576
    with _quiet(), _limits():
        text, notes, pages_read = _pypdf_text(data, name, max_pages, max_chars, deadline)
    if text.strip() and _layout_is_poor(text):
        text = _pdfminer_text(data, pages_read, max_chars, max(deadline - time.monotonic(), 0) + 1.0) or text
    if not text.strip():
        raise InputError(f"{name} has no text layer (a scanned image?); run OCR on it or export the text "
                         "to a .txt file")
    return clean_text(text), notes


def _open(data: bytes, name: str) -> Any:  # noqa: ANN401 - a pypdf PdfReader, imported lazily
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        reader = PdfReader(io.BytesIO(data))
    except LimitReachedError as error:
        raise InputError(_limit_message(name, error)) from None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on damaged or hostile files
        if "encrypt" in str(error).lower() or "password" in str(error).lower():
            raise InputError(f"{name} is password-protected; save an unlocked copy and try again") from None
        raise _unreadable(name, error) from None
    try:
        locked = reader.is_encrypted and not reader.decrypt("")
    except Exception:  # noqa: BLE001 - an encryption pypdf cannot undo (or a damaged /Encrypt entry)
        locked = True
    if locked:
        raise InputError(f"{name} is password-protected; save an unlocked copy (print to PDF) and try again")
    return reader


def _in_reading_order(page: Any, collector: PieceCollector) -> str | None:  # noqa: ANN401 - a pypdf page
    """The page's text rebuilt from positions (right-aligned dates beside their job, a sidebar apart from the main
    column); None to keep pypdf's own order."""
    try:
        return page_text(collector, float(page.mediabox.width))
    except Exception:  # noqa: BLE001 - a damaged media box: pypdf's order still reads
        return None


def _pypdf_text(data: bytes, name: str, max_pages: int, max_chars: int,
                deadline: float) -> tuple[str, tuple[str, ...], int]:
    """(text, warnings, pages read) from pypdf; a page it cannot read is skipped and named in a warning."""
    from pypdf.errors import LimitReachedError

    reader = _open(data, name)

    def in_time(*_: object) -> None:
        if time.monotonic() > deadline:
            raise _OutOfTime

    try:
        count = len(reader.pages)
    except LimitReachedError as error:
        raise InputError(_limit_message(name, error)) from None
    except Exception as error:  # noqa: BLE001 - the page tree of a damaged or hostile file
        raise _unreadable(name, error) from None
    pages: list[str] = []
    skipped: list[str] = []
    notes: list[str] = []
    size = 0
    last_error: BaseException | None = None
    for index in range(min(count, max_pages)):
        try:
            page = reader.pages[index]
            collector = PieceCollector()
            text = page.extract_text(visitor_operand_before=in_time, visitor_text=collector) or ""
            text = _in_reading_order(page, collector) or text
        except _OutOfTime:
            if not any(page.strip() for page in pages):
                raise InputError(f"{name} takes too long to read (page {index + 1} is too complex); re-export it "
                                 "as PDF from the original document, or give a .docx or .txt") from None
            notes.append(f"{name}: reading stopped at page {index + 1} of {count} (time limit); only the pages "
                         "before it were read")
            break
        except Exception as error:  # noqa: BLE001 - one damaged or hostile page does not lose the others
            skipped.append(str(index + 1))
            last_error = error
            continue
        pages.append(text)
        size += len(text) + 1
        if size > max_chars:
            notes.append(f"{name} has more than {max_chars:,} characters of text; only the first {index + 1} "
                         "pages were read")
            break
    else:
        if count > max_pages:
            notes.append(f"{name} has {count} pages; only the first {max_pages} were read")
    if skipped and not any(page.strip() for page in pages):
        if isinstance(last_error, LimitReachedError):
            raise InputError(_limit_message(name, last_error))
        raise _unreadable(name, last_error or ValueError("no page could be read"))
    if skipped:
        which = f"page {skipped[0]} was" if len(skipped) == 1 else f"pages {', '.join(skipped)} were"
        notes.insert(0, f"{name}: {which} too damaged or complex to read and left out; re-export the PDF "
                        "if text is missing")
    return "\n".join(pages), tuple(notes), len(pages) + len(skipped)


def _pdfminer_text(data: bytes, pages: int, max_chars: int, seconds: float) -> str | None:
    """pdfminer's text for the first ``pages`` pages, from a child process with a memory cap and a timeout; None
    when it fails, runs out of memory or of time (pypdf's text is used then)."""
    if pages <= 0:
        return None
    command = [sys.executable, "-c", _PDFMINER_CHILD, str(PDFMINER_MEMORY), str(pages), str(max_chars)]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=seconds, check=False)
    except (subprocess.TimeoutExpired, OSError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "surrogatepass")
