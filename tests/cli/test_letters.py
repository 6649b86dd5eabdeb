"""`afterword letters` and `afterword send` in-process, on SQLite and PostgreSQL, sending to a real SMTP server on
127.0.0.1 (aiosmtpd, started by the tests): plain on localhost, STARTTLS and SSL on a certificate made here, with a
login whose password comes from the environment or the keyring; and each failure as one line, the letter unsent."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from click.testing import Result
from keyring.backend import KeyringBackend

from tests.smtp_server import HOST, free_port, make_certificate, smtp_server
from tests.writer.conftest import ANALYST_DEBRIEF, ANALYST_POSTING, ANALYST_RESUME

Run = Callable[..., Result]
AMARA = "amara@brightwater.example"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory: no test reads or writes the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def run(store_cli: Run) -> Run:
    return store_cli


@pytest.fixture
def letters_app(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """An application with an interview yesterday and its debrief, its thank-you letters written to tmp_path/out;
    the letters' short ids by recipient."""
    for name, content in (("resume.md", ANALYST_RESUME), ("posting.md", ANALYST_POSTING),
                          ("debrief.json", json.dumps(ANALYST_DEBRIEF))):
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert run("profile", "set", str(tmp_path / "resume.md"), "--name", "Tomás Ferreira").exit_code == 0
    assert run("profile", "set", "--email", "tomas@example.org", "--address", "1 Park Row", "--address",
               "Leeds LS1 5AB").exit_code == 0
    short = run("add", str(tmp_path / "posting.md")).stdout.strip()
    yesterday = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d 10:00")
    assert run("interview", "add", short, "--at", yesterday, "--tz", "Europe/London").exit_code == 0
    assert run("letters", short).exit_code == 1  # no debrief yet
    assert run("debrief", short, "--file", str(tmp_path / "debrief.json")).exit_code == 0
    (tmp_path / "out").mkdir()
    written = run("letters", short, "--output", str(tmp_path / "out"))
    assert written.exit_code == 0, written.output
    ids = dict(re.findall(r"^  ([0-9a-f]{8})  thank-you to (.+?)(?: <|$| \()", written.stdout, re.MULTILINE))
    monkeypatch.chdir(tmp_path)
    return {"app": short, **{name: letter for letter, name in ids.items()}}


def _one_line_error(result: Result, *expected: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for part in expected:
        assert part in lines[0], lines[0]


def _smtp_env(monkeypatch: pytest.MonkeyPatch, port: int, security: str = "none", user: str | None = None) -> None:
    monkeypatch.setenv("AFTERWORD_SMTP_HOST", "localhost" if security == "none" else HOST)
    monkeypatch.setenv("AFTERWORD_SMTP_PORT", str(port))
    monkeypatch.setenv("AFTERWORD_SMTP_SECURITY", security)
    if user:
        monkeypatch.setenv("AFTERWORD_SMTP_USER", user)


def _listed(run: Run, app: str) -> dict[str, str]:
    """letter short id → its status in `letters --list`."""
    out = run("letters", app, "--list").stdout
    return {match[0]: match[1] for match in re.findall(r"^  ([0-9a-f]{8})  .+?  ((?:sent|overdue|send|due).*?)  \(",
                                                       out, re.MULTILINE)}


def test_letters_are_written_listed_and_shown(run: Run, letters_app: dict[str, str], tmp_path: Path) -> None:
    app = letters_app["app"]
    assert {"Amara Okonkwo-Lindqvist", "Joël Marchetti", "Hannah Berg"} <= set(letters_app)
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "thank-you-amara-okonkwo-lindqvist.txt", "thank-you-hannah-berg.txt", "thank-you-joel-marchetti.txt"]
    again = run("letters", app, "--format", "eml", "-o", str(tmp_path / "out"))
    assert again.exit_code == 0
    assert f"  {letters_app['Amara Okonkwo-Lindqvist']}  thank-you to Amara Okonkwo-Lindqvist <{AMARA}>" in again.stdout
    assert "file: " in again.stdout and "thank-you-amara-okonkwo-lindqvist.eml" in again.stdout
    assert "send: " in again.stdout and "warning: The answer on Tableau" in again.stdout
    assert f"afterword send {letters_app['Amara Okonkwo-Lindqvist']}" in again.stdout
    listed = _listed(run, app)
    assert len(listed) == 3 and not any(status.startswith("sent") for status in listed.values())
    shown = run("show", app)
    assert "\nletters:\n" in shown.stdout and "thank-you to Hannah Berg: " in shown.stdout
    detail = json.loads(run("show", app, "--format", "json").stdout)
    assert {letter["recipient_name"] for letter in detail["letters"]} == {"Amara Okonkwo-Lindqvist", "Joël Marchetti",
                                                                          "Hannah Berg"}
    assert all(letter["sent"] is False and letter["interview"] == 1 for letter in detail["letters"])
    today = json.loads(run("today", "--format", "json").stdout)
    assert today["letter_count"] == 3 and today["letters"][0]["kind"] == "thank-you"
    assert "Thank-you letters to send" in run("today").stdout


