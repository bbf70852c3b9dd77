"""Extract the interface texts and rebuild the compiled catalogue.

    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --release  # only lrelease (after editing the .ts)

1. `pyside6-lupdate` scans every .py file under hfdesk/ui/ for self.tr(),
   QCoreApplication.translate() and QT_TRANSLATE_NOOP() and merges the texts into
   resources/translations/hfdesk_nb.ts (translations already made are kept;
   texts no longer in the source are dropped).
2. Translate the new, unfinished texts, e.g. in Qt Linguist:
   `pyside6-linguist resources/translations/hfdesk_nb.ts`.
   Or write them as JSON and merge them in with `--fill FILE.json` (repeatable):
   {"Context": {"English source": "bokmål", "%n item(s)": ["%n sak", "%n saker"]}}
   Only unfinished texts are filled; a text already translated is left as it is.
3. `pyside6-lrelease` compiles the .ts into hfdesk_nb.qm, which is committed and
   shipped. tests/test_translations.py fails while anything is untranslated or
   the .qm is older than the .ts.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
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


def fill(ts_file: Path, sources: list[Path]) -> list[str]:
    """Fill unfinished translations from JSON files; returns the texts still unfinished."""
    known: dict[tuple[str, str], str | list[str]] = {}
    for source in sources:
        for context, texts in json.loads(source.read_text(encoding="utf-8")).items():
            for text, translation in texts.items():
                known[(context, text)] = translation
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = message.findtext("source") or ""
            value = known.get((name, text))
            if value is None:
                missing.append(f"{name}: {text}")
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    parser.add_argument(
        "--fill", type=Path, action="append", default=[], metavar="JSON", help="translations to merge in"
    )
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang, qt_language in LANGUAGES.items():
        ts_file = TRANSLATIONS / f"hfdesk_{lang}.ts"
        if not args.release:
            lupdate(ts_file, qt_language)
            print(f"updated {ts_file.relative_to(ROOT)}")
        if args.fill:
            missing = fill(ts_file, args.fill)
            # lupdate once more so the file keeps Qt's own layout.
            lupdate(ts_file, qt_language)
            for text in missing:
                print(f"untranslated: {text}")
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"compiled {ts_file.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
