"""The chronicle store: SQLAlchemy Core over SQLite (default) or PostgreSQL."""
from .repository import Store  # noqa: F401
