"""A shared hfdesk database on a PostgreSQL server (issue 22): the URL, the engine, the errors.

`hfdesk.db.open_database` hands a ``postgresql://`` URL here; the `Database` it returns has
the same ``session()``/``transaction()`` API as a file's, with ``path`` None and ``url`` the
address without any password (`display_url`).

Transactions. A file has one writer at a time (``BEGIN IMMEDIATE``), and the services are
written for that: they read, decide and write (the next case number, "is this person
already a member") inside one transaction and rely on no one writing in between. On a
server several secretaries write at once, so every write transaction runs at
``SERIALIZABLE``: the server guarantees the outcome is that of some one-at-a-time order, the
same promise the file's single writer gives, without a row lock to remember in every
service. When two transactions would break that promise the server aborts one
(SQLSTATE 40001, or 40P01 for a deadlock) and nothing of it is kept; the block cannot be run
again from here (it is the caller's code), so it is reported as the known error
``database.server_conflict`` ("a colleague saved at the same moment: try again"), never a
traceback. READ COMMITTED with row locks was the alternative: cheaper under contention, but
every read-decide-write in the services would need its own ``FOR UPDATE``, and one forgotten
lock is a silent lost update; at a secretariat's rate of writes a rare retry costs nothing.
Writers also take turns, as on a file: every write transaction first takes one lock
(``LOCK TABLE database_identity IN SHARE ROW EXCLUSIVE MODE``, which conflicts with itself;
`WRITER_LOCK`) before its first read, so its snapshot is taken after the writer before it
committed. SERIALIZABLE alone aborted transactions that only touched rows *near* a
colleague's (its read locks cover index pages), and under load a save of a meeting nobody
else edits could be aborted again and again; with one writer at a time only a writer that
does not take the turn (another program on the database) can still collide. A writer waits
at most `WRITER_WAIT_S` seconds for its turn, then is told the database is busy
(``database.server_busy``; a secretariat's saves take milliseconds, an import seconds).
Read sessions run at ``REPEATABLE READ``, read only: one snapshot for the whole session, as a
file's read transaction gives (an export never mixes two states), and a read-only snapshot
is never aborted.

Passwords. None is ever kept in hfdesk's settings or shown: the URL is stored and shown
without it (`display_url`); libpq reads the PostgreSQL password file itself (``~/.pgpass``,
``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or ``PGPASSFILE``). A password given for one
session (the app asks when the server wants one and the file has none) lives only in the
engine for as long as the database is open.

What the server does instead of hfdesk: durability (its WAL), integrity checks, VACUUM
(a deleted person's details are overwritten when the server vacuums, not by SQLite's
``secure_delete``), and backups (``pg_dump``: `hfdesk.backup` refuses with that sentence).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .errors import DatabaseFileError, HfdeskError

if TYPE_CHECKING:  # SQLAlchemy is imported where a URL is parsed: `is_url` (the command line) stays light
    import sqlalchemy as sa

__all__ = [
    "SharedDatabaseError",
    "ServerConflict",
    "ServerGone",
    "create_engine",
    "describe_pg",
    "display_url",
    "is_url",
    "known_error",
    "parse_url",
]

_SCHEMES = re.compile(r"^(postgresql|postgres)(\+psycopg)?://", re.IGNORECASE)
CONNECT_TIMEOUT_S = 10


class SharedDatabaseError(DatabaseFileError):
    """A shared (PostgreSQL) database that cannot be reached or used: the server is down,
    the password is wrong, the database does not exist or the role may not use it."""


class ServerGone(SharedDatabaseError):
    """The connection to the server was lost in the middle of the work."""


class ServerConflict(HfdeskError):
    """The server aborted a transaction because a colleague's ran at the same time."""


def is_url(value: object) -> bool:
    """Whether `value` is a PostgreSQL URL rather than a file name."""
    return isinstance(value, str) and bool(_SCHEMES.match(value.strip()))


def parse_url(url: str, *, password: str | None = None) -> sa.engine.URL:
    """The SQLAlchemy URL (driver psycopg) for a ``postgresql://`` URL; `password` (for this
    session only) replaces any in the URL. SharedDatabaseError for a malformed one."""
    import sqlalchemy as sa

    text = url.strip()
    match = _SCHEMES.match(text)
    if match is None:
        raise SharedDatabaseError("database.server_bad_url", url=_strip_password(text))
    text = "postgresql+psycopg://" + text[match.end():]
    try:
        parsed = sa.engine.make_url(text)
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise SharedDatabaseError("database.server_bad_url", url=_strip_password(url)) from exc
    if not parsed.database:
        raise SharedDatabaseError("database.server_bad_url", url=display_url(parsed))
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed


def _strip_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", text)


def display_url(url: sa.engine.URL | str) -> str:
    """The URL as hfdesk keeps and shows it: ``postgresql://user@host:port/db?sslmode=…``,
    never with a password."""
    import sqlalchemy as sa

    if isinstance(url, str):
        url = parse_url(url)
    bare = sa.engine.URL.create(
        "postgresql", username=url.username, host=url.host, port=url.port, database=url.database, query=url.query
    )  # (URL.set ignores None: it cannot take a password away)
    return bare.render_as_string(hide_password=False)