def test_a_dry_run_prints_the_message_and_sends_nothing(run: Run, letters_app: dict[str, str]) -> None:
    letter = letters_app["Joël Marchetti"]
    dry = run("send", letter, "--dry-run")
    assert dry.exit_code == 0, dry.output
    message = message_from_bytes(dry.stdout_bytes, policy=default)
    assert message["To"] == "Joël Marchetti <joel@brightwater.example>"
    assert message["From"] == "Tomás Ferreira <tomas@example.org>" and "X-Unsent" not in message
    assert message.get_content().startswith("Dear Joël Marchetti,")
    assert "was not sent" in dry.stderr
    assert not _listed(run, letters_app["app"])[letter].startswith("sent")


def test_sent_over_smtp_arrives_whole_and_is_marked_sent(run: Run, letters_app: dict[str, str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    letter = letters_app["Amara Okonkwo-Lindqvist"]
    with smtp_server() as server:
        _smtp_env(monkeypatch, server.port)
        sent = run("send", letter)
        assert sent.exit_code == 0, sent.output
        [received] = server.recorder.messages
        assert received.mail_from == "tomas@example.org" and received.rcpt_tos == [AMARA]
        message = message_from_bytes(received.content, policy=default)
        assert message["From"] == "Tomás Ferreira <tomas@example.org>"
        assert message["To"] == f"Amara Okonkwo-Lindqvist <{AMARA}>"
        assert message["Subject"] == "Thank you for the Senior Analytics Engineer interview"
        assert message["Date"] and message["Message-ID"] and "X-Unsent" not in message
        assert message.get_content_charset() == "utf-8"
        body = message.get_content().replace("\r\n", "\n")
        letter_file = (tmp_path / "out" / "thank-you-amara-okonkwo-lindqvist.txt").read_text(encoding="utf-8")
        assert body.strip() == letter_file.split("\n\n", 1)[1].strip()  # the letter, below its subject line
        assert body.rstrip().endswith("Tomás Ferreira\ntomas@example.org")
        assert f"Message-ID: {message['Message-ID']}" in sent.stdout
        assert _listed(run, letters_app["app"])[letter].startswith("sent ")
        shown = json.loads(run("show", letters_app["app"], "-f", "json").stdout)
        [kept] = [item for item in shown["letters"] if item["short_id"] == letter]
        assert kept["message_id"] == message["Message-ID"] and kept["sent_at"]
        again = run("send", letter)
        _one_line_error(again, f"letter {letter} was sent already", f"afterword send {letter} --force")
        assert len(server.recorder.messages) == 1
        forced = run("send", letter, "--force")
        assert forced.exit_code == 0 and len(server.recorder.messages) == 2
        assert "Thank-you letters to send" in run("today").stdout  # the two others are still to send
        rewritten = run("letters", letters_app["app"], "-o", str(tmp_path / "out"))
        assert "(sent already: kept as it was sent)" in rewritten.stdout


def test_starttls_with_a_login_from_the_environment_or_the_keyring(run: Run, letters_app: dict[str, str],
                                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   memory_keyring: MemoryKeyring) -> None:
    certificate = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the test's certificate is the one trusted
    with smtp_server(tls="starttls", certificate=certificate, users={"tomas": "app-password"}) as server:
        _smtp_env(monkeypatch, server.port, "starttls", user="tomas")
        missing = run("send", letters_app["Amara Okonkwo-Lindqvist"])
        _one_line_error(missing, "no password for the SMTP user tomas", "keyring set afterword tomas")
        monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", "app-password")
        sent = run("send", letters_app["Amara Okonkwo-Lindqvist"])
        assert sent.exit_code == 0, sent.output
        assert f"{HOST}:{server.port} (STARTTLS)" in sent.stdout
        monkeypatch.delenv("AFTERWORD_SMTP_PASSWORD")
        memory_keyring.set_password("afterword", "tomas", "app-password")
        assert run("send", letters_app["Joël Marchetti"]).exit_code == 0
        assert server.logins == [("tomas", "app-password")] * 2
        assert [message.rcpt_tos for message in server.recorder.messages] == [[AMARA], ["joel@brightwater.example"]]
        memory_keyring.set_password("afterword", "tomas", "wrong")
        monkeypatch.setenv("AFTERWORD_SMTP_FROM", "tomas.f@example.net")
        refused = run("send", letters_app["Amara Okonkwo-Lindqvist"], "--force")
        _one_line_error(refused, "refused the login of tomas", "app password", "keyring set afterword tomas")
    monkeypatch.delenv("SSL_CERT_FILE")
    with smtp_server(tls="starttls", certificate=certificate) as server:  # a certificate nobody vouches for
        _smtp_env(monkeypatch, server.port, "starttls")
        untrusted = run("send", letters_app["Amara Okonkwo-Lindqvist"], "--force")
        _one_line_error(untrusted, "TLS certificate", "cannot be trusted")
        assert not server.recorder.messages


def test_ssl_from_the_first_byte(run: Run, letters_app: dict[str, str], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    certificate = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.setenv("AFTERWORD_SMTP_FROM", "tomas.f@example.net")
    with smtp_server(tls="ssl", certificate=certificate) as server:
        _smtp_env(monkeypatch, server.port, "ssl")
        sent = run("send", letters_app["Joël Marchetti"])
        assert sent.exit_code == 0, sent.output
        assert "(SSL/TLS)" in sent.stdout
        [received] = server.recorder.messages
        assert received.mail_from == "tomas.f@example.net"
        assert message_from_bytes(received.content, policy=default)["From"] == "Tomás Ferreira <tomas.f@example.net>"
    with smtp_server(certificate=certificate) as plain:  # a server without TLS, asked for SSL
        _smtp_env(monkeypatch, plain.port, "ssl")
        _one_line_error(run("send", letters_app["Amara Okonkwo-Lindqvist"]), "TLS with", "check smtp_security")
        _smtp_env(monkeypatch, plain.port, "starttls")
        _one_line_error(run("send", letters_app["Amara Okonkwo-Lindqvist"]), "does not offer STARTTLS")


@pytest.mark.parametrize("security", ["none", "starttls", "ssl"])
def test_a_refused_connection_is_one_line_and_the_letter_stays_unsent(run: Run, letters_app: dict[str, str],
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       security: str) -> None:
    _smtp_env(monkeypatch, free_port(), security)  # nothing listens there
    letter = letters_app["Amara Okonkwo-Lindqvist"]
    _one_line_error(run("send", letter), "refused the connection", "smtp_port")
    assert not _listed(run, letters_app["app"])[letter].startswith("sent")


def test_what_cannot_be_sent_is_one_line(run: Run, letters_app: dict[str, str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _one_line_error(run("send", letters_app["Amara Okonkwo-Lindqvist"]), "no SMTP server is set", "--dry-run")
    _one_line_error(run("send", letters_app["Hannah Berg"], "--dry-run"), "no e-mail address for Hannah Berg",
                    "afterword debrief")
    _one_line_error(run("send", "ffffffff"), "no letter has the id ffffffff", "--list")
    _one_line_error(run("send", "hello"), "'hello' is not a letter id")
    notes = run("letters", letters_app["app"], "--kind", "next-round", "-o", str(tmp_path / "out"))
    notes_id = re.search(r"^  ([0-9a-f]{8})  next-round", notes.stdout, re.MULTILINE)[1]  # type: ignore[index]
    _one_line_error(run("send", notes_id, "--dry-run"), "your notes for the next round")
    with smtp_server(refuse={AMARA}) as server:
        _smtp_env(monkeypatch, server.port)
        _one_line_error(run("send", letters_app["Amara Okonkwo-Lindqvist"]), f"refused the recipient {AMARA}",
                        "550")
        assert not server.recorder.messages
    assert not any(status.startswith("sent") for status in _listed(run, letters_app["app"]).values())
    monkeypatch.setenv("AFTERWORD_SMTP_HOST", "mail.example.org")
    monkeypatch.setenv("AFTERWORD_SMTP_SECURITY", "none")  # unencrypted, off this machine: refused before anything
    _one_line_error(run("send", letters_app["Amara Okonkwo-Lindqvist"], "--dry-run"), "invalid settings",
                    "smtp_security = none", "localhost")


def test_letters_go_through_export_and_import(run: Run, letters_app: dict[str, str], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server() as server:
        _smtp_env(monkeypatch, server.port)
        assert run("send", letters_app["Joël Marchetti"]).exit_code == 0
    exported = json.loads(run("export").stdout)
    [application] = exported["applications"]
    assert len(application["letters"]) == 3
    sent = next(letter for letter in application["letters"] if letter["recipient_name"] == "Joël Marchetti")
    assert sent["sent_at"] and sent["message_id"] and sent["sources"][0][0]["text"].startswith("Thank you")
    again = run("import", str(_write(tmp_path / "same.json", exported)))
    assert again.exit_code == 0 and "nothing new" in again.stdout
    unsent = json.loads(json.dumps(exported))  # an older export of the sent letter: the database keeps it as sent
    for letter in unsent["applications"][0]["letters"]:
        letter.update(sent_at=None, message_id=None)
    assert run("import", str(_write(tmp_path / "older.json", unsent))).exit_code == 0
    assert _listed(run, letters_app["app"])[letters_app["Joël Marchetti"]].startswith("sent ")
    bad = json.loads(json.dumps(exported))
    bad["applications"][0]["letters"][0]["interview_id"] = "0b5e0c7e-8d2f-4a7b-9c61-3f0e2a9d4b11"
    _one_line_error(run("import", str(_write(tmp_path / "bad.json", bad))), "applications[0].letters[0].interview_id",
                    "nothing was imported")


def test_a_file_without_letters_still_imports(run: Run, letters_app: dict[str, str], tmp_path: Path) -> None:
    exported = json.loads(run("export").stdout)
    for application in exported["applications"]:
        del application["letters"]  # as a file from before letters
    path = _write(tmp_path / "older.json", exported)
    from typer.testing import CliRunner

    from afterword.cli.app import app

    other = f"sqlite:///{tmp_path / 'other.db'}"
    imported = CliRunner().invoke(app, ["import", str(path)], env={"AFTERWORD_DATABASE_URL": other})
    assert imported.exit_code == 0, imported.output
    assert "letters:" not in imported.stdout and "applications: 1 new" in imported.stdout


def _write(path: Path, document: dict) -> Path:  # type: ignore[type-arg]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _edit(store_url: str, letter: str, sentence: str) -> None:
    """The person's edit of ``letter`` (as on its web page): ``sentence`` added as a paragraph of its own."""
    from afterword.services.letter_edits import edit_letter
    from afterword.services.letter_files import open_letter
    from afterword.settings import load_settings
    from afterword.store.session import open_store

    with open_store(load_settings(database_url=store_url)) as store:
        opened = open_letter(store, letter)
        edit_letter(store, letter, subject="Thank you, Amara", salutation=opened.letter.salutation,
                    body=f"{opened.paragraphs_text}\n\n{sentence}", sign_off=opened.letter.sign_off)


def test_writing_again_keeps_an_edited_letter_and_says_so(run: Run, letters_app: dict[str, str], tmp_path: Path,
                                                          store_url: str) -> None:
    amara, joel = letters_app["Amara Okonkwo-Lindqvist"], letters_app["Joël Marchetti"]
    mine = "I enjoyed our talk about the forecasting backlog."
    _edit(store_url, amara, mine)
    again = run("letters", letters_app["app"], "-o", str(tmp_path / "out"))
    assert again.exit_code == 0, again.output
    assert re.search(rf"^  {amara}  thank-you to Amara Okonkwo-Lindqvist <{AMARA}> \(edited by you: kept as you "
                     r"edited it, not rewritten\)$", again.stdout, re.MULTILINE), again.stdout
    assert re.search(rf"^  {joel}  thank-you to .+ \(unchanged\)$", again.stdout, re.MULTILINE)
    assert "Your edits are kept: writing the letters again never replaces a letter you edited." in again.stdout
    written = (tmp_path / "out" / "thank-you-amara-okonkwo-lindqvist.txt").read_text(encoding="utf-8")
    assert written.startswith("Subject: Thank you, Amara\n") and mine in written  # the file is the edit
    shown = json.loads(run("show", letters_app["app"], "-f", "json").stdout)
    assert len(shown["letters"]) == 3
    exported = json.loads(run("export").stdout)
    by_name = {letter["recipient_name"]: letter for letter in exported["applications"][0]["letters"]}
    assert by_name["Amara Okonkwo-Lindqvist"]["edited_at"] and mine in by_name["Amara Okonkwo-Lindqvist"]["body"]
    assert by_name["Joël Marchetti"]["edited_at"] is None


def test_an_edited_letter_goes_through_export_and_import(run: Run, letters_app: dict[str, str],
                                                         tmp_path: Path, store_url: str) -> None:
    from typer.testing import CliRunner

    from afterword.cli.app import app

    mine = "I enjoyed our talk about the forecasting backlog."
    _edit(store_url, letters_app["Amara Okonkwo-Lindqvist"], mine)
    exported = json.loads(run("export").stdout)
    other = {"AFTERWORD_DATABASE_URL": f"sqlite:///{tmp_path / 'other.db'}", "COLUMNS": "200"}
    runner = CliRunner()
    imported = runner.invoke(app, ["import", str(_write(tmp_path / "edited.json", exported))], env=other)
    assert imported.exit_code == 0, imported.output
    assert json.loads(runner.invoke(app, ["export"], env=other).stdout)["applications"] == exported["applications"]
    (tmp_path / "other").mkdir()
    again = runner.invoke(app, ["letters", letters_app["app"], "-o", str(tmp_path / "other")], env=other)
    assert again.exit_code == 0, again.output
    assert "(edited by you: kept as you edited it, not rewritten)" in again.stdout  # the import kept the mark
    assert mine in (tmp_path / "other" / "thank-you-amara-okonkwo-lindqvist.txt").read_text(encoding="utf-8")
    older = json.loads(json.dumps(exported))  # a file from before edited_at: it imports, the letters unedited
    for letter in older["applications"][0]["letters"]:
        del letter["edited_at"]
    third = {**other, "AFTERWORD_DATABASE_URL": f"sqlite:///{tmp_path / 'third.db'}"}
    assert runner.invoke(app, ["import", str(_write(tmp_path / "older.json", older))], env=third).exit_code == 0
    letters = json.loads(runner.invoke(app, ["export"], env=third).stdout)["applications"][0]["letters"]
    assert len(letters) == 3 and all(letter["edited_at"] is None for letter in letters)
