"""Who may read secret documents: grants per level to roles or accounts, with the defaults a
commune expects (văn thư and lãnh đạo see every level).

Revision ID: 0015
Revises: 0011
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "secrecy_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("granted_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_secrecy_grants")),
        sa.UniqueConstraint("level", "role", "username",
                            name="uq_secrecy_grants_level_role_user"),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    op.bulk_insert(table, [
        {"level": "tuyet-mat", "role": role, "username": "", "granted_at": now,
         "granted_by": "he-thong"}
        for role in ("van-thu", "lanh-dao")
    ])


def downgrade() -> None:
    op.drop_table("secrecy_grants")
