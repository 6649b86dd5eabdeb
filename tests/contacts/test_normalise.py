"""Phone numbers to E.164 (extensions kept the RFC 3966 way) and emails checked offline, with messages that say
what to type instead."""

from __future__ import annotations

import socket

import pytest

from afterword.contacts import (
    EmailAddressError,
    PhoneNumberError,
    display_phone,
    normalise_email,
    normalise_phone,
)


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("(415) 555-0100", "US", "+14155550100"),
    ("415.555.0100", "US", "+14155550100"),
    ("+1 415 555 0100", "GB", "+14155550100"),  # a + number ignores the region
    ("(212) 736-5000 x 12", "US", "+12127365000;ext=12"),
    ("+1 212 736 5000 ext. 204", "US", "+12127365000;ext=204"),
    ("020 7946 0958", "GB", "+442079460958"),
    ("020 7946 0958", "gb", "+442079460958"),
    ("+44 (0)20 7946 0958", "US", "+442079460958"),
    ("07911 123456", "GB", "+447911123456"),
    ("+44 20 7946 0958 ext 3", "GB", "+442079460958;ext=3"),
    ("0044 20 7946 0958", "GB", "+442079460958"),
])
def test_valid_numbers_become_e164(text: str, region: str, expected: str) -> None:
    assert normalise_phone(text, region) == expected


@pytest.mark.parametrize(("text", "region", "says"), [
    ("07700 900123", "GB", '"07700 900123" is not a valid phone number in GB: check the digits'),  # Ofcom drama
    ("020 7946 0958", "US", '"020 7946 0958" is not a valid phone number in US'),  # a UK number typed in the US
    ("555-01", "US", '"555-01" is not a valid phone number in US'),
    ("+44 20 7946", "US", '"+44 20 7946" is not a valid phone number: check the digits'),
    ("call me", "US", '"call me" is not a phone number Afterword can use (it is not a phone number)'),
    ("415 555 0100", "XX", "(its country cannot be told): type it with its country code"),
])
def test_invalid_numbers_say_why_and_what_to_type(text: str, region: str, says: str) -> None:
    with pytest.raises(PhoneNumberError) as caught:
        normalise_phone(text, region)
    message = str(caught.value)
    assert says in message
    assert "+1 415 555 0100" in message and "\n" not in message


def test_display_format_is_international_with_the_extension() -> None:
    assert display_phone("+12127365000;ext=12") == "+1 212-736-5000 ext. 12"
    assert display_phone("020 7946 0958", "GB") == "+44 20 7946 0958"
    with pytest.raises(PhoneNumberError):
        display_phone("12")


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane.Smith@Example.COM", "Jane.Smith@example.com"),  # the domain is lower-cased, the mailbox left as typed
    ("  mailto:jane@example.com ", "jane@example.com"),
    ("jürgen@bücher.de", "jürgen@bücher.de"),
])
def test_emails_are_normalised(text: str, expected: str) -> None:
    assert normalise_email(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("jane@@example.com", "invalid characters"),
    ("jane@example", "it should have a period"),
    ("jane smith@example.com", "before the @-sign"),
    ("", "must have an @-sign"),
])
def test_invalid_emails_raise_with_the_reason_and_the_fix(text: str, reason: str) -> None:
    with pytest.raises(EmailAddressError) as caught:
        normalise_email(text)
    error = caught.value
    assert str(error).startswith(f'"{text.strip()}" is not a valid email address (')
    assert str(error).endswith("): check it for typos and try again")
    assert reason in error.reason.lower()
    assert error.address == text.strip()


def test_email_checks_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert normalise_email("someone@no-such-domain-afterword.com") == "someone@no-such-domain-afterword.com"
