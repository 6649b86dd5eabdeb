"""HTML pages: the main text via trafilatura (keeping headings), with a plain-text fallback."""

from __future__ import annotations

from afterword.errors import InputError


def html_text(html: str, name: str) -> str:
    import trafilatura

    text = trafilatura.extract(
        html, output_format="markdown", include_formatting=True, include_tables=True,
        include_comments=False, favor_recall=True,
    )
    if not text or len(text.strip()) < 40:
        from lxml import html as lxml_html

        try:
            tree = lxml_html.fromstring(html)
        except Exception:  # noqa: BLE001 - lxml raises parser errors of several kinds on junk
            tree = None
        if tree is not None:
            for junk in tree.xpath("//script|//style|//noscript|//template"):
                junk.drop_tree()
            fallback = "\n".join(t.strip() for t in tree.itertext() if t.strip())
            if len(fallback) > len(text or ""):
                text = fallback
    if not text or not text.strip():
        raise InputError(f"{name} has no readable text; save the page's text to a .txt file and use that")
    return text
