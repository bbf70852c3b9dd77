"""Extract the interface texts and rebuild the compiled catalogues (bokmål, nynorsk, English).

    python scripts/update_translations.py                      # lupdate, fill, lrelease: all three
    python scripts/update_translations.py --fill new.json      # ... with more translations
    python scripts/update_translations.py --lang nn            # only the nynorsk catalogue
    python scripts/update_translations.py --release            # only lrelease (after editing a .ts)
    python scripts/update_translations.py --save-sources       # .ts → source/{nn,en}.json

1. `pyside6-lupdate` scans every .py file under hfdesk/ui/ for self.tr(),
   QCoreApplication.translate() and QT_TRANSLATE_NOOP() and merges the texts into
   resources/translations/hfdesk_<lang>.ts for each language in LANGUAGES
   (translations already made are kept; texts no longer in the source are dropped).
2. Unfinished texts are filled from JSON:
   * resources/translations/source/<lang>.json, always (committed; the nynorsk and
     English translations, so they can be applied again after lupdate);
   * every `--fill FILE.json` (repeatable). A file is either for one language,
         {"Context": {"English source": "translation", "%n item(s)": ["%n sak", "%n saker"]}}
     which is bokmål (the format the team has always used) unless given as
     `--fill nn=FILE.json`; or for several, with a top-level key per language:
         {"nb": {"Context": {...}}, "nn": {"Context": {...}}, "en": {"Context": {...}}}
   Only unfinished texts are filled; a text already translated is left as it is (edit
   it in the .ts, e.g. with `pyside6-linguist`, or remove the translation first).
   English is the source language: a text with no English entry is taken as it is,
   so en.json holds only the plural forms ("%n member(s)" → ["%n member", "%n members"])
   and any wording that differs from the source.
3. `pyside6-lrelease` compiles each .ts into hfdesk_<lang>.qm, which is committed and
   shipped. tests/test_translations.py fails while anything is untranslated in any
   language or a .qm is older than its .ts.

`--save-sources` writes the nynorsk and English translations in the .ts files back to
source/{nn,en}.json (after translating in Qt Linguist), so the JSON stays the record.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "hfdesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
JSON_SOURCES = TRANSLATIONS / "source"
LANGUAGES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en"}
SOURCE_LANGUAGE = "en"
DEFAULT_FILL_LANGUAGE = "nb"  # a --fill file without language keys is bokmål

Translation = str | list[str]
Fills = dict[str, dict[tuple[str, str], Translation]]


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


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"hfdesk_{lang}.ts"


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


# --- translations from JSON ---------------------------------------------------------------


def _texts(table: dict, where: str) -> dict[tuple[str, str], Translation]:
    found: dict[tuple[str, str], Translation] = {}
    for context, texts in table.items():
        if not isinstance(texts, dict):
            raise SystemExit(f"{where}: «{context}» should map source texts to translations")
        for text, translation in texts.items():
            if not isinstance(translation, (str, list)):
                raise SystemExit(f"{where}: {context}: «{text}» has no text or list of plural forms")
            found[(context, text)] = translation
    return found


def read_fill(spec: str | Path) -> Fills:
    """The translations in one --fill argument: 'FILE' or 'LANG=FILE'."""
    text = str(spec)
    lang, sep, rest = text.partition("=")
    if sep and lang in LANGUAGES:
        path, forced = Path(rest), lang
    else:
        path, forced = Path(text), None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a JSON object")
    if forced is None and data and set(data) <= set(LANGUAGES):
        return {lang: _texts(table, f"{path} [{lang}]") for lang, table in data.items()}
    return {forced or DEFAULT_FILL_LANGUAGE: _texts(data, str(path))}


def load_fills(specs: list[str | Path], *, with_sources: bool = True) -> Fills:
    """source/<lang>.json for each language, then the --fill files (a later file wins)."""
    fills: Fills = {lang: {} for lang in LANGUAGES}
    if with_sources:
        for lang in LANGUAGES:
            path = JSON_SOURCES / f"{lang}.json"
            if path.is_file():
                fills[lang].update(read_fill(f"{lang}={path}")[lang])
    for spec in specs:
        for lang, texts in read_fill(spec).items():
            fills.setdefault(lang, {}).update(texts)
    return fills


def _write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


def fill(ts_file: Path, known: dict[tuple[str, str], Translation], *, lang: str = "nb") -> list[str]:
    """Fill the unfinished translations of `ts_file` from `known`; returns the texts still
    unfinished. For the source language (English) a text not in `known` is its own
    translation (plural texts still need their forms from `known`)."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            value = known.get((name, text))
            if value is None and lang == SOURCE_LANGUAGE and not numerus:
                value = text
            if value is None:
                missing.append(f"{name}: {text}")
                continue
            del translation.attrib["type"]
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
    _write_ts(tree, ts_file)
    return missing


def translations_in(ts_file: Path) -> dict[str, dict[str, Translation]]:
    """The finished translations of a .ts, as {context: {source: text or plural forms}}."""
    found: dict[str, dict[str, Translation]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                value: Translation = [form.text or "" for form in translation.iter("numerusform")]
            else:
                value = translation.text or ""
            found.setdefault(name, {})[text] = value
    return found


def save_sources(languages: list[str]) -> list[Path]:
    """Write source/<lang>.json from the .ts files (English: only what differs from the source)."""
    JSON_SOURCES.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in languages:
        if lang == DEFAULT_FILL_LANGUAGE:
            continue  # bokmål's record is its .ts (and the lead's fill files)
        table = translations_in(ts_path(lang))
        if lang == SOURCE_LANGUAGE:
            table = {
                ctx: {src: val for src, val in texts.items() if val != src}
                for ctx, texts in table.items()
            }
        table = {ctx: dict(sorted(texts.items())) for ctx, texts in sorted(table.items()) if texts}
        path = JSON_SOURCES / f"{lang}.json"
        path.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    parser.add_argument(
        "--fill",
        action="append",
        default=[],
        metavar="[LANG=]JSON",
        help="translations to merge in (repeatable); see above for the two formats",
    )
    parser.add_argument(
        "--lang",
        action="append",
        choices=sorted(LANGUAGES),
        default=[],
        help="only this catalogue (repeatable; default: all)",
    )
    parser.add_argument(
        "--save-sources", action="store_true", help="write the .ts translations to source/{nn,en}.json"
    )
    args = parser.parse_args(argv)
    languages = args.lang or list(LANGUAGES)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.save_sources:
        for path in save_sources(languages):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    fills = load_fills(args.fill)
    unfinished = 0
    for lang in languages:
        qt_language = LANGUAGES[lang]
        ts_file = ts_path(lang)
        if not args.release:
            lupdate(ts_file, qt_language)
            missing = fill(ts_file, fills.get(lang, {}), lang=lang)
            # lupdate once more so the file keeps Qt's own layout.
            lupdate(ts_file, qt_language)
            print(f"updated {ts_file.relative_to(ROOT)}")
            for text in missing:
                print(f"untranslated ({lang}): {text}")
            unfinished += len(missing)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"compiled {ts_file.with_suffix('.qm').relative_to(ROOT)}")
    if unfinished:
        print(f"{unfinished} text(s) still untranslated; tests/test_translations.py will fail until they are")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
