"""Alembic's environment: runs migrations on the engine supportmail hands it."""

from alembic import context
from sqlmodel import SQLModel

from supportmail.storage import tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from supportmail.storage.search import is_declared_object

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        # The search index (migration 0008) is the database's own, not declared in tables.py.
        include_name=is_declared_object,
    )
    with context.begin_transaction():
        context.run_migrations()
