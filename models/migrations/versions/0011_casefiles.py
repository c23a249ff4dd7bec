"""file plan, case files and the hand-over to the archive

Generated from models/casefiles.py and checked by hand; runs the same on SQLite and PostgreSQL.

Revision ID: 0011
Revises: 0013
"""

from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('archive_handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archive_handovers')),
    sa.UniqueConstraint('year', 'number', name=op.f('uq_archive_handovers_year'))
    )
    op.create_table('file_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('approvals', sa.Integer(), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_file_plans')),
    sa.UniqueConstraint('year', name=op.f('uq_file_plans_year'))
    )
    op.create_table('plan_headings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_headings.id'], name=op.f('fk_plan_headings_parent_id_plan_headings')),
    sa.ForeignKeyConstraint(['plan_id'], ['file_plans.id'], name=op.f('fk_plan_headings_plan_id_file_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_headings')),
    sa.UniqueConstraint('plan_id', 'parent_id', 'number', name='uq_plan_headings_number')
    )
    op.create_index(op.f('ix_plan_headings_plan_id'), 'plan_headings', ['plan_id'])
    op.create_table('plan_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('heading_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('retention_years', sa.Integer(), nullable=True),
    sa.Column('keeper', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('construction', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['heading_id'], ['plan_headings.id'], name=op.f('fk_plan_entries_heading_id_plan_headings')),
    sa.ForeignKeyConstraint(['plan_id'], ['file_plans.id'], name=op.f('fk_plan_entries_plan_id_file_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_entries')),
    sa.UniqueConstraint('plan_id', 'code', name=op.f('uq_plan_entries_plan_id'))
    )
    op.create_index(op.f('ix_plan_entries_plan_id'), 'plan_entries', ['plan_id'])
    op.create_table('case_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('outside_plan', sa.Boolean(), nullable=False),
    sa.Column('retention_years', sa.Integer(), nullable=True),
    sa.Column('construction', sa.Boolean(), nullable=False),
    sa.Column('settled_date', sa.Date(), nullable=True),
    sa.Column('keeper', sa.String(length=64), nullable=False),
    sa.Column('rights', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('handover_id', sa.Integer(), nullable=True),
    sa.Column('imported_from', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['plan_entries.id'], name=op.f('fk_case_files_entry_id_plan_entries')),
    sa.ForeignKeyConstraint(['handover_id'], ['archive_handovers.id'], name=op.f('fk_case_files_handover_id_archive_handovers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_files')),
    sa.UniqueConstraint('year', 'code', name=op.f('uq_case_files_year'))
    )
    op.create_index(op.f('ix_case_files_entry_id'), 'case_files', ['entry_id'])
    op.create_index('ix_case_files_state_end', 'case_files', ['state', 'end_date'])
    op.create_table('case_file_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_file_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('dossier_id', sa.Integer(), nullable=True),
    sa.Column('symbol', sa.String(length=60), nullable=False),
    sa.Column('doc_date', sa.Date(), nullable=True),
    sa.Column('organ_name', sa.String(length=200), nullable=False),
    sa.Column('type_name', sa.String(length=60), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_file_id'], ['case_files.id'], name=op.f('fk_case_file_items_case_file_id_case_files')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_case_file_items_document_id_documents')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_case_file_items_dossier_id_dossiers')),
    sa.ForeignKeyConstraint(['sha256'], ['files.sha256'], name=op.f('fk_case_file_items_sha256_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file_items')),
    sa.UniqueConstraint('case_file_id', 'document_id', name='uq_case_file_items_document'),
    sa.UniqueConstraint('case_file_id', 'dossier_id', name='uq_case_file_items_dossier')
    )
    op.create_index('ix_case_file_items_document', 'case_file_items', ['document_id'])
    op.create_index('ix_case_file_items_dossier', 'case_file_items', ['dossier_id'])
    op.create_index('ix_case_file_items_file_position', 'case_file_items', ['case_file_id', 'position'])


def downgrade() -> None:
    op.drop_index("ix_case_file_items_file_position", table_name="case_file_items")
    op.drop_index("ix_case_file_items_dossier", table_name="case_file_items")
    op.drop_index("ix_case_file_items_document", table_name="case_file_items")
    op.drop_table("case_file_items")
    op.drop_index("ix_case_files_state_end", table_name="case_files")
    op.drop_index(op.f("ix_case_files_entry_id"), table_name="case_files")
    op.drop_table("case_files")
    op.drop_index(op.f("ix_plan_entries_plan_id"), table_name="plan_entries")
    op.drop_table("plan_entries")
    op.drop_index(op.f("ix_plan_headings_plan_id"), table_name="plan_headings")
    op.drop_table("plan_headings")
    op.drop_table("file_plans")
    op.drop_table("archive_handovers")
