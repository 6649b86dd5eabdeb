"""Business card text as OCR gives it: stray marks, broken spacing, columns run together. Written for the tests."""

from __future__ import annotations

# Name first, US: marks around lines, a legal form, an extension, labelled phones, a website and a street address.
NAME_FIRST = """| Jane Smith ~
Senior Technical Recruiter_
— Northwind Traders, Inc. —

T: (415) 555-0134 ext. 204
M: +1 415 555 0199
jane.smith@northwindtraders.com
www.northwindtraders.com
500 Market St, Suite 200
San Francisco, CA 94105
"""

# Logo first, UK: the company only as a logo (matched by the email's domain), a tagline, the name in capitals,
# "@" with spaces around it, two phones on one line, a national mobile number.
LOGO_FIRST = """~~ ACME ROBOTICS ~~
Building tomorrow's factories
' DANIEL O'BRIEN
Head of Talent Acquisition
d.obrien @ acmerobotics.co.uk
+44 (0)20 7946 0958 | Mob 07911 123456
12 Finsbury Square
London EC2A 4NE
United Kingdom
"""

# Title before the name, a doctor's title, GmbH, a German street and postcode.
TITLE_FIRST = """Engineering Manager
Dr. Lena Müller-Hoffmann
Initech GmbH
Friedrichstraße 123
10117 Berlin
Germany
Tel +49 30 901820
lena.mueller-hoffmann@initech.de
"""

# Three phones on one line (office, fax, cell), a shared mailbox, a website with a path, name and title on one line.
MANY_PHONES = """GLOBEX CORPORATION
Sam Carter | VP, Business Development
T +1 212 736 5000 • F +1 212 736 5001 • C +1 917 555 0123
info@globex.com | https://globex.com/careers
"""

# A freelancer: a PO box, a webmail address that names neither the person nor a company, a brand and a name that
# both look like names. Nothing settles the name or the organisation.
PO_BOX = """Quantum Leap
Sam Beckett
Freelance Recruiter
PO Box 1234
Austin, TX 78767
(512) 555-0147
sam.b.recruits@gmail.com
"""

# Two columns run together by OCR, a tagline that looks like a name (the email settles it), a PO box with the city
# on the same line, a dotted phone number with a "Direct" label, and leftover punctuation.
COLUMNS = """Bright Futures
   Priya Raman           Talent Partner
  praman@riverbend-health.org     ,
Riverbend Health     ::
  P.O. Box 42, Portland, OR 97207
  Direct: 503.555.0172
"""
