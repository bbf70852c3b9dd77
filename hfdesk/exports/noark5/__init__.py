"""A meeting as a Noark 5 v5.0 deposit package (issue 21, points 3-5): a folder with

    arkivstruktur.xml   arkiv → arkivdel → møtemappe (moetemappe) → møteregistreringer
                        (moeteregistrering) → dokumentbeskrivelse → dokumentobjekt
    endringslogg.xml    one change at least: the export itself
    arkivuttrekk.xml    ADDML 8.3: the package and its files, with their checksums
    dokumenter/…        every document as PDF/A (an attachment that cannot be converted goes
                        in as it is, with its true PRONOM id, and is named in a warning)

Only a meeting whose minutes are approved is exported. Attendance, votes and conclusions
have no element of their own in Noark 5 v5.0: the PDF/A minutes are the record, and each
case's møteregistrering says its outcome in `merknad`. systemIDs are the objects' own uuids
(meeting, item) or derived from them with uuid5 and a role string, so they are the same in
every export. The folder is written beside its target and renamed at the end: the target is
whole or untouched. Qt-free; `export_noark5(session, …)` reads the database once, the rest
renders the frozen MeetingRecord.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from sqlalchemy.orm import Session

from ...errors import CannotWrite, InvalidInput
from ...fileio import sync_folder
from ...models import Capacity, ConclusionKind, NoConsensusOutcome, Role, StandardItem, VoteChoice
from ...services.meeting_record import AttachmentRecord, ItemRecord, MeetingRecord
from ...services.settings import ArchiveSettings
from ..words import WORDS, language
from .formats import SPREADSHEETS, PRESENTATIONS, WORD_FORMATS, Format, convertible, file_format, pdf_format
from .structure import ADDML, N5, N5_LOG, XSI, Node

ARKIVSTRUKTUR = "arkivstruktur.xml"
ENDRINGSLOGG = "endringslogg.xml"
ARKIVUTTREKK = "arkivuttrekk.xml"
DOCUMENTS = "dokumenter"
MISSING_TEXT = "-"

_FUNCTION_WORDS = {
    "nb": {"chair": "Møteleder", "deputy_for": "Varamedlem for {name}", "deputy": "Varamedlem",
           "member": "Medlem", "observer": "Observatør", "guest": "Gjest", "minute_taker": "Referent",
           "secretariat": "Sekretariat", "decision": "Vedtak", "exempt_title": "Sak {number}: ******",
           "notice": "Innkalling", "agenda": "Sakliste", "minutes": "Protokoll", "export": "Arkivuttrekk"},
    "nn": {"chair": "Møteleiar", "deputy_for": "Varamedlem for {name}", "deputy": "Varamedlem",
           "member": "Medlem", "observer": "Observatør", "guest": "Gjest", "minute_taker": "Referent",
           "secretariat": "Sekretariat", "decision": "Vedtak", "exempt_title": "Sak {number}: ******",
           "notice": "Innkalling", "agenda": "Sakliste", "minutes": "Protokoll", "export": "Arkivuttrekk"},
}  # fmt: skip


@dataclass(frozen=True)
class Noark5Result:
    path: Path
    documents: int
    warnings: tuple[str, ...] = ()


@dataclass
class _Document:
    """A file of the package: where it lies (relative), its bytes' facts and its format."""

    rel: str
    title: str
    fmt: Format
    sha256: str
    size: int
    main: bool  # Hoveddokument (else Vedlegg)


@dataclass
class _Build:
    folder: Path
    converter: object
    warnings: list[str] = field(default_factory=list)
    count: int = 0

    def add_file(self, stem: str, data: bytes, suffix: str) -> str:
        self.count += 1
        rel = f"{DOCUMENTS}/{self.count:03d}-{_slug(stem)}{suffix}"
        (self.folder / rel).write_bytes(data)
        return rel


def _sid(base: str, role: str) -> str:
    """A stable systemID: uuid5 of the object's own uuid and what the derived object is."""
    return str(uuid.uuid5(uuid.UUID(base), role))


def _slug(text: str) -> str:
    plain = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40] or "dokument"


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time from the database is local time
    return moment.isoformat(timespec="seconds")


