"""Small, real Word documents for the demo's attachments (vedlegg), made with python-docx.

The same case and date give the same bytes: the core properties carry the date given,
and the package is written again with that date on every zip entry (python-docx stamps
them with the clock). The default template weighs 36 KB, mostly styles nobody uses here;
it is trimmed once to what these documents need, so each one stays a few KB.
"""

from __future__ import annotations

import functools
import io
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ..dates import medium_date
from ..models import AgendaItem

if TYPE_CHECKING:
    from docx.document import Document

DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
AUTHOR = "Samarbeidssekretariatet (SSE)"

# Parts of the default template these documents do without.
_DROPPED_PARTS = {
    RT.THUMBNAIL,
    RT.CUSTOM_XML,
    RT.WEB_SETTINGS,
    RT.NUMBERING,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
}
# Styles used (with the defaults and whatever these are based on or linked to).
_USED_STYLES = ("Title", "Heading1", "Heading2")

_WORDS = {
    "nn": {
        "saksframlegg": "Saksframlegg",
        "meeting": "Møte",
        "case": "Sak",
        "responsible": "Saksansvarleg",
        "put_forward_by": "Innmeldt av",
        "exempt": "Unnateke offentlegheit",
        "background": "Bakgrunn",
        "proposal": "Framlegg til vedtak",
        "draft": "Utkast",
        "draft_title": "Utkast til handsaming",
        "draft_status": "Utkast til handsaming i {body}, {date}. Ikkje vedteke.",
        "summary": "Samandrag",
        "recommendation": "Tilråding",
    },
    "nb": {
        "saksframlegg": "Saksframlegg",
        "meeting": "Møte",
        "case": "Sak",
        "responsible": "Saksansvarlig",
        "put_forward_by": "Innmeldt av",
        "exempt": "Unntatt offentlighet",
        "background": "Bakgrunn",
        "proposal": "Forslag til vedtak",
        "draft": "Utkast",
        "draft_title": "Utkast til behandling",
        "draft_status": "Utkast til behandling i {body}, {date}. Ikke vedtatt.",
        "summary": "Sammendrag",
        "recommendation": "Anbefaling",
    },
}


def saksframlegg(item: AgendaItem, when: datetime) -> tuple[str, str, bytes]:
    """The case document: (filename, title, content)."""
    lang = item.body.language.value
    words = _WORDS[lang]
    document = _new_document(item, words["saksframlegg"], when)
    document.add_heading(words["saksframlegg"], level=0)
    facts = [(item.body.name, "")]
    if item.meeting is not None:
        facts.append((words["meeting"], medium_date(item.meeting.starts_at, lang)))
    if _final_number(item):
        facts.append((words["case"], _final_number(item)))
    facts.append((words["responsible"], item.responsible))
    if item.put_forward_by and item.put_forward_by != item.responsible:
        facts.append((words["put_forward_by"], item.put_forward_by))
    if item.exempt:
        facts.append((words["exempt"], item.exemption_basis))
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: " if value else label).bold = True
        paragraph.add_run(value)
    document.add_heading(item.title, level=1)
    document.add_heading(words["background"], level=2)
    document.add_paragraph(item.background)
    document.add_heading(words["proposal"], level=2)
    document.add_paragraph(item.proposed_decision)
    return _filename(words["saksframlegg"], item), words["saksframlegg"], _save(document, when)


def draft(item: AgendaItem, when: datetime) -> tuple[str, str, bytes]:
    """The draft a decision case is about (a plan, an agreement): (filename, title, content)."""
    lang = item.body.language.value
    words = _WORDS[lang]
    document = _new_document(item, f"{words['draft']}: {item.title}", when)
    document.add_heading(item.title, level=0)
    meeting_date = medium_date(item.meeting.starts_at, lang) if item.meeting is not None else ""
    document.add_paragraph().add_run(
        words["draft_status"].format(body=item.body.name, date=meeting_date)
    ).italic = True
    document.add_heading(words["summary"], level=1)
    document.add_paragraph(item.background)
    document.add_heading(words["recommendation"], level=1)
    document.add_paragraph(item.proposed_decision)
    return _filename(words["draft"], item), words["draft_title"], _save(document, when)


def _filename(kind: str, item: AgendaItem) -> str:
    """'Saksframlegg SSU sak 12-25.docx': saved to a folder, the file still says what it is."""
    name = f"{kind} {item.body.short_name or item.body.name}"
    if _final_number(item):
        name += f" sak {_final_number(item).replace('/', '-')}"  # no slash in a file name
    return f"{name}.docx"


def _final_number(item: AgendaItem) -> str:
    """The case number once the notice has gone out; before that it may still change."""
    return item.number_label if item.meeting is not None and item.meeting.notice_sent_at is not None else ""


def _new_document(item: AgendaItem, title: str, when: datetime) -> Document:
    document = docx.Document(io.BytesIO(_template()))
    properties = document.core_properties
    properties.author = properties.last_modified_by = AUTHOR
    properties.title = title
    properties.subject = item.body.name
    properties.comments = ""
    properties.language = "nn-NO" if item.body.language.value == "nn" else "nb-NO"
    properties.revision = 1
    properties.created = properties.modified = when
    return document


def _save(document: Document, when: datetime) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # the same bytes on every platform
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()


@functools.cache
def _template() -> bytes:
    """python-docx's default template without the parts and styles these documents do not use."""
    document = docx.Document()
    for rels in (document.part.package.rels, document.part.rels):
        for rId, rel in list(rels.items()):
            if rel.reltype in _DROPPED_PARTS:
                del rels[rId]
    styles = document.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    keep = {sid for sid, style in by_id.items() if style.get(qn("w:default")) in ("1", "true")}
    todo = [*_USED_STYLES, *keep]
    while todo:
        sid = todo.pop()
        keep.add(sid)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = by_id[sid].find(qn(tag))
            if ref is not None and ref.get(qn("w:val")) not in keep:
                todo.append(ref.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
