"""HTML pages: the main text via trafilatura (keeping headings), with a plain-text fallback.

trafilatura spends about a tenth of a millisecond on each element, and far more on some shapes (thousands of <br>,
<hr> or <b> in a row): a page with more elements than a job posting needs is read by the fallback instead, which
is linear (lxml's C code does the walking). A page with more tags than any real page is refused before parsing:
lxml's tree takes a few hundred bytes an element.
"""

from __future__ import annotations

from typing import Any

from afterword.errors import InputError

MAX_ELEMENTS = 10_000  # a posting's page has a few thousand elements once scripts and styles are gone
MAX_TAGS = 300_000  # the heaviest saved pages have tens of thousands
_JUNK = ("script", "style", "noscript", "template")
_BLOCKS = ("p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt",
           "dd", "table", "tr", "blockquote", "pre", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th")


def _tree(html: str) -> Any:  # noqa: ANN401 - an lxml element, imported lazily
    """The page parsed by lxml without its scripts and styles, or None when lxml cannot make sense of it."""
    from lxml import etree

    parser = etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    try:  # bytes, so that an XHTML page's <?xml encoding=...?> declaration is no obstacle
        tree = etree.fromstring(html.encode("utf-8", "replace"), parser)
    except (etree.LxmlError, ValueError):
        return None
    if tree is None:
        return None
    etree.strip_elements(tree, *_JUNK, with_tail=False)
    return tree


def _fallback(tree: Any) -> str:  # noqa: ANN401 - an lxml element
    """The page's text with a line per block (headings as "#" lines, list items as "- " lines)."""
    from lxml import etree

    for element in tree.iter(*_BLOCKS):  # not an XPath union: libxml2 merges those in quadratic time
        tag = element.tag
        if tag in ("td", "th"):
            element.tail = " " + (element.tail or "")
            continue
        marker = "#" * int(tag[1]) + " " if tag[0] == "h" and tag[1:].isdigit() else "- " if tag == "li" else ""
        element.text = "\n\n" + marker + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    paragraphs: list[str] = []
    words: list[str] = []
    for line in etree.tostring(tree, method="text", encoding="unicode").split("\n"):
        if line.strip():
            words.extend(line.split())
        elif words:  # a blank line ends a block: its lines become one, with single spaces
            paragraphs.append(" ".join(words))
            words = []
    paragraphs.append(" ".join(words))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph and paragraph not in ("#", "-"))


def html_text(html: str, name: str) -> str:
    if html.count("<") > MAX_TAGS:
        raise InputError(f"{name} has more than {MAX_TAGS:,} tags, far more than a web page needs; save the "
                         "page's text to a .txt file and use that")
    tree = _tree(html)
    text = None
    if tree is not None and tree.xpath("count(//*)") <= MAX_ELEMENTS:
        import trafilatura

        text = trafilatura.extract(
            html, output_format="markdown", include_formatting=True, include_tables=True,
            include_comments=False, favor_recall=True,
        )
    if (not text or len(text.strip()) < 40) and tree is not None:
        fallback = _fallback(tree)
        if len(fallback) > len(text or ""):
            text = fallback
    if not text or not text.strip():
        raise InputError(f"{name} has no readable text; save the page's text to a .txt file and use that")
    return text
