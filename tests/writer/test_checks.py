"""The tone and plain-language checks warn on bad text and stay quiet on the letters Afterword writes."""

from __future__ import annotations

from afterword.writer import plain_language_warnings, tone_warnings
from afterword.writer.checks import numbers_in, placeholder

from .conftest import Candidate

COLD = ("I was disappointed by the interview. The process was slow, chaotic and frankly rude, and I regret the "
        "wasted afternoon. I doubt this will work out.")
GUSHING = ("Wow!!! Thank you SO much, that was absolutely the best interview of my life! You are amazing and "
           "this is my dream job! I'm thrilled!")
DENSE = ("Notwithstanding the aforementioned organisational considerations, my comprehensive methodological "
         "orientation facilitates interdepartmental operationalisation of multidimensional analytical "
         "infrastructures, consequently enabling institutionalised evidence-based decision-making "
         "capabilities throughout heterogeneous organisational environments.")


def test_a_cold_letter_gets_a_tone_warning() -> None:
    (warning,) = tone_warnings(COLD)
    assert "cool or negative" in warning


def test_a_gushing_letter_gets_a_tone_warning() -> None:
    warnings = tone_warnings(GUSHING)
    assert any("effusive" in w and "“amazing”" in w for w in warnings)


def test_dense_prose_gets_a_plain_language_warning() -> None:
    (warning,) = plain_language_warnings(DENSE)
    assert "hard to read" in warning and "reading ease" in warning


def test_the_letters_written_pass_both_checks(candidate: Candidate) -> None:
    for kind in ("thank-you", "check-in", "hesitation", "rejection"):
        for letter in candidate.write(kind):
            body = " ".join(letter.body)
            assert not tone_warnings(body) and not plain_language_warnings(body), (kind, letter.warnings)
            assert not any("tone" in w or "hard to read" in w for w in letter.warnings)


def test_numbers_are_read_with_dates_and_times_aside() -> None:
    assert numbers_in("cut run time from 6 hours to 50 minutes, 1,200 stores, 12.50% and £62,000") == \
        ["6", "50", "1200", "12.5", "62000"]
    assert numbers_in("by Monday 16 March at 14:00, or 2026-03-18 at 9 am") == []
    assert numbers_in("Monday 16 March", dates=False) == ["16"]


def test_placeholders_are_found() -> None:
    assert placeholder("Dear {name},") == "{"
    assert placeholder("Thanks, None") == "None"
    assert placeholder("TODO: add a reason") == "TODO"
    assert placeholder("Nonetheless, thank you.") is None
    assert placeholder("If you have none, say so.") is None
    assert placeholder("Dear [Name],") == "[Name]"
