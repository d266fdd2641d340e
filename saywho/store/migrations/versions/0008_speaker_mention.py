"""attributions.speaker_mention: the span the speaker was resolved from (issue 10, item 2)

Revision ID: 0008
Revises: 0007

The brief reserved 0007 for this column; issue 11's list indexes took 0007 first, so it follows them.
Rows stored before this revision keep NULL (no chain) until their article is extracted again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attributions") as batch:
        batch.add_column(sa.Column("speaker_mention", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attributions") as batch:
        batch.drop_column("speaker_mention")
