"""Checks an untrusted .xlsx before any XML in it is parsed.

An .xlsx is a zip of XML files. Before openpyxl sees it we make sure that

* it is a zip at all, with a bounded number of entries and no encrypted ones (an old
  .xls, a password-protected workbook, an .xlsb or an .ods gets a line saying so);
* the sizes its directory declares (Python's zipfile never inflates an entry past
  its declared size, so these are real upper bounds) stay within a total budget,
  and no big entry is compressed suspiciously well (a zip bomb);
* it has the two parts every workbook has, ``[Content_Types].xml`` and
  ``xl/workbook.xml``;
* no XML part carries a document type declaration: OOXML never uses one, and it is
  where entity bombs (billion laughs) and external entities live;
* the workbook lists at most ``MAX_SHEETS`` sheets, and no two of them are the same
  part of the zip (Excel never writes that; a small file whose 40 sheets all point at
  one 10,000-row part would otherwise be parsed 40 times over). This is the one XML
  read here: the package's content types, the workbook part and its relationships,
  small parts, parsed through defusedxml after the scan above and before openpyxl
  sees the file (openpyxl reads every listed sheet as it opens a workbook, up to the
  sheet's declared size, or to its end when it declares none);
* openpyxl parses through defusedxml (``openpyxl.DEFUSEDXML``), as a second line.

What the reading itself may cost is bounded in ``imports.roster``: rows across all
sheets, counted as they are read.

Every refusal is a :class:`~hfdesk.errors.BadFile` with one Norwegian line.
"""

from __future__ import annotations

import inspect
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..buglog import log_refusal
from ..errors import BadFile

MAX_ENTRIES = 2_000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, as declared in the zip directory
MAX_RATIO = 100  # uncompressed : compressed, checked on entries bigger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
MAX_SHEETS = 200  # a whole register exported by hfdesk is one sheet per body, plus two

# A DOCTYPE or ENTITY declaration in any of the encodings XML allows without a BOM trick.
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_OVERLAP = max(len(m) for m in _DTD_MARKERS)
_CHUNK = 1024 * 1024

MSG_NOT_FOUND = "workbook.not_found"
MSG_NO_ACCESS = "file.no_read_access"
MSG_NOT_XLSX = "workbook.not_xlsx"
MSG_BOMB = "workbook.bomb"
MSG_TOO_BIG = "workbook.too_big"
MSG_ENTITIES = "workbook.entities"
MSG_ENCRYPTED = "workbook.encrypted"
MSG_DAMAGED = "workbook.damaged"
MSG_OLD_FORMAT = "workbook.old_format"
MSG_XLSB = "workbook.xlsb"
MSG_ODS = "workbook.ods"
MSG_TOO_MANY_SHEETS = "workbook.too_many_sheets"
MSG_SHARED_SHEETS = "workbook.shared_sheets"

# An OLE2 compound file: .xls, .doc, and also a password-protected .xlsx, which Office
# stores as an "EncryptedPackage" stream inside one.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_OLE_SCAN = 8 * 1024 * 1024
MSG_NO_DEFUSEDXML = "workbook.no_defusedxml"


class ReadCancelled(Exception):  # noqa: N818 - a request, not an error
    """Raised by a reading's progress callback to stop it; passes through `parsing` as it is."""


def require_defusedxml() -> None:
    """Refuse to parse any workbook unless openpyxl parses through defusedxml."""
    import openpyxl

    if openpyxl.DEFUSEDXML is not True:
        raise BadFile(MSG_NO_DEFUSEDXML)


