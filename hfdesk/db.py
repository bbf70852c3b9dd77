"""Opening the one SQLite file hfdesk keeps everything in, or a shared database on a server.

A ``postgresql://`` URL instead of a file name opens a shared database on a PostgreSQL server
(`open_database` hands it to `open_shared_database`; the engine, its transactions, passwords
and the server's errors are described in `hfdesk.pgdb`). Everything below about the file
(journal, PRAGMAs, the checks, backups before an upgrade) is SQLite's; on a server the same
migrations run on open, from the same history, and the server keeps its own data safe.

Connection settings, chosen for "a laptop may lose power mid-meeting":

* ``journal_mode=DELETE`` (a rollback journal), not WAL. The SQLite that ships with
  Python 3.11 here is 3.40.1, inside the range of SQLite's WAL-reset bug (3.7.0 to
  3.51.2, fixed in 3.51.3, backported to 3.44.6 and 3.50.7; sqlite.org/wal.html): in
  WAL mode, two connections writing or checkpointing at the same instant can lose
  committed pages. hfdesk has two connections to the file whenever a backup runs
  (the app's and the backup's), so WAL would put every backup at that risk, and the
  Python we ship cannot be given a fixed SQLite. A rollback journal has no WAL index to
  race on; it also works on the network and cloud-synced folders municipal laptops are
  full of (WAL does not) and leaves no ``-wal``/``-shm`` files for OneDrive to copy
  half-written. What WAL would buy, readers not blocking the writer, a single user does
  not need. If WAL is ever chosen, gate it on ``sqlite3.sqlite_version_info`` being a
  fixed release.
* One writer at a time: every write transaction starts with ``BEGIN IMMEDIATE``, so a
  writer takes the file's write lock before it reads and waits for it (``busy_timeout``)
  instead of failing half-way with SQLITE_BUSY; the backup connection only reads. Keeping
  a second hfdesk off the same file is the UI's job (a per-user lock), so the app's
  sessions are the only writer.
* ``synchronous=EXTRA``: every commit is synced to disk, journal and directory
  included, before it is reported done, so a power cut loses nothing that was
  acknowledged. The cost (a few fsyncs per commit) is invisible at the rate a
  secretary types; text is saved shortly after the typing stops, not per keystroke.
* ``foreign_keys=ON`` on every connection: the schema's constraints are real.
* ``busy_timeout=5000``.
* The collation ``NORWEGIAN`` (`hfdesk.sorting`): ``ORDER BY name COLLATE NORWEGIAN`` sorts
  names as a Norwegian list does (æ, ø, å after z, aa as å), with the same key as the
  services and the screens.
* Statement parameters are kept out of error messages (``hide_parameters``): an
  error that reaches the log must not carry the names and addresses being saved.

A crash (or ``kill -9``) mid-transaction leaves a hot journal beside the file; the next
connection rolls it back before it reads, so the file opens at its last commit with no
manual step. ``benchmarks/crash_harness.py`` kills a writer hundreds of times to show it.

A file is checked read-only before anything is written (`hfdesk.dbcheck`): not a database,
damaged (its header and schema; ``PRAGMA quick_check``, which grows with the file), not an
hfdesk database, or written by a newer hfdesk are refused and the file is left byte-for-byte
untouched; for a damaged file the UI offers `newest_good_backup`. The app skips
``quick_check`` at open for a file it closed cleanly and nothing changed since
(``check="if_unclean"``) and runs it in the background instead. A file in a folder the user cannot write is
refused with ReadOnlyLocation and may be opened with ``read_only=True`` instead.
Migrations (Alembic, shipped in the package) run on open, after a checked backup of the
file is taken (`hfdesk.backup`).
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from .dbcheck import (
    BUSY_TIMEOUT_MS,
    Inspection,
    change_counter,
    closed_cleanly,
    inspect_file,
    note_closed_cleanly,
    note_opened,
)
from .errors import (
    DISK_FULL,
    CannotWrite,
    DamagedDatabase,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    FileExists,
    NotADatabase,
    ReadOnlyLocation,
    describe,
)
from .errors import HfdeskError
from .fileio import guard_database, release_database
from .messages import Text
from .migrations import HEAD_REVISION
from .paths import location_warning
from .pgdb import is_url
from .sorting import register_collation

_T = TypeVar("_T")

__all__ = [
    "Database",
    "BUSY_TIMEOUT_MS",
    "Inspection",
    "create_private_file",
    "inspect_file",
    "location_warning",
    "newest_good_backup",
    "open_database",
    "open_shared_database",
]

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a file is not at HEAD_REVISION (a new file, an
# upgrade, or one to refuse): opening an up-to-date file does not pay for it.

_BEFORE_IDS = ("0001", "0002")  # revisions whose files (and backups) carry no database id


def configure_models() -> None:
    """Set up the ORM's mappers now (about 50 ms, once per process; `models.tables` says why
    the window does it when idle after its first paint). Done already: nothing. Any ORM
    statement before it does the same itself."""
    from sqlalchemy.orm import configure_mappers

    from . import models  # noqa: F401 - every mapper defined

    configure_mappers()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "hfdesk:migrations")
    return cfg


def head_revision() -> str:
    """The newest migration, as Alembic's scripts say (HEAD_REVISION must agree; a test checks)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _configure_engine(engine: sa.Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (the pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        register_collation(dbapi_connection)
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA synchronous=EXTRA")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        if conn.get_execution_options().get("hfdesk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (the journal inherits the mode).

    Fails with a known error if anything is already there or the folder cannot be written.
    """
    if not path.parent.is_dir():
        raise DatabaseMissing("database.folder_missing", parent=path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError as exc:
        raise FileExists("file.exists", name=path.name) from exc
    except OSError as exc:
        raise DatabaseReadOnly(
            "database.cannot_create", name=path.name, parent=path.parent,
            reason=exc.strerror or Text("database.folder_read_only"),
        ) from exc
    os.close(fd)


def unreadable_content(exc: BaseException, path: Path) -> DamagedDatabase | None:
    """The known error for `exc` when it comes from the file's content rather than from hfdesk:
    a table or column the schema check did not expect to miss, or a stored value (a date) that
    cannot be read back. None for anything else (a bug of ours)."""
    if isinstance(exc, sa.exc.OperationalError) and any(
        text in str(exc.orig) for text in ("no such table", "no such column", "malformed", "not a database")
    ):
        return DamagedDatabase("database.parts_missing", name=path.name)
    if isinstance(exc, (ValueError, TypeError, OverflowError)):
        tb = exc.__traceback__
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename.replace("\\", "/")
            if "/sqlalchemy/engine/" in filename or "/sqlalchemy/orm/loading" in filename:
                return DamagedDatabase("database.unreadable_values", name=path.name)
            tb = tb.tb_next
    return None


def newest_good_backup(db_path: Path | str) -> Path | None:
    """The newest backup of `db_path` (in ``backups/`` beside it) that passes integrity_check
    and this hfdesk can open: what the UI offers when the file is damaged. None if none."""
    from .backup import newest_good_backup as newest

    return newest(db_path)


_ROWS_BEFORE = "hfdesk_rows_changed_before"


def _rows_changed(connection: sa.Connection) -> int:
    """The rows this SQLite connection has changed since it was opened (sqlite3's
    ``total_changes``); the difference over a transaction tells whether it wrote."""
    return int(getattr(connection.connection.driver_connection, "total_changes", 0))


def _note_rows_changed_before(session: Session, _transaction: object, connection: sa.Connection) -> None:
    """after_begin of a file's write session: where the connection's count of changed rows
    stood (a transaction that never begins wrote nothing, and is not begun for this)."""
    session.info[_ROWS_BEFORE] = (connection, _rows_changed(connection))


def _one_writer_at_a_time(_session: Session, _transaction: object, connection: sa.Connection) -> None:
    """after_begin of a shared database's write session: wait for the writers' turn before the
    first read (`hfdesk.pgdb`: the snapshot is taken after the writer before committed)."""
    from .pgdb import WRITER_LOCK, WRITER_WAIT_S

    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(WRITER_WAIT_S * 1000)}ms'")
    connection.exec_driver_sql(WRITER_LOCK)


class Database:
    """An open hfdesk database: an engine and short sessions, one per user action.

    A file (`path`, ``kind`` "sqlite") or a shared database on a server (``path`` None,
    `url` its address without a password, ``kind`` "postgresql", `is_shared`)."""

    def __init__(
        self, path: Path | None, engine: sa.Engine, *, read_only: bool = False, url: sa.engine.URL | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.kind: Literal["sqlite", "postgresql"] = "sqlite" if url is None else "postgresql"
        #: The server database's address as shown and kept (no password); None for a file.
        self.url: str | None = None
        self._server_url = url
        self._guarded = path is not None
        if path is not None:
            guard_database(path)  # no document is written over it while it is open
        self.read_only = read_only  # opened for reading only (no backups, no writes)
        self.checked_fully = True  # False: opened on the quick check only (`hfdesk.dbcheck`)
        self.damaged = False  # a later check found it damaged: its close is not a clean one
        # outside_changes: the file's change counter as last accounted for, and how many times it
        # moved by someone else's commit
        self._counter_lock = threading.Lock()
        self._observed: int | None = None
        self._outside = 0
        if url is None:
            self._read = sessionmaker(engine, expire_on_commit=False)
            self._write = sessionmaker(engine.execution_options(hfdesk_write=True), expire_on_commit=False)
            event.listen(self._write, "after_begin", _note_rows_changed_before)
        else:
            from .pgdb import display_url

            self.url = display_url(url)
            # hfdesk.pgdb says why: one snapshot per read session, serializable writes.
            self._read = sessionmaker(
                engine.execution_options(isolation_level="REPEATABLE READ"), expire_on_commit=False
            )
            self._write = sessionmaker(
                engine.execution_options(isolation_level="SERIALIZABLE"), expire_on_commit=False
            )
            event.listen(self._write, "after_begin", _one_writer_at_a_time)

    @property
    def is_shared(self) -> bool:
        """A shared database on a server (PostgreSQL), not a file of one's own."""
        return self.kind == "postgresql"

    @property
    def location(self) -> str:
        """What ``hfdesk --db`` takes for this database: the file's path, or the server
        database's URL (without a password)."""
        return str(self.path) if self.path is not None else str(self.url)

    @property
    def label(self) -> str:
        """What to call the database in titles and messages: the file's name, or
        "database @ server" for a shared one."""
        if self._server_url is not None:
            from .pgdb import server_label

            return server_label(self._server_url)
        assert self.path is not None
        return self.path.name

    def _server_error(self, exc: BaseException) -> HfdeskError | None:
        if self._server_url is None:
            return None
        from .pgdb import known_error

        return known_error(exc, self._server_url, connecting=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; nothing it does is committed."""
        try:
            with self._read() as session:
                yield session
        except sa.exc.DBAPIError as exc:
            known = self._server_error(exc)
            if known is not None:
                raise known from exc
            raise

    def outside_changes(self) -> int | None:
        """How many times the file was found changed by someone else since it was opened (another
        hfdesk on the same file, the command line): a screen read before and shown again reads again
        when this grew. One read of the file's header, whatever its size: the file's change counter,
        less the commits of this Database's own transactions. None for a shared database, where a
        screen compares the tables it shows instead (`services.versions.fingerprint`)."""
        if self.path is None:
            return None
        with self._counter_lock:
            self._account(change_counter(self.path), own_write=False)
            return self._outside

    def change_stamp(self) -> int | None:
        """A number that changes whenever anything is committed to the file, by this app or by
        someone else (SQLite's file change counter: one read of the header, whatever the file's
        size). A screen may keep what it read while this stays the same. None for a shared
        database."""
        return change_counter(self.path) if self.path is not None else None

    def _account(self, counter: int | None, *, own_write: bool) -> None:
        """Move the observed change counter to `counter`; a step that is not exactly one own
        committed write is someone else's (never the other way round: at worst a screen reads
        once more than it needed to)."""
        if counter is None:
            return
        if self._observed is None:  # the first look: what is there now is what screens read
            self._observed = counter
            return
        if counter == self._observed:
            return
        if not (own_write and counter == (self._observed + 1) % 2**32):
            self._outside += 1
        self._observed = counter

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error. A full
        disk (SQLite's "database or disk is full", often at COMMIT) is the known error for it; on
        a server, a colleague's transaction at the same moment (`hfdesk.pgdb.ServerConflict`) or
        a lost connection (`hfdesk.pgdb.ServerGone`)."""
        if self.path is None:
            with self._transaction() as session:
                yield session
            return
        self.outside_changes()  # what others committed before this transaction is theirs
        with self._transaction() as session:
            yield session
            began = session.info.get(_ROWS_BEFORE)
            wrote = began is not None and _rows_changed(began[0]) != began[1]
        with self._counter_lock:
            self._account(change_counter(self.path), own_write=wrote)

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        try:
            with self._write.begin() as session:
                yield session
        except sa.exc.DBAPIError as exc:
            known = self._server_error(exc)
            if known is not None:
                raise known from exc
            if isinstance(exc, sa.exc.OperationalError) and describe(exc).code == DISK_FULL:
                raise CannotWrite(DISK_FULL) from exc
            raise

    def write(self, work: Callable[[Session], _T], *, attempts: int = 8) -> _T:
        """Run `work` in one write transaction (`transaction`) and return what it returns.

        On a server hfdesk's writers take turns (`hfdesk.pgdb`), so the server aborts a transaction
        for a colleague's at the same moment (``database.server_conflict``: nothing of it was kept)
        only when the colleague's did not take the turn (another program, an older hfdesk). Such a
        transaction is run again from the start, up to `attempts` times in all: a secretary should
        be told of a conflict only when a colleague changed the same thing, and the run again then
        finds it (the row's version moved on: ChangedByColleague). The pause before each new run
        grows (at random up to 20, 40, 80 … ms, at most half a second). A file has one writer and
        never needs this."""
        for attempt in range(1, attempts + 1):
            try:
                with self.transaction() as session:
                    return work(session)
            except HfdeskError as exc:
                if exc.code != "database.server_conflict" or attempt == attempts:
                    raise
                time.sleep(random.uniform(0.005, min(0.5, 0.01 * 2**attempt)))  # the colleague's ends first
        raise AssertionError("unreachable")

    def rehearsal(self) -> Database:
        """This database with every write transaction rolled back at its end instead of
        committed: a dry run on a shared database (a file's dry run works on a scratch copy)."""
        return cast(Database, _Rehearsal(self))

    def close(self) -> None:
        self.engine.dispose()
        if self._guarded and self.path is not None:
            self._guarded = False
            release_database(self.path)
            if not self.read_only and not self.damaged:
                note_closed_cleanly(self.path)  # the next start may skip the full check


