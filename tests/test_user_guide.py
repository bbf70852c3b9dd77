"""The user guide (docs/brukerveiledning.md, docs/user-guide-en.md, docs/brukarrettleiing.md) keeps up with the app
and with its pictures (issue 8, point 6).

* Every picture the guides show is in docs/bilder/, a PNG no larger than the window the
  screenshots are taken in; every picture `scripts/screenshots.py --guide` makes
  (GUIDE_SHOTS) is shown in the guide, and docs/bilder/ holds nothing else, so a picture
  never goes stale or missing silently. Together they stay small.
* The guide names every page of the sidebar (bokmål in the guide, English in the summary).
* Every keyboard shortcut set in hfdesk/ui is in the guide.
* Every relative link in the guides leads to a file there, and to a heading there.
"""

from __future__ import annotations

import ast
import re
import struct
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDE = DOCS / "brukerveiledning.md"
GUIDE_EN = DOCS / "user-guide-en.md"
GUIDE_NN = DOCS / "brukarrettleiing.md"
PICTURES = DOCS / "bilder"
SCRIPT = ROOT / "scripts" / "screenshots.py"
UI = ROOT / "hfdesk" / "ui"

MAX_TOTAL_BYTES = 3_000_000
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _script_constant(name: str):
    """A constant of scripts/screenshots.py, read without running the script (it sets up Qt)."""
    for node in ast.parse(_text(SCRIPT)).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in {SCRIPT.name}")


def images(guide: Path) -> list[tuple[str, str]]:
    """(alt text, relative path) of every picture the guide shows."""
    return _IMAGE.findall(_text(guide))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("guide", [GUIDE, GUIDE_EN, GUIDE_NN], ids=["nb", "en", "nn"])
def test_every_picture_the_guide_shows_is_there(guide):
    shown = images(guide)
    assert shown, f"{guide.name} shows no pictures"
    width, height = (int(v) for v in _script_constant("GUIDE_SIZE").split("x"))
    for alt, relative in shown:
        path = (guide.parent / relative).resolve()
        assert path.is_file(), f"{guide.name} shows {relative}, which is not there"
        assert path.parent == PICTURES.resolve(), f"{relative}: the guide's pictures live in docs/bilder/"
        w, h = png_size(path)
        assert w <= width and h <= height, f"{relative} is {w}x{h}, larger than the {width}x{height} window"
        assert len(alt.split()) >= 4, f"{relative} needs an alt text that says what it shows"


def test_every_screenshot_the_script_makes_is_in_the_guide():
    made = {f"bilder/{name}.png" for name in _script_constant("GUIDE_SHOTS")}
    shown = {relative for _alt, relative in images(GUIDE)}
    assert made - shown == set(), f"made by screenshots.py --guide but not in the guide: {sorted(made - shown)}"
    assert shown - made == set(), f"in the guide but not made by screenshots.py --guide: {sorted(shown - made)}"
    on_disk = {f"bilder/{p.name}" for p in PICTURES.iterdir()}
    assert on_disk == made, f"docs/bilder/ should hold exactly the guide's pictures: {sorted(on_disk ^ made)}"


def test_the_pictures_are_small():
    total = sum(p.stat().st_size for p in PICTURES.glob("*.png"))
    assert total < MAX_TOTAL_BYTES, f"docs/bilder/ holds {total / 1e6:.1f} MB"


def test_the_guide_is_in_bokmaal_with_an_english_summary():
    text = _text(GUIDE)
    assert text.startswith("# Brukerveiledning for hfdesk")
    assert "English summary" in text and "user-guide-en.md" in text
    text = re.sub(r"«[^»]*»", "", text)  # words quoted from the documents may be nynorsk («Namn»)
    for word in ("ikkje", "frå", "kva", "berre"):  # nynorsk words give the written standard away
        assert not re.search(rf"(?<![\w-]){word}(?![\w-])", text, re.IGNORECASE), word


# --- the pages -------------------------------------------------------------------------------


def _english_page_titles() -> list[str]:
    """What each page's title() returns in the source (English, before translation)."""
    titles = []
    for source in sorted((UI / "pages").rglob("*.py")):
        for node in ast.walk(ast.parse(_text(source))):
            if isinstance(node, ast.FunctionDef) and node.name == "title":
                for call in ast.walk(node):  # self.tr("Text") or QCoreApplication.translate("Ctx", "Text")
                    name = getattr(getattr(call, "func", None), "attr", "")
                    position = {"tr": 0, "translate": 1}.get(name)
                    if isinstance(call, ast.Call) and position is not None and len(call.args) > position:
                        text = call.args[position]
                        if isinstance(text, ast.Constant):
                            titles.append(text.value)
    return titles


@pytest.mark.gui
def test_the_guide_names_every_page_of_the_sidebar(window):
    text = _text(GUIDE)
    pages = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert len(pages) == window.pages.count() >= 4
    missing = [page for page in pages if f"**{page}**" not in text]
    assert not missing, f"pages the guide does not name: {missing}"


def test_the_english_summary_names_every_page():
    titles = _english_page_titles()
    assert len(titles) >= 4, titles
    text = _text(GUIDE_EN)
    assert not [t for t in titles if f"**{t}**" not in text], titles


# --- the menus -------------------------------------------------------------------------------

