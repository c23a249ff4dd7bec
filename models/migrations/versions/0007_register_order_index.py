"""An index in the register's own order, so the view reads windows by index walks.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_register_order", "documents",
                    ["direction", "year", "series", "number"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_documents_register_order", table_name="documents")
