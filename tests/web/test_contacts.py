"""`/contacts` and `/contacts/scan`: importing a .vcf upload, downloading all as vCard, and a business card read
from its text (or refused as a photo without the OCR extra), checked, then saved."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import vobject
from fastapi.testclient import TestClient

from afterword.services.contacts import list_contacts
from afterword.services.interviews import add_interview
from afterword.store.session import Store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig
from tests.services.contact_samples import CARD_TEXT, PEOPLE
from tests.web.conftest import BASE_URL, csrf_of

ONE_CARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Noor Haddad\r\nORG:Globex\r\nTITLE:Hiring Manager\r\n" \
           "EMAIL:noor@globex.example\r\nTEL:+44 20 7946 0958\r\nEND:VCARD\r\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(20)


def _import(client: TestClient, name: str, data: bytes, content_type: str = "text/vcard") -> httpx.Response:
    token = csrf_of(client, "/contacts")
    return client.post("/contacts/import", data={"csrf_token": token}, files={"file": (name, data, content_type)})


def test_no_contacts_says_how_to_add_them(client: TestClient) -> None:
    page = client.get("/contacts")
    assert page.status_code == 200
    assert "No contacts yet" in page.text
    assert 'action="/contacts/import"' in page.text and 'enctype="multipart/form-data"' in page.text
    assert "/contacts/export.vcf" not in page.text  # nothing to download yet


def test_a_vcf_upload_lists_its_contacts(client: TestClient, web_store: Store) -> None:
    response = _import(client, "people.vcf", PEOPLE.encode())
    assert response.status_code == 200 and str(response.url).endswith("/contacts")  # followed the 303
    assert "Imported people.vcf: 3 added" in response.text
    assert "jose@@example" in response.text  # the email left out is named, once
    assert "Amélie Lefèvre" in response.text and "Talent Acquisition Lead" in response.text
    assert 'href="mailto:dana.reyes@acme.example"' in response.text
    assert 'href="tel:+14155550132"' in response.text
    assert {contact.name for contact in list_contacts(web_store)} == {"Amélie Lefèvre", "José Ramírez", "Dana Reyes"}
    again = client.get("/contacts").text
    assert "Imported people.vcf" not in again  # the result is shown once
    assert "Dana Reyes" in again


def test_a_file_that_is_not_a_vcard_is_refused_and_nothing_is_kept(client: TestClient, web_store: Store) -> None:
    for name, data in (("notes.txt", b"Call Dana on Monday"), ("people.vcf", b"Dana Reyes, Acme, 415 555 0132"),
                       ("photo.vcf", PNG)):
        response = _import(client, name, data)
        assert response.status_code == 400
        assert f"{name} is not a vCard" in response.text and 'role="alert"' in response.text
        assert "Traceback" not in response.text
    assert list_contacts(web_store) == []


def test_a_vcard_without_any_name_is_a_clear_message(client: TestClient, web_store: Store) -> None:
    response = _import(client, "nameless.vcf", b"BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:a@b.example\r\nEND:VCARD\r\n")
    assert response.status_code == 400 and "Traceback" not in response.text
    assert list_contacts(web_store) == []


def test_an_upload_over_the_limit_is_refused(web_store: Store) -> None:
    with TestClient(create_app(ServeConfig(max_upload_bytes=64), store=web_store), base_url=BASE_URL) as small:
        response = _import(small, "people.vcf", PEOPLE.encode())
    assert response.status_code == 400
    assert "too large" in response.text
    assert list_contacts(web_store) == []


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_the_vcard_download_reads_back_with_the_same_names(client: TestClient, version: str) -> None:
    _import(client, "people.vcf", PEOPLE.encode())
    page = client.get("/contacts").text
    assert 'href="/contacts/export.vcf"' in page and 'href="/contacts/export.vcf?version=3.0"' in page
    download = client.get("/contacts/export.vcf", params={"version": version})
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/vcard")
    assert download.headers["content-disposition"] == 'attachment; filename="afterword-contacts.vcf"'
    cards = list(vobject.readComponents(download.content.decode("utf-8")))
    assert {card.fn.value for card in cards} == {"Amélie Lefèvre", "José Ramírez", "Dana Reyes"}
    assert {card.version.value for card in cards} == {version}


def test_an_unknown_vcard_version_is_a_clear_message(client: TestClient) -> None:
    response = client.get("/contacts/export.vcf", params={"version": "2.1"})
    assert response.status_code == 400 and "4.0 or 3.0" in response.text


def test_a_pasted_card_proposes_its_fields_with_their_lines(client: TestClient) -> None:
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan", data={"csrf_token": token, "text": CARD_TEXT})
    assert response.status_code == 200
    page = response.text
    assert 'name="email" value="jane.smith@acme.example"' in page
    assert 'name="phone" value="+1 415-555-0134 ext. 204"' in page
    assert 'name="name" value="Jane Smith"' in page
    assert "From line 6." in page  # the email's line
    assert "From line 4: “T: (415) 555-0134 ext. 204”." in page
    assert 'aria-describedby="card-email-from"' in page and 'id="card-email-from"' in page
    assert "+1 415-555-0100 (fax)" in page  # the number not proposed, to pick from
    assert 'action="/contacts/scan/save"' in page


def test_saving_a_checked_card_keeps_the_contact(client: TestClient, web_store: Store) -> None:
    token = csrf_of(client, "/contacts/scan")
    fields = {"name": "Jane Smith", "title": "Senior Technical Recruiter", "organisation": "Acme Corp, Inc.",
              "email": "jane.smith@acme.example", "phone": "+1 415-555-0134", "website": "www.acme.example",
              "address": "500 Market St, Suite 200 / San Francisco, CA 94105"}
    response = client.post("/contacts/scan/save", data={"csrf_token": token, **fields, "app": ""})
    assert response.status_code == 200 and str(response.url).endswith("/contacts")
    assert "Saved Jane Smith at Acme Corp, Inc." in response.text
    [jane] = list_contacts(web_store)
    assert (jane.name, jane.email, jane.phone) == ("Jane Smith", "jane.smith@acme.example", "+14155550134")
    assert jane.postal_address == "500 Market St, Suite 200\nSan Francisco, CA 94105"
    assert jane.source == "business card"


def test_a_card_saved_for_an_application_is_linked_to_its_interview(client: TestClient, web_store: Store,
                                                                     demo_application: str) -> None:
    add_interview(web_store, demo_application, at="2026-11-20 10:00", time_zone="UTC")
    page = client.get("/contacts/scan", params={"app": demo_application}).text
    assert f'<input type="hidden" name="app" value="{demo_application}">' in page
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan/save", data={"csrf_token": token, "name": "Jane Smith",
                                                        "app": demo_application})
    assert response.status_code == 200
    assert "Linked to round 1" in response.text
    assert f'href="/applications/{demo_application}"' in response.text
    [jane] = list_contacts(web_store)
    assert len(jane.application_ids) == 1
    assert f'href="/applications/{demo_application}"' in client.get("/contacts").text  # "Met for" on the list


def test_a_value_that_cannot_be_kept_shows_the_form_again(client: TestClient, web_store: Store) -> None:
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan/save", data={"csrf_token": token, "name": "Jane Smith",
                                                        "email": "jane@@acme", "title": "Recruiter"})
    assert response.status_code == 400
    assert 'role="alert"' in response.text and "jane@@acme" in response.text
    assert 'name="title" value="Recruiter"' in response.text  # what was typed is kept
    assert "As you typed it." in response.text
    assert list_contacts(web_store) == []
    nameless = client.post("/contacts/scan/save", data={"csrf_token": token, "name": "  "})
    assert nameless.status_code == 400 and "needs a name" in nameless.text


def test_nothing_pasted_is_a_clear_message(client: TestClient) -> None:
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan", data={"csrf_token": token, "text": "   "})
    assert response.status_code == 400 and "paste the text of the business card" in response.text


@pytest.fixture
def without_ocr(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr("afterword.services.contact_uploads.ocr_installed", lambda: False)
    yield


@pytest.mark.usefixtures("without_ocr")
def test_without_the_ocr_extra_the_page_says_how_to_install_it(client: TestClient) -> None:
    page = client.get("/contacts/scan").text
    assert "pip install 'afterword[ocr]'" in page
    assert 'type="file"' not in page  # no photo upload to fail
    assert 'name="text"' in page  # the text still works
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan", data={"csrf_token": token},
                           files={"photo": ("card.png", PNG, "image/png")})
    assert response.status_code == 400
    assert "afterword[ocr]" in response.text and "Traceback" not in response.text


def test_with_the_ocr_extra_the_page_offers_a_photo_upload(client: TestClient,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("afterword.services.contact_uploads.ocr_installed", lambda: True)
    page = client.get("/contacts/scan").text
    assert 'type="file"' in page and 'name="photo"' in page and "afterword[ocr]" not in page


def test_a_photo_is_read_from_its_bytes_never_from_a_path(client: TestClient,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from afterword.contacts import propose_contact

    seen: list[object] = []

    def fake_ocr(photo: object, *, region: str = "US") -> object:
        seen.append(photo)
        assert photo.read() == PNG  # type: ignore[attr-defined]
        return propose_contact(CARD_TEXT, region=region)

    monkeypatch.setattr("afterword.services.contact_uploads.ocr_installed", lambda: True)
    monkeypatch.setattr("afterword.contacts.read_business_card_photo", fake_ocr)
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan", data={"csrf_token": token},
                           files={"photo": ("../../etc/card.PNG", PNG, "image/png")})
    assert response.status_code == 200
    assert 'name="email" value="jane.smith@acme.example"' in response.text
    assert len(seen) == 1 and not isinstance(seen[0], str) and str(seen[0]) == "card.PNG"


@pytest.mark.parametrize(("name", "data"), [("card.gif", b"GIF89a" + bytes(20)), ("card.jpg", b"not a photo"),
                                            ("card.exe", PNG)])
def test_a_photo_that_is_not_jpeg_png_or_webp_is_refused(client: TestClient, name: str, data: bytes) -> None:
    token = csrf_of(client, "/contacts/scan")
    response = client.post("/contacts/scan", data={"csrf_token": token}, files={"photo": (name, data, "image/png")})
    assert response.status_code == 400
    assert f"{name} is not a JPEG, PNG or WebP photo" in response.text
