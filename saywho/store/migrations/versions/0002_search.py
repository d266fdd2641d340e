"""full-text search over articles and statements

SQLite: one FTS5 table, ``search_fts``, holding a copy of each article's title
and text and of each statement's content, kept in step by triggers (a copy
rather than an external-content table: ``articles`` has a text primary key, and
implicit rowids may change on VACUUM). PostgreSQL: a stored ``tsvector``
column with a GIN index on ``articles`` and on ``attributions``.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        kind UNINDEXED, article_id UNINDEXED, local_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER search_article_ai AFTER INSERT ON articles BEGIN
        INSERT INTO search_fts(kind, article_id, local_id, title, body)
        VALUES ('article', new.id, NULL, coalesce(new.title, ''), new.text);
    END""",
    """CREATE TRIGGER search_article_ad AFTER DELETE ON articles BEGIN
        DELETE FROM search_fts WHERE article_id = old.id;
    END""",
    """CREATE TRIGGER search_article_au AFTER UPDATE OF title, text ON articles BEGIN
        UPDATE search_fts SET title = coalesce(new.title, ''), body = new.text
        WHERE kind = 'article' AND article_id = old.id;
    END""",
    """CREATE TRIGGER search_attribution_ai AFTER INSERT ON attributions BEGIN
        INSERT INTO search_fts(kind, article_id, local_id, title, body)
        VALUES ('statement', new.article_id, new.local_id, '', new.content_text);
    END""",
    """CREATE TRIGGER search_attribution_ad AFTER DELETE ON attributions BEGIN
        DELETE FROM search_fts WHERE kind = 'statement' AND article_id = old.article_id AND local_id = old.local_id;
    END""",
    # Rows stored before this revision.
    """INSERT INTO search_fts(kind, article_id, local_id, title, body)
        SELECT 'article', id, NULL, coalesce(title, ''), text FROM articles""",
    """INSERT INTO search_fts(kind, article_id, local_id, title, body)
        SELECT 'statement', article_id, local_id, '', content_text FROM attributions""",
]

SQLITE_DOWN = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in (
        "search_article_ai", "search_article_ad", "search_article_au",
        "search_attribution_ai", "search_attribution_ad")),
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_UP = [
    """ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text)) STORED""",
    "CREATE INDEX ix_articles_search ON articles USING GIN (search)",
    """ALTER TABLE attributions ADD COLUMN search tsvector GENERATED ALWAYS AS (
        to_tsvector('english', content_text)) STORED""",
    "CREATE INDEX ix_attributions_search ON attributions USING GIN (search)",
]

POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_attributions_search",
    "ALTER TABLE attributions DROP COLUMN IF EXISTS search",
    "DROP INDEX IF EXISTS ix_articles_search",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search",
]


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRES_UP if up else POSTGRES_DOWN
    return []  # other databases: search falls back to LIKE (saywho.store.search)


def upgrade() -> None:
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(up=False):
        op.execute(statement)
