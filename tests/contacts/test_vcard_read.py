"""Reading vCards as phones and address books export them, and refusing what is not one with a message that says
what to do."""

from __future__ import annotations

import pytest

from afterword.contacts import ContactCard, Phone, PostalAddress, VCardError, read_vcards
from tests.contacts.samples import APPLE, GOOGLE, V4, V21

NOT_A_VCARD = "is not a vCard: export the contact as .vcf from your phone or address book and try again"


def test_apple_export() -> None:
    result = read_vcards(APPLE.encode("utf-8"))
    assert result.warnings == ()
    assert result.cards == (ContactCard(
        full_name="Amélie Lefèvre", given_name="Amélie", family_name="Lefèvre", title="Talent Acquisition Lead",
        organisation="Société Générale", department="Ressources Humaines",
        emails=("Amelie.Lefevre@example.fr", "amelie@example.fr"),  # the pref one first, its domain lower-cased
        phones=(Phone("+33 6 12 34 56 78", ("cell",)), Phone("+33 1 42 14 20 00", ("work",))),
        address=PostalAddress(street="29 Boulevard Haussmann", city="Paris", postcode="75009", country="France"),
        url="https://careers.example.fr/rh", note="Met at the Paris job fair, stand B12.\nFollow up in May."),)


def test_google_export_with_two_cards_a_folded_title_and_a_bad_email() -> None:
    result = read_vcards(GOOGLE)
    jose, siobhan = result.cards
    assert jose.full_name == "José Ramírez"
    assert jose.title == "Staff Software Engineer, Developer Infrastructure and Build Tooling for Internal Platforms"
    assert jose.emails == ("jose.ramirez@example.com",)
    assert jose.phones == (Phone("(415) 555-0142", ("cell",)), Phone("+1 650-253-0000"))
    assert jose.address == PostalAddress(street="1600 Amphitheatre Pkwy, Building 4", city="Mountain View",
                                         region="CA", postcode="94043", country="United States")
    assert jose.organisation == "Alphabet Inc." and jose.department is None
    assert (siobhan.full_name, siobhan.family_name, siobhan.organisation) == (
        "Siobhán Ní Bhriain", "Ní Bhriain", "Contoso Ltd.")
    [warning] = result.warnings
    assert warning.startswith('José Ramírez (card 1): left out the email "jose@@example" (')
    assert warning.endswith("correct it in your address book if you need it")


def test_vcard_4_tel_uris_and_pref_order() -> None:
    [card] = read_vcards(V4).cards
    assert card.emails == ("d.reyes@lumen.example.com", "dana@lumen.example.com")
    assert card.phones == (Phone("+1-415-555-0100;ext=12", ("work",)), Phone("+14155550199", ("cell",)))
    assert card.url == "https://lumen.example.com/team?name=dana,reyes"  # a URI's comma is not a list separator
    assert card.phone is not None and card.phone.number.endswith(";ext=12")


def test_vcard_2_1_quoted_printable_without_fn() -> None:
    [card] = read_vcards(V21.encode("ascii")).cards
    assert (card.full_name, card.given_name, card.family_name) == ("Jürgen Müller", "Jürgen", "Müller")
    assert card.note == "Erstes Gespräch am Montag, sehr freundlich und sehr lang, bitte nachfassen."
    assert card.phones == (Phone("+49 30 1234567", ("work",)), Phone("+49 171 1234567", ("cell",)))
    assert card.emails == ("j.mueller@example.de",)


def test_encodings_a_phone_may_use() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEND:VCARD\r\n"
    assert read_vcards(b"\xef\xbb\xbf" + card.encode("utf-8")).cards[0].full_name == "Zoë Ångström"
    assert read_vcards(b"\xff\xfe" + card.encode("utf-16-le")).cards[0].full_name == "Zoë Ångström"
    result = read_vcards(card.replace("Zoë Ångström", "Renée Dupré Éloïse").encode("cp1252"), source="old.vcf")
    assert result.cards[0].full_name == "Renée Dupré Éloïse"
    assert any("old.vcf is not UTF-8" in warning for warning in result.warnings)


def test_lower_case_names_lf_endings_and_text_around_the_cards() -> None:
    text = "Exported 2 contacts\nbegin:vcard\nversion:3.0\nfn:Ana Lima\nend:vcard\n\nthanks\n"
    assert [card.full_name for card in read_vcards(text).cards] == ["Ana Lima"]


def test_a_nested_agent_card_is_not_read_as_the_person() -> None:
    text = crlf_join("BEGIN:VCARD", "VERSION:2.1", "FN:Boss Person", "AGENT:", "BEGIN:VCARD", "FN:Assistant Person",
                     "EMAIL:assistant@example.com", "END:VCARD", "EMAIL:boss@example.com", "END:VCARD")
    [card] = read_vcards(text).cards
    assert (card.full_name, card.emails) == ("Boss Person", ("boss@example.com",))


def test_an_unreadable_line_is_skipped_with_a_warning() -> None:
    text = crlf_join("BEGIN:VCARD", "VERSION:3.0", "FN:Ana Lima", "this line lost its property name",
                     "TITLE:Recruiter", "END:VCARD")
    result = read_vcards(text)
    assert result.cards[0].title == "Recruiter"
    assert result.warnings == ("Card 1: skipped line 4, which could not be read as a vCard property",)


@pytest.mark.parametrize("data", [
    b"name,email\r\nJane Smith,jane@example.com\r\n",
    "",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
])
def test_what_is_not_a_vcard(data: bytes | str) -> None:
    with pytest.raises(VCardError) as caught:
        read_vcards(data)
    assert str(caught.value) == f"This file {NOT_A_VCARD}"


def test_the_source_is_named_in_the_message() -> None:
    with pytest.raises(VCardError, match=f"^contacts.csv {NOT_A_VCARD}$"):
        read_vcards(b"name,email\n", source="contacts.csv")


def test_a_card_without_any_name_stops_the_import() -> None:
    text = GOOGLE + crlf_join("BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "FN: ", "ORG:Acme Inc.",
                              "EMAIL:hr@acme.example.com", "END:VCARD")
    with pytest.raises(VCardError) as caught:
        read_vcards(text)
    assert str(caught.value) == ("Card 3 has no name (no FN or N): give the contact a name in your address book, "
                                 "export it again and retry")


def test_a_cut_off_file() -> None:
    with pytest.raises(VCardError, match="^Card 3 is cut off .*: export the contacts again and retry$"):
        read_vcards(GOOGLE + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half A. Card\r\n")


def crlf_join(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in lines)
