"""Write hfdesk/migrations/schemas.json: the schema each migration revision makes.

    python scripts/make_schema_snapshot.py

Runs the migrations one revision at a time on an empty file and records `schema_of` after
each. Run it after adding or changing a migration (tests/test_schema_check.py says when).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def snapshots() -> dict[str, dict[str, object]]:
    import sqlalchemy as sa
    from alembic import command
    from alembic.script import ScriptDirectory

    from hfdesk.db import alembic_config
    from hfdesk.migrations.schema import schema_of

    cfg = alembic_config()
    revisions = [rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()][::-1]
    out: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "snapshot.sqlite"
        engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
        try:
            for revision in revisions:
                with engine.connect() as connection:
                    cfg.attributes["connection"] = connection
                    command.upgrade(cfg, revision)
                    connection.commit()
                con = sqlite3.connect(path)
                try:
                    out[revision] = schema_of(con)
                finally:
                    con.close()
        finally:
            engine.dispose()
    return out


def main() -> int:
    from hfdesk.migrations.schema import SNAPSHOT

    SNAPSHOT.write_text(json.dumps(snapshots(), indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
