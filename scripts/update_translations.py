"""Extract the interface texts and rebuild the compiled catalogue.

    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --release  # only lrelease (after editing the .ts)

1. `pyside6-lupdate` scans every .py file under hfdesk/ui/ for self.tr(),
   QCoreApplication.translate() and QT_TRANSLATE_NOOP() and merges the texts into
   resources/translations/hfdesk_nb.ts (translations already made are kept;
   texts no longer in the source are dropped).
2. Translate the new, unfinished texts, e.g. in Qt Linguist:
   `pyside6-linguist resources/translations/hfdesk_nb.ts`.
3. `pyside6-lrelease` compiles the .ts into hfdesk_nb.qm, which is committed and
   shipped. tests/test_translations.py fails while anything is untranslated or
   the .qm is older than the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "hfdesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"nb": "nb_NO"}


def tool(name: str) -> str:
    """The PySide6 tool beside the running Python (a venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 (pip install PySide6-Essentials)")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(
    ts_file: Path, language: str, *, locations: str = "relative", extra: list[str] | None = None
) -> None:
    """Merge the texts of the current source into `ts_file` (created when missing)."""
    files = [str(p) for p in source_files()]
    cmd = [
        tool("pyside6-lupdate"),
        *files,
        "-source-language",
        "en",
        "-target-language",
        language,
        "-locations",
        locations,
        "-no-obsolete",
        "-silent",
        *(extra or []),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(cmd, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang, qt_language in LANGUAGES.items():
        ts_file = TRANSLATIONS / f"hfdesk_{lang}.ts"
        if not args.release:
            lupdate(ts_file, qt_language)
            print(f"updated {ts_file.relative_to(ROOT)}")
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"compiled {ts_file.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