# --- the command --------------------------------------------------------------------------------


def check_target(out: Path) -> None:
    """The out folder must be new or empty (InvalidInput otherwise)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InvalidInput("noark5.out_not_empty", path=out)
    if not out.parent.is_dir():
        raise CannotWrite("file.folder_missing", parent=out.parent)


def setting_names(keys: list[str]) -> str:
    """The archive settings' names as the user reads them (messages: setting.<key>)."""
    from ...messages import render

    labels = {
        "archive.administrative_unit": render("setting.archive.administrative_unit"),
        "archive.case_officer": render("setting.archive.case_officer"),
        "archive.archived_by": render("setting.archive.archived_by"),
        "archive.creator_name": render("setting.archive.creator_name"),
        "archive.creator_id": render("setting.archive.creator_id"),
    }
    return ", ".join(labels.get(key, key) for key in keys)


def export_noark5(
    session: Session,
    meeting_id: int,
    out: Path | str,
    *,
    converter: object | None = None,
    at: datetime | None = None,
) -> Noark5Result:
    """Write meeting `meeting_id` as a Noark 5 deposit package in the folder `out` (new or
    empty). Refused (InvalidInput / CannotWrite, nothing written) when the minutes are not
    approved, an archive setting is missing, there is no PDF/A converter or `out` holds files."""
    from ...services.meeting_record import load_meeting_record
    from ...services.settings import archive_settings, partnership_name
    from .. import docx_common as dx
    from ..pdf import find_converter

    out = Path(out)
    record = load_meeting_record(session, meeting_id, attachment_content=True)
    if not record.approved:
        raise InvalidInput("noark5.not_approved", meeting_id=meeting_id)
    chosen = converter or find_converter()
    if chosen is None:
        raise CannotWrite("noark5.no_converter")
    archive = archive_settings(session)
    missing = archive.missing()
    if missing:
        raise InvalidInput("noark5.missing_settings", names=setting_names(missing))
    check_target(out)
    template = dx.chosen_template(session, None)
    logo = dx.logo_of(session)
    author = partnership_name(session)
    return write_package(
        record, out, archive=archive, converter=chosen, at=at or datetime.now(timezone.utc), author=author,
        template=template, logo=logo,
    )


def write_package(
    record: MeetingRecord,
    out: Path,
    *,
    archive: ArchiveSettings,
    converter: object,
    at: datetime,
    author: str = "",
    template: object = None,
    logo: bytes | None = None,
) -> Noark5Result:
    """The package of an approved meeting record, written beside `out` and renamed to it."""
    check_target(out)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        build = _Build(work, converter)
        (work / DOCUMENTS).mkdir()
        root = _arkivstruktur(record, build, archive, at, author, template, logo)
        _write_xml(root, work / ARKIVSTRUKTUR, N5)
        _write_xml(_endringslogg(record, archive, at), work / ENDRINGSLOGG, N5_LOG)
        _write_xml(_arkivuttrekk(record, work, archive, at), work / ARKIVUTTREKK, ADDML)
        if out.is_dir():
            out.rmdir()  # empty (checked): the finished folder takes its place
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    sync_folder(out.parent)
    return Noark5Result(out, build.count, tuple(build.warnings))


def _write_xml(root: ET.Element, path: Path, default_ns: str) -> None:
    ET.register_namespace("", default_ns)
    ET.register_namespace("xsi", XSI)
    ET.indent(root)
    path.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


# --- documents ----------------------------------------------------------------------------------


def _pdfa_of_docx(build: _Build, write_docx: Callable[[Path], object], title: str, author: str) -> _Document:
    from ..pdf import export_pdf

    with tempfile.TemporaryDirectory(prefix="hfdesk-n5-") as tmp:
        made = export_pdf(write_docx, Path(tmp) / "out.pdf", author=author, title=title,
                          converter=build.converter, name=_slug(title))  # type: ignore[arg-type]
        data = made.read_bytes()
    rel = build.add_file(title, data, ".pdf")
    found = pdf_format(data)
    assert found is not None
    return _Document(rel, title, found, hashlib.sha256(data).hexdigest(), len(data), True)


