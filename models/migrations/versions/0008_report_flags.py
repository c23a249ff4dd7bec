"""Per-document file flags for the reports, indexes for the status bar, prefix search.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_FLAGS = """
UPDATE documents SET
 has_file = CASE WHEN EXISTS (SELECT 1 FROM document_files df WHERE df.document_id = documents.id
   AND df.current) THEN 1 ELSE 0 END,
 files_ok = CASE WHEN EXISTS (SELECT 1 FROM document_files df WHERE df.document_id = documents.id
   AND df.current) AND NOT EXISTS (SELECT 1 FROM document_files df JOIN files f
   ON f.sha256 = df.sha256 WHERE df.document_id = documents.id AND df.current
   AND (f.quality IS NULL OR f.quality = 'khong-dat')) THEN 1 ELSE 0 END,
 signed = CASE WHEN EXISTS (SELECT 1 FROM document_files df JOIN files f ON f.sha256 = df.sha256
   WHERE df.document_id = documents.id AND df.current AND f.signed) OR EXISTS (SELECT 1
   FROM document_files df WHERE df.document_id = documents.id AND df.role = 'ky-so')
   THEN 1 ELSE 0 END
"""


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        for name in ("has_file", "files_ok", "signed"):
            batch_op.add_column(sa.Column(name, sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
        batch_op.create_index("ix_documents_urgency", ["direction", "urgency", "year"])
        batch_op.create_index("ix_documents_status_due", ["direction", "status", "due_date", "year"])
    bind = op.get_bind()
    flags = _FLAGS if bind.dialect.name == "sqlite" else (
        _FLAGS.replace("df.current)", "df.current = true)").replace("df.current AND", "df.current = true AND")
        .replace("THEN 1 ELSE 0 END", "THEN true ELSE false END").replace("AND f.signed)", "AND f.signed = true)"))
    op.execute(flags)
    if bind.dialect.name == "sqlite":
        # Batch mode rebuilt the table: the FTS triggers went with it. Recreate them, and the
        # index itself with prefix indexes (1–3 letters), which makes "v", "ve viec" cheap.
        op.execute("DROP TABLE IF EXISTS documents_fts")
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "search_text, content='documents', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
        for trig in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        op.execute(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_au AFTER UPDATE OF search_text ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO documents_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_status_due")
        batch_op.drop_index("ix_documents_urgency")
        for name in ("signed", "files_ok", "has_file"):
            batch_op.drop_column(name)
