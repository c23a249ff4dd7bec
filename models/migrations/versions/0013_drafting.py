"""drafts of outgoing documents, their versions and history; dispatches; document links

Written by hand (op.create_table) so it runs the same on SQLite and PostgreSQL; names follow
models.base.NAMING_CONVENTION.

Revision ID: 0013
Revises: 0009
"""

from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0009"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    ref_table = target.split(".")[0]
    return sa.ForeignKeyConstraint([column], [target],
                                   name=op.f(f"fk_{table}_{column}_{ref_table}"))


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("type_name", sa.String(length=60), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("signer_username", sa.String(length=64), nullable=False),
        sa.Column("signer_name", sa.String(length=120), nullable=False),
        sa.Column("signer_title", sa.String(length=120), nullable=False),
        sa.Column("drafting_unit", sa.String(length=30), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=12), nullable=False),
        sa.Column("secrecy", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fields_sha256", sa.String(length=64), nullable=True),
        sa.Column("signed_sha256", sa.String(length=64), nullable=True),
        sa.Column("signed_by", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signature_field", sa.String(length=64), nullable=False),
        sa.Column("certificate_serial", sa.String(length=80), nullable=False),
        sa.Column("certificate_subject", sa.String(length=500), nullable=False),
        sa.Column("certificate_issuer", sa.String(length=500), nullable=False),
        sa.Column("certificate_cn", sa.String(length=200), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _fk("drafts", "fields_sha256", "files.sha256"),
        _fk("drafts", "signed_sha256", "files.sha256"),
        _fk("drafts", "document_id", "documents.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_index("ix_drafts_status", "drafts", ["status", "id"])
    op.create_index(op.f("ix_drafts_document_id"), "drafts", ["document_id"])
    op.create_table(
        "draft_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        _fk("draft_versions", "draft_id", "drafts.id"),
        _fk("draft_versions", "sha256", "files.sha256"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_versions")),
        sa.UniqueConstraint("draft_id", "version", name="uq_draft_versions_draft_id_version"),
    )
    op.create_index(op.f("ix_draft_versions_draft_id"), "draft_versions", ["draft_id"])
    op.create_table(
        "draft_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _fk("draft_events", "draft_id", "drafts.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_events")),
    )
    op.create_index(op.f("ix_draft_events_draft_id"), "draft_events", ["draft_id"])
    op.create_table(
        "dispatches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("via", sa.String(length=12), nullable=False),
        sa.Column("sent_date", sa.Date(), nullable=False),
        sa.Column("receipt", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("dispatches", "document_id", "documents.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatches")),
    )
    op.create_index(op.f("ix_dispatches_document_id"), "dispatches", ["document_id"])
    op.create_index("ix_dispatches_via_date", "dispatches", ["via", "sent_date"])
    op.create_table(
        "document_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("document_links", "document_id", "documents.id"),
        _fk("document_links", "other_id", "documents.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_links")),
        sa.UniqueConstraint("document_id", "other_id", "kind",
                            name="uq_document_links_document_id_other_id_kind"),
    )
    op.create_index(op.f("ix_document_links_document_id"), "document_links", ["document_id"])
    op.create_index(op.f("ix_document_links_other_id"), "document_links", ["other_id"])


def downgrade() -> None:
    for table in ("document_links", "dispatches", "draft_events", "draft_versions", "drafts"):
        op.drop_table(table)
