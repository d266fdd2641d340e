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
    _upgrade_stories()


def downgrade() -> None:
    _downgrade_stories()
    _downgrade_sources()


# -- stories across outlets (saywho/store/stories.py): near-duplicate articles grouped by MinHash LSH, and the
# -- same statement reported by several articles linked to its first report

def _upgrade_stories() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "article_stories",
        sa.Column("article_id", sa.String(length=200), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_article_stories_story", "article_stories", ["story_id"])
    op.create_table(
        "story_bands",
        sa.Column("band", sa.String(length=40), primary_key=True),
        sa.Column("article_id", sa.String(length=200), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_table(
        "statement_links",
        sa.Column("attribution_pk", sa.Integer(), sa.ForeignKey("attributions.pk", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("first_pk", sa.Integer(), nullable=False),
    )
    op.create_index("ix_statement_links_first", "statement_links", ["first_pk"])


def _downgrade_stories() -> None:
    op.drop_index("ix_statement_links_first", table_name="statement_links")
    op.drop_table("statement_links")
    op.drop_table("story_bands")
    op.drop_index("ix_article_stories_story", table_name="article_stories")
    op.drop_table("article_stories")
    op.drop_table("stories")


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
