"""Word .docx: paragraphs and tables in document order; Word headings become Markdown headings.

The main document part is streamed through lxml (each top-level paragraph or table is read, then dropped), with the
paragraph style names looked up in a map built once: python-docx's per-paragraph objects are far too slow for large
files. The text is what python-docx's ``Paragraph.text`` gives: runs and hyperlinks, tabs and line breaks.
"""

from __future__ import annotations

import posixpath
import time
from collections.abc import Iterator
from contextlib import closing

from afterword.errors import InputError
from afterword.ingest.archive import Archive, OutOfTime, open_archive, reason
from afterword.ingest.text import MAX_TEXT_CHARS

SECONDS = 0.8  # time budget for reading a .docx: this, ...
SECONDS_PER_MB = 1.0  # ... plus this per megabyte of the file
MAX_BLOCK_BYTES = 16 * 1024 * 1024  # markup of one top-level paragraph or table (lxml holds ~9x that in memory)
MAX_PART_BYTES = 16 * 1024 * 1024  # a relationships or styles part (a real one is well under 1 MB)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _SDT, _BODY, _DOCUMENT = f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}body", f"{_W}document"
_R, _HYPERLINK, _T, _BR, _VAL = f"{_W}r", f"{_W}hyperlink", f"{_W}t", f"{_W}br", f"{_W}val"
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_UI_NAMES = {f"heading {n}": f"Heading {n}" for n in range(1, 10)}  # styles.xml spells built-in headings lower-case
_UI_NAMES.update(caption="Caption", header="Header", footer="Footer")
_XML = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


def _unreadable(name: str, error: BaseException) -> InputError:
    return InputError(f"{name} is not a readable .docx file ({type(error).__name__}: {reason(error)}); open it in "
                      "Word and save it again, or export it as PDF")


def _small_part(archive: Archive, part: str) -> bool:
    """True when ``part`` is there and of a sane size; an InputError when it is there but huge."""
    if part not in archive:
        return False
    if archive.size(part) > MAX_PART_BYTES:
        raise InputError(f"{archive.name} has a {part} of {archive.size(part) // 1_048_576} MB (a damaged or hostile "
                         "file); open it in Word and save it again, or export it as PDF")
    return True


def _target(archive: Archive, rels: str, kind: str, default: str) -> str:
    """The part a relationship of ``kind`` in the ``rels`` part points at (``default`` when there is none)."""
    from lxml import etree

    if not _small_part(archive, rels):
        return default
    root = etree.fromstring(archive.read(rels), etree.XMLParser(**_XML))
    base = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/document.xml.rels is relative to word/
    for rel in root.iter(_REL):
        if (rel.get("Type") or "").endswith("/" + kind) and rel.get("TargetMode") != "External":
            target = rel.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            return posixpath.normpath(path)
    return default


def _style_names(archive: Archive, part: str) -> tuple[dict[str, str], str]:
    """({paragraph style id: UI name}, the default paragraph style's name), read once from the styles part."""
    from lxml import etree

    folder, file = posixpath.split(part)
    styles = _target(archive, posixpath.join(folder, "_rels", file + ".rels"), "styles", "")
    names: dict[str, str] = {}
    default = ""
    if not styles or not _small_part(archive, styles):
        return names, default
    with archive.open(styles) as stream:
        for _, style in etree.iterparse(stream, events=("end",), tag=f"{_W}style", **_XML):
            if style.get(f"{_W}type", "paragraph") == "paragraph":
                label = style.find(f"{_W}name")
                ui = _UI_NAMES.get(label.get(_VAL, ""), label.get(_VAL, "")) if label is not None else ""
                names[style.get(f"{_W}styleId", "")] = ui
                if style.get(f"{_W}default") in ("1", "true", "on"):
                    default = ui
            style.clear()
    return names, default


