"""Applications and the profile in the browser: the list, adding one (pasted, by address, uploaded), the detail
page (the posting marked, the match with evidence), editing, and setting the profile with an uploaded resume."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from fastapi.testclient import TestClient

from afterword.services.applications import list_applications, show_application
from afterword.services.profile import show_profile
from afterword.store.session import Store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig
from tests.conftest import make_docx
from tests.web.conftest import BASE_URL, DEMO, csrf_of

ONE_PARAGRAPH = ("Line Cook at Bistro Nine. Bistro Nine is hiring a line cook for evening shifts in our busy "
                 "downtown kitchen. You must have 2+ years of experience on a grill station and a current food "
                 "handler card. Experience with French cuisine is a plus.")


def _add(client: TestClient, **fields: str) -> object:
    return client.post("/applications", data={"csrf_token": csrf_of(client, "/applications/new"), **fields})


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text and 'File "' not in text


@pytest.fixture
def small_client(web_store: Store) -> Iterator[TestClient]:
    """The app with a 4 KB upload limit."""
    app = create_app(ServeConfig(max_upload_bytes=4096), store=web_store)
    with TestClient(app, base_url=BASE_URL) as test_client:
        yield test_client


# The list

def test_the_list_shows_each_application_with_its_stage_and_days(client: TestClient, demo_application: str) -> None:
    page = client.get("/applications")
    assert page.status_code == 200
    assert f'href="/applications/{demo_application}"' in page.text
    assert "Lumen Harbor" in page.text and "Senior Platform Engineer" in page.text
    assert "Saved" in page.text and "Days in stage" in page.text


def test_the_list_shows_one_stage(client: TestClient, demo_application: str) -> None:
    assert "Lumen Harbor" in client.get("/applications?stage=saved").text
    other = client.get("/applications?stage=offer")
    assert other.status_code == 200
    assert "Lumen Harbor" not in other.text and "No applications at offer" in other.text


def test_an_unknown_stage_is_a_clear_400(client: TestClient) -> None:
    page = client.get("/applications?stage=hired")
    assert page.status_code == 400
    assert "hired" in page.text and "is not a stage" in page.text and 'role="alert"' in page.text
    _no_traceback(page.text)


# Adding one

def test_the_new_page_says_when_the_resume_is_missing(client: TestClient) -> None:
    page = client.get("/applications/new")
    assert page.status_code == 200
    assert "resume is not set yet" in page.text and 'href="/profile"' in page.text
    for field in ("posting_text", "posting_url", "posting_file", "company", "role", "research"):
        assert f'<label for="{field}"' in page.text


def test_pasting_a_one_paragraph_posting_adds_it_and_shows_its_page(client: TestClient, web_store: Store) -> None:
    response = _add(client, posting_text=ONE_PARAGRAPH, company="Bistro Nine", role="Line Cook",
                    research="Bistro Nine opened a second site in March.")
    assert response.status_code == 200
    assert response.history and response.history[0].status_code == 303
    [added] = list_applications(web_store)
    assert response.url.path == f"/applications/{added.short_id}"
    assert (added.company, added.role) == ("Bistro Nine", "Line Cook")
    assert "<h1>Bistro Nine — Line Cook</h1>" in response.text
    assert "Added." in response.text
    detail = show_application(web_store, added.short_id)
    assert "grill station" in detail.posting_text
    assert detail.research_notes == "Bistro Nine opened a second site in March."


def test_an_empty_file_field_is_no_file(client: TestClient, web_store: Store) -> None:
    """A browser sends the file field empty when no file is chosen: the pasted text is used."""
    response = client.post("/applications", data={"csrf_token": csrf_of(client, "/applications/new"),
                                                  "posting_text": ONE_PARAGRAPH, "company": "Bistro Nine"},
                           files={"posting_file": ("", b"", "application/octet-stream")})
    assert response.status_code == 200, response.text
    assert [added.company for added in list_applications(web_store)] == ["Bistro Nine"]


def test_pasted_text_and_a_file_together_are_one_too_many(client: TestClient) -> None:
    response = client.post("/applications", data={"csrf_token": csrf_of(client, "/applications/new"),
                                                  "posting_text": ONE_PARAGRAPH},
                           files={"posting_file": ("posting.txt", ONE_PARAGRAPH.encode(), "text/plain")})
    assert response.status_code == 400
    assert "not both" in response.text


def test_the_company_and_role_are_read_from_the_posting(client: TestClient, web_store: Store) -> None:
    response = _add(client, posting_text=(DEMO / "posting.md").read_text(encoding="utf-8"))
    assert response.status_code == 200
    [added] = list_applications(web_store)
    assert (added.company, added.role) == ("Lumen Harbor", "Senior Platform Engineer")


def test_adding_the_same_role_again_says_it_is_kept_already(client: TestClient, demo_application: str) -> None:
    response = _add(client, posting_text=(DEMO / "posting.md").read_text(encoding="utf-8"))
    assert "You kept this role at this company already" in response.text
    assert f'href="/applications/{demo_application}"' in response.text


def test_a_posting_that_names_no_company_asks_for_it_and_keeps_what_was_typed(client: TestClient,
                                                                              web_store: Store) -> None:
    posting = "We need someone good with numbers & <tables>. Evening shifts."
    response = _add(client, posting_text=posting, research="They opened a second shop in May.")
    assert response.status_code == 400
    assert "Company and Role" in response.text
    _no_traceback(response.text)
    # the form again, with the pasted posting and the notes in it (escaped), ready to complete and send
    assert 'action="/applications"' in response.text
    assert "We need someone good with numbers &amp; &lt;tables&gt;. Evening shifts.</textarea>" in response.text
    assert "They opened a second shop in May.</textarea>" in response.text
    assert list_applications(web_store) == []
    again = _add(client, posting_text=posting, company="Tally & Co", role="Bookkeeper")
    assert again.status_code == 200
    [added] = list_applications(web_store)
    assert (added.company, added.role) == ("Tally & Co", "Bookkeeper")


def test_no_posting_at_all_says_the_three_ways(client: TestClient) -> None:
    response = _add(client, company="Acme")
    assert response.status_code == 400
    assert "paste its text, give its web address, or upload its file" in response.text


def test_uploading_a_docx_posting(client: TestClient, web_store: Store) -> None:
    data = make_docx([("Data Analyst — Northwind Traders", None), ("Requirements", "Heading 1"),
                      ("3+ years of experience with SQL", "List Bullet")])
    response = client.post("/applications", data={"csrf_token": csrf_of(client, "/applications/new")},
                           files={"posting_file": ("analyst.docx", data, "application/octet-stream")})
    assert response.status_code == 200, response.text
    [added] = list_applications(web_store)
    assert added.company == "Northwind Traders"
    assert "3+ years of experience with SQL" in show_application(web_store, added.short_id).posting_text


@pytest.mark.parametrize(("name", "data"), [
    ("posting.exe", b"MZ\x90\x00\x03" + b"\x00" * 200),
    ("posting.pdf", b"MZ\x90\x00\x03 this is no PDF"),
    ("posting.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 100),
    ("posting", b"Nurse at St Mary's"),
])
def test_a_file_of_another_kind_is_refused(client: TestClient, web_store: Store, name: str, data: bytes) -> None:
    response = client.post("/applications", data={"csrf_token": csrf_of(client, "/applications/new")},
                           files={"posting_file": (name, data, "application/octet-stream")})
    assert response.status_code in (400, 415)
    assert "upload" in response.text or "save it again" in response.text
    _no_traceback(response.text)
    assert list_applications(web_store) == []


def test_an_oversize_upload_is_refused(small_client: TestClient, web_store: Store) -> None:
    token = csrf_of(small_client, "/applications/new")
    response = small_client.post("/applications", data={"csrf_token": token},
                                 files={"posting_file": ("posting.txt", b"Cook at Bistro Nine. " * 400, "text/plain")})
    assert response.status_code == 400
    assert "over the" in response.text and "limit" in response.text
    huge = small_client.post("/applications", data={"csrf_token": token},
                             files={"posting_file": ("posting.txt", b"x" * 200_000, "text/plain")})
    assert huge.status_code == 413
    assert list_applications(web_store) == []


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://example.org/posting.txt", "/etc/passwd",
                                     "javascript:alert(1)", "https://"])
def test_only_web_addresses_are_read(client: TestClient, web_store: Store, address: str) -> None:
    response = _add(client, posting_url=address)
    assert response.status_code == 400
    assert "http://" in response.text and "https://" in response.text
    _no_traceback(response.text)
    assert list_applications(web_store) == []


def test_a_posting_read_from_its_web_address_keeps_it(client: TestClient, web_store: Store) -> None:
    from tests.conftest import loopback_server

    class Posting(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the handler's name
            body = f"<html><body><h1>Line Cook</h1><p>{ONE_PARAGRAPH}</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with loopback_server(Posting) as base:
        response = _add(client, posting_url=f"{base}/jobs/42", company="Bistro Nine", role="Line Cook")
    assert response.status_code == 200, response.text
    [added] = list_applications(web_store)
    assert added.source_url == f"{base}/jobs/42"
    assert f'href="{base}/jobs/42" rel="noreferrer noopener"' in response.text


def test_pasted_text_with_an_address_keeps_the_address_without_fetching(client: TestClient, web_store: Store) -> None:
    response = _add(client, posting_text=ONE_PARAGRAPH, posting_url="https://jobs.invalid/42", company="Bistro Nine",
                    role="Line Cook")
    assert response.status_code == 200
    [added] = list_applications(web_store)
    assert added.source_url == "https://jobs.invalid/42"


# The detail page

def test_the_detail_page_marks_the_requirements(client: TestClient, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}").text
    assert '<mark class="must"><span class="visually-hidden">Requirement: </span>Production experience with Go</mark>' \
        in page
    assert '<mark class="nice">' in page
    assert "Afterword found 8 requirements" in page
    assert "marked and underlined with a solid line" in page  # the legend says what the marks mean


def test_the_detail_page_shows_the_match_with_evidence(client: TestClient, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}").text
    assert "Fit 80/100" in page
    assert "Not shown" in page and "In passing" in page and "Shown" in page
    assert "line 34:" in page and "k8s (Amazon EKS)" in page  # the resume line that shows Kubernetes


def test_without_a_resume_the_detail_page_links_to_the_profile(client: TestClient, web_store: Store) -> None:
    from afterword.services.applications import add_application

    ref = add_application(web_store, str(DEMO / "posting.md")).short_id
    page = client.get(f"/applications/{ref}").text
    assert 'set your resume on your profile</a>' in page and 'href="/profile"' in page
    assert '<mark class="must">' in page  # the posting is still marked


def test_the_detail_page_links_to_the_rest_of_the_flow(client: TestClient, web_store: Store,
                                                        demo_application: str) -> None:
    from afterword.services.interviews import add_interview

    add_interview(web_store, demo_application, at="2030-03-04 10:00", time_zone="Europe/Paris",
                  interviewers=["Dana Reyes, Recruiter"])
    page = client.get(f"/applications/{demo_application}").text
    here = f"/applications/{demo_application}"
    for link in (f"{here}/interviews/new", f"{here}/debrief?interview=1", f"{here}/card", f"{here}/letters",
                 f"{here}/plan"):
        assert f'href="{link}"' in page
    assert "Dana Reyes" in page
    assert f'name="back" value="{here}"' in page  # the stage form comes back here
    assert "Mon 4 Mar" in page


def test_moving_the_stage_from_the_detail_page_comes_back_to_it(client: TestClient, demo_application: str) -> None:
    here = f"/applications/{demo_application}"
    response = client.post(f"{here}/stage", data={"stage": "applied", "back": here,
                                                  "csrf_token": csrf_of(client, here)})
    assert response.url.path == here
    assert "Applied since" in response.text


def test_an_unknown_application_is_a_404(client: TestClient) -> None:
    page = client.get("/applications/ffffffff")
    assert page.status_code == 404
    _no_traceback(page.text)


def test_editing_the_company_role_and_address(client: TestClient, web_store: Store, demo_application: str) -> None:
    here = f"/applications/{demo_application}"
    fields = {"company": "Lumen Harbor Inc", "role": "Staff Platform Engineer", "url": "https://jobs.example.org/7"}
    response = client.post(f"{here}/edit", data={**fields, "csrf_token": csrf_of(client, here)})
    assert response.status_code == 200
    assert "Your changes are saved" in response.text
    summary = show_application(web_store, demo_application).summary
    assert (summary.company, summary.role, summary.source_url) == ("Lumen Harbor Inc", "Staff Platform Engineer",
                                                                  "https://jobs.example.org/7")


@pytest.mark.parametrize(("fields", "says"), [({"company": "", "role": "Engineer", "url": ""}, "needs its company"),
                                              ({"company": "Acme", "role": "Engineer", "url": "file:///x"}, "https://")])
def test_a_bad_edit_is_a_clear_400(client: TestClient, web_store: Store, demo_application: str,
                                   fields: dict[str, str], says: str) -> None:
    here = f"/applications/{demo_application}"
    response = client.post(f"{here}/edit", data={**fields, "csrf_token": csrf_of(client, here)})
    assert response.status_code == 400
    assert says in response.text
    assert show_application(web_store, demo_application).summary.company == "Lumen Harbor"


def test_a_form_without_its_token_is_refused(client: TestClient, web_store: Store) -> None:
    client.get("/applications/new")
    response = client.post("/applications", data={"posting_text": ONE_PARAGRAPH})
    assert response.status_code == 403
    assert list_applications(web_store) == []


# The profile

def test_uploading_a_docx_resume_sets_the_profile(client: TestClient, web_store: Store) -> None:
    data = make_docx([("Sam Rivera", "Title"), ("Experience", "Heading 1"),
                      ("Ran production Kubernetes clusters serving 2M requests a day", "List Bullet")])
    response = client.post("/profile", data={"name": "Sam Rivera", "email": "Sam@Example.ORG", "phone": "555 0100",
                                             "postal_address": "1 Main St\r\n\r\nSpringfield",
                                             "csrf_token": csrf_of(client, "/profile")},
                           files={"resume": ("Sam's resume.docx", data, "application/octet-stream")})
    assert response.status_code == 200, response.text
    assert "Your profile is saved" in response.text
    profile = show_profile(web_store)
    assert profile.resume is not None and profile.resume.file_name == "Sam_s resume.docx"
    assert (profile.name, profile.email, profile.phone) == ("Sam Rivera", "Sam@example.org", "555 0100")
    assert profile.postal_address == "1 Main St\nSpringfield"
    assert "Sam_s resume.docx" in response.text and 'value="Sam Rivera"' in response.text


def test_the_profile_can_change_without_a_new_resume(client: TestClient, web_store: Store,
                                                     demo_application: str) -> None:
    response = client.post("/profile", data={"name": "Jordan Lee", "email": "", "phone": "", "postal_address": "",
                                             "csrf_token": csrf_of(client, "/profile")})
    assert response.status_code == 200
    profile = show_profile(web_store)
    assert profile.email is None and profile.resume_versions == 1


def test_a_resume_of_another_kind_is_refused(client: TestClient, web_store: Store) -> None:
    response = client.post("/profile", data={"name": "Sam", "csrf_token": csrf_of(client, "/profile")},
                           files={"resume": ("resume.exe", b"MZ\x90\x00" * 50, "application/octet-stream")})
    assert response.status_code == 400
    assert ".pdf, .docx, .txt, .md" in response.text
    assert show_profile(web_store).resume is None


def test_a_bad_email_is_a_clear_400(client: TestClient, web_store: Store) -> None:
    response = client.post("/profile", data={"name": "Sam Lee", "email": "sam at example", "phone": "+44 20 7946 0000",
                                             "postal_address": "1 Mill Lane\nLeeds",
                                             "csrf_token": csrf_of(client, "/profile")})
    assert response.status_code == 400
    assert "e-mail" in response.text.lower()
    _no_traceback(response.text)
    # nothing saved, and the form again with what was typed, to correct
    assert show_profile(web_store).name is None
    assert 'value="Sam Lee"' in response.text and 'value="sam at example"' in response.text
    assert 'value="+44 20 7946 0000"' in response.text and ">1 Mill Lane\nLeeds</textarea>" in response.text


def test_reading_warnings_are_shown_after_saving(client: TestClient) -> None:
    text = (DEMO / "resume.md").read_text(encoding="utf-8").replace("—", "-") + "\nCafé crème\n"
    response = client.post("/profile", data={"csrf_token": csrf_of(client, "/profile")},
                           files={"resume": ("resume.txt", text.encode("cp1252"), "text/plain")})
    assert response.status_code == 200
    assert 'class="notice notice-warn">Reading your resume:' in response.text