_MENU_PATH = re.compile(r"\*\*([^*→]+?) → ([^*]+?)\*\*")


def menu_entries(window) -> dict[str, set[str]]:
    """Menu title -> the texts of its entries, as shown (mnemonics removed): the menu bar, and
    the Status and More Files menus of the Meetings page."""

    def clean(text: str) -> str:
        return text.replace("&", "").strip()

    menus = {}
    for action in window.menuBar().actions():
        if action.menu() is not None:
            menus[clean(action.menu().title())] = {clean(a.text()) for a in action.menu().actions() if a.text()}
    page = window.meetings_page
    for button, menu in ((page.status_button, page.status_menu), (page.more_files_button, page.more_files_menu)):
        menus[clean(button.text())] = {clean(a.text()) for a in menu.actions() if a.text()}
    return menus


def _menu_paths_not_found(guide: Path, window) -> list[str]:
    menus = menu_entries(window)
    paths = [(" ".join(m.split()), " ".join(e.split())) for m, e in _MENU_PATH.findall(_text(guide))]
    assert len(paths) >= 5, f"{guide.name} names too few menu entries: {paths}"
    return sorted({f"{menu} → {entry}" for menu, entry in paths if entry not in menus.get(menu, set())})


@pytest.mark.gui
def test_every_menu_entry_the_guide_names_is_there(window):
    missing = _menu_paths_not_found(GUIDE, window)
    assert not missing, f"menu entries in the guide that the window does not have: {missing}"


@pytest.fixture
def english_window(qtbot, demo_db):
    from hfdesk.ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    return win


@pytest.mark.gui
def test_every_menu_entry_the_summary_names_is_there(english_window):
    missing = _menu_paths_not_found(GUIDE_EN, english_window)
    assert not missing, f"menu entries in the English summary that the window does not have: {missing}"


# --- the keyboard shortcuts ------------------------------------------------------------------

_KEY_CALLS = {"make_action": 3, "_act": 3}  # function -> index of its shortcuts argument


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [s for element in node.elts for s in _strings(element)]
    return []


def shortcuts_in_code() -> set[str]:
    """Every key sequence hfdesk/ui sets: the shortcuts of make_action/_act, QKeySequence("…"),
    the conclusion keys of meeting mode, and the keys of the loops that make QShortcuts."""
    keys: set[str] = set()
    for source in UI.rglob("*.py"):
        tree = ast.parse(_text(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in _KEY_CALLS and len(node.args) > _KEY_CALLS[name]:
                    keys.update(_strings(node.args[_KEY_CALLS[name]]))
                if name == "QKeySequence" and node.args:
                    keys.update(_strings(node.args[0]))
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            if any(getattr(t, "id", "") == "CONCLUSION_KEYS" for t in targets) and node.value is not None:
                keys.update(s for s in _strings(node.value) if "+" in s)
            if isinstance(node, ast.For) and "QShortcut" in ast.unparse(node):
                keys.update(_strings(node.iter))
    return {k for k in keys if k}


def test_shortcuts_are_found_in_the_code():
    found = shortcuts_in_code()
    assert {"Ctrl+O", "Ctrl+N", "Ins", "F2", "Ctrl+Shift+M", "Ctrl+PgUp", "Alt+3", "Ctrl+Shift+D", "Ctrl+Return"} <= found


def _guide_keys(text: str) -> set[str]:
    """The keys the guide's shortcut table lists: 'Ctrl+1 … Ctrl+4', 'P / F / A', '1 eller +'."""
    table = text.split("## Hurtigtaster", 1)[1].split("\n## ", 1)[0]
    keys: set[str] = set()
    for line in table.splitlines():
        if not line.startswith("| ") or line.startswith(("| taster", "|---")):
            continue
        cell = line.split("|")[1].strip()
        for part in re.split(r"\s+(?:eller|/)\s+|\s*\(|\)\s*", cell):
            part = part.strip()
            if " … " in part:
                first, last = (p.strip() for p in part.split("…"))
                prefix = first.rstrip("0123456789")
                keys.update(f"{prefix}{n}" for n in range(int(first[len(prefix):]), int(last[len(prefix):]) + 1))
            elif part:
                keys.add(part)
    return keys


def test_the_guide_lists_every_keyboard_shortcut():
    listed = _guide_keys(_text(GUIDE))
    missing = sorted(k for k in shortcuts_in_code() if k not in listed)
    assert not missing, f"shortcuts in hfdesk/ui that the guide's table does not list: {missing}"


# --- links -----------------------------------------------------------------------------------


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    return {_anchor(m.group(1)) for m in re.finditer(r"^#{1,6}\s+(.+)$", _text(path), re.MULTILINE)}


@pytest.mark.parametrize("guide", [GUIDE, GUIDE_EN, GUIDE_NN], ids=["nb", "en", "nn"])
def test_every_link_in_the_guide_leads_somewhere(guide):
    links = _LINK.findall(_text(guide))
    assert any("README.md" in link for link in links), "the guide points to the README for the command line"
    for link in links:
        if re.match(r"[a-z]+:", link):
            continue
        target, _, anchor = link.partition("#")
        path = (guide.parent / target).resolve() if target else guide
        assert path.is_file(), f"{guide.name}: {link} leads nowhere"
        if anchor:
            assert anchor in _anchors(path), f"{guide.name}: no heading #{anchor} in {path.name}"