def _run_text(run) -> str:  # noqa: ANN001 - lxml elements
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _BR:
            parts.append("\n" if child.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
        elif tag in _RUN_TEXT:
            parts.append(_RUN_TEXT[tag])
    return "".join(parts)


# Inline wrappers whose runs are part of the paragraph's text: links, content controls (Word's own resume
# templates put every field in one), tracked insertions, smart tags, simple fields, custom XML.
_INLINE = frozenset(f"{_W}{tag}" for tag in ("hyperlink", "sdt", "sdtContent", "ins", "smartTag", "fldSimple",
                                             "customXml", "moveTo", "dir", "bdo"))


def _paragraph_text(paragraph) -> str:  # noqa: ANN001 - lxml elements
    parts: list[str] = []
    stack = [iter(paragraph)]
    while stack:  # depth-first over the inline wrappers, without recursion (a hostile file may nest deeply)
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _R:
            parts.append(_run_text(child))
        elif child.tag in _INLINE and len(stack) < 32:
            stack.append(iter(child))
    return "".join(parts)


def _paragraph_line(paragraph, styles: dict[str, str], default: str) -> str:  # noqa: ANN001 - lxml elements
    text = _paragraph_text(paragraph).strip()
    if not text:
        return ""
    found = paragraph.find(f"{_W}pPr/{_W}pStyle")
    style_id = found.get(_VAL) if found is not None else None
    style = styles.get(style_id, default) if style_id else default
    if style.startswith("Heading") or style == "Title":
        level = 1 if style == "Title" else min(int(style[-1]) if style[-1].isdigit() else 2, 6)
        return "#" * level + " " + text
    if "List" in style:
        return "- " + text
    return text


def _cell_text(cell) -> str:  # noqa: ANN001 - lxml elements
    texts = (_paragraph_text(paragraph).strip() for paragraph in cell.iterchildren(_P))
    return " ".join(text for text in texts if text)


def _is_layout(table) -> bool:  # noqa: ANN001 - lxml elements
    """True for a table used to lay out a page (a two-column CV: a sidebar cell and a main cell, each holding
    headings and paragraphs), not to hold data in rows: some cell has several paragraphs or a table inside."""
    for cell in table.iter(f"{_W}tc"):
        paragraphs = sum(1 for p in cell.iterchildren(_P) if _paragraph_text(p).strip())
        if paragraphs >= 3 or cell.find(_TBL) is not None:
            return True
    return False


def _layout_lines(table, styles: dict[str, str], default: str) -> Iterator[str]:  # noqa: ANN001
    """A layout table read as the page it lays out: each cell's paragraphs (and tables) as lines, cell by cell,
    with a blank line between cells so a sidebar never runs into the main column."""
    for row in table.iterchildren(f"{_W}tr"):
        for cell in row.iterchildren(f"{_W}tc"):
            for block in cell:
                if block.tag == _P:
                    yield _paragraph_line(block, styles, default)
                elif block.tag == _TBL:
                    yield from _table_lines(block, styles, default)
            yield ""


def _table_lines(table, styles: dict[str, str], default: str) -> Iterator[str]:  # noqa: ANN001 - lxml elements
    """One line per row: cells joined by " | ", or "key: value" for two cells; merged cells give their text once.
    A table that lays out a page is read as its paragraphs instead."""
    if _is_layout(table):
        yield from _layout_lines(table, styles, default)
        return
    above: dict[int, str] = {}  # grid column -> text of the cell that a vertical merge below repeats
    for row in table.iterchildren(f"{_W}tr"):
        before = row.find(f"{_W}trPr/{_W}gridBefore")
        column = int(before.get(_VAL, "0")) if before is not None and before.get(_VAL, "").isdigit() else 0
        cells: list[str] = []
        seen: set[str] = set()
        for cell in row.iterchildren(f"{_W}tc"):
            span_element = cell.find(f"{_W}tcPr/{_W}gridSpan")
            span_value = span_element.get(_VAL, "1") if span_element is not None else "1"
            span = int(span_value) if span_value.isdigit() else 1
            merge = cell.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(_VAL, "continue") == "continue":
                value = above.get(column, "")
            else:
                value = above[column] = _cell_text(cell)
            if value and value not in seen:  # merged cells repeat their text
                seen.add(value)
                cells.append(value)
            column += max(span, 1)
        if cells:
            yield ": ".join(cells) if len(cells) == 2 else " | ".join(cells)


def _block_lines(block, styles: dict[str, str], default: str, depth: int = 0) -> Iterator[str]:  # noqa: ANN001
    """The lines of one body-level block: a paragraph, a table, or a content control around such blocks."""
    if block.tag == _P:
        yield _paragraph_line(block, styles, default)
    elif block.tag == _TBL:
        yield from _table_lines(block, styles, default)
    elif block.tag == _SDT and depth < 16:  # a block content control: its paragraphs and tables, in order
        for content in block.iterchildren(f"{_W}sdtContent"):
            for inner in content:
                yield from _block_lines(inner, styles, default, depth + 1)


def _body_lines(archive: Archive, part: str, styles: dict[str, str], default: str,
                deadline: float) -> Iterator[str]:
    """Each top-level paragraph's and table's lines, in document order, dropping each block (and whatever markup
    came before it) once it is read, so memory holds one block at a time."""
    from lxml import etree

    with archive.open(part, deadline=deadline) as stream:
        stream.allow(MAX_BLOCK_BYTES)
        blocks = etree.iterparse(stream, events=("end",), tag=(_P, _TBL, _SDT), **_XML)
        for _, block in blocks:
            parent = block.getparent()
            if parent is None or parent.tag != _BODY:
                continue
            yield from _block_lines(block, styles, default)
            while block.getprevious() is not None:
                del parent[0]
            parent.remove(block)
            stream.allow(MAX_BLOCK_BYTES)
        if blocks.root is not None and blocks.root.tag != _DOCUMENT:
            raise InputError(f"{archive.name} is a zip file but not a Word document; save it as .docx, .pdf "
                             "or .txt")


def docx_text(data: bytes, name: str, *, max_chars: int = MAX_TEXT_CHARS) -> tuple[str, tuple[str, ...]]:
    """The text of a .docx and any warnings (text cut at ``max_chars``); an InputError for bombs and junk."""
    from lxml import etree

    budget = SECONDS + SECONDS_PER_MB * len(data) / 1_048_576
    archive = open_archive(data, name)
    out: list[str] = []
    warnings: tuple[str, ...] = ()
    try:
        part = _target(archive, "_rels/.rels", "officeDocument", "word/document.xml")
        if part not in archive:
            raise InputError(f"{name} is a zip file but not a Word document (no {part} inside); save it as "
                             ".docx, .pdf or .txt")
        styles, default = _style_names(archive, part)
        size = 0
        with closing(_body_lines(archive, part, styles, default, time.monotonic() + budget)) as lines:
            for line in lines:
                out.append(line)
                size += len(line) + 1
                if size > max_chars:
                    warnings = (f"{name} has more than {max_chars:,} characters of text; only the first "
                                f"{max_chars:,} were read",)
                    break
    except OutOfTime:
        if not any(line.strip() for line in out):
            raise
        warnings = (f"{name}: reading stopped after {budget:.1f} s (time limit); only the first part was read",)
    except etree.LxmlError as error:
        raise _unreadable(name, error) from None
    return "\n".join(out), warnings
