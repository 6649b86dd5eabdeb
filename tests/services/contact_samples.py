"""A vCard file and a business card's text, written for the contacts tests (services and CLI)."""

from __future__ import annotations

# Written for these tests: a 3.0 card with accents, a department and a French mobile; a 4.0 card with a tel: URI
# and an email that is not an address; a 4.0 card at a company kept already under another case.
PEOPLE = """BEGIN:VCARD\r
VERSION:3.0\r
N:Lefèvre;Amélie;;;\r
FN:Amélie Lefèvre\r
ORG:Société Générale;Ressources Humaines\r
TITLE:Talent Acquisition Lead\r
EMAIL;type=INTERNET;type=pref:Amelie.Lefevre@Example.FR\r
TEL;type=CELL:+33 6 12 34 56 78\r
ADR;type=WORK:;;29 Boulevard Haussmann;Paris;;75009;France\r
NOTE:Met at the Paris job fair\\, stand B12.\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:José Ramírez\r
N:Ramírez;José;;;\r
EMAIL:jose@@example\r
TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0142\r
ORG:Northwind\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Dana  Reyes\r
ORG:ACME\r
TITLE:VP Engineering\r
EMAIL:dana.reyes@acme.example\r
TEL:(415) 555-0132\r
NOTE:Prefers email\r
END:VCARD\r
"""
CARD_TEXT = """| Jane Smith ~
Senior Technical Recruiter_
— Acme Corp, Inc. —
T: (415) 555-0134 ext. 204
F: 415 555 0100
jane.smith@acme.example
www.acme.example
500 Market St, Suite 200
San Francisco, CA 94105
"""
