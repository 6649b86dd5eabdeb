#!/usr/bin/env python3
"""Screenshots of the web app's pages for the docs, at desktop and phone sizes, in Debian's chromium.

Starts the app on a throw-away store filled with the demo through the service layer (tests/browser/demo.py: the
profile from the demo resume, the demo posting with its research notes, yesterday's video interview, its closing
card, its debrief and the thank-you letters), opens each page of PAGES at each size of SCREENS and writes
docs/screenshots/<name>-<screen>.png. A page that does not answer 200 is skipped with a note. It drives
/usr/bin/chromium through Playwright (the dev extra) and never downloads a browser. Shares the browser tests'
harness (tests/browser/), so run it from a checkout:

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--full-page] [--only home,card]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests/browser/: the live server, chromium and the demo, as the browser tests use

# The main pages to shoot (docs/web.md lists them all): (file name, path); "{ref}" is the demo application's id.
PAGES = [
    ("home", "/"),
    ("new-application", "/applications/new"),
    ("application", "/applications/{ref}"),
    ("card", "/applications/{ref}/card"),
    ("debrief", "/applications/{ref}/debrief"),
    ("plan", "/applications/{ref}/plan"),
    ("letters", "/applications/{ref}/letters"),
    ("contacts", "/contacts"),
    ("data", "/data"),
]


def shoot(base: str, ref: str, out: Path, *, only: set[str], full_page: bool) -> list[Path]:
    """Every page of PAGES (those named in ``only``, when given) at every screen size into ``out``; prints each
    file written or page skipped."""
    from playwright.sync_api import sync_playwright

    from tests.browser.browsers import CHROMIUM_ARGS, SCREENS, chromium_path

    written = []
    with tempfile.TemporaryDirectory(prefix="afterword-chromium-") as home, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS,
                                         env={**os.environ, "HOME": home})
        try:
            for screen in SCREENS:
                context = browser.new_context(**screen.context_options(scale=2 if screen.phone else 1),
                                              reduced_motion="reduce")
                page = context.new_page()
                for name, path in PAGES:
                    if only and name not in only:
                        continue
                    response = page.goto(base + path.format(ref=ref))
                    status = response.status if response else 0
                    if status != 200:
                        print(f"skipped {path} at {screen.name} size: it answers {status}")
                        continue
                    target = out / f"{name}-{screen.name}.png"
                    page.screenshot(path=str(target), full_page=full_page)
                    written.append(target)
                    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
                context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the web app's pages at desktop and phone sizes.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not only its first screen")
    parser.add_argument("--only", default="", help="comma-separated page names of PAGES (default: all)")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = only - {name for name, _path in PAGES}
    if unknown:
        print(f"error: no page named {', '.join(sorted(unknown))}; give names from PAGES in {__file__}",
              file=sys.stderr)
        return 1
    from tests.browser.browsers import chromium_missing

    missing = chromium_missing()
    if missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    for name in [name for name in os.environ if name.startswith("AFTERWORD_") and "_TEST_" not in name]:
        del os.environ[name]  # the throw-away store and default settings only: never the user's database
    with tempfile.TemporaryDirectory(prefix="afterword-screenshots-") as folder:
        home = Path(folder)
        os.environ.update(AFTERWORD_DATA_DIR=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
        from afterword.settings import load_settings
        from afterword.store.session import open_store
        from tests.browser.demo import fill_demo
        from tests.browser.live import start_server

        with open_store(load_settings(home=home, database_url=f"sqlite:///{home / 'afterword.db'}")) as store:
            (home / "letters").mkdir()
            ref = fill_demo(store, home / "letters")
            server = start_server(store)
            try:
                args.out.mkdir(parents=True, exist_ok=True)
                written = shoot(server.url, ref, args.out, only=only, full_page=args.full_page)
            finally:
                server.stop()
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