def _attachment(build: _Build, a: AttachmentRecord, main: bool, *, exempt: bool) -> _Document:
    data = a.content or b""
    title = a.title or a.filename
    stem = "vedlegg" if exempt else title  # the file's name must not tell what an exempt case is
    fmt = file_format(data, a.filename)
    if not fmt.pdfa and not fmt.pdf and convertible(a.filename):
        converted = _convert(build.converter, data, a.filename)
        if converted is not None:
            found = pdf_format(converted)
            if found is not None and found.pdfa:
                rel = build.add_file(stem, converted, ".pdf")
                return _Document(rel, title, found, hashlib.sha256(converted).hexdigest(), len(converted), main)
    if not fmt.pdfa:
        from ...messages import render

        build.warnings.append(render("noark5.kept_as_is", name=a.filename, format=f"{fmt.name} ({fmt.pronom})"))
    suffix = "." + a.filename.rsplit(".", 1)[-1].lower() if "." in a.filename else ""
    rel = build.add_file(stem, data, suffix)
    return _Document(rel, title, fmt, hashlib.sha256(data).hexdigest(), len(data), main)


def _convert(converter: object, data: bytes, filename: str) -> bytes | None:
    """An office file as PDF/A through the converter; None when it cannot be converted."""
    from ..pdf import LibreOfficeConverter, _run

    suffix = "." + filename.rsplit(".", 1)[-1].lower()
    with tempfile.TemporaryDirectory(prefix="hfdesk-n5-") as tmp:
        source = Path(tmp) / f"vedlegg{suffix}"
        source.write_bytes(data)
        target = Path(tmp) / "vedlegg.pdf"
        try:
            if isinstance(converter, LibreOfficeConverter):
                outdir = Path(tmp) / "out"
                outdir.mkdir()
                command = converter.command(source, outdir, Path(tmp) / "profile")
                if suffix in SPREADSHEETS or suffix in PRESENTATIONS:
                    kind = "calc" if suffix in SPREADSHEETS else "impress"
                    command = [c.replace("writer_pdf_Export", f"{kind}_pdf_Export") for c in command]
                _run(command, converter.timeout)
                made = outdir / "vedlegg.pdf"
                if not made.is_file():
                    return None
                return made.read_bytes()
            if suffix in WORD_FORMATS:
                converter.convert(source, target)  # type: ignore[attr-defined]
                return target.read_bytes() if target.is_file() else None
        except (CannotWrite, OSError):
            return None
    return None


# --- arkivstruktur.xml ---------------------------------------------------------------------------


def _skjerming(item: ItemRecord, *, document: bool = False) -> Node | None:
    if not item.exempt:
        return None
    basis = item.exemption_basis or MISSING_TEXT
    section = re.search(r"§\s*(\d+)", basis)
    return Node("skjerming", {
        "tilgangsrestriksjon": section.group(1) if section else basis,
        "skjermingshjemmel": basis,
        "skjermingMetadata": ["tittel", "beskrivelse"] if not document else ["tittel"],
        "skjermingDokument": "Hele",
    })


def outcome(item: ItemRecord, lang: str) -> str:
    """What came of an item, as the minutes' outcome column says it, and the decision."""
    w = WORDS[lang]
    c = item.conclusion
    if c is None:
        return ""
    if c.kind == ConclusionKind.CONSENSUS:
        said = w["outcome_consensus"]
    elif c.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL:
        said = w["outcome_protocol"]
    elif c.kind == ConclusionKind.VOTE:
        tally = c.rounds[-1].tally if c.rounds else c.tally
        if c.adopted is None:
            said = w["outcome_vote_none"]
        else:
            key = "outcome_vote_rejected" if c.adopted is False else "outcome_vote_adopted"
            said = w[key].format(votes_for=tally[VoteChoice.FOR], votes_against=tally[VoteChoice.AGAINST])
    elif c.kind == ConclusionKind.NO_CONSENSUS:
        said = w["outcome_to_parties" if c.no_consensus_outcome == NoConsensusOutcome.TO_PARTIES else "outcome_returned"]
    elif c.kind == ConclusionKind.DEFERRED:
        said = w["outcome_deferred"]
    elif c.kind == ConclusionKind.WITHDRAWN:
        said = w["outcome_withdrawn"]
    else:
        said = w["outcome_noted"]
    decision = " ".join(c.decision_text.split())
    if decision:
        return f"{said}. {_FUNCTION_WORDS[lang]['decision']}: {decision}"
    return said


