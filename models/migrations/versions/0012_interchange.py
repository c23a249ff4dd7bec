"""edXML interchange: packages in and out, status messages

Written by hand (op.create_table) so it runs the same on SQLite and PostgreSQL; names follow
models.base.NAMING_CONVENTION. The agencies directory already has its code (OrganId) column.

Revision ID: 0012
Revises: 0014
"""

from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interchange_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("document_key", sa.String(length=200), nullable=False),
        sa.Column("organ_id", sa.String(length=40), nullable=False),
        sa.Column("organ_name", sa.String(length=200), nullable=False),
        sa.Column("business_type", sa.Integer(), nullable=False),
        sa.Column("business_reason", sa.Text(), nullable=False),
        sa.Column("earlier_key", sa.String(length=200), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("package_name", sa.String(length=255), nullable=False),
        sa.Column("xml_signature", sa.String(length=12), nullable=False),
        sa.Column("xml_signature_subject", sa.String(length=500), nullable=False),
        sa.Column("attachments_json", sa.Text(), nullable=False),
        sa.Column("envelope_json", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_interchange_packages_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interchange_packages")),
        sa.UniqueConstraint("direction", "package_sha256", "organ_id",
                            name="uq_interchange_packages_direction_package_sha256_organ_id"),
    )
    op.create_index("ix_interchange_packages_key", "interchange_packages",
                    ["direction", "document_key"])
    op.create_index(op.f("ix_interchange_packages_document_id"), "interchange_packages",
                    ["document_id"])
    op.create_table(
        "interchange_statuses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("document_key", sa.String(length=200), nullable=False),
        sa.Column("organ_id", sa.String(length=40), nullable=False),
        sa.Column("organ_name", sa.String(length=200), nullable=False),
        sa.Column("status_code", sa.String(length=4), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("staff", sa.String(length=200), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("xml_signature", sa.String(length=12), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_interchange_statuses_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interchange_statuses")),
    )
    op.create_index(op.f("ix_interchange_statuses_document_id"), "interchange_statuses",
                    ["document_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_interchange_statuses_document_id"), table_name="interchange_statuses")
    op.drop_table("interchange_statuses")
    op.drop_index(op.f("ix_interchange_packages_document_id"), table_name="interchange_packages")
    op.drop_index("ix_interchange_packages_key", table_name="interchange_packages")
    op.drop_table("interchange_packages")
