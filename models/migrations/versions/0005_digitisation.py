"""Digitisation: quality of stored files, their text, and the persistent OCR queue.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quality", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("quality_reasons", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("min_dpi", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("signed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "file_texts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("engine", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["files.sha256"],
                                name=op.f("fk_file_texts_sha256_files")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_texts")),
    )
    op.create_table(
        "ocr_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("result_sha256", sa.String(length=64), nullable=True),
        sa.Column("claimed_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_ocr_jobs_document_id_documents")),
        sa.ForeignKeyConstraint(["sha256"], ["files.sha256"],
                                name=op.f("fk_ocr_jobs_sha256_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocr_jobs")),
    )
    op.create_index("ix_ocr_jobs_status", "ocr_jobs", ["status", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ocr_jobs_status", table_name="ocr_jobs")
    op.drop_table("ocr_jobs")
    op.drop_table("file_texts")
    with op.batch_alter_table("files", schema=None) as batch_op:
        batch_op.drop_column("signed")
        batch_op.drop_column("min_dpi")
        batch_op.drop_column("quality_reasons")
        batch_op.drop_column("quality")