def _participants(record: MeetingRecord, lang: str) -> list[Node]:
    """Who took part, with their function in the meeting."""
    words = _FUNCTION_WORDS[lang]
    chair_id = record.chair.id if record.chair else None
    taker_id = record.minute_taker.id if record.minute_taker else None
    out: list[Node] = []
    for a in record.attendance:
        if not a.present:
            continue
        if a.person.id == chair_id:
            function = words["chair"]
        elif a.person.id == taker_id:
            function = words["minute_taker"]
        elif a.capacity == Capacity.DEPUTY:
            function = words["deputy_for"].format(name=a.deputy_for.full_name) if a.deputy_for else words["deputy"]
        elif a.capacity == Capacity.OBSERVER or a.role == Role.OBSERVER:
            function = words["observer"]
        elif a.capacity == Capacity.GUEST:
            function = words["guest"]
        elif a.capacity == Capacity.SECRETARIAT:
            function = words["secretariat"]
        else:
            function = words["member"]
        out.append(Node("moetedeltaker", {"moetedeltakerNavn": a.person.full_name, "moetedeltakerFunksjon": function}))
    present = {a.person.id for a in record.attendance if a.present}
    if record.minute_taker is not None and record.minute_taker.id not in present:
        out.append(Node("moetedeltaker", {"moetedeltakerNavn": record.minute_taker.full_name,
                                          "moetedeltakerFunksjon": words["minute_taker"]}))
    return out


def _descriptions(base: str, docs: list[_Document], at: str, archive: ArchiveSettings,
                  skjerming: Node | None = None) -> list[Node]:
    out = []
    for number, doc in enumerate(docs, start=1):
        sid = _sid(base, f"dokumentbeskrivelse:{number}")
        out.append(Node("dokumentbeskrivelse", {
            "systemID": sid,
            "dokumenttype": "Møtedokument" if doc.main else "Vedlegg",
            "dokumentstatus": "Dokumentet er ferdigstilt",
            "tittel": doc.title,
            "opprettetDato": at,
            "opprettetAv": archive.archived_by,
            "tilknyttetRegistreringSom": "Hoveddokument" if doc.main else "Vedlegg",
            "dokumentnummer": number,
            "tilknyttetDato": at,
            "tilknyttetAv": archive.archived_by,
            "skjerming": skjerming,
            "dokumentobjekt": Node("dokumentobjekt", {
                "systemID": _sid(sid, "dokumentobjekt"),
                "versjonsnummer": 1,
                "variantformat": "Arkivformat" if doc.fmt.pdfa else "Produksjonsformat",
                "format": doc.fmt.pronom,
                "formatDetaljer": doc.fmt.name,
                "opprettetDato": at,
                "opprettetAv": archive.archived_by,
                "referanseDokumentfil": doc.rel,
                "sjekksum": doc.sha256,
                "sjekksumAlgoritme": "SHA256",
                "filstoerrelse": doc.size,
            }),
        }))
    return out


