"""full CAMEO event codes and event places

``events.cameo_code`` holds the three- or four-digit CAMEO code ("173",
"0841") next to the two-digit root in ``events.cameo``; ``events.place`` the
gazetteer entry (GeoNames) for where the event happened, as JSON. Events
stored before this revision keep NULL in both until their article is
extracted again.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("cameo_code", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("place", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("place")
        batch.drop_column("cameo_code")
