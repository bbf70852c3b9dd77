"""Build the one-folder hfdesk bundle with PyInstaller and smoke-test what was built.

Run from anywhere, with the Python of a venv that has `pip install -e ".[package]"`:

    python packaging/build.py                 # build into build/ and dist/, then smoke-test
    python packaging/build.py --no-build      # smoke-test the dist/hfdesk already there
    python packaging/build.py --installer     # Windows: also run Inno Setup (iscc) afterwards

The smoke test runs the *built* programs (never the source tree), from a temporary folder,
with HFDESK_DATA_DIR pointing into it and QT_QPA_PLATFORM=offscreen:

  * hfdesk-cli --version, demo, bodies/meetings/check --json, export roster/notice/ics, and
    export minutes once that subcommand exists (HFDESK_REQUIRE_MINUTES=1 makes its absence
    a failure), each file read back (openpyxl, python-docx) where the build Python has them;
  * a missing file gives exit 2 and one line, no traceback;
  * the GUI (hfdesk) opens the demo database, and a database at the first schema revision,
    which it must upgrade (Alembic run frozen, with a backup written) without an error.

Once the app honours HFDESK_SMOKE_TEST (see packaging/README.md), a GUI run passes when the
program reports its window shown and quits by itself with exit 0. Until then it passes when the
program is still running after --gui-seconds with no traceback on stderr and no ERROR in
hfdesk's log.

Exit status 0 when the build and every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "hfdesk.spec"
ISS = ROOT / "packaging" / "hfdesk.iss"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "hfdesk"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
GUI_HOOK_TIMEOUT = 60.0  # seconds a GUI run with the smoke-test hook may take to report
MONTHS_NB = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def app_has_smoke_hook() -> bool:
    """Whether the app (this source tree, which the bundle is built from) honours HFDESK_SMOKE_TEST."""
    return any("HFDESK_SMOKE_TEST" in f.read_text(encoding="utf-8") for f in (ROOT / "hfdesk").rglob("*.py"))


def package_version() -> str:
    text = (ROOT / "hfdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


class SmokeFailure(Exception):
    pass


class Runner:
    """Runs the checks one after another, keeps going after a failure, and reports."""

    def __init__(self) -> None:
        self.results: list[tuple[str, str, float, str]] = []

    def check(self, name: str, func: Callable[[], str | None]) -> bool:
        start = time.monotonic()
        try:
            note = func() or ""
            status = "SKIP" if note.startswith("skipped") else "ok"
        except SmokeFailure as exc:
            status, note = "FAIL", str(exc)
        except Exception as exc:  # noqa: BLE001 - a check that crashes is a failed check
            status, note = "FAIL", f"{type(exc).__name__}: {exc}"
        seconds = time.monotonic() - start
        self.results.append((name, status, seconds, note))
        print(f"[{status:>4}] {name} ({seconds:.1f} s){': ' + note if note else ''}", flush=True)
        return status != "FAIL"

    @property
    def failed(self) -> list[str]:
        return [name for name, status, _, _ in self.results if status == "FAIL"]


# --- building -----------------------------------------------------------------------------------


def build() -> float:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD),
        str(SPEC),
    ]
    print("$", " ".join(command), flush=True)
    start = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    return time.monotonic() - start


def bundle_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of the folder, symlinks counted once (as links)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            total += path.lstat().st_size
            count += 1
    return total, count


def run_inno_setup(version: str) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        for base in (
            os.environ.get("LOCALAPPDATA", ""),
            os.environ.get("ProgramFiles(x86)", ""),
            os.environ.get("ProgramFiles", ""),
        ):
            for sub in ("Programs/Inno Setup 6/ISCC.exe", "Inno Setup 6/ISCC.exe"):
                candidate = Path(base) / sub
                if base and candidate.is_file():
                    iscc = str(candidate)
    if iscc is None:
        raise SystemExit("iscc (Inno Setup 6) was not found: install it or put ISCC.exe on PATH")
    command = [iscc, f"/DAppVersion={version}", str(ISS)]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


# --- smoke test ---------------------------------------------------------------------------------


class Smoke:
    def __init__(self, bundle: Path, work: Path, gui_seconds: float) -> None:
        self.bundle = bundle
        self.work = work
        self.data = work / "data"
        self.data.mkdir()
        self.gui_seconds = gui_seconds
        self.cli = bundle / f"hfdesk-cli{EXE_SUFFIX}"
        self.gui = bundle / f"hfdesk{EXE_SUFFIX}"
        self.demo = work / "demo.sqlite"
        self.meeting_id: int | None = None
        # The frozen programs must not lean on the build machine's Python.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        self.env.update(HFDESK_DATA_DIR=str(self.data), QT_QPA_PLATFORM="offscreen")

    def run(self, *args: str, exe: Path | None = None, expect: int = 0, timeout: float = 120):
        result = subprocess.run(
            [str(exe or self.cli), *args],
            check=False,
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        if "Traceback" in result.stderr or "Traceback" in result.stdout:
            raise SmokeFailure(f"traceback from {' '.join(args)}:\n{result.stderr or result.stdout}")
        if result.returncode != expect:
            raise SmokeFailure(
                f"`{Path(exe or self.cli).name} {' '.join(args)}` exited {result.returncode}, "
                f"expected {expect}: {(result.stderr or result.stdout).strip()[:500]}"
            )
        return result

    def log_errors(self, data: Path) -> str:
        found = []
        for log in data.rglob("hfdesk-feil.log*"):
            text = log.read_text(encoding="utf-8", errors="replace")
            if " ERROR " in text or "Traceback" in text:
                found.append(f"{log.name}:\n{text[-2000:]}")
        return "\n".join(found)

    # each check returns a short note, raises SmokeFailure, or returns "skipped: why"

    def layout(self) -> str:
        internal = self.bundle / "_internal"
        expected = [
            self.cli,
            self.gui,
            internal / "hfdesk" / "resources" / "templates" / "hfdesk.docx",
            internal / "hfdesk" / "resources" / "translations" / "hfdesk_nb.qm",
            internal / "hfdesk" / "resources" / "icons" / "hfdesk.ico",
            internal / "hfdesk" / "migrations" / "env.py",
            internal / "hfdesk" / "migrations" / "script.py.mako",
            internal / "babel" / "locale-data" / "nb.dat",
            internal / "babel" / "locale-data" / "nn.dat",
            internal / "babel" / "locale-data" / "no.dat",
            internal / "babel" / "locale-data" / "root.dat",
        ]
        plugins = (
            internal / "PySide6" / "Qt" / "plugins" if os.name != "nt" else internal / "PySide6" / "plugins"
        )
        platform = (
            ["qwindows.dll", "qoffscreen.dll"] if os.name == "nt" else ["libqoffscreen.so", "libqxcb.so"]
        )
        expected += [plugins / "platforms" / name for name in platform]
        missing = [str(p.relative_to(self.bundle)) for p in expected if not p.exists()]
        source_versions = sorted(p.name for p in (ROOT / "hfdesk" / "migrations" / "versions").glob("0*.py"))
        bundled_versions = sorted(
            p.name for p in (internal / "hfdesk" / "migrations" / "versions").glob("0*.py")
        )
        if source_versions != bundled_versions:
            missing.append(f"migrations {sorted(set(source_versions) - set(bundled_versions))}")
        if missing:
            raise SmokeFailure("missing from the bundle: " + ", ".join(missing))
        locale_data = internal / "babel" / "locale-data"
        stray = [p.name for p in locale_data.glob("de*.dat")]
        if stray:
            raise SmokeFailure(f"Babel locale data was not trimmed (found {stray[:3]}…)")
        return f"{len(bundled_versions)} migrations, {len(list(locale_data.iterdir()))} Babel locale files"

    def windows_resources(self) -> str:
        """Windows: both executables carry the version resource (and so the spec ran its Windows part)."""
        if os.name != "nt":
            return "skipped: the version resource and icon exist on Windows only"
        from PyInstaller.utils.win32.versioninfo import read_version_info_from_executable

        version = package_version()
        for exe in (self.gui, self.cli):
            info = read_version_info_from_executable(str(exe))
            text = str(info) if info is not None else ""
            wanted = (f"StringStruct('ProductVersion', '{version}')", "StringStruct('ProductName', 'hfdesk')")
            for field in wanted:
                if field not in text:
                    raise SmokeFailure(f"{exe.name}: no {field} in its version resource")
        return f"ProductVersion {version} in {self.gui.name} and {self.cli.name}"

    def version(self) -> str:
        out = self.run("--version").stdout.strip()
        if out != f"hfdesk {package_version()}":
            raise SmokeFailure(f"--version printed {out!r}")
        return out

    def demo_database(self) -> str:
        out = self.run("demo", str(self.demo)).stdout.strip()
        if not self.demo.is_file():
            raise SmokeFailure("demo printed success but wrote no file")
        return out

    def listings(self) -> str:
        bodies = json.loads(self.run("bodies", "--db", str(self.demo), "--json").stdout)
        meetings = json.loads(self.run("meetings", "--db", str(self.demo), "--json").stdout)
        check = json.loads(self.run("check", "--db", str(self.demo), "--json").stdout)
        if not bodies or not meetings or len(check) != len(bodies):
            raise SmokeFailure(f"{len(bodies)} bodies, {len(meetings)} meetings, {len(check)} checks")
        if not all(re.search(r"[+-]0[12]:00$", m["starts_at"]) for m in meetings):
            raise SmokeFailure("a meeting time without the Norwegian UTC offset: zoneinfo data missing?")
        names = " ".join(b["name"] for b in bodies)
        if "\ufffd" in names or not re.search("[æøåÆØÅ]", names):
            raise SmokeFailure(f"the JSON is not UTF-8 with Norwegian letters: {names[:200]!r}")
        with_items = [m for m in meetings if m["item_count"] > 0]
        self.meeting_id = (with_items or meetings)[0]["id"]
        languages = sorted({b["language"] for b in bodies})
        return f"{len(bodies)} bodies ({'/'.join(languages)}), {len(meetings)} meetings"

    def export_roster(self) -> str:
        out = self.work / "roster.xlsx"
        self.run("export", "roster", "--db", str(self.demo), "--out", str(out))
        try:
            import openpyxl
        except ImportError:
            return f"{out.stat().st_size} bytes (openpyxl not here to read it back)"
        book = openpyxl.load_workbook(out, read_only=True)
        if len(book.sheetnames) < 2:
            raise SmokeFailure(f"roster has sheets {book.sheetnames}")
        return f"{len(book.sheetnames)} sheets"

    def _docx_text(self, path: Path) -> str | None:
        try:
            import docx
        except ImportError:
            return None
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)

    def export_notice(self) -> str:
        out = self.work / "notice.docx"
        self.run(
            "export", "notice", "--db", str(self.demo), "--meeting", str(self.meeting_id), "--out", str(out)
        )
        text = self._docx_text(out)
        if text is None:
            return f"{out.stat().st_size} bytes (python-docx not here to read it back)"
        if not any(month in text.lower() for month in MONTHS_NB):
            raise SmokeFailure("the notice has no Norwegian month name: Babel's locale data missing?")
        return f"meeting {self.meeting_id}, {len(text)} characters, Norwegian dates"

    def export_ics(self) -> str:
        out = self.work / "meeting.ics"
        self.run(
            "export", "ics", "--db", str(self.demo), "--meeting", str(self.meeting_id), "--out", str(out)
        )
        text = out.read_text(encoding="utf-8")
        if "BEGIN:VCALENDAR" not in text or "Europe/Oslo" not in text:
            raise SmokeFailure("not an iCalendar file with Europe/Oslo")
        return f"{len(text)} characters"

    def export_minutes(self) -> str:
        probe = subprocess.run(
            [str(self.cli), "export", "minutes", "--help"],
            check=False,
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=60,
        )
        if probe.returncode != 0:
            if os.environ.get("HFDESK_REQUIRE_MINUTES") == "1":
                raise SmokeFailure(
                    "`hfdesk export minutes` does not exist in this build (HFDESK_REQUIRE_MINUTES=1)"
                )
            return (
                "skipped: this build has no `export minutes` yet (set HFDESK_REQUIRE_MINUTES=1 to require it)"
            )
        out = self.work / "minutes.docx"
        self.run(
            "export", "minutes", "--db", str(self.demo), "--meeting", str(self.meeting_id), "--out", str(out)
        )
        text = self._docx_text(out)
        if text is None:
            return f"{out.stat().st_size} bytes (python-docx not here to read it back)"
        if not text.strip():
            raise SmokeFailure("the minutes are empty")
        return f"meeting {self.meeting_id}, {len(text)} characters"

    def bad_input(self) -> str:
        result = self.run("bodies", "--db", str(self.work / "missing.sqlite"), expect=2)
        lines = result.stderr.strip().splitlines()
        if len(lines) != 1:
            raise SmokeFailure(f"expected one line on stderr, got {lines}")
        return lines[0]

    def _old_database(self) -> Path | None:
        """A database at the first schema revision, written by the build machine's hfdesk."""
        try:
            from alembic import command

            sys.path.insert(0, str(ROOT))
            import sqlalchemy as sa

            from hfdesk.db import alembic_config
        except ImportError:
            return None
        path = self.work / "old.sqlite"
        engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
        with engine.connect() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "0001")
            connection.commit()
        engine.dispose()
        return path

    def _gui(self, database: Path) -> str:
        """Start the windowed program on `database` offscreen and judge how it went.

        With the app's smoke-test hook (HFDESK_SMOKE_TEST=REPORT: once the window is shown and
        the event loop runs, write "window shown: TITLE" to REPORT and quit with 0), the run
        must end that way within a minute. Without it, the program must still be running after
        --gui-seconds, with no traceback and nothing logged as an error.
        """
        report = self.work / f"gui-{database.stem}.txt"
        report.unlink(missing_ok=True)
        data = self.work / f"data-gui-{database.stem}"  # a log of its own, for this run alone
        env = dict(self.env, HFDESK_SMOKE_TEST=str(report), HFDESK_DATA_DIR=str(data))
        wait = GUI_HOOK_TIMEOUT if app_has_smoke_hook() else self.gui_seconds
        process = subprocess.Popen(
            [str(self.gui), "--db", str(database)],
            cwd=self.work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        try:
            stdout, stderr = process.communicate(timeout=wait)
            timed_out = False
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                stdout, stderr = process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                stdout, stderr = process.communicate()
            timed_out = True
        if "Traceback" in stderr or "Traceback" in stdout:
            raise SmokeFailure(f"traceback from the GUI:\n{stderr[-3000:]}")
        errors = self.log_errors(data)
        if errors:
            raise SmokeFailure(f"the GUI logged an error:\n{errors}")
        shown = report.read_text(encoding="utf-8").strip() if report.is_file() else ""
        if app_has_smoke_hook():
            if process.returncode == 0 and shown.startswith("window shown"):
                return f"{shown}; quit by itself (HFDESK_SMOKE_TEST)"
            why = f"still running after {wait:g} s" if timed_out else f"exited {process.returncode}"
            raise SmokeFailure(f"no window reported ({why}):\n{stderr[-3000:]}")
        if timed_out:
            return f"still running after {wait:g} s, no traceback, nothing logged"
        raise SmokeFailure(f"the GUI exited {process.returncode} within {wait:g} s:\n{stderr[-3000:]}")

    def gui_demo(self) -> str:
        return self._gui(self.demo)

    def gui_upgrade(self) -> str:
        old = self._old_database()
        if old is None:
            return "skipped: alembic/hfdesk not importable here to write a revision-0001 database"
        note = self._gui(old)
        self.run("bodies", "--db", str(old), "--json")  # read-only: works only at the newest revision
        backups = list((old.parent / "backups").glob("*"))
        if not backups:
            raise SmokeFailure("upgraded, but no backup was written to backups/")
        return f"0001 → head, {len(backups)} backup(s); {note}"


def smoke(bundle: Path, gui_seconds: float, runner: Runner) -> None:
    with tempfile.TemporaryDirectory(prefix="hfdesk-smoke-") as tmp:
        s = Smoke(bundle, Path(tmp), gui_seconds)
        runner.check("bundle layout", s.layout)
        runner.check("Windows version resource", s.windows_resources)
        runner.check("hfdesk-cli --version", s.version)
        if not runner.check("hfdesk-cli demo", s.demo_database):
            return
        if not runner.check("hfdesk-cli bodies/meetings/check --json", s.listings):
            return
        runner.check("hfdesk-cli export roster", s.export_roster)
        runner.check("hfdesk-cli export notice", s.export_notice)
        runner.check("hfdesk-cli export ics", s.export_ics)
        runner.check("hfdesk-cli export minutes", s.export_minutes)
        runner.check("hfdesk-cli bad input → exit 2", s.bad_input)
        runner.check("hfdesk (GUI) on the demo database", s.gui_demo)
        runner.check("hfdesk (GUI) upgrades a revision-0001 database", s.gui_upgrade)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="smoke-test the existing dist/hfdesk")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: run Inno Setup on packaging/hfdesk.iss"
    )
    parser.add_argument(
        "--gui-seconds", type=float, default=8.0, help="how long a GUI run must survive (default 8)"
    )
    args = parser.parse_args(argv)

    version = package_version()
    print(f"hfdesk {version}, Python {sys.version.split()[0]}, {sys.platform}", flush=True)
    runner = Runner()
    if not args.no_build:
        seconds = build()
        print(f"PyInstaller finished in {seconds:.0f} s", flush=True)
    if not (BUNDLE / f"hfdesk-cli{EXE_SUFFIX}").is_file():
        print(f"no bundle at {BUNDLE}", file=sys.stderr)
        return 1
    size, files = bundle_size(BUNDLE)
    print(f"dist/hfdesk: {size / 2**20:.0f} MiB in {files} files", flush=True)
    if not args.no_smoke:
        smoke(BUNDLE, args.gui_seconds, runner)
    if args.installer:
        if os.name != "nt":
            print("--installer: Inno Setup runs on Windows only; skipped", flush=True)
        else:
            run_inno_setup(version)
    if runner.failed:
        print(f"FAILED: {', '.join(runner.failed)}", file=sys.stderr)
        return 1
    print("all checks passed" if runner.results else "built", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
