"""scale (dedup keys, stories across outlets) — filled by the issue-11 work

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _upgrade_sources()


def downgrade() -> None:
    _downgrade_sources()


# -- sources (saywho/sources): HTTP validators for conditional GET, entries `saywho watch` has seen --

def _upgrade_sources() -> None:
    op.create_table(
        "http_validators",
        sa.Column("url", sa.String(length=2000), primary_key=True),
        sa.Column("etag", sa.String(length=1000)),
        sa.Column("last_modified", sa.String(length=100)),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "seen_entries",
        sa.Column("key", sa.String(length=64), primary_key=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("entry", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )


def _downgrade_sources() -> None:
    op.drop_table("seen_entries")
    op.drop_table("http_validators")