def _arkivstruktur(record: MeetingRecord, build: _Build, archive: ArchiveSettings, moment: datetime, author: str,
                   template: object, logo: bytes | None) -> ET.Element:
    from ..minutes import render_minutes
    from ..notice import render_notice

    lang = language(None, record.body.language)
    words = _FUNCTION_WORDS[lang]
    at = _iso(moment)
    by = archive.archived_by
    meeting_title = record.title or f"{record.body.name} {record.starts_at:%d.%m.%Y}"

    def registration(role: str, title: str, kind: str, docs: list[_Document], *, sid: str | None = None,
                     item: ItemRecord | None = None, note: str = "", public_title: str = "") -> Node:
        reg_sid = sid or _sid(record.uuid, role)
        merknad = Node("merknad", {
            "merknadstekst": note, "merknadstype": "Utfall", "merknadsdato": at, "merknadRegistrertAv": by,
        }) if note else None
        skjerming = _skjerming(item) if item is not None else None
        return Node("moeteregistrering", {
            "systemID": reg_sid,
            "opprettetDato": at,
            "opprettetAv": by,
            "arkivertDato": at,
            "arkivertAv": by,
            "skjerming": skjerming,
            "dokumentbeskrivelse": _descriptions(
                reg_sid, docs, at, archive, _skjerming(item, document=True) if item is not None else None
            ),
            "registreringsID": (item.number if item is not None else "") or "",
            "tittel": title,
            "offentligTittel": public_title,
            "merknad": merknad,
            "moeteregistreringstype": kind,
            "moetesakstype": _case_kind(item) if item is not None else "",
            "administrativEnhet": archive.administrative_unit,
            "saksbehandler": archive.case_officer,
        }, xsi_type=True)

    notice = _pdfa_of_docx(build, lambda p: render_notice(record, p, template=template, logo=logo),  # type: ignore[arg-type]
                           f"{words['notice']} {meeting_title}", author)
    agenda = _pdfa_of_docx(build, lambda p: render_notice(record, p, public=True, template=template, logo=logo),  # type: ignore[arg-type]
                           f"{words['agenda']} {meeting_title}", author)
    registrations = [
        registration("innkalling", notice.title, "Møteinnkalling", [notice]),
        registration("saksliste", agenda.title, "Saksliste", [agenda]),
    ]
    for item in record.items:
        docs = [_attachment(build, a, main=False, exempt=item.exempt) for a in item.attachments]
        title = f"{item.number} {item.title}".strip() if item.number else item.title
        public_title = words["exempt_title"].format(number=item.number or item.position) if item.exempt else ""
        registrations.append(registration(
            "", title, "Saksframlegg", docs, sid=item.uuid, item=item, note=outcome(item, lang),
            public_title=public_title,
        ))
    minutes = _pdfa_of_docx(build, lambda p: render_minutes(record, p, template=template, logo=logo),  # type: ignore[arg-type]
                            f"{words['minutes']} {meeting_title}", author)
    registrations.append(registration("protokoll", minutes.title, "Møteprotokoll", [minutes]))

    closed = _closed(record, moment)
    mappe = Node("moetemappe", {
        "systemID": record.uuid,
        "mappeID": record.archive_reference or f"{record.body.short_name or record.body.name}-{record.starts_at:%Y%m%d}",
        "tittel": meeting_title,
        "opprettetDato": at,
        "opprettetAv": by,
        "avsluttetDato": closed,
        "avsluttetAv": by,
        "registrering": registrations,
        "moetenummer": f"{record.starts_at:%Y}-{record.id}",
        "utvalg": record.body.name,
        "moetedato": record.starts_at.date().isoformat(),
        "moetested": record.place,
        "moetedeltaker": _participants(record, lang),
    }, xsi_type=True)
    arkivdel = Node("arkivdel", {
        "systemID": _sid(record.uuid, "arkivdel"),
        "tittel": f"{record.body.name} {record.starts_at:%Y}",
        "arkivdelstatus": "Avsluttet periode",
        "opprettetDato": at,
        "opprettetAv": by,
        "avsluttetDato": at,
        "avsluttetAv": by,
        "mappe": mappe,
    })
    arkiv = Node("arkiv", {
        "systemID": _sid(record.uuid, "arkiv"),
        "tittel": f"{archive.creator_name}: {record.body.name}",
        "arkivstatus": "Avsluttet",
        "opprettetDato": at,
        "opprettetAv": by,
        "avsluttetDato": at,
        "avsluttetAv": by,
        "arkivskaper": Node("arkivskaper", {
            "arkivskaperID": archive.creator_id, "arkivskaperNavn": archive.creator_name,
        }),
        "arkivdel": arkivdel,
    })
    root = ET.Element(f"{{{N5}}}arkiv")
    root.set(f"{{{XSI}}}schemaLocation", f"{N5} arkivstruktur.xsd")
    arkiv.fill(root)
    return root


