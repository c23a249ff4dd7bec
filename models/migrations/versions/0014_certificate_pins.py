"""Certificates the administrator assigns to an account or to the organisation (vanthu cert pin);
the audit log's document states and keyed MACs.

Revision ID: 0014
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_pins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("serial", sa.String(length=80), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.Column("pinned_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_pins")),
        sa.UniqueConstraint("username", "sha256", name=op.f("uq_certificate_pins_username")),
    )
    op.create_index(op.f("ix_certificate_pins_username"), "certificate_pins", ["username"])
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("state", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("mac", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("mac")
        batch.drop_column("key_id")
        batch.drop_column("state")
    op.drop_index(op.f("ix_certificate_pins_username"), table_name="certificate_pins")
    op.drop_table("certificate_pins")
