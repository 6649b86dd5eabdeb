"""The checks every browser test runs on every page: no console errors (a Content-Security-Policy violation is
one), no serious or critical axe-core violation, no sideways scrolling, a focus you can see."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checks import without Playwright, so its absence is a skip (or a CI failure), not an error
    from playwright.sync_api import ConsoleMessage, Error, Page

ROOT = Path(__file__).parents[2]
AXE_ENV = "AFTERWORD_TEST_AXE"
AXE_DEFAULT = ROOT / ".cache" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = ("serious", "critical")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# Console errors a page cannot help: the browser asks for /favicon.ico by itself when the page names no icon.
# Empty it once base.html names an icon (<link rel="icon" href="data:,">).
IGNORED_ERROR_URLS: tuple[str, ...] = ()


def axe_path() -> Path:
    """Where axe-core's axe.min.js is: AFTERWORD_TEST_AXE, else .cache/browser/ (see the README's install line)."""
    return Path(os.environ.get(AXE_ENV) or AXE_DEFAULT)


@lru_cache(maxsize=1)
def axe_source() -> str:
    return axe_path().read_text(encoding="utf-8")


@dataclass
class ConsoleLog:
    """What a page said on its console at level "error" and the errors its scripts threw, from the moment it was
    watched: (message, the address it is about) pairs."""

    errors: list[tuple[str, str]] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append((message.text, (message.location or {}).get("url", "")))

    def on_page_error(self, error: Error) -> None:
        self.errors.append((f"uncaught: {error.message}", ""))


_LOGS: dict[Page, ConsoleLog] = {}


def watch(page: Page) -> Page:
    """Record ``page``'s console errors from now on (the page fixtures do this for every page they make)."""
    log = _LOGS.setdefault(page, ConsoleLog())
    page.on("console", log.on_console)
    page.on("pageerror", log.on_page_error)
    page.on("close", lambda closed: _LOGS.pop(closed, None))
    return page


def assert_no_console_errors(page: Page, *, ignore_urls: tuple[str, ...] = ()) -> None:
    """Fail when the page logged an error (a script error, a failed load, a CSP violation) since it was watched,
    except about ``ignore_urls`` (a page expected to answer 404 logs its own status); the log is emptied, so the
    next check sees only what came after."""
    if page not in _LOGS:
        raise AssertionError("this page is not watched: make it with the page fixtures or call watch(page) first")
    page.wait_for_load_state("load")
    errors, _LOGS[page].errors = _LOGS[page].errors, []
    ignored = (*ignore_urls, *IGNORED_ERROR_URLS)
    shown = [f"{text} ({url})" if url else text for text, url in errors if not (url and url.endswith(ignored))]
    assert not shown, f"console errors on {page.url}:\n  " + "\n  ".join(shown)


def axe_violations(page: Page) -> list[dict]:
    """axe-core's violations on the page as it is now (any impact). axe runs in the page through DevTools, which
    the page's Content-Security-Policy does not block."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    return page.evaluate(
        """async (tags) => {
            const result = await window.axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                           resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html,
                                          summary: n.failureSummary || ''}))}));
        }""", AXE_TAGS)


def describe_violations(violations: list[dict]) -> str:
    """The violations as lines a person can act on: rule, impact, what to do, and each element."""
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:10]:
            lines.append(f"    at {node['target']}: {node['html'][:160]}")
            lines.extend(f"      {line}" for line in node["summary"].splitlines() if line.strip())
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more elements")
    return "\n".join(lines)


def assert_accessible(page: Page) -> None:
    """Fail on any axe-core violation of serious or critical impact, listing each with its elements."""
    blocking = [violation for violation in axe_violations(page) if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"accessibility violations on {page.url}:\n" + describe_violations(blocking)


def assert_no_horizontal_scroll(page: Page) -> None:
    """The page fits the viewport's width: nothing sticks out sideways (a phone would scroll or zoom out)."""
    width = page.viewport_size["width"] if page.viewport_size else page.evaluate("window.innerWidth")
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    if scroll_width > width:
        wide = page.evaluate(
            """(width) => [...document.querySelectorAll('body *')]
                 .filter(e => e.getBoundingClientRect().right > width + 0.5)
                 .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                                       (e.className && typeof e.className === 'string' ? '.' +
                                        e.className.trim().split(/\\s+/).join('.') : '') +
                                       ' ends at ' + Math.round(e.getBoundingClientRect().right) + 'px')""", width)
        raise AssertionError(f"{page.url} is {scroll_width}px wide in a {width}px viewport; too wide:\n  "
                             + "\n  ".join(wide))


FOCUS_STYLE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(), text: (element.innerText || element.value || '').trim().slice(0, 60),
        cls: typeof element.className === 'string' ? element.className : '',
        inNav: !!element.closest('nav[aria-label="Main"]'),
        outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0,
        boxShadow: style.boxShadow,
        onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 &&
                  box.left < window.innerWidth && box.top < window.innerHeight,
    };
}"""


def focused(page: Page) -> dict | None:
    """The focused element: tag, text, class, whether it is in the main nav, its outline and whether it shows."""
    return page.evaluate(FOCUS_STYLE)


def assert_focus_visible(page: Page) -> dict:
    """The focused element shows a focus ring (an outline of 2px or more, or a box shadow) and is on screen."""
    element = focused(page)
    assert element is not None, f"nothing has the keyboard focus on {page.url}"
    ring = (element["outlineStyle"] != "none" and element["outlineWidth"] >= 2) or element["boxShadow"] != "none"
    assert ring, f"the focused {element['tag']} {element['text']!r} shows no focus ring: {element}"
    assert element["onScreen"], f"the focused {element['tag']} {element['text']!r} is off screen: {element}"
    return element
