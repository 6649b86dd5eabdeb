"""Photos of business cards go through the optional OCR extra, which is imported only when a photo is read."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PIL import Image

from afterword.contacts import ContactError, OcrUnavailableError, read_business_card_photo
from tests.contacts import cards


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "card.png"
    Image.new("RGB", (40, 20), "white").save(path)
    return path


def fake_pytesseract(monkeypatch: pytest.MonkeyPatch, text: str = "", missing_program: bool = False) -> None:
    module = types.ModuleType("pytesseract")

    class TesseractNotFoundError(OSError):  # as in pytesseract
        pass

    class TesseractError(RuntimeError):
        pass

    def image_to_string(image: Image.Image) -> str:
        assert image.size == (40, 20)
        if missing_program:
            raise TesseractNotFoundError("tesseract is not installed or it's not in your PATH")
        return text

    module.TesseractNotFoundError = TesseractNotFoundError  # type: ignore[attr-defined]
    module.TesseractError = TesseractError  # type: ignore[attr-defined]
    module.image_to_string = image_to_string  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pytesseract", module)


def test_without_the_ocr_extra(monkeypatch: pytest.MonkeyPatch, photo: Path) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # what an uninstalled module looks like to import
    with pytest.raises(OcrUnavailableError) as caught:
        read_business_card_photo(photo)
    assert str(caught.value) == ("Reading card photos needs the OCR extra: pip install 'afterword[ocr]' and the "
                                 "tesseract-ocr system package")


def test_the_photo_text_becomes_a_proposal(monkeypatch: pytest.MonkeyPatch, photo: Path) -> None:
    fake_pytesseract(monkeypatch, cards.LOGO_FIRST)
    proposal = read_business_card_photo(photo, region="GB")
    assert proposal.name is not None and proposal.name.value == "Daniel O'Brien"
    assert [phone.value.number for phone in proposal.phones] == ["+442079460958", "+447911123456"]


def test_without_the_tesseract_program(monkeypatch: pytest.MonkeyPatch, photo: Path) -> None:
    fake_pytesseract(monkeypatch, missing_program=True)
    with pytest.raises(OcrUnavailableError, match="needs the tesseract program: install the tesseract-ocr"):
        read_business_card_photo(photo)


def test_not_a_photo(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_pytesseract(monkeypatch, cards.NAME_FIRST)
    path = tmp_path / "card.jpg"
    path.write_text("not a picture")
    with pytest.raises(ContactError, match=r"card.jpg is not a photo Afterword can read: save it as JPEG or PNG"):
        read_business_card_photo(path)
    with pytest.raises(ContactError, match="missing.png does not exist: check the path"):
        read_business_card_photo(tmp_path / "missing.png")


def test_a_photo_without_text(monkeypatch: pytest.MonkeyPatch, photo: Path) -> None:
    fake_pytesseract(monkeypatch, "  \n\x0c")
    with pytest.raises(ContactError, match="No text was found in .*card.png: take the photo again"):
        read_business_card_photo(photo)
