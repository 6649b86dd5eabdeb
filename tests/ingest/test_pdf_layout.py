"""PDF text in reading order: right-aligned dates stay with their job, a sidebar is read apart from the main
column, whatever order the file draws them in."""

from __future__ import annotations

from pathlib import Path

from afterword.ingest import read_document
from tests.conftest import pdf_escape, pdf_with_content


def positioned_pdf(pieces: list[tuple[float, float, str]]) -> bytes:
    """A one-page PDF drawing each (x, y, text) piece at its place, in the order given."""
    return pdf_with_content("\n".join(f"BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ({pdf_escape(text)}) Tj ET"
                                      for x, y, text in pieces))


def lines_of(tmp_path: Path, pieces: list[tuple[float, float, str]]) -> list[str]:
    path = tmp_path / "cv.pdf"
    path.write_bytes(positioned_pdf(pieces))
    return [line.text for line in read_document(str(path)).lines]


def test_right_aligned_dates_drawn_first_stay_beside_their_job(tmp_path: Path) -> None:
    lines = lines_of(tmp_path, [
        (470, 700, "03/2020 - now"), (470, 640, "2016 - 2020"),  # the template draws the dates first
        (50, 740, "Experience"),
        (50, 700, "Site Electrician, Volta Build Ltd"), (62, 686, "- Wired 40 new homes a year to code"),
        (50, 640, "Apprentice Electrician, Hale & Sons"), (62, 626, "- Installed and tested domestic circuits"),
    ])
    assert "Site Electrician, Volta Build Ltd | 03/2020 - now" in lines
    assert "Apprentice Electrician, Hale & Sons | 2016 - 2020" in lines


def test_dates_dropped_half_a_line_go_with_the_title_not_the_bullet(tmp_path: Path) -> None:
    lines = lines_of(tmp_path, [
        (50, 700, "Head Chef, The Larder"), (470, 688, "Jan 2021 - Present"),
        (50, 688, "- Ran a kitchen of 9 cooks and cut food cost to 28%"),
    ])
    assert lines[0] == "Head Chef, The Larder | Jan 2021 - Present"


def test_a_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    sidebar = [(40, 700 - 14 * i, text) for i, text in enumerate(
        ["SKILLS", "Forklift", "Stock control", "First aid", "LANGUAGES", "English", "Polish", "Driving licence"])]
    main = [(230, 700 - 14 * i, text) for i, text in enumerate(
        ["EXPERIENCE", "Warehouse Lead, Dunmore Freight", "2019 - now", "- Led a shift of 14 pickers",
         "- Cut picking errors by 30% in a year", "Picker, Dunmore Freight", "2016 - 2019",
         "- Picked 150 lines an hour"])]
    lines = lines_of(tmp_path, main + sidebar)
    assert lines.index("Driving licence") < lines.index("EXPERIENCE")  # the sidebar is whole, then the main column
    assert "Warehouse Lead, Dunmore Freight" in lines and not any("|" in line for line in lines)
