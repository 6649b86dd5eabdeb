"""Letters: when the person last edited a letter, so writing the letters again keeps their edit.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

One nullable column on the letter table: every letter of 0003 stays as it was, with ``edited_at`` NULL (not edited;
0003 kept no record of an edit). Batch mode: SQLite adds the column with ALTER TABLE, and drops it again by copying
the table, which keeps its named constraints and indexes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("letter") as batch:
        batch.add_column(sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letter") as batch:
        batch.drop_column("edited_at")
