"""services/contacts.py, contact_import.py and contact_scan.py on SQLite and PostgreSQL: a .vcf imported (companies
from ORG, empty fields filled and never overwritten, the reader's warnings), export → import adding nothing, lists
of a company or an application, and a business card confirmed, kept and linked to the application's interview."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.contacts import ContactError, OcrUnavailableError, read_vcards
from afterword.errors import AfterwordError
from afterword.services.contact_import import import_vcards
from afterword.services.contact_scan import check_field, read_business_card, save_business_card, scan_fields
from afterword.services.contacts import export_contacts, list_contacts
from afterword.settings import load_settings
from afterword.store import applications, companies, contacts, interviews
from afterword.store.session import Store
from tests.services.contact_samples import CARD_TEXT, PEOPLE

NOW = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)


def _vcf(tmp_path: Path, text: str = PEOPLE, name: str = "people.vcf") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return str(path)


def _acme(store: Store, *, interview: bool = True) -> str:
    """An application at Acme with Dana Reyes (title and email known) met at its interview on 1 Dec 2026."""
    with store.transaction() as session:
        added = applications.add(session, company="Acme", role="Engineer")
        if interview:
            interviews.add(session, application=added, starts_at=datetime(2026, 12, 1, 10, tzinfo=UTC),
                           time_zone="UTC", kind="video", interviewers=[("Dana Reyes", "Engineering Manager")])
        contacts.keep(session, name="Dana Reyes", company=added.company, values={"email": "dana@acme.example"})
        return added.id.hex[:8]


def test_import_keeps_each_card_at_its_company_and_fills_only_empty_fields(store: Store, tmp_path: Path) -> None:
    _acme(store)
    result = import_vcards(store, _vcf(tmp_path))
    assert (result.added, result.updated, result.unchanged, result.cards) == (2, 1, 0, 3)
    [warning] = result.warnings
    assert warning.startswith('José Ramírez (card 2): left out the email "jose@@example"')
    found = {contact.name: contact for contact in list_contacts(store)}
    assert set(found) == {"Amélie Lefèvre", "José Ramírez", "Dana Reyes"}
    amelie = found["Amélie Lefèvre"]
    assert (amelie.company, amelie.title, amelie.email, amelie.phone, amelie.source) == (
        "Société Générale", "Talent Acquisition Lead", "Amelie.Lefevre@example.fr", "+33612345678", "vcard")
    assert amelie.postal_address == "29 Boulevard Haussmann\nParis 75009\nFrance"
    assert amelie.notes == "Met at the Paris job fair, stand B12." and amelie.phone_display == "+33 6 12 34 56 78"
    assert found["José Ramírez"].email is None and found["José Ramírez"].phone == "+14155550142"
    dana = found["Dana Reyes"]  # ORG:ACME is the company "Acme"; "Dana  Reyes" is the person kept there
    assert dana.company == "Acme" and dana.email == "dana@acme.example"  # kept: never overwritten
    assert (dana.title, dana.phone, dana.notes) == ("Engineering Manager", "+14155550132", "Prefers email")
    with store.reading() as session:
        assert companies.find_by_name(session, "société générale") is not None
    again = import_vcards(store, _vcf(tmp_path))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_company_option_puts_every_card_there(store: Store, tmp_path: Path) -> None:
    result = import_vcards(store, _vcf(tmp_path), company="Initech")
    assert result.added == 3
    assert {contact.company for contact in list_contacts(store)} == {"Initech"}
    assert [contact.name for contact in list_contacts(store, "initech")] == [
        "Amélie Lefèvre", "Dana Reyes", "José Ramírez"]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_export_then_import_adds_nothing(store: Store, tmp_path: Path, version: str) -> None:
    _acme(store)
    import_vcards(store, _vcf(tmp_path))
    exported = export_contacts(store, version=version)
    assert exported.count == 3 and exported.text.count(f"VERSION:{version}\r\n") == 3
    cards = {card.full_name: card for card in read_vcards(exported.text).cards}
    amelie = cards["Amélie Lefèvre"]
    assert (amelie.given_name, amelie.family_name, amelie.organisation) == ("Amélie", "Lefèvre", "Société Générale")
    assert amelie.emails == ("Amelie.Lefevre@example.fr",) and amelie.phones[0].number == "+33612345678"
    assert amelie.address is not None and amelie.address.country == "France"
    before = list_contacts(store)
    again = import_vcards(store, _vcf(tmp_path, exported.text, f"export-{version}.vcf"))
    assert (again.added, again.updated, again.unchanged, again.warnings) == (0, 0, 3, ())
    assert list_contacts(store) == before


def test_lists_and_exports_of_one_company_or_application(store: Store, tmp_path: Path) -> None:
    ref = _acme(store)
    import_vcards(store, _vcf(tmp_path))
    with store.transaction() as session:  # a recruiter from an agency, met at Acme's interview
        application = applications.find(session, ref)
        agency = companies.get_or_create(session, "Hays")
        recruiter, _added, _filled = contacts.keep(session, name="Sam Lee", company=agency, values={})
        contacts.link(session, application.interviews[0], recruiter)
    assert [contact.name for contact in list_contacts(store, "ACME")] == ["Dana Reyes"]
    of_application = list_contacts(store, ref)
    assert [contact.name for contact in of_application] == ["Dana Reyes", "Sam Lee"]
    assert all(str(contact.application_ids[0]).replace("-", "").startswith(ref) for contact in of_application)
    assert [contact.company for contact in list_contacts(store)] == ["Acme", "Hays", "Northwind", "Société Générale"]
    assert export_contacts(store, "Northwind").text.count("BEGIN:VCARD") == 1
    with pytest.raises(AfterwordError, match="no company is called 'Globex' and no application matches it"):
        list_contacts(store, "Globex")
    with pytest.raises(AfterwordError, match="give --vcard-version 4.0 or 3.0"):
        export_contacts(store, version="2.1")


def test_a_business_card_is_confirmed_kept_and_linked_to_the_interview(store: Store, tmp_path: Path) -> None:
    ref = _acme(store)
    path = tmp_path / "card.txt"
    path.write_text(CARD_TEXT, encoding="utf-8")
    card = scan_fields(store, read_business_card(text_source=str(path), settings=store.settings), ref)
    fields = {field.key: field for field in card.fields}
    assert fields["name"].value == "Jane Smith" and fields["name"].line_numbers == (1,)
    company = fields["organisation"]  # the application's company, the card's reading as its source
    assert (company.value, company.source, company.note) == ("Acme", "Acme Corp, Inc.", "the application's company")
    assert fields["phone"].value == "+1 415-555-0134 ext. 204" and card.other_phones == ("+1 415-555-0100 (fax)",)
    assert fields["address"].value == "500 Market St, Suite 200 / San Francisco, CA 94105"
    saved = save_business_card(store, card.values(), ref, now=NOW)
    kept = saved.kept.contact
    assert saved.kept.added and (kept.company, kept.phone, kept.source) == ("Acme", "+14155550134;ext=204",
                                                                         "business card")
    assert kept.postal_address == "500 Market St, Suite 200\nSan Francisco, CA 94105"
    assert saved.interview_number == 1 and saved.linked and len(kept.application_ids) == 1
    with store.reading() as session:
        acme = companies.find_by_name(session, "acme")
        assert acme is not None and acme.website == "www.acme.example"
        [interview] = applications.find(session, ref).interviews
        assert [person.name for person in interview.interviewers] == ["Dana Reyes", "Jane Smith"]
    corrected = {**card.values(), "email": None, "title": "Head of Talent"}
    again = save_business_card(store, corrected, ref, now=NOW)
    assert not again.kept.added and again.kept.filled == () and not again.linked
    assert again.kept.contact.title == "Senior Technical Recruiter"  # kept fields are never overwritten


def test_fields_as_typed_are_checked(store: Store) -> None:
    assert check_field("phone", "020 7946 0958", "GB") == "+442079460958"
    assert check_field("email", " Jane@Example.COM ", "US") == "Jane@example.com"
    assert check_field("title", "  ", "US") is None
    assert check_field("address", "Flat 2/14 / 1 High St / London", "US") == "Flat 2/14 / 1 High St / London"
    with pytest.raises(ContactError, match="a contact needs a name"):
        check_field("name", "", "US")
    with pytest.raises(ContactError, match='"12" is not a valid phone number in US'):
        check_field("phone", "12", "US")
    with pytest.raises(ContactError, match="is not a valid email address"):
        check_field("email", "jane@", "US")
    with pytest.raises(ContactError, match="a contact needs a name"):
        save_business_card(store, {"name": None})


def test_an_application_without_an_interview_keeps_the_contact_unlinked(store: Store) -> None:
    ref = _acme(store, interview=False)
    saved = save_business_card(store, {"name": "Lee Chan", "organisation": "Acme"}, ref)
    assert saved.kept.added and saved.interview is None and not saved.linked
    assert saved.application is not None and saved.application.short_id == ref


def test_the_phone_region_setting_reads_numbers_without_a_country_code(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_text("Daniel O'Brien\nHead of Talent\nd.obrien@acme.co.uk\nMob 07911 123456\n", encoding="utf-8")
    proposal = read_business_card(text_source=str(path), settings=load_settings(country="GB"))
    assert [phone.value.number for phone in proposal.phones] == ["+447911123456"]


def test_a_photo_without_the_ocr_extra_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # as without the extra, even where it is installed
    photo = tmp_path / "card.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    with pytest.raises(OcrUnavailableError, match=r"pip install 'afterword\[ocr\]'"):
        read_business_card(photo=str(photo))
    with pytest.raises(ContactError, match="give a photo of the business card, or its text"):
        read_business_card()
