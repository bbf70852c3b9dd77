"""Word documents as PDF/A-2 through the office suite on the machine. Qt-free.

Any .docx export can be written as PDF/A with `export_pdf(write_docx, out, author=…)`:
`write_docx(path)` writes the Word document (the notice, the minutes, the year report …)
into a private temporary folder; its properties are made right there (title, author =
the helsefellesskap, language nb-NO/nn-NO as the core property and the document's default
`w:lang`), the office suite converts it, and the PDF replaces `out` atomically
(`hfdesk.fileio`). The .docx is thrown away with the temporary folder; a failure leaves
`out` as it was.

The converters, behind one small interface (`PdfConverter`):

* `LibreOfficeConverter`: ``soffice --headless --convert-to pdf:writer_pdf_Export:{…}``
  with the export filter's JSON options (LibreOffice 7.4 and later): PDF/A-2
  (``SelectPdfVersion`` 2, which LibreOffice writes as PDF/A-2b), tagged
  (``UseTaggedPDF``: headings, lists and tables with their header rows marked) and
  PDF/UA-1 (``PDFUACompliance``). It runs with a profile of its own, so it works while
  the user has LibreOffice open, and is stopped after `timeout` seconds.
* `WordConverter`: Word through its automation interface on Windows
  (``Documents.Open`` + ``ExportAsFixedFormat`` with ``UseISO19005_1`` for PDF/A,
  ``DocStructureTags`` for the tags, ``IncludeDocProps`` for the properties), in an
  instance of its own that is closed afterwards. The COM library (pywin32, else comtypes)
  is imported only when Word is used.

`find_converter()` picks Word on Windows where it is installed, else LibreOffice, else
None: then `export_pdf` raises CannotWrite("pdf.no_converter") before anything is written.

What the converters leave out is added afterwards: LibreOffice puts the language in the
PDF's catalogue (/Lang) but not in the XMP metadata, so `dc:language` is written into
the XMP packet in place, in the padding the XMP packet keeps for exactly this (no byte
offset in the file moves). A PDF without PDF/A identification in its XMP (an office suite
too old to understand the options) is refused rather than passed off as PDF/A.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from ..errors import CannotWrite
from ..fileio import refuse_database_target, write_atomically

LIBREOFFICE = "LibreOffice"
WORD = "Microsoft Word"
TIMEOUT_S = 180.0

# writer_pdf_Export's options (LibreOffice ≥ 7.4 reads them as JSON after the filter name).
PDF_EXPORT_OPTIONS: dict[str, dict[str, str]] = {
    "SelectPdfVersion": {"type": "long", "value": "2"},  # PDF/A-2 (LibreOffice writes 2b)
    "UseTaggedPDF": {"type": "boolean", "value": "true"},  # structure tags: H1…, Table, TH, L
    "PDFUACompliance": {"type": "boolean", "value": "true"},  # PDF/UA-1 (universal design)
    "ExportBookmarks": {"type": "boolean", "value": "true"},  # headings as the PDF's outline
    "UseLosslessCompression": {"type": "boolean", "value": "true"},  # the logo stays sharp
}

# Word's constants (WdExportFormat, WdExportOptimizeFor, WdExportRange, WdExportItem,
# WdExportCreateBookmarks, WdSaveOptions, WdAlertLevel).
WD_EXPORT_FORMAT_PDF = 17
WD_EXPORT_OPTIMIZE_FOR_PRINT = 0
WD_EXPORT_ALL_DOCUMENT = 0
WD_EXPORT_DOCUMENT_CONTENT = 0
WD_EXPORT_CREATE_HEADING_BOOKMARKS = 1
WD_DO_NOT_SAVE_CHANGES = 0
WD_ALERTS_NONE = 0


class PdfConverter(Protocol):
    """Something that turns a .docx into a PDF/A file (`pdf` is written, or an error raised)."""

    name: str

    def convert(self, docx: Path, pdf: Path) -> None: ...


# --- LibreOffice --------------------------------------------------------------------------------


def soffice_candidates(platform: str = sys.platform, env: dict[str, str] | None = None) -> list[Path]:
    """Where LibreOffice's `soffice` is usually installed, besides the PATH."""
    env = dict(os.environ) if env is None else env
    if platform == "win32":
        folders = [env.get(k) for k in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        found: list[Path] = []
        for folder in dict.fromkeys(f for f in folders if f):
            found.append(Path(folder) / "LibreOffice" / "program" / "soffice.exe")
        return found
    if platform == "darwin":
        home = env.get("HOME", "")
        apps = [Path("/Applications"), *([Path(home) / "Applications"] if home else [])]
        return [a / "LibreOffice.app" / "Contents" / "MacOS" / "soffice" for a in apps]
    return [Path("/usr/bin/soffice"), Path("/usr/local/bin/soffice"), Path("/opt/libreoffice/program/soffice"),
            Path("/snap/bin/libreoffice")]


def find_soffice(platform: str = sys.platform, env: dict[str, str] | None = None) -> Path | None:
    """LibreOffice's `soffice` on the PATH or in the usual install folders; None when not there."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for candidate in soffice_candidates(platform, env):
        if candidate.is_file():
            return candidate
    return None


class LibreOfficeConverter:
    name = LIBREOFFICE

    def __init__(self, executable: Path | str, *, timeout: float = TIMEOUT_S) -> None:
        self.executable = Path(executable)
        self.timeout = timeout

    def command(self, docx: Path, outdir: Path, profile: Path) -> list[str]:
        target = "pdf:writer_pdf_Export:" + json.dumps(PDF_EXPORT_OPTIONS, separators=(",", ":"))
        return [
            str(self.executable),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(docx),
        ]

    def convert(self, docx: Path, pdf: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="hfdesk-lo-") as work:
            outdir = Path(work) / "out"
            outdir.mkdir()
            command = self.command(docx, outdir, Path(work) / "profile")
            output = _run(command, self.timeout)
            made = outdir / f"{docx.stem}.pdf"
            if not made.is_file() or made.stat().st_size == 0:
                raise CannotWrite("pdf.conversion_failed", program=self.name, detail=_last_line(output))
            shutil.move(str(made), str(pdf))


def _run(command: list[str], timeout: float) -> str:
    """Run `command` and return what it wrote; stopped (with what it started) after `timeout` s."""
    windows = sys.platform == "win32"
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if windows else 0
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=not windows,  # its own process group, stopped as one on a timeout
            creationflags=flags,
        )
    except OSError as exc:
        raise CannotWrite("pdf.conversion_failed", program=LIBREOFFICE, detail=exc.strerror or str(exc)) from exc
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(proc)
        raise CannotWrite("pdf.timeout", program=LIBREOFFICE, seconds=round(timeout)) from None
    return out.decode(errors="replace") if out else ""


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
    else:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
    proc.communicate()


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip() and "javaldx" not in line]
    return lines[-1] if lines else "-"


# --- Word ---------------------------------------------------------------------------------------


def word_installed() -> bool:
    """Word registers its automation class on Windows; False everywhere else."""
    if sys.platform != "win32":
        return False
    import winreg

    try:
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID"))  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def com_dispatch() -> Callable[[str], Any] | None:
    """A function that starts a new instance of a COM server (pywin32's DispatchEx, else
    comtypes' CreateObject); None when neither library is installed."""
    # Imported here (by name, so PyInstaller bundles pywin32 on Windows), never at start-up.
    try:
        from win32com.client import DispatchEx  # type: ignore[import-untyped,import-not-found,unused-ignore]

        dispatch: Callable[[str], Any] = DispatchEx
        return dispatch
    except ImportError:
        pass
    try:
        from comtypes.client import CreateObject  # type: ignore[import-untyped,import-not-found,unused-ignore]

        create: Callable[[str], Any] = CreateObject
        return create
    except ImportError:
        return None


class WordConverter:
    """Word's own PDF/A export. `dispatch(progid)` returns the automation object (a fake in tests)."""

    name = WORD

    def __init__(self, dispatch: Callable[[str], Any]) -> None:
        self.dispatch = dispatch

    def convert(self, docx: Path, pdf: Path) -> None:
        try:
            word = self.dispatch("Word.Application")
        except Exception as exc:  # COM errors have no common base class importable here
            raise CannotWrite("pdf.conversion_failed", program=self.name, detail=_com_detail(exc)) from exc
        document = None
        try:
            word.Visible = False
            word.DisplayAlerts = WD_ALERTS_NONE
            document = word.Documents.Open(
                FileName=str(docx),
                ConfirmConversions=False,
                ReadOnly=True,
                AddToRecentFiles=False,
                Visible=False,
            )
            document.ExportAsFixedFormat(
                OutputFileName=str(pdf),
                ExportFormat=WD_EXPORT_FORMAT_PDF,
                OpenAfterExport=False,
                OptimizeFor=WD_EXPORT_OPTIMIZE_FOR_PRINT,
                Range=WD_EXPORT_ALL_DOCUMENT,
                Item=WD_EXPORT_DOCUMENT_CONTENT,
                IncludeDocProps=True,  # title, author, language into the PDF
                KeepIRM=True,
                CreateBookmarks=WD_EXPORT_CREATE_HEADING_BOOKMARKS,
                DocStructureTags=True,  # tagged PDF: headings, tables and their header rows
                BitmapMissingFonts=True,  # a font that may not be embedded becomes an image, never missing
                UseISO19005_1=True,  # Word's "PDF/A compliant" option
            )
        except Exception as exc:
            raise CannotWrite("pdf.conversion_failed", program=self.name, detail=_com_detail(exc)) from exc
        finally:
            try:
                if document is not None:
                    document.Close(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
            finally:
                word.Quit(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
        if not pdf.is_file():
            raise CannotWrite("pdf.conversion_failed", program=self.name, detail="-")


def _com_detail(exc: BaseException) -> str:
    # pywin32's com_error carries (hresult, text, (…, source, description, …), arg)
    args: tuple[Any, ...] = getattr(exc, "args", ())
    if len(args) >= 3 and isinstance(args[2], tuple) and len(args[2]) >= 3 and args[2][2]:
        return " ".join(str(args[2][2]).split())
    return " ".join(str(exc).split()) or type(exc).__name__


# --- choosing ------------------------------------------------------------------------------------


def find_converter(
    *,
    platform: str = sys.platform,
    word: Callable[[], bool] = word_installed,
    dispatch: Callable[[], Callable[[str], Any] | None] = com_dispatch,
    soffice: Callable[[], Path | None] = find_soffice,
) -> PdfConverter | None:
    """Word on Windows where it and a COM library are there, else LibreOffice, else None."""
    if platform == "win32" and word():
        com = dispatch()
        if com is not None:
            return WordConverter(com)
    executable = soffice()
    if executable is not None:
        return LibreOfficeConverter(executable)
    return None


# --- the document's properties -------------------------------------------------------------------


def prepare_docx(path: Path, *, title: str | None = None, author: str | None = None,
                 language: str | None = None) -> str:
    """Set the .docx's title, author and language (core properties and default w:lang) for
    the converter to carry into the PDF; returns the language tag it has (nb-NO/nn-NO/'')."""
    import docx

    from . import docx_common as dx

    document = docx.Document(str(path))
    props = document.core_properties
    if title:
        props.title = dx.clean_text(title)
    if author:
        props.author = props.last_modified_by = dx.clean_text(author)
    code = language or (props.language or "")
    if code:
        dx.set_language(document, "nn" if code.lower().startswith("nn") else "nb")
    document.save(str(path))
    return str(document.core_properties.language or "")


def export_pdf(
    write_docx: Callable[[Path], object],
    out: Path | str,
    *,
    author: str = "",
    title: str | None = None,
    language: str | None = None,
    converter: PdfConverter | None = None,
    name: str = "dokument",
) -> Path:
    """Write a document as PDF/A at `out`: `write_docx(path)` writes its .docx (into a
    temporary folder, removed afterwards), then the converter makes the PDF. Raises
    CannotWrite when there is no converter (before anything is written) or the conversion
    fails; `out` is then as it was."""
    out = Path(out)
    converter = converter or find_converter()
    if converter is None:
        raise CannotWrite("pdf.no_converter", name=out.name)
    if not out.parent.is_dir():
        raise CannotWrite("file.folder_missing", parent=out.parent)
    refuse_database_target(out)  # before the seconds the conversion takes, not after
    with tempfile.TemporaryDirectory(prefix="hfdesk-pdf-") as work:
        source = Path(work) / f"{_plain(name)}.docx"
        write_docx(source)
        tag = prepare_docx(source, title=title, author=author or None, language=language)
        made = Path(work) / f"{_plain(name)}.pdf"
        converter.convert(source, made)
        data = made.read_bytes()
    if not is_pdfa(data):
        raise CannotWrite("pdf.not_pdfa", program=converter.name)
    if tag:
        data = add_xmp_language(data, tag)
    write_atomically(out, lambda fh: fh.write(data))
    return out


def _plain(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "dokument"


# --- the XMP packet ------------------------------------------------------------------------------

_PACKET = re.compile(rb"<\?xpacket begin=.*?\?>(.*?)<\?xpacket end=(['\"])w\2\?>", re.S)
_PDFAID = re.compile(rb"pdfaid:part(?:>|=['\"])\s*[123]")


def _packets(data: bytes) -> Iterable[re.Match[bytes]]:
    return _PACKET.finditer(data)


def is_pdfa(data: bytes) -> bool:
    """True when the PDF declares itself PDF/A (pdfaid:part in an XMP packet)."""
    return data.startswith(b"%PDF-") and any(_PDFAID.search(m.group(1)) for m in _packets(data))


def add_xmp_language(data: bytes, tag: str) -> bytes:
    """`data` with `dc:language` = `tag` in its document XMP packet, written in place into
    the packet's padding (the file's length and every offset stay as they were). Unchanged
    when the packet already has a language, is not writable in place or has too little room."""
    for match in _packets(data):
        body = match.group(1)
        if not _PDFAID.search(body):
            continue  # not the document's metadata (an image's, say)
        if b"<dc:language" in body:
            return data
        entry = f"<dc:language><rdf:Bag><rdf:li>{tag}</rdf:li></rdf:Bag></dc:language>".encode()
        content = body.rstrip(b" \t\r\n")
        dc = re.search(rb"<rdf:Description\b[^>]*xmlns:dc=[^>]*>", content)
        if dc is not None and not dc.group(0).endswith(b"/>"):
            inserted = content[: dc.end()] + b"\n   " + entry + content[dc.end():]
        else:
            close = content.rfind(b"</rdf:RDF>")
            if close < 0:
                return data
            description = (
                b'  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n   '
                + entry + b"\n  </rdf:Description>\n "
            )
            inserted = content[:close] + description + content[close:]
        room = len(body) - len(inserted)
        if room < 2:
            return data
        start, stop = match.span(1)
        return data[:start] + inserted + b"\n" + b" " * (room - 2) + b"\n" + data[stop:]
    return data
