"""Importing the schedule stays cheap: dateparser (slow to load) only comes in for phrases with a plain date."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("dateparser", "holidays", "icalendar")


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_importing_the_package_loads_none_of_the_heavy_libraries() -> None:
    assert _loaded_after("import afterword.schedule") == set()


def test_relative_phrases_never_load_dateparser() -> None:
    loaded = _loaded_after("import datetime as dt\nfrom afterword.schedule import decision_date\n"
                           "assert decision_date('in two weeks', dt.date(2026, 11, 18)) is not None")
    assert "dateparser" not in loaded
    assert "holidays" in loaded


def test_a_plain_date_does_load_dateparser() -> None:
    loaded = _loaded_after("import datetime as dt\nfrom afterword.schedule import decision_date\n"
                           "assert decision_date('March 3', dt.date(2026, 11, 18)) is not None")
    assert "dateparser" in loaded
