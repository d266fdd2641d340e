"""indexes for the paged lists (issue 11, item 7): what the pages and API filter and sort on

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# name, table, columns: the same as the Index(...) entries in saywho/schema.py
INDEXES = [
    ("ix_articles_ingested", "articles", ["ingested_at", "id"]),  # newest first, keyset on (ingested_at, id)
    ("ix_actors_name", "actors", ["name", "id"]),  # /actors by name
    ("ix_article_actors_actor", "article_actors", ["actor_id"]),  # the home page's actor filter
    ("ix_attributions_speaker_pk", "attributions", ["speaker_id", "pk"]),  # an actor's statements, newest first
    ("ix_events_category_pk", "events", ["category", "pk"]),  # /events?category=, newest first
    ("ix_events_quad_pk", "events", ["quad_class", "pk"]),  # /events?quad=
    ("ix_events_source", "events", ["source_id"]),  # an actor's relations from coded events
    ("ix_events_target", "events", ["target_id"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