def server_label(url: sa.engine.URL | str) -> str:
    """ "hfdesk @ db.kommune.no:5432": the database and its server, for titles."""
    if isinstance(url, str):
        url = parse_url(url)
    host = url.host or "localhost"
    return f"{url.database} @ {host}" + (f":{url.port}" if url.port else "")


def create_engine(url: sa.engine.URL) -> sa.Engine:
    import sqlalchemy as sa

    engine = sa.create_engine(
        url,
        hide_parameters=True,  # no names or addresses in error messages and logs
        pool_pre_ping=True,  # a connection the server dropped while idle is replaced, not used
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "hfdesk"},
    )
    sa.event.listen(engine, "connect", _on_connect)
    return engine


def _on_connect(dbapi_connection: object, _record: object) -> None:
    """Text goes to the server without NUL characters: PostgreSQL's text cannot hold one (a file
    can), and one only ever comes from a damaged or hostile file pasted or imported (a name
    read from a workbook), never from typing; it is dropped rather than refusing the whole save."""
    from psycopg.adapt import PyFormat

    text, binary = _nul_free_dumpers()
    adapters = dbapi_connection.adapters  # type: ignore[attr-defined]
    adapters.register_dumper(str, text)
    if adapters.get_dumper(str, PyFormat.BINARY) is not None:
        adapters.register_dumper(str, binary)


_DUMPERS: list[type] = []


def _nul_free_dumpers() -> tuple[type, type]:
    if not _DUMPERS:
        from psycopg.types.string import StrBinaryDumper, StrDumperUnknown

        class NulFreeText(StrDumperUnknown):
            def dump(self, obj: str) -> bytes:
                return super().dump(obj.replace("\x00", "") if "\x00" in obj else obj)  # type: ignore[return-value,no-any-return,unused-ignore]

        class NulFreeBinary(StrBinaryDumper):
            def dump(self, obj: str) -> bytes:
                return super().dump(obj.replace("\x00", "") if "\x00" in obj else obj)  # type: ignore[return-value,no-any-return,unused-ignore]

        _DUMPERS.extend([NulFreeText, NulFreeBinary])
    return _DUMPERS[0], _DUMPERS[1]


# --- the server's errors, as known errors ------------------------------------------------------

# SQLSTATE classes and codes (www.postgresql.org/docs/current/errcodes-appendix.html).
_CONFLICT_STATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_GONE_STATES = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_PERMISSION_STATES = {"42501"}
_BUSY_STATES = {"55P03"}  # lock_not_available: the writer's turn did not come within lock_timeout
#: What every write transaction runs first (`hfdesk.db.Database`): one writer at a time.
WRITER_WAIT_S = 30
WRITER_LOCK = "LOCK TABLE database_identity IN SHARE ROW EXCLUSIVE MODE"


def _psycopg_errors(exc: BaseException) -> list[BaseException]:
    from .errors import _causes

    return [e for e in _causes(exc) if type(e).__module__.startswith("psycopg")]


def known_error(exc: BaseException, url: sa.engine.URL, *, connecting: bool) -> HfdeskError | None:
    """The known error for what the server (or the network) raised, or None (a bug of ours).
    `connecting`: raised while opening the database (the server's address, the password, the
    database's name) rather than in the middle of the work."""
    server = url.host or "localhost"
    port = url.port or 5432
    params: Mapping[str, object] = {
        "server": f"{server}:{port}", "database": url.database or "", "user": url.username or "",
    }
    for error in _psycopg_errors(exc):
        state = getattr(error, "sqlstate", None)
        text = str(error).lower()
        if state in _CONFLICT_STATES:
            return ServerConflict("database.server_conflict")
        if state in _BUSY_STATES:
            return SharedDatabaseError("database.server_busy", seconds=WRITER_WAIT_S, **params)
        if state in _PERMISSION_STATES or "permission denied" in text:
            return SharedDatabaseError("database.server_no_permission", **params)
        if state == "3D000" or ("database" in text and "does not exist" in text):
            return SharedDatabaseError("database.server_no_database", **params)
        if state == "28P01" or "password authentication failed" in text:
            return SharedDatabaseError("database.server_password", **params)
        if "no password supplied" in text:
            return SharedDatabaseError("database.server_password_needed", **params)
        if state == "28000" or "no pg_hba.conf entry" in text or ("role" in text and "does not exist" in text):
            return SharedDatabaseError("database.server_refused", **params)
        if "ssl" in text and ("not support" in text or "required" in text or "certificate" in text):
            return SharedDatabaseError("database.server_tls", **params)
        if connecting and (
            "connection refused" in text or "could not translate host name" in text or "timeout" in text
            or "could not connect" in text or "connection failed" in text or "no route to host" in text
            or "name or service not known" in text
        ):
            return SharedDatabaseError("database.server_unreachable", **params)
        if state in _GONE_STATES or "server closed the connection" in text or "terminating connection" in text \
                or "consuming input failed" in text or "connection is closed" in text or "connection failed" in text \
                or "the connection is lost" in text or "connection refused" in text:
            return ServerGone("database.server_gone", **params)
    return None


def describe_pg(exc: BaseException) -> HfdeskError | None:
    """`known_error` without a URL at hand (errors.describe): the server's own words mapped."""
    import sqlalchemy as sa

    return known_error(exc, sa.engine.make_url("postgresql://"), connecting=False)
