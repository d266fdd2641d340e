"""accounts and security: case-insensitive names, disabled accounts, server-side
sessions, login throttling, token scope and expiry, one report per user per comment

``users.name_key`` is the name casefolded (NFKC) and unique, so "Reader" and
"reader" cannot both exist. Accounts that already collide keep working: the
oldest keeps the plain key, later ones get the key plus their id after a
control character no new name may contain, and sign-in tries the exact name
first. Existing tokens keep write scope and never expire. Duplicate reports by
one user of one comment are folded into the oldest before the unique index.

Columns are added with ALTER TABLE, never by rebuilding a table: on SQLite a
rebuild of ``users`` would drop it, and with foreign keys on that would delete
every API token (ON DELETE CASCADE).

Revision ID: 0004
Revises: 0003
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # The same rule as saywho.store.accounts.name_key, copied so this revision never changes with the app.
    return unicodedata.normalize("NFKC", name).casefold()


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("users", sa.Column("name_key", sa.String(length=100), nullable=True))
    op.add_column("users", sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()))
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("name_key", sa.String))
    taken: set[str] = set()
    for row in conn.execute(sa.select(users.c.id, users.c.name).order_by(users.c.id)).all():
        key = _key(row.name)[:100]
        if key in taken:
            key = f"{key[:80]}\x1f{row.id}"
        taken.add(key)
        conn.execute(sa.update(users).where(users.c.id == row.id).values(name_key=key))
    if conn.dialect.name != "sqlite":  # SQLite cannot add NOT NULL to a column without a rebuild (see above)
        op.alter_column("users", "name_key", existing_type=sa.String(length=100), nullable=False)
    op.create_index("ux_users_name_key", "users", ["name_key"], unique=True)

    op.add_column("api_tokens", sa.Column("scope", sa.String(length=10), nullable=False, server_default="write"))
    op.add_column("api_tokens", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))

    reports = sa.table("comment_reports", sa.column("id", sa.Integer), sa.column("comment_id", sa.Integer),
                       sa.column("user_id", sa.Integer))
    keep = (sa.select(sa.func.min(reports.c.id)).group_by(reports.c.comment_id, reports.c.user_id)).scalar_subquery()
    conn.execute(sa.delete(reports).where(reports.c.id.not_in(keep)))
    op.create_index("ux_comment_reports_once", "comment_reports", ["comment_id", "user_id"], unique=True)

    op.create_table(
        "sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id_hash"),
    )
    op.create_index("ix_sessions_user", "sessions", ["user_id"])
    op.create_table(
        "login_failures",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("login_failures")
    op.drop_index("ix_sessions_user", table_name="sessions")
    op.drop_table("sessions")
    op.drop_index("ux_comment_reports_once", table_name="comment_reports")
    op.drop_column("api_tokens", "expires_at")
    op.drop_column("api_tokens", "scope")
    op.drop_index("ux_users_name_key", table_name="users")
    op.drop_column("users", "disabled")
    op.drop_column("users", "name_key")
