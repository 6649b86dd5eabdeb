"""Proposals from business card text: the right fields from the right lines, and None where the text is not
enough to tell."""

from __future__ import annotations

import pytest

from afterword.contacts import CardProposal, ContactCard, ContactError, Phone, PostalAddress, propose_contact
from tests.contacts import cards


def value(field: object) -> object:
    return getattr(field, "value", None)


def test_name_first_card() -> None:
    proposal = propose_contact(cards.NAME_FIRST)
    assert value(proposal.name) == "Jane Smith"
    assert value(proposal.title) == "Senior Technical Recruiter"
    assert value(proposal.organisation) == "Northwind Traders, Inc."
    assert value(proposal.email) == "jane.smith@northwindtraders.com"
    assert [value(phone) for phone in proposal.phones] == [
        Phone("+14155550134;ext=204", ("work",)), Phone("+14155550199", ("cell",))]
    assert value(proposal.website) == "www.northwindtraders.com"
    assert value(proposal.address) == PostalAddress(street="500 Market St, Suite 200", city="San Francisco",
                                                    region="CA", postcode="94105")
    assert proposal.other_lines == ()


def test_each_field_carries_the_line_it_came_from() -> None:
    proposal = propose_contact(cards.NAME_FIRST)
    assert proposal.name is not None and proposal.address is not None and proposal.organisation is not None
    assert (proposal.name.source, proposal.name.line_numbers) == ("Jane Smith", (1,))  # the "|" and "~" trimmed
    assert proposal.organisation.line_numbers == (3,)
    assert [(phone.source, phone.line_numbers) for phone in proposal.phones] == [
        ("T: (415) 555-0134 ext. 204", (5,)), ("M: +1 415 555 0199", (6,))]
    assert proposal.address.source == "500 Market St, Suite 200 / San Francisco, CA 94105"
    assert proposal.address.line_numbers == (9, 10)


def test_logo_first_card_finds_the_company_by_the_email_domain() -> None:
    proposal = propose_contact(cards.LOGO_FIRST, region="GB")
    assert value(proposal.organisation) == "ACME ROBOTICS"
    assert value(proposal.name) == "Daniel O'Brien"  # capitals made readable
    assert proposal.name is not None and proposal.name.source == "DANIEL O'BRIEN"
    assert value(proposal.title) == "Head of Talent Acquisition"
    assert value(proposal.email) == "d.obrien@acmerobotics.co.uk"
    assert [value(phone) for phone in proposal.phones] == [
        Phone("+442079460958"), Phone("+447911123456", ("cell",))]  # an unlabelled number has no kind
    assert value(proposal.address) == PostalAddress(street="12 Finsbury Square", city="London", postcode="EC2A 4NE",
                                                    country="United Kingdom")
    assert value(proposal.website) is None
    assert proposal.other_lines == ("Building tomorrow's factories",)


def test_title_before_name() -> None:
    proposal = propose_contact(cards.TITLE_FIRST)
    assert value(proposal.title) == "Engineering Manager"
    assert value(proposal.name) == "Dr. Lena Müller-Hoffmann"
    assert value(proposal.organisation) == "Initech GmbH"
    assert [value(phone) for phone in proposal.phones] == [Phone("+4930901820", ("work",))]
    assert value(proposal.address) == PostalAddress(street="Friedrichstraße 123", city="Berlin", postcode="10117",
                                                    country="Germany")


def test_three_phones_on_one_line_and_a_shared_mailbox() -> None:
    proposal = propose_contact(cards.MANY_PHONES)
    assert [value(phone) for phone in proposal.phones] == [
        Phone("+12127365000", ("work",)), Phone("+12127365001", ("fax",)), Phone("+19175550123", ("cell",))]
    assert [phone.source for phone in proposal.phones] == ["T +1 212 736 5000", "F +1 212 736 5001",
                                                          "C +1 917 555 0123"]
    assert value(proposal.name) == "Sam Carter"
    assert value(proposal.title) == "VP, Business Development"
    assert value(proposal.organisation) == "GLOBEX CORPORATION"
    assert value(proposal.email) == "info@globex.com"
    assert value(proposal.website) == "https://globex.com/careers"
    assert proposal.address is None


def test_po_box_card_leaves_the_name_and_organisation_unsettled() -> None:
    proposal = propose_contact(cards.PO_BOX)
    assert proposal.name is None  # "Quantum Leap" and "Sam Beckett" both look like names; the email names neither
    assert proposal.organisation is None  # no legal form, and gmail.com is nobody's employer
    assert value(proposal.title) == "Freelance Recruiter"
    assert value(proposal.address) == PostalAddress(city="Austin", region="TX", postcode="78767", po_box="PO Box 1234")
    assert [value(phone) for phone in proposal.phones] == [Phone("+15125550147")]
    assert proposal.other_lines == ("Quantum Leap", "Sam Beckett")  # offered to the user to pick from


def test_columns_run_together_and_the_email_picks_the_name() -> None:
    proposal = propose_contact(cards.COLUMNS)
    assert value(proposal.name) == "Priya Raman"  # praman@, not the "Bright Futures" tagline
    assert value(proposal.title) == "Talent Partner"
    assert value(proposal.organisation) == "Riverbend Health"
    assert proposal.title is not None and proposal.name is not None
    assert proposal.title.line_numbers == proposal.name.line_numbers == (2,)
    assert value(proposal.address) == PostalAddress(city="Portland", region="OR", postcode="97207",
                                                    po_box="P.O. Box 42")
    assert [value(phone) for phone in proposal.phones] == [Phone("+15035550172", ("work",))]
    assert proposal.other_lines == ("Bright Futures",)


def test_region_reads_national_numbers() -> None:
    assert [value(p) for p in propose_contact("Ana Lima\n020 7946 0958", region="GB").phones] == [
        Phone("+442079460958")]
    assert propose_contact("Ana Lima\n020 7946 0958", region="US").phones == ()


def test_a_lone_street_is_not_an_address_and_noise_is_nothing() -> None:
    proposal = propose_contact("~~ || ~~\n_ , .\n12 Finsbury Square\n")
    assert proposal.address is None
    assert proposal == CardProposal(other_lines=("12 Finsbury Square",))
    assert propose_contact("") == CardProposal()


def test_an_invalid_email_is_not_proposed() -> None:
    proposal = propose_contact("Ana Lima\nana.lima@@example\nRecruiter")
    assert proposal.email is None
    assert value(proposal.name) == "Ana Lima"


def test_to_card_after_confirmation() -> None:
    card = propose_contact(cards.NAME_FIRST).to_card()
    assert card == ContactCard(
        full_name="Jane Smith", given_name="Jane", family_name="Smith", title="Senior Technical Recruiter",
        organisation="Northwind Traders, Inc.", emails=("jane.smith@northwindtraders.com",),
        phones=(Phone("+14155550134;ext=204", ("work",)), Phone("+14155550199", ("cell",))),
        address=PostalAddress(street="500 Market St, Suite 200", city="San Francisco", region="CA",
                              postcode="94105"),
        url="www.northwindtraders.com")
    titled = propose_contact(cards.TITLE_FIRST).to_card()
    assert (titled.given_name, titled.family_name) == ("Lena", "Müller-Hoffmann")


def test_to_card_needs_a_name() -> None:
    with pytest.raises(ContactError, match="No name was found on the business card: type the person's name"):
        propose_contact(cards.PO_BOX).to_card()
