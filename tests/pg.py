"""A throw-away PostgreSQL cluster for the tests (issue 22, point 6).

`Cluster.start(binaries)` runs ``initdb`` in a new temporary folder and starts the server on a
free port on 127.0.0.1 only (no TCP on any other address; the Unix socket in the same
folder), with ``trust`` authentication for loopback: the cluster lives as long as the test
session and holds nothing but test data. ``initdb`` refuses to run as root, so when the tests
run as root (CI containers) the folder is handed to the unprivileged ``nobody`` and every
server command runs as that user (``setpriv``). `stop` stops it at once (``-m immediate``)
and its folder is removed.

`find_binaries()` looks for ``initdb`` and ``pg_ctl`` on PATH, then in Debian's
``/usr/lib/postgresql/*/bin`` (newest first); without them the PostgreSQL tests skip with
that reason, as the LibreOffice tests do without ``soffice``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "hfdesk_test"
PASSWORD_ROLE = "hfdesk_pw"  # the one role that logs in with a password


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None where PostgreSQL is not installed."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent if (Path(initdb).resolve().parent / "pg_ctl").exists() else Path(initdb).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
        reverse=True,
    )
    for candidate in versions:
        folder = Path(candidate).parent
        if (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    bin: Path
    port: int
    run_as: str | None  # the unprivileged user the server runs as (when we are root)

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql://{auth}@{self.host}:{self.port}/{database}"

    def _command(self, *args: str) -> list[str]:
        if self.run_as is None:
            return list(args)
        entry = pwd.getpwnam(self.run_as)
        return ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups", *args]

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        return subprocess.run(
            self._command(*args), capture_output=True, text=True, timeout=timeout, check=False, env=env,
            cwd=self.folder,
        )

    @classmethod
    def start(cls, binaries: Path) -> Cluster:
        """A new cluster in a new folder of the system's temporary folder (not pytest's: that
        one is private to root, and the server runs as nobody when we are root)."""
        folder = Path(tempfile.mkdtemp(prefix="hfdesk-pg-"))
        run_as = "nobody" if os.geteuid() == 0 else None
        cluster = cls(folder=folder, bin=binaries, port=_free_port(), run_as=run_as)
        data = folder / "data"
        sockets = folder / "sockets"
        sockets.mkdir()
        if run_as is not None:
            entry = pwd.getpwnam(run_as)
            for path in (folder, sockets):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        done = cluster._run(
            str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {cluster.port}\n"
                f"unix_socket_directories = '{sockets}'\nfsync = off\nsynchronous_commit = off\n"
                "full_page_writes = off\nmax_connections = 100\nshared_buffers = 32MB\n"
            )
        # loopback only, no password (a throw-away cluster for one test session), except the
        # role PASSWORD_ROLE, which must give its password (the tests of pgpass and wrong passwords)
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n",
            encoding="utf-8",
        )
        done = cluster._run(
            str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "60", "start"
        )
        if done.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log}")
        return cluster

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as con:
            for statement in statements:
                con.execute(statement)
