"""one-stop dossiers and the working-day calendar

Written by hand (op.create_table) so it runs the same on SQLite and PostgreSQL; names follow
models.base.NAMING_CONVENTION, so a later batch alteration finds them.

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "procedures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("folded", sa.String(length=300), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedures")),
        sa.UniqueConstraint("name", name=op.f("uq_procedures_name")),
        sa.UniqueConstraint("folded", name=op.f("uq_procedures_folded")),
    )
    op.create_table(
        "dossiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("procedure_name", sa.String(length=300), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_address", sa.String(length=300), nullable=False),
        sa.Column("applicant_phone", sa.String(length=30), nullable=False),
        sa.Column("applicant_email", sa.String(length=120), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("first_due_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("handler", sa.String(length=120), nullable=False),
        sa.Column("paused_at", sa.DateTime(), nullable=True),
        sa.Column("paused_days", sa.Integer(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("result_sha256", sa.String(length=64), nullable=True),
        sa.Column("result_name", sa.String(length=255), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["procedure_id"], ["procedures.id"],
                                name=op.f("fk_dossiers_procedure_id_procedures")),
        sa.ForeignKeyConstraint(["result_sha256"], ["files.sha256"],
                                name=op.f("fk_dossiers_result_sha256_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossiers")),
        sa.UniqueConstraint("code", name=op.f("uq_dossiers_code")),
    )
    op.create_index(op.f("ix_dossiers_procedure_id"), "dossiers", ["procedure_id"])
    op.create_index(op.f("ix_dossiers_received_at"), "dossiers", ["received_at"])
    op.create_index(op.f("ix_dossiers_finished_at"), "dossiers", ["finished_at"])
    op.create_index("ix_dossiers_status_due", "dossiers", ["status", "due_at"])
    op.create_table(
        "dossier_components",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("form", sa.String(length=10), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("reused", sa.Boolean(), nullable=False),
        sa.Column("reused_from", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossiers.id"],
                                name=op.f("fk_dossier_components_dossier_id_dossiers")),
        sa.ForeignKeyConstraint(["sha256"], ["files.sha256"],
                                name=op.f("fk_dossier_components_sha256_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_components")),
    )
    op.create_index(op.f("ix_dossier_components_dossier_id"), "dossier_components",
                    ["dossier_id"])
    op.create_index(op.f("ix_dossier_components_sha256"), "dossier_components", ["sha256"])
    op.create_table(
        "dossier_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("giver", sa.String(length=200), nullable=False),
        sa.Column("receiver", sa.String(length=200), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossiers.id"],
                                name=op.f("fk_dossier_events_dossier_id_dossiers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_events")),
        sa.UniqueConstraint("dossier_id", "seq", name=op.f("uq_dossier_events_dossier_id")),
    )
    op.create_index(op.f("ix_dossier_events_dossier_id"), "dossier_events", ["dossier_id"])
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_calendar_years")),
    )


def downgrade() -> None:
    op.drop_table("calendar_years")
    op.drop_table("calendar_days")
    op.drop_index(op.f("ix_dossier_events_dossier_id"), table_name="dossier_events")
    op.drop_table("dossier_events")
    op.drop_index(op.f("ix_dossier_components_sha256"), table_name="dossier_components")
    op.drop_index(op.f("ix_dossier_components_dossier_id"), table_name="dossier_components")
    op.drop_table("dossier_components")
    op.drop_index("ix_dossiers_status_due", table_name="dossiers")
    op.drop_index(op.f("ix_dossiers_finished_at"), table_name="dossiers")
    op.drop_index(op.f("ix_dossiers_received_at"), table_name="dossiers")
    op.drop_index(op.f("ix_dossiers_procedure_id"), table_name="dossiers")
    op.drop_table("dossiers")
    op.drop_table("procedures")