def _case_kind(item: ItemRecord) -> str:
    if item.standard == StandardItem.APPROVE_MINUTES:
        return "Godkjenning av protokoll"
    return {"decision": "Vedtakssak", "discussion": "Drøftingssak", "information": "Orienteringssak"}.get(
        str(item.case_type), str(item.case_type)
    )


def _closed(record: MeetingRecord, moment: datetime) -> str:
    approved = record.approval.approved_on if record.approval is not None else None
    if approved is None:
        return _iso(moment)
    return _iso(datetime.combine(approved, time(12, 0)))


# --- endringslogg.xml and arkivuttrekk.xml ----------------------------------------------------------


def _endringslogg(record: MeetingRecord, archive: ArchiveSettings, moment: datetime) -> ET.Element:
    root = ET.Element(f"{{{N5_LOG}}}endringslogg")
    root.set(f"{{{XSI}}}schemaLocation", f"{N5_LOG} endringslogg.xsd")
    change = ET.SubElement(root, f"{{{N5_LOG}}}endring")
    for name, value in (
        ("referanseArkivenhet", record.uuid),
        ("referanseMetadata", "avsluttetDato"),
        ("endretDato", _iso(moment)),
        ("endretAv", archive.archived_by),
        ("tidligereVerdi", "Møtemappe i hfdesk (protokoll godkjend)"),
        ("nyVerdi", "Avlevert som arkivuttrekk (Noark 5 v5.0)"),
    ):
        ET.SubElement(change, f"{{{N5_LOG}}}{name}").text = value
    return root


def _arkivuttrekk(record: MeetingRecord, folder: Path, archive: ArchiveSettings, moment: datetime) -> ET.Element:
    def prop(parent: ET.Element, name: str, value: str | None = None) -> ET.Element:
        props = parent.find(f"{{{ADDML}}}properties")
        if props is None:
            props = ET.SubElement(parent, f"{{{ADDML}}}properties")
        made = ET.SubElement(props, f"{{{ADDML}}}property", name=name)
        if value is not None:
            ET.SubElement(made, f"{{{ADDML}}}value").text = value
        return made

    root = ET.Element(f"{{{ADDML}}}addml")
    root.set(f"{{{XSI}}}schemaLocation", f"{ADDML} addml.xsd")
    dataset = ET.SubElement(root, f"{{{ADDML}}}dataset")
    ET.SubElement(dataset, f"{{{ADDML}}}description").text = f"{record.body.name}, {record.starts_at:%d.%m.%Y}"
    objects = ET.SubElement(dataset, f"{{{ADDML}}}dataObjects")
    package = ET.SubElement(objects, f"{{{ADDML}}}dataObject", name="Noark 5 arkivuttrekk")
    info = prop(package, "info")
    inner = ET.SubElement(info, f"{{{ADDML}}}properties")
    for name, value in (("type", "Noark5"), ("version", "v5.0"), ("producer", archive.creator_name),
                        ("producerID", archive.creator_id), ("exportedAt", _iso(moment)),
                        ("systemName", "hfdesk")):
        made = ET.SubElement(inner, f"{{{ADDML}}}property", name=name)
        ET.SubElement(made, f"{{{ADDML}}}value").text = value
    files = ET.SubElement(package, f"{{{ADDML}}}dataObjects")
    paths = [folder / ARKIVSTRUKTUR, folder / ENDRINGSLOGG, *sorted((folder / DOCUMENTS).iterdir())]
    for path in paths:
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        one = ET.SubElement(files, f"{{{ADDML}}}dataObject", name=rel)
        file_prop = prop(one, "file")
        inner = ET.SubElement(file_prop, f"{{{ADDML}}}properties")
        fmt = file_format(data, path.name) if path.parent.name == DOCUMENTS else None
        for name, value in (
            ("name", rel),
            ("format", fmt.pronom if fmt else "fmt/101"),  # fmt/101: XML
            ("size", str(len(data))),
            ("checksumAlgorithm", "SHA256"),
            ("checksumValue", hashlib.sha256(data).hexdigest()),
        ):
            made = ET.SubElement(inner, f"{{{ADDML}}}property", name=name)
            ET.SubElement(made, f"{{{ADDML}}}value").text = value
    return root
