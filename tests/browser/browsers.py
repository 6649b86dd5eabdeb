"""Debian's chromium as the browser tests and scripts/screenshots.py drive it, and the window sizes they use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

CHROMIUM_ENV = "AFTERWORD_TEST_CHROMIUM"
CHROMIUM_DEFAULT = "/usr/bin/chromium"  # Debian's `chromium` package: Playwright never downloads a browser here
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def chromium_path() -> str:
    """The chromium to drive: AFTERWORD_TEST_CHROMIUM, else /usr/bin/chromium."""
    return os.environ.get(CHROMIUM_ENV) or CHROMIUM_DEFAULT


def chromium_missing() -> str | None:
    """Why chromium cannot be driven here (None when it can): the reason names the fix."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]'; never `playwright install`)"
    path = chromium_path()
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        return f"no chromium at {path} (apt-get install chromium, or set {CHROMIUM_ENV})"
    return None


@dataclass(frozen=True)
class Screen:
    """A browser window: a desktop, or a phone (touch, mobile viewport)."""

    name: str
    width: int
    height: int
    phone: bool = False

    def context_options(self, scale: float = 1) -> dict[str, Any]:
        """Playwright's new_context() options for this window, at ``scale`` device pixels per CSS pixel."""
        options: dict[str, Any] = {"viewport": {"width": self.width, "height": self.height},
                                   "device_scale_factor": scale}
        if self.phone:
            options.update(is_mobile=True, has_touch=True)
        return options


DESKTOP = Screen("desktop", 1280, 800)
PHONE = Screen("phone", 375, 740, phone=True)
SCREENS = (DESKTOP, PHONE)
