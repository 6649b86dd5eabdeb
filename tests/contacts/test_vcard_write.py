"""Writing vCards 4.0 and 3.0 that vobject and ``read_vcards`` read back as the same contact."""

from __future__ import annotations

import pytest
import vobject

from afterword.contacts import (
    ContactCard,
    ContactError,
    Phone,
    PostalAddress,
    VCardVersion,
    read_vcards,
    write_vcard,
    write_vcards,
)
from tests.contacts.samples import APPLE, GOOGLE, V4

FULL = ContactCard(
    full_name="Zoë Müller-Lüdenscheidt, PhD", given_name="Zoë", family_name="Müller-Lüdenscheidt",
    title="VP, Sales; EMEA", organisation="Smith, Jones & Co", department="R&D",
    emails=("zoe@example.com", "Z.M@example.org"),
    phones=(Phone("+14155550100;ext=12", ("work",)), Phone("(415) 555-0199", ("cell",)),
            Phone("+442079460958", ("work", "fax"))),
    address=PostalAddress(street="1 Main St, Floor 2", city="Springfield", region="IL", postcode="62701",
                          country="USA", po_box="PO Box 5"),
    url="https://example.com/people?name=zoe,m",
    note="Met at PyCon, liked the talk; asked about C:\\temp.\nSecond interview: " + "very long note " * 12)
VERSIONS: tuple[VCardVersion, ...] = ("4.0", "3.0")


@pytest.mark.parametrize("version", VERSIONS)
def test_round_trip(version: VCardVersion) -> None:
    result = read_vcards(write_vcard(FULL, version))
    assert result.cards == (FULL,) and result.warnings == ()


@pytest.mark.parametrize("version", VERSIONS)
def test_round_trip_of_a_name_only_card(version: VCardVersion) -> None:
    card = ContactCard("Ana Lima")
    assert read_vcards(write_vcard(card, version)).cards == (card,)


@pytest.mark.parametrize("version", VERSIONS)
def test_exports_read_back_the_same_after_writing(version: VCardVersion) -> None:
    cards = read_vcards(APPLE + GOOGLE + V4).cards
    assert read_vcards(write_vcards(cards, version)).cards == cards


@pytest.mark.parametrize("version", VERSIONS)
def test_crlf_lines_folded_at_75_octets(version: VCardVersion) -> None:
    text = write_vcard(FULL, version)
    assert text.startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n") and text.endswith("END:VCARD\r\n")
    lines = text.split("\r\n")[:-1]
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)  # the long note was folded


def test_a_fold_never_splits_a_utf8_character() -> None:
    text = write_vcard(ContactCard("Ü" * 100))
    for line in text.split("\r\n"):
        line.encode("utf-8").decode("utf-8")  # each physical line is whole UTF-8 on its own
    assert read_vcards(text).cards[0].full_name == "Ü" * 100


def test_text_is_escaped_and_uris_are_not() -> None:
    text = write_vcard(FULL, "4.0")
    assert "\r\nFN:Zoë Müller-Lüdenscheidt\\, PhD\r\n" in text
    assert "\r\nTITLE:VP\\, Sales\\; EMEA\r\n" in text
    assert "\r\nORG:Smith\\, Jones & Co;R&D\r\n" in text
    assert "\r\nADR:PO Box 5;;1 Main St\\, Floor 2;Springfield;IL;62701;USA\r\n" in text
    assert "\r\nURL:https://example.com/people?name=zoe,m\r\n" in text
    assert "C:\\\\temp.\\nSecond" in text


def test_version_4_writes_e164_numbers_as_tel_uris() -> None:
    text = write_vcard(FULL, "4.0")
    assert "\r\nTEL;VALUE=uri;TYPE=work:tel:+14155550100;ext=12\r\n" in text
    assert "\r\nTEL;VALUE=uri;TYPE=work,fax:tel:+442079460958\r\n" in text
    assert "\r\nTEL;TYPE=cell:(415) 555-0199\r\n" in text  # not E.164: text, as vCard 3 wrote it
    assert "\r\nEMAIL:zoe@example.com\r\n" in text


def test_version_3_types_and_email_type() -> None:
    text = write_vcard(FULL, "3.0")
    assert "\r\nTEL;TYPE=WORK:+14155550100;ext=12\r\n" in text
    assert "\r\nTEL;TYPE=CELL:(415) 555-0199\r\n" in text
    assert "\r\nEMAIL;TYPE=INTERNET:zoe@example.com\r\n" in text
    assert "\r\nN:Müller-Lüdenscheidt;Zoë;;;\r\n" in text


@pytest.mark.parametrize("version", VERSIONS)
def test_vobject_reads_what_is_written(version: VCardVersion) -> None:
    parsed = vobject.readOne(write_vcard(FULL, version))
    assert parsed.version.value == version
    assert parsed.fn.value == FULL.full_name
    assert (parsed.n.value.family, parsed.n.value.given) == ("Müller-Lüdenscheidt", "Zoë")
    assert parsed.org.value == ["Smith, Jones & Co", "R&D"]
    assert parsed.title.value == "VP, Sales; EMEA"
    assert (parsed.adr.value.box, parsed.adr.value.street, parsed.adr.value.code) == (
        "PO Box 5", "1 Main St, Floor 2", "62701")
    assert [email.value for email in parsed.email_list] == list(FULL.emails)
    assert parsed.note.value == FULL.note
    assert len(parsed.tel_list) == 3


def test_a_value_cannot_add_lines_of_its_own() -> None:
    card = ContactCard("Eve\r\nEMAIL:eve@evil.example.com", url="https://example.com\r\nEMAIL:x@evil.example.com",
                       phones=(Phone("+14155550100\nEMAIL:y@evil.example.com"),))
    for version in VERSIONS:
        [read] = read_vcards(write_vcard(card, version)).cards
        assert read.emails == ()
        assert read.full_name == "Eve\nEMAIL:eve@evil.example.com"


def test_only_versions_3_and_4() -> None:
    with pytest.raises(ContactError, match='vCard version "2.1" is not one Afterword writes: choose 4.0 or 3.0'):
        write_vcard(FULL, "2.1")  # type: ignore[arg-type]
