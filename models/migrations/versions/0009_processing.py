"""processing of incoming documents: handlings, their people, steps and reminders

Written by hand (op.create_table) so it runs the same on SQLite and PostgreSQL; names follow
models.base.NAMING_CONVENTION.

Revision ID: 0009
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handlings",
        sa.Column("document_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("instruction", sa.Text(), nullable=False),
        sa.Column("lead", sa.String(length=64), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(), nullable=True),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=64), nullable=False),
        sa.Column("reply_id", sa.Integer(), nullable=True),
        sa.Column("result_note", sa.Text(), nullable=False),
        sa.Column("on_time", sa.Boolean(), nullable=True),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_handlings_document_id_documents")),
        sa.ForeignKeyConstraint(["reply_id"], ["documents.id"],
                                name=op.f("fk_handlings_reply_id_documents")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_handlings")),
    )
    op.create_index("ix_handlings_state_due", "handlings", ["state", "due_date"])
    op.create_index("ix_handlings_received_state", "handlings", ["received_date", "state"])
    op.create_table(
        "handling_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["handlings.document_id"],
                                name=op.f("fk_handling_people_document_id_handlings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handling_people")),
    )
    op.create_index(op.f("ix_handling_people_document_id"), "handling_people", ["document_id"])
    op.create_index("ix_handling_people_user", "handling_people",
                    ["username", "active", "document_id"])
    op.create_table(
        "handling_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("lead", sa.String(length=64), nullable=False),
        sa.Column("support", sa.Text(), nullable=False),
        sa.Column("reply_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["handlings.document_id"],
                                name=op.f("fk_handling_steps_document_id_handlings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handling_steps")),
    )
    op.create_index(op.f("ix_handling_steps_document_id"), "handling_steps", ["document_id"])
    op.create_table(
        "handling_reminders",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_handling_reminders")),
    )


def downgrade() -> None:
    op.drop_table("handling_reminders")
    op.drop_index(op.f("ix_handling_steps_document_id"), table_name="handling_steps")
    op.drop_table("handling_steps")
    op.drop_index("ix_handling_people_user", table_name="handling_people")
    op.drop_index(op.f("ix_handling_people_document_id"), table_name="handling_people")
    op.drop_table("handling_people")
    op.drop_index("ix_handlings_received_state", table_name="handlings")
    op.drop_index("ix_handlings_state_due", table_name="handlings")
    op.drop_table("handlings")
