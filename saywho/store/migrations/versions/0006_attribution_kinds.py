"""statements vs other attributions, speaker chains — filled by the issue-10 work

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _upgrade_kinds()


def downgrade() -> None:
    _downgrade_kinds()


# -- statements vs other attributions: attributions.act, .source_type, .statement --------------------------
# Rows stored before this revision keep NULL act and source_type and count as statements (as every
# attribution was listed before) until their article is extracted again.

def _upgrade_kinds() -> None:
    with op.batch_alter_table("attributions") as batch:
        batch.add_column(sa.Column("act", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("source_type", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("statement", sa.Boolean(), nullable=False, server_default=sa.true()))


def _downgrade_kinds() -> None:
    with op.batch_alter_table("attributions") as batch:
        batch.drop_column("statement")
        batch.drop_column("source_type")
        batch.drop_column("act")