def check_xlsx(path: Path | str) -> None:
    """Raise BadFile unless `path` looks like an honest .xlsx. Parses no XML."""
    path = Path(path)
    name = path.name
    require_defusedxml()
    if not path.is_file():
        raise BadFile(MSG_NOT_FOUND, name=name)
    try:
        if not zipfile.is_zipfile(path):
            _refuse_other_format(path, name)
            raise BadFile(MSG_NOT_XLSX, name=name)
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name)
    except BadFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, zlib.error,
            RuntimeError, SyntaxError):
        # SyntaxError: ElementTree's ParseError, a workbook part that is not XML
        # RuntimeError: zipfile's "File is encrypted"; zlib.error: a damaged deflate stream
        raise BadFile(MSG_DAMAGED, name=name) from None
    except PermissionError:
        raise BadFile(MSG_NO_ACCESS, name=name) from None
    except FileNotFoundError:
        raise BadFile(MSG_NOT_FOUND, name=name) from None
    except OSError:  # a seek or read the damaged directory sent out of bounds
        raise BadFile(MSG_DAMAGED, name=name) from None


def _refuse_other_format(path: Path, name: str) -> None:
    """A clearer line than "not a workbook" for the Office files people mistake for one."""
    with path.open("rb") as fh:
        head = fh.read(len(_OLE_MAGIC))
        if head != _OLE_MAGIC:
            return
        tail = b""
        read = 0
        while read < _OLE_SCAN and (chunk := fh.read(_CHUNK)):
            read += len(chunk)
            if _ENCRYPTED_PACKAGE in tail + chunk:
                raise BadFile(MSG_ENCRYPTED, name=name)
            tail = chunk[-len(_ENCRYPTED_PACKAGE) :]
    raise BadFile(MSG_OLD_FORMAT, name=name)


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BadFile(MSG_BOMB)
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise BadFile(MSG_DAMAGED, name=name)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise BadFile(MSG_ENCRYPTED, name=name)
        if info.file_size < 0 or info.compress_size < 0:
            raise BadFile(MSG_DAMAGED, name=name)
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BadFile(MSG_BOMB)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise BadFile(MSG_BOMB) if total > 10 * MAX_TOTAL_UNCOMPRESSED else \
            BadFile(MSG_TOO_BIG, name=name, limit=MAX_TOTAL_UNCOMPRESSED // (1024 * 1024))
    present = set(names)
    if "xl/workbook.bin" in present:
        raise BadFile(MSG_XLSB, name=name)
    if "mimetype" in present and "xl/workbook.xml" not in present:
        with archive.open("mimetype") as stream:
            if b"opendocument.spreadsheet" in stream.read(200):
                raise BadFile(MSG_ODS, name=name)
    if not all(part in present for part in REQUIRED_PARTS):
        raise BadFile(MSG_NOT_XLSX, name=name)
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels", ".vml")) and _has_dtd(archive, info):
            raise BadFile(MSG_ENTITIES)
    for part in _workbook_parts(archive, present):
        _check_sheets(archive, present, part, name)


# The content types that mark a workbook part, as openpyxl looks for them
# (openpyxl.xml.constants XLTM, XLTX, XLSM, XLSX).
_WORKBOOK_TYPES = frozenset({
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
})


def _elements(archive: zipfile.ZipFile, part: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(local name, attributes) of each element of a small XML part, through defusedxml."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    with archive.open(part) as stream:
        try:
            for _event, element in iterparse(stream, forbid_dtd=True):
                yield element.tag.rpartition("}")[2], dict(element.attrib)
                element.clear()
        except DefusedXmlException:  # a part the scan did not look at (no .xml in its name)
            raise BadFile(MSG_ENTITIES) from None


def _workbook_parts(archive: zipfile.ZipFile, present: set[str]) -> list[str]:
    """Every part the package may open as its workbook: xl/workbook.xml and any part the
    content types name as one (openpyxl goes by the content types)."""
    parts = ["xl/workbook.xml"]
    for tag, attrs in _elements(archive, "[Content_Types].xml"):
        if tag == "Override" and attrs.get("ContentType") in _WORKBOOK_TYPES:
            part = attrs.get("PartName", "").lstrip("/")
            if part in present and part not in parts:
                parts.append(part)
    return parts


def _check_sheets(archive: zipfile.ZipFile, present: set[str], part: str, name: str) -> None:
    """At most MAX_SHEETS sheets in the workbook part, each a part of its own."""
    sheet_ids: list[str] = []
    for tag, attrs in _elements(archive, part):
        if tag == "sheet":
            if len(sheet_ids) == MAX_SHEETS:
                raise BadFile(MSG_TOO_MANY_SHEETS, name=name, limit=MAX_SHEETS)
            sheet_ids.append(next((v for k, v in attrs.items() if k.rpartition("}")[2] == "id"), ""))
    folder = posixpath.dirname(part)
    rels_part = posixpath.join(folder, "_rels", posixpath.basename(part) + ".rels")
    targets: dict[str, str] = {}
    if rels_part in present:
        for tag, attrs in _elements(archive, rels_part):
            if tag == "Relationship" and attrs.get("TargetMode") != "External":
                # resolved as openpyxl resolves it (openpyxl.packaging.relationship.get_dependents)
                target = attrs.get("Target", "")
                if target.startswith("/"):
                    target = target[1:]
                else:
                    target = posixpath.normpath(posixpath.join(folder, target))
                targets[attrs.get("Id", "")] = target
    seen: set[str] = set()
    for sheet_id in sheet_ids:
        if not sheet_id:
            continue  # openpyxl leaves a sheet without a relationship out
        target = targets.get(sheet_id, f"?{sheet_id}")  # an unknown id is openpyxl's to refuse
        if target in seen:
            raise BadFile(MSG_SHARED_SHEETS, name=name)
        seen.add(target)


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            window = tail + chunk
            if any(marker in window for marker in _DTD_MARKERS):
                return True
            tail = window[-_OVERLAP:]
    return False


def is_entity_attack(error: BaseException) -> bool:
    """True for the errors defusedxml and expat raise on entity declarations and bombs."""
    try:
        from defusedxml import DefusedXmlException
    except ImportError:  # pragma: no cover - require_defusedxml refuses earlier
        return False
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:  # openpyxl wraps the parser's error
        seen.add(id(current))
        if isinstance(current, DefusedXmlException):
            return True
        text = str(current).lower()
        if "amplification factor" in text:  # expat's own billion-laughs guard
            return True
        current = current.__cause__ or current.__context__
    return False


@contextmanager
def parsing(name: str) -> Iterator[None]:
    """Turn whatever openpyxl raises on a bad file into one BadFile line (a ReadCancelled
    from the caller's progress callback passes through as it is).

    The file passed `check_xlsx`, so anything raised here comes from its content,
    not from our code: a damaged or hostile workbook, which the user should hear
    about in one line rather than as a traceback.
    """
    try:
        yield
    except (BadFile, ReadCancelled) as error:
        _release_files(error)
        raise
    except Exception as error:  # noqa: BLE001 - untrusted content, see docstring
        _release_files(error)
        if is_entity_attack(error):
            raise BadFile(MSG_ENTITIES) from None
        log_refusal(error, where="read spreadsheet")
        raise BadFile(MSG_DAMAGED, name=name) from None


def _release_files(error: BaseException) -> None:
    """Close what openpyxl left open when reading stopped with an error.

    ``openpyxl.load_workbook`` has no try/finally, and a read-only sheet's row generator
    holds its part of the zip open while suspended; either way the workbook file stays
    open until garbage collection, which on Windows keeps the user's file locked (it
    cannot be moved or deleted while our message is on screen); a sheet's size is read
    the same way without a finally. All are found in the failing frames' locals: open
    parts and zips (or readers holding one) are closed, and openpyxl's suspended
    generators are closed so their ``with`` blocks release the zip.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            for value in list(tb.tb_frame.f_locals.values()):
                try:
                    if inspect.isgenerator(value) and "openpyxl" in value.gi_code.co_filename:
                        value.close()
                    if isinstance(value, zipfile.ZipExtFile):  # a part being parsed (ReadOnlyWorksheet)
                        value.close()
                    archive = value if isinstance(value, zipfile.ZipFile) else getattr(value, "archive", None)
                    if isinstance(archive, zipfile.ZipFile):
                        archive.close()
                except Exception:  # noqa: BLE001, S110 - releasing is best effort
                    pass
            tb = tb.tb_next
        current = current.__cause__ or current.__context__
