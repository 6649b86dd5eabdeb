"""vCard exports written for these tests, in the shapes phones and address books produce (CRLF, as they do)."""

from __future__ import annotations


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# macOS Contacts, 3.0: lower-case "type=" repeated, grouped item1./item2. lines with Apple labels, a folded PHOTO,
# an ORG with a department, a pref email.
APPLE = crlf("""BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.5//EN
N:Lefèvre;Amélie;;;
FN:Amélie Lefèvre
ORG:Société Générale;Ressources Humaines
TITLE:Talent Acquisition Lead
EMAIL;type=INTERNET;type=HOME:amelie@example.fr
EMAIL;type=INTERNET;type=WORK;type=pref:Amelie.Lefevre@Example.FR
TEL;type=WORK;type=VOICE:+33 1 42 14 20 00
TEL;type=CELL;type=VOICE;type=pref:+33 6 12 34 56 78
item1.ADR;type=WORK;type=pref:;;29 Boulevard Haussmann;Paris;;75009;France
item1.X-ABADR:fr
item2.URL;type=pref:https://careers.example.fr/rh
item2.X-ABLabel:_$!<HomePage>!$_
NOTE:Met at the Paris job fair\\, stand B12.\\nFollow up in May.
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR
 ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy
END:VCARD
""")

# Google Contacts, 3.0: TYPE= upper case, two cards in one file, a long TITLE folded in the middle of a word,
# a custom-labelled phone, an address whose street has an escaped comma, and one email that is not an address.
GOOGLE = crlf("""BEGIN:VCARD
VERSION:3.0
FN:José Ramírez
N:Ramírez;José;;;
EMAIL;TYPE=INTERNET;TYPE=HOME:jose.ramirez@example.com
EMAIL;TYPE=INTERNET:jose@@example
TEL;TYPE=CELL:(415) 555-0142
item1.TEL:+1 650-253-0000
item1.X-ABLabel:Work direct
ADR;TYPE=WORK:;;1600 Amphitheatre Pkwy\\, Building 4;Mountain View;CA;94043;United States
ORG:Alphabet Inc.
TITLE:Staff Software Engineer\\, Developer Infrastructure and Build Tooling for Intern
 al Platforms
CATEGORIES:myContacts
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Siobhán Ní Bhriain
N:Ní Bhriain;Siobhán;;;
EMAIL;TYPE=INTERNET;TYPE=WORK:siobhan@example.ie
TEL;TYPE=WORK:+353 1 234 5678
ORG:Contoso Ltd.
TITLE:Recruiter
CATEGORIES:myContacts
END:VCARD
""")

# vCard 4.0 (RFC 6350): tel: URIs, quoted TYPE lists, PREF=n (the lower, the more preferred), KIND.
V4 = crlf("""BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:Dana Reyes
N:Reyes;Dana;;;
TITLE:Engineering Manager
ORG:Lumen Labs
EMAIL;TYPE=work;PREF=2:dana@lumen.example.com
EMAIL;TYPE=work;PREF=1:d.reyes@lumen.example.com
TEL;VALUE=uri;TYPE=cell:tel:+14155550199
TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-415-555-0100;ext=12
ADR;TYPE=work:;;100 Main St;Springfield;IL;62701;USA
URL:https://lumen.example.com/team?name=dana,reyes
END:VCARD
""")

# vCard 2.1 (old Android and Nokia phones): no FN, bare WORK;VOICE parameters, quoted-printable UTF-8 with a soft
# line break, and a NOTE with an unescaped comma.
V21 = crlf("""BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;
TEL;WORK;VOICE:+49 30 1234567
TEL;CELL:+49 171 1234567
EMAIL;PREF;INTERNET:j.mueller@example.de
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Erstes Gespr=C3=A4ch am Montag, sehr freundlich und sehr =
lang, bitte nachfassen.
END:VCARD
""")
