"""A long requirement is quoted on the card up to where a clause ends, never left hanging on "the" or "of"."""

from __future__ import annotations

from afterword.coach.sources import quote


def test_a_long_quote_ends_where_a_clause_ends() -> None:
    text = ("Bachelor's degree or a similar academic degree within a relevant field of engineering or economics, "
            "or related work experience, which will improve your chances of being considered for the role .")
    said = quote(text, 150)
    assert said == "Bachelor's degree or a similar academic degree within a relevant field of engineering or " \
                   "economics, or related work experience…"


def test_a_word_cut_never_hangs_on_a_little_word() -> None:
    text = "Knowledge " + "of the regional data protection rules " * 8
    said = quote(text, 100)
    assert said.endswith("…")
    assert said[:-1].split()[-1].lower() not in ("the", "of", "a", "to")
    assert quote("Short and whole.") == "Short and whole"  # the sentence the quote stands in ends it: “…”.


def test_text_split_into_words_and_marks_is_quoted_as_written() -> None:
    assert quote("fluent in Danish and English orally and in writing .") == \
        "fluent in Danish and English orally and in writing"
    assert quote("protocols ( e.g . Modbus , IP protocols etc.") == "protocols (e.g. Modbus, IP protocols etc."
    assert quote("Work with C# , Java and Go .") == "Work with C#, Java and Go."
    assert quote("edge services ( BGP ECMP) .") == "edge services (BGP ECMP)"  # no ")." before the closing ".”."


def test_a_heading_run_into_a_quote_and_the_next_bullet_s_marker_are_not_quoted() -> None:
    assert quote("Qualifications: 8+ years of work experience in finance") == "8+ years of work experience in finance"
    assert quote("Strong PowerPoint skills are essential *") == "Strong PowerPoint skills are essential"
    assert quote("Start: January 5") == "Start: January 5"  # a label of its own stays


def test_a_redacted_name_is_quoted_as_one() -> None:
    assert quote("the law of <LOCATION> is welcome .") == "the law of [location] is welcome"
    assert quote("<ORGANIZATION> <ORGANIZATION> has 120,000 employees") == "[organization] has 120,000 employees"
    assert quote("if a < b and c > d") == "if a < b and c > d"


def test_a_bracket_the_quote_never_closes_is_left_out() -> None:
    said = quote("[ Please note that this job position is only available for <LOCATION> citizens.")
    assert said == "Please note that this job position is only available for [location] citizens"
    assert quote("(e.g. Python) or similar") == "(e.g. Python) or similar"
