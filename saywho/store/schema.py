"""Database tables. Alembic migrations in ``saywho/store/migrations`` create them.

One row per article, attribution, event and actor; actors are shared across
articles (their id is the slug of the canonical name), which is what lets the
store follow a person through a story. Comments, reviews and accounts live
beside the extracted data and point at it, so people's work survives a
re-extraction of the article.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text),
    Column("url", String(2000), unique=True),
    Column("publisher", String(300)),
    Column("published", String(40)),
    Column("author", String(300)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False, unique=True),
    Column("chrome", JSON, nullable=False, default=list),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_ingested", "ingested_at", "id"),  # lists page newest first on it (saywho.store.paging)
)

actors = Table(
    "actors", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("title", String(300)),
    Column("country", String(8)),
    Column("type", String(20), nullable=False, default="person"),
    Column("sector", String(20)),
    Column("aliases", JSON, nullable=False, default=list),
    Index("ix_actors_name", "name", "id"),
)

article_actors = Table(
    "article_actors", metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), ForeignKey("actors.id"), primary_key=True),
    Column("title", String(300)),
    Index("ix_article_actors_actor", "actor_id"),  # the actor filter: articles naming an actor
)

attributions = Table(
    "attributions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("source", JSON),
    Column("cue", JSON),
    Column("content", JSON, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("speaker_id", String(200), ForeignKey("actors.id")),
    Column("addressee", String(300)),
    Column("medium", String(300)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False),
    Column("start", Integer, nullable=False),
    # What the attribution reports (speech, writing, thought, document, other) and what its source names
    # (person, group, organisation, document, place, thing, date, product, platform, none); NULL for rows
    # stored before revision 0006. ``statement``: what the default outputs list (model.Attribution.statement).
    Column("act", String(16)),
    Column("source_type", String(16)),
    Column("statement", Boolean, nullable=False, default=True, server_default=true()),
    Column("speaker_mention", JSON),  # {start, end, text}: the mention the speaker was resolved from (0008)
    UniqueConstraint("article_id", "local_id"),
    Index("ix_attributions_speaker", "speaker_id"),
    Index("ix_attributions_speaker_statements", "speaker_id", "statement", "pk", "article_id"),  # an actor's, newest first
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(20), nullable=False),
    Column("category", String(20), nullable=False),
    Column("mode", String(40)),
    Column("source_id", String(200), ForeignKey("actors.id")),
    Column("target_id", String(200), ForeignKey("actors.id")),
    Column("evidence", JSON, nullable=False),
    Column("attribution_id", String(20)),
    Column("cameo", String(8)),
    Column("cameo_code", String(8)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("place", JSON),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_events_category", "category"),
    Index("ix_events_quad", "quad_class"),
    Index("ix_events_source_target", "source_id", "target_id", "category"),  # an actor's relations, counted
)

errors = Table(
    "errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("problem", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    # The name casefolded (NFKC): unique, so "Reader" and "reader" cannot both exist; sign-in looks it up.
    Column("name_key", String(100), nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Index("ux_users_name_key", "name_key", unique=True),
)

# Server-side sessions: the signed cookie holds a random id whose SHA-256 is kept here,
# so logout, a password change or disabling an account ends sessions at once.
sessions = Table(
    "sessions", metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_sessions_user", "user_id"),
)

# Failed sign-ins per key ("name:<name_key>" or "addr:<client address>"), shared by all workers.
login_failures = Table(
    "login_failures", metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failure", DateTime(timezone=True), nullable=False),
    Column("locked_until", DateTime(timezone=True)),
)

api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(128), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("scope", String(10), nullable=False, default="write"),  # read | write
    Column("expires_at", DateTime(timezone=True)),  # null: never
)

comments = Table(
    "comments", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("attribution_id", String(20)),  # local id of the statement commented on, if any
    Column("parent_id", Integer, ForeignKey("comments.id")),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("edited_at", DateTime(timezone=True)),
    Column("hidden", Boolean, nullable=False, default=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("ix_comments_article", "article_id"),
)

comment_reports = Table(
    "comment_reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("reason", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
    Index("ux_comment_reports_once", "comment_id", "user_id", unique=True),  # one report per user per comment
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("attribution_id", String(20)),  # null for a statement the extractor missed
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("verdict", String(20), nullable=False),  # correct | wrong | fixed | missed
    Column("speaker", String(300)),
    Column("source", JSON),
    Column("cue", JSON),
    Column("content", JSON),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Sources (saywho/sources): the HTTP validators of every URL fetched, so a re-fetch is a 304 that
# costs nothing, and the entries of feeds, sitemaps and URL lists that `saywho watch` has handled.
http_validators = Table(
    "http_validators", metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", String(1000)),
    Column("last_modified", String(100)),
    Column("checked_at", DateTime(timezone=True), nullable=False),
)

seen_entries = Table(
    "seen_entries", metadata,
    Column("key", String(64), primary_key=True),  # SHA-256 of source and entry: URLs may be too long for a key
    Column("source", Text, nullable=False),  # the feed, sitemap or URL list
    Column("entry", Text, nullable=False),  # the entry's id, else its link
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

# Stories (saywho/store/stories.py): near-duplicate articles (wire copies, updates) share a story, found by the
# MinHash LSH bands of their text; the signature is kept so a later article is compared with it. A statement
# reported by several articles of a story links to its first report (statement_links.first_pk).
stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

article_stories = Table(
    "article_stories", metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id"), nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Index("ix_article_stories_story", "story_id"),
)

story_bands = Table(
    "story_bands", metadata,
    Column("band", String(40), primary_key=True),  # "<band number>:<hash of that band of the signature>"
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

statement_links = Table(
    "statement_links", metadata,
    Column("attribution_pk", Integer, ForeignKey("attributions.pk", ondelete="CASCADE"), primary_key=True),
    Column("first_pk", Integer, nullable=False),
    Index("ix_statement_links_first", "first_pk"),
)
