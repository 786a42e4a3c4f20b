"""Alembic's environment: runs migrations on the engine supportmail hands it."""

from alembic import context
from sqlmodel import SQLModel

from supportmail.storage import tables  # noqa: F401  (registers the tables on SQLModel.metadata)

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
