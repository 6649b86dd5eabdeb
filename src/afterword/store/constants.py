"""Names the store and its fast read path share, importable without SQLAlchemy or Alembic."""

from __future__ import annotations

STAGES = ("saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn",
          "no-response")
INTERVIEW_KINDS = ("onsite", "video", "phone")
DEBRIEF_WENT = ("well", "mixed", "poorly")  # as afterword.debrief.model.WENT
LETTER_KINDS = ("thank-you", "check-in", "hesitation", "rejection", "next-round")  # as afterword.writer.KINDS
DATABASE_FILE = "afterword.db"  # in the home folder, when no AFTERWORD_DATABASE_URL is given
LOCK_WAIT_SECONDS = 5  # SQLite's busy timeout: how long a command waits for another one's lock
POSTGRES_CONNECT_TIMEOUT_SECONDS = 10

# Every revision this code knows, oldest first; the last is the head. A test checks it against Alembic's own.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
HEAD_REVISION = KNOWN_REVISIONS[-1]
VERSION_TABLE = "alembic_version"
