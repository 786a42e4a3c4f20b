"""Durable state: the tables, the engine and sessions, migrations, and every query on them.

`tables` (SQLModel rows and the unique constraints that make a replay harmless), `database`
(engine, sessions, Alembic migrations), `queries` (lookups and changes in the caller's
transaction), `stores` (the two write paths behind one interface: per message, or a batch's
fast path), `fastpath` (what a batch added, written in bulk), `pgcopy` (binary COPY on
PostgreSQL), `reports` (what the ops commands read). Nothing here commits on its own.
May import: supportmail.core, supportmail.errors.
"""
