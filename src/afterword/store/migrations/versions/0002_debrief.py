"""The debrief of an interview: one per interview, deleted with it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-08

A new table only: no table of 0001 changes, so nothing is copied on SQLite and every row of 0001 stays as it was.
The follow-up plan is computed from the interview's date and the debrief's decision date; ``plan`` only caches it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WENT = ("well", "mixed", "poorly")


def upgrade() -> None:
    went = ", ".join(f"'{value}'" for value in WENT)
    op.create_table(
        "debrief",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("went", sa.String(length=10), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("draft_progress", sa.Text(), nullable=True),
        sa.Column("plan", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"went IN ({went})", name=op.f("ck_debrief_went")),
        sa.CheckConstraint("confidence BETWEEN 1 AND 5", name=op.f("ck_debrief_confidence")),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], name=op.f("fk_debrief_interview_id_interview"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debrief")),
        sa.UniqueConstraint("interview_id", name=op.f("uq_debrief_interview_id")),
    )


def downgrade() -> None:
    op.drop_table("debrief")