class _Rehearsal:
    """`Database.rehearsal`: the database's sessions, its transactions never committed."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def __getattr__(self, name: str) -> object:
        return getattr(self._database, name)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        database = self._database
        session = database._write()
        try:
            session.begin()
            yield session
            session.flush()  # what a commit would check, then nothing kept
        except sa.exc.DBAPIError as exc:
            known = database._server_error(exc)
            if known is not None:
                raise known from exc
            raise
        finally:
            session.rollback()
            session.close()


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    read_only: bool = False,
    inspection: Inspection | None = None,
    check: Literal["always", "if_unclean"] = "always",
    password: str | None = None,
) -> Database:
    """Open (and create or upgrade) an hfdesk database.

    `path` may be a ``postgresql://`` URL: a shared database on a server
    (`open_shared_database`; `password` is for that session only).

    Raises DatabaseMissing when the file does not exist and `create` is false;
    NotADatabase for a file that is no hfdesk database, DamagedDatabase (a subclass) for
    one that fails ``quick_check`` (offer `newest_good_backup`), NewerDatabase for one
    from a newer hfdesk, each leaving the file untouched; ReadOnlyLocation when the file
    or its folder cannot be written. `read_only` opens such a file (or any) for reading:
    nothing is ever written, and a file that would need upgrading is refused.
    `location_warning(path)` says whether the folder is a risky one (network, cloud sync).
    `inspection`: the check of this file, already started (`Inspection`), used instead of
    inspecting it again. `check`: "always" runs ``quick_check`` on every open; "if_unclean"
    (the app) only when the file was not closed cleanly by hfdesk or changed since
    (`hfdesk.dbcheck.closed_cleanly`) or must be upgraded; the database then says
    `checked_fully` = False and the caller checks it later (`hfdesk.dbcheck.check_fully`).
    """
    if read_only:
        create = False
    if isinstance(path, str) and is_url(path):
        return open_shared_database(path, read_only=read_only, password=password)
    path = Path(path)
    if path.is_dir():
        raise NotADatabase("database.is_folder", path=path)
    if inspection is not None:
        inspection.wait()  # never two readers of the file at once
        if inspection.path != path or inspection.empty_is_new != create or not inspection.still_current():
            inspection = None  # it checked another file, by other rules, or the file changed since
    full = check == "always" or not closed_cleanly(path)
    if inspection is not None and full and not inspection.full:
        inspection = None  # it skipped the full check this file needs
    if path.exists():
        if inspection is not None:
            revision, full = inspection.result(), inspection.full
        else:
            revision = inspect_file(path, empty_is_new=create, verify=full)
        if not full and revision not in (None, HEAD_REVISION):
            revision, full = inspect_file(path, empty_is_new=create), True  # checked fully before an upgrade
        if read_only:
            if revision != HEAD_REVISION:
                raise DatabaseReadOnly("database.older", name=path.name)
        elif not _writable(path):
            raise ReadOnlyLocation("database.read_only_location", name=path.name)
    else:
        if not create:
            raise DatabaseMissing("database.missing", path=path)
        create_private_file(path)
        revision = None

    head = HEAD_REVISION
    if revision is not None and revision != head:
        from .backup import REASON_UPGRADE, make_backup

        make_backup(path, reason=f"{REASON_UPGRADE} {revision}", force=True)

    engine = sa.create_engine(
        # URL.create, not an f-string: '%', '?' and '#' are ordinary characters in a file name.
        sa.engine.URL.create("sqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # no names or addresses in error messages and logs
    )
    _configure_engine(engine, read_only=read_only)
    try:
        if revision != head:
            _upgrade(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc):
            raise DatabaseLocked("database.in_use", name=path.name) from exc
        raise
    if revision in _BEFORE_IDS:
        from .backup import adopt_earlier_backups

        adopt_earlier_backups(path)  # the file has its id now: its stem-named backups get its name
    database = Database(path, engine, read_only=read_only)
    database.checked_fully = full or revision is None
    if not read_only:
        note_opened(path)  # open for writing: not closed cleanly until `close`
    return database


def open_shared_database(url: str, *, read_only: bool = False, password: str | None = None) -> Database:
    """Open (and create or upgrade) the hfdesk database at a ``postgresql://`` URL.

    The database itself must exist (the server's administrator makes it, with a role per
    secretary: README); an empty one gets hfdesk's tables, one at an older revision is
    upgraded, one from a newer hfdesk or with tables of something else is refused untouched.
    Every failure to reach or use the server is a known error (`hfdesk.pgdb.SharedDatabaseError`).
    `password`: used for this connection only, never kept (libpq reads the password file).
    """
    from .pgdb import SharedDatabaseError, create_engine, known_error, parse_url

    parsed = parse_url(url, password=password)
    engine = create_engine(parsed)
    try:
        with engine.connect() as connection:
            from alembic.runtime.migration import MigrationContext

            revision = MigrationContext.configure(connection).get_current_revision()
            tables = sa.inspect(connection).get_table_names() if revision is None else []
            connection.rollback()
        if revision is None and tables:
            raise SharedDatabaseError("database.server_not_hfdesk", database=parsed.database)
        if revision is not None and revision != HEAD_REVISION and revision not in _known_revisions():
            raise SharedDatabaseError("database.server_newer", database=parsed.database)
        if revision != HEAD_REVISION:
            if read_only:
                raise DatabaseReadOnly("database.older", name=parsed.database)
            _upgrade(engine)
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        known = known_error(exc, parsed, connecting=True)
        if known is not None:
            raise known from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    database = Database(None, engine, read_only=read_only, url=parsed)
    database.checked_fully = True  # the server checks its own pages
    return database


def _upgrade(engine: sa.Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            _as_the_databases_owner(connection)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.commit()


def _as_the_databases_owner(connection: sa.Connection) -> None:
    """On a server, before the migrations: one upgrade at a time, made as the database's owner.

    Two secretaries starting a new hfdesk at the same moment would both upgrade: a transaction-
    scoped advisory lock makes the second wait, and Alembic then finds the first one's work done.
    The tables belong to whoever makes them; made by the first secretary to connect, the others
    could not use them. A secretary who is a member of the role owning the database (README: one
    login role per secretary, all in the owning role) makes them as that role (``SET LOCAL ROLE``,
    for this transaction only), so the tables belong to the owner and every member can work in
    them, and the history still names each secretary by their own role."""
    connection.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext('hfdesk: schema upgrade'))"))
    owner = connection.execute(
        sa.text(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database() "
            "AND pg_get_userbyid(datdba) <> current_user AND pg_has_role(current_user, datdba, 'MEMBER')"
        )
    ).scalar()
    if owner:
        connection.execute(sa.text(f"SET LOCAL ROLE {connection.dialect.identifier_preparer.quote(owner)}"))


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
