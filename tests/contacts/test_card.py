"""The contact model: a name is required, phone kinds are kept one way, and the store's row is easy to fill."""

from __future__ import annotations

import pytest

from afterword.contacts import ContactCard, ContactError, Phone, PostalAddress


def test_a_card_needs_a_name() -> None:
    with pytest.raises(ContactError, match="needs a name: type the person's full name"):
        ContactCard("   ")


def test_blank_fields_become_none_and_lists_become_tuples() -> None:
    card = ContactCard("  Dana Reyes ", title=" ", emails=["dana@example.com"], phones=[Phone("+14155550100")],
                       address=PostalAddress(street=" ", city=""))
    assert card.full_name == "Dana Reyes"
    assert card.title is None
    assert card.emails == ("dana@example.com",)
    assert card.address is None  # an address with nothing in it is no address
    assert hash(card)  # frozen and hashable, so cards can go in sets


def test_phone_kinds_drop_the_defaults_and_name_a_mobile_one_way() -> None:
    assert Phone("+14155550100", ("WORK", "VOICE", "pref", "Mobile", "work", "x-custom")).kinds == ("work", "cell")
    assert Phone(" 0 ", ("iPhone",)).number == "0"
    with pytest.raises(ContactError, match="phone number is empty"):
        Phone("  ")


def test_address_lines_as_on_an_envelope() -> None:
    us = PostalAddress(street="1 Main St", city="Springfield", region="IL", postcode="62701", country="USA",
                       po_box="PO Box 5")
    assert us.lines() == ("PO Box 5", "1 Main St", "Springfield, IL 62701", "USA")
    uk = PostalAddress(street="12 Finsbury Square", city="London", postcode="EC2A 4NE")
    assert uk.as_text() == "12 Finsbury Square\nLondon EC2A 4NE"


def test_contact_columns_fill_the_store_row_with_the_preferred_email_and_phone() -> None:
    card = ContactCard(
        "Dana Reyes", title="Engineering Manager", organisation="Lumen Labs",
        emails=("dana@lumen.example.com", "dr@home.example.com"),
        phones=(Phone("+14155550100", ("work",)), Phone("+14155550199", ("cell",))),
        address=PostalAddress(street="1 Main St", city="Springfield", region="IL", postcode="62701"),
        note="Met at the onsite")
    assert card.contact_columns(source="vcard") == {
        "name": "Dana Reyes", "title": "Engineering Manager", "email": "dana@lumen.example.com",
        "phone": "+14155550100", "postal_address": "1 Main St\nSpringfield, IL 62701", "notes": "Met at the onsite",
        "source": "vcard"}
    assert ContactCard("Ana").contact_columns() == {
        "name": "Ana", "title": None, "email": None, "phone": None, "postal_address": None, "notes": None,
        "source": None}
