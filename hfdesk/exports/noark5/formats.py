"""What a file is, as a PRONOM id (The National Archives' format registry), from its bytes.

PDFs are read from their header (`%PDF-1.7`) and their XMP packet (`pdfaid:part`,
`pdfaid:conformance`): plain bytes parsing, the same way `exports.pdf.is_pdfa` reads them, so
the product needs no PDF library. Office formats go by their signature and file name."""

from __future__ import annotations

import re
from dataclasses import dataclass

PDF_VERSIONS = {  # PRONOM: Portable Document Format 1.0 … 2.0
    "1.0": "fmt/14", "1.1": "fmt/15", "1.2": "fmt/16", "1.3": "fmt/17", "1.4": "fmt/18",
    "1.5": "fmt/19", "1.6": "fmt/20", "1.7": "fmt/276", "2.0": "fmt/1129",
}  # fmt: skip
PDFA = {  # PRONOM: PDF/A-1a … PDF/A-3u
    ("1", "A"): "fmt/95", ("1", "B"): "fmt/354",
    ("2", "A"): "fmt/476", ("2", "B"): "fmt/477", ("2", "U"): "fmt/478",
    ("3", "A"): "fmt/479", ("3", "B"): "fmt/480", ("3", "U"): "fmt/481",
}  # fmt: skip
BY_SUFFIX = {  # formats LibreOffice converts (and Word, the first three)
    ".docx": ("fmt/412", "Microsoft Word for Windows 2007 onwards"),
    ".doc": ("fmt/40", "Microsoft Word for Windows 97-2003"),
    ".rtf": ("fmt/355", "Rich Text Format 1.9"),
    ".xlsx": ("fmt/214", "Microsoft Excel for Windows 2007 onwards"),
    ".xls": ("fmt/61", "Microsoft Excel 97 Workbook (xls)"),
    ".odt": ("fmt/291", "OpenDocument Text 1.2"),
    ".ods": ("fmt/295", "OpenDocument Spreadsheet 1.2"),
    ".pptx": ("fmt/215", "Microsoft PowerPoint for Windows 2007 onwards"),
    ".txt": ("x-fmt/111", "Plain Text File"),
}
SPREADSHEETS = {".xlsx", ".xls", ".ods"}
PRESENTATIONS = {".pptx"}
WORD_FORMATS = {".docx", ".doc", ".rtf"}
OTHER = {  # kept as they are (never converted): their signatures
    b"\x89PNG\r\n\x1a\n": ("fmt/13", "Portable Network Graphics 1.2"),
    b"\xff\xd8\xff": ("fmt/43", "JPEG File Interchange Format 1.01"),
}
UNKNOWN = "UNKNOWN"

_HEADER = re.compile(rb"%PDF-(\d\.\d)")
_PACKET = re.compile(rb"<\?xpacket begin=.*?\?>(.*?)<\?xpacket end=", re.S)
_PART = re.compile(rb"pdfaid:part(?:>\s*|=['\"])([123])")
_CONFORMANCE = re.compile(rb"pdfaid:conformance(?:>\s*|=['\"])([ABUabu])")


@dataclass(frozen=True)
class Format:
    pronom: str
    name: str
    pdfa: bool = False  # PDF/A (what the archive keeps as it is)
    pdf: bool = False


def pdf_format(data: bytes) -> Format | None:
    """A PDF's format: PDF/A by its XMP packet's pdfaid, else the PDF version in its header."""
    header = _HEADER.match(data[:16])
    if header is None:
        return None
    for packet in _PACKET.finditer(data):
        part = _PART.search(packet.group(1))
        if part is None:
            continue
        conformance = _CONFORMANCE.search(packet.group(1))
        level = conformance.group(1).decode().upper() if conformance else "B"
        key = (part.group(1).decode(), level)
        if key in PDFA:
            return Format(PDFA[key], f"PDF/A-{key[0]}{key[1].lower()}", pdfa=True, pdf=True)
    version = header.group(1).decode()
    return Format(PDF_VERSIONS.get(version, UNKNOWN), f"PDF {version}", pdf=True)


def file_format(data: bytes, filename: str) -> Format:
    """The format of an attachment: a PDF from its bytes, an office file by its name."""
    found = pdf_format(data)
    if found is not None:
        return found
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix in BY_SUFFIX:
        pronom, name = BY_SUFFIX[suffix]
        return Format(pronom, name)
    for signature, (pronom, name) in OTHER.items():
        if data.startswith(signature):
            return Format(pronom, name)
    return Format(UNKNOWN, suffix.lstrip(".") or "?")


def convertible(filename: str) -> bool:
    return "." in filename and "." + filename.rsplit(".", 1)[-1].lower() in BY_SUFFIX
