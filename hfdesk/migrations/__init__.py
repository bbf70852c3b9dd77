"""Alembic migrations, shipped inside the package and applied when a file is opened."""

# The newest revision in versions/. Kept here so that opening an up-to-date file
# needs no Alembic import; tests/test_db.py checks it against Alembic's own head.
HEAD_REVISION = "0001"
