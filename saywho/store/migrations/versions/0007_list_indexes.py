"""indexes for the paged lists (issue 11, item 7): what the pages and API filter and sort on

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# name, table, columns: the same as the Index(...) entries in saywho/store/schema.py
INDEXES = [
    ("ix_articles_ingested", "articles", ["ingested_at", "id"]),  # newest first, keyset on (ingested_at, id)
    ("ix_actors_name", "actors", ["name", "id"]),  # /actors by name
    ("ix_article_actors_actor", "article_actors", ["actor_id"]),  # the home page's actor filter
    # An actor's statements newest first, and its statement and article counts, from the index alone.
    ("ix_attributions_speaker_statements", "attributions", ["speaker_id", "statement", "pk", "article_id"]),
    ("ix_events_quad", "events", ["quad_class"]),  # /events?quad= (?category= has ix_events_category)
    ("ix_events_source_target", "events", ["source_id", "target_id", "category"]),  # an actor's relations, counted
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
