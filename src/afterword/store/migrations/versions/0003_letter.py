"""Letters: the letters written after an interview, kept with their application until it is deleted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-15

A new table only: no table of 0001 or 0002 changes, so nothing is copied on SQLite and every row stays as it was.
The profile already keeps what a letter's sender block needs (name, email, phone, postal address).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("thank-you", "check-in", "hesitation", "rejection", "next-round")


def upgrade() -> None:
    kinds = ", ".join(f"'{value}'" for value in KINDS)
    op.create_table(
        "letter",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("recipient_name", sa.String(), nullable=True),
        sa.Column("recipient_email", sa.String(), nullable=True),
        sa.Column("recipient_title", sa.String(), nullable=True),
        sa.Column("recipient_organisation", sa.String(), nullable=True),
        sa.Column("sender_name", sa.String(), nullable=True),
        sa.Column("sender_email", sa.String(), nullable=True),
        sa.Column("sender_phone", sa.String(), nullable=True),
        sa.Column("sender_address", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("salutation", sa.Text(), nullable=False),
        sa.Column("sign_off", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("send_by", sa.Date(), nullable=False),
        sa.Column("send_by_phrase", sa.Text(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"kind IN ({kinds})", name=op.f("ck_letter_kind")),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_letter_sequence")),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"],
                                name=op.f("fk_letter_application_id_application"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], name=op.f("fk_letter_interview_id_interview"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], name=op.f("fk_letter_contact_id_contact"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    op.create_index(op.f("ix_letter_application_id"), "letter", ["application_id"], unique=False)
    op.create_index(op.f("ix_letter_send_by"), "letter", ["send_by"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_letter_send_by"), table_name="letter")
    op.drop_index(op.f("ix_letter_application_id"), table_name="letter")
    op.drop_table("letter")
