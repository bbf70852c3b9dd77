"""The notice of a meeting (innkalling) as a Word document.

What it holds, in the body's written standard (or the one asked for):

* the head: the helsefellesskap's name, "Innkalling til møte i <organ>", the time
  ("tysdag 15. desember 2026 kl. 09:00–12:00", from `hfdesk.dates`), the place and/or
  the video link, the chair and the secretariat's contact;
* the request to report absence (forfall) and call in the deputy;
* the agenda (sakliste) as a table: number, title, type, responsible, clock time
  (computed from the meeting's start and each item's time slot, as
  `queries.meeting_agenda` does); exempt cases marked with their legal basis;
* who is called in: the expected members and observers and what they represent;
* each case: responsible, put forward by, background, the proposed decision, the
  attachments by title and file name;
* signed by the secretariat.

`public=True` makes the version for the public record: an exempt case shows only its
number, "Unnateke offentlegheit" / "Unntatt offentlighet" and the legal basis.

It renders the meeting record (`services/meeting_record.py`); the public version renders
`public_view(record)`, as the public minutes and JSON do. `render_notice(record, out, ...)`
needs no database. Written atomically; a target held open in Word gives FileInUse and
leaves it as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.shared import Pt
from sqlalchemy.orm import Session

from ..dates import meeting_when, medium_date, short_date
from ..errors import InvalidInput
from ..models import MeetingStatus, Rights, Role
from ..services.meeting_record import (
    AttachmentRecord,
    ItemRecord,
    MeetingRecord,
    PersonRecord,
    SeatRecord,
    load_meeting_record,
    public_view,
)
from . import docx_common as dx
from .words import CASE_TYPES, RIGHTS, ROLES, WORDS, earlier_treatment_line, item_kind, item_title, language

if TYPE_CHECKING:
    from docx.document import Document

# Agenda table columns: Sak, Tittel, Type, Ansvarleg, Tid (16 cm of text width).
AGENDA_WIDTHS_CM = (1.9, 5.7, 2.9, 4.0, 1.5)  # the number fits "2026/012"
INVITED_WIDTHS_CM = (4.2, 5.4, 6.4)


def export_notice(
    session: Session,
    meeting_id: int,
    out: Path | str,
    *,
    lang: str | None = None,
    public: bool = False,
    template: Path | str | None = None,
) -> Path:
    """Write the notice of meeting `meeting_id` to `out` (.docx) and return the path.

    `lang` is "nb" or "nn"; by default the body's written standard. `template` is a Word
    template (.docx/.dotx) to write into; by default the one the secretariat chose
    (`services.settings.SETTING_TEMPLATE`), else the house template. Raises NotFound for an
    unknown meeting, InvalidInput for a cancelled one or a template that is missing or
    cannot be used, FileInUse / CannotWrite when the target cannot be replaced (it is
    then left as it was)."""
    template_file = dx.chosen_template(session, template)
    record = load_meeting_record(session, meeting_id)
    return render_notice(record, out, lang=lang, public=public, template=template_file, logo=dx.logo_of(session))


def render_notice(
    record: MeetingRecord,
    out: Path | str,
    *,
    lang: str | None = None,
    public: bool = False,
    template: dx.TemplateSource | None = None,
    logo: bytes | None = None,
) -> Path:
    """The notice of a meeting record as a Word document (no database)."""
    with dx.template_guard(template):
        if record.status == MeetingStatus.CANCELLED:
            raise InvalidInput("notice.meeting_cancelled")
        return _write_notice(public_view(record) if public else record, out, lang=lang, template=template, logo=logo)


def _write_notice(
    meeting: MeetingRecord,
    out: Path | str,
    *,
    lang: str | None,
    template: dx.TemplateSource | None,
    logo: bytes | None,
) -> Path:
    body = meeting.body
    public = meeting.public
    lang = language(lang, body.language)
    w = WORDS[lang]
    agenda = meeting.items
    secretary = meeting.secretary
    when = meeting_when(meeting.starts_at, meeting.ends_at, lang)
    title = w["notice_title"].format(body=body.name)

    document = dx.new_document(
        title=title,
        subject=f"{body.name}, {when}",
        created=meeting.notice_sent_at or meeting.starts_at,
        language=lang,
        keywords=f"innkalling; {w['agenda'].lower()}; {body.short_name or body.name}",
        template=template,
    )
    draft = meeting.status == MeetingStatus.PLANNED and meeting.notice_sent_at is None
    dx.set_logo(document, logo)
    dx.set_header(
        document,
        body.name,
        " · ".join(([w["draft"].upper()] if draft else []) + ([w["public_short"]] if public else [])),
        right_bold=True,
    )
    if not public and any(item.exempt for item in agenda):
        dx.set_header(document, w["contains_exempt"], right_bold=True)
    dx.set_footer_note(
        document, f"{w['notice']} – {body.short_name or body.name} – {short_date(meeting.starts_at)}"
    )

    # Head
    owner = meeting.partnership
    if owner:
        document.add_paragraph(dx.clean_text(owner), style="Subtitle")
    dx.add_heading(document, title, 0)
    if meeting.title:
        document.add_paragraph(dx.clean_text(meeting.title)).runs[0].italic = True
    if public:
        document.add_paragraph(w["public_version"]).runs[0].italic = True
    if draft:
        document.add_paragraph(w["notice_draft_line"]).runs[0].italic = True
    deputies = [m.person.full_name for m in meeting.deputies]
    dx.add_facts(
        document,
        [
            (w["to"], w["to_members"].format(body=body.name)),
            (w["copy"], w["copy_deputies"].format(names=", ".join(deputies)) if deputies else ""),
            (
                w["issued"],
                w["draft_not_sent"] if draft or meeting.notice_sent_at is None
                else medium_date(meeting.notice_sent_at, lang),
            ),
            (w["our_ref"], meeting.archive_reference),
            (w["time"], when),
            (w["place"], meeting.place),
            (w["video_link"], meeting.video_link),
            (w["chair"], meeting.chair.full_name if meeting.chair is not None else ""),
            (w["secretariat"], _contact(secretary)),
        ],
    )
    absence = document.add_paragraph()
    absence.paragraph_format.space_before = Pt(10)
    absence.add_run(w["absence"]).bold = True

    # Agenda
    dx.add_heading(document, w["agenda"], 1)
    if agenda:
        table = dx.add_table(
            document,
            [w["case"], w["title"], w["type"], w["responsible"], w["clock"]],
            [
                [
                    item.number,
                    item_title(item, lang),
                    item_kind(item, lang),
                    item.responsible,
                    f"{item.starts_at:%H:%M}",
                ]
                for item in agenda
            ],
            widths_cm=AGENDA_WIDTHS_CM,
        )
        for table_row, item in zip(table.rows[1:], agenda):
            if item.exempt:  # the public version's title already says it is exempt
                note = table_row.cells[1].add_paragraph(style=table_row.cells[1].paragraphs[0].style)
                basis = dx.clean_text(item.exemption_basis)
                note.add_run(basis if item.withheld else f"{w['exempt']}, {basis}").italic = True
    else:
        document.add_paragraph(w["no_items"])

    # Who is called in
    if meeting.invited:
        dx.add_heading(document, w["invited"], 1)
        dx.add_table(
            document,
            [w["name"], w["role"], w["represents"]],
            [[m.person.full_name, _role(m, lang), m.represents] for m in meeting.invited],
            widths_cm=INVITED_WIDTHS_CM,
        )

    # The cases: those with something to say beyond the agenda's line (no heading left empty)
    cases = [item for item in agenda if _has_text(item)]
    if cases:
        dx.add_heading(document, w["cases"], 1)
        for item in cases:
            _case(document, item, lang, meeting)

    # Signature, kept with what comes before it so it never stands alone on a page
    dx.keep_with_previous(document)
    closing = document.add_paragraph(w["regards"])
    closing.paragraph_format.space_before = Pt(18)
    closing.paragraph_format.keep_with_next = True
    signature = document.add_paragraph()
    if secretary is not None:
        signature.add_run(dx.clean_text(secretary.full_name)).bold = True
        if secretary.title:
            signature.add_run().add_break()
            signature.add_run(dx.clean_text(secretary.title))
        signature.add_run().add_break()
    signature.add_run(dx.clean_text(_secretariat_name(secretary, w)))
    return dx.save(document, out, meeting.notice_sent_at or meeting.starts_at)


# --- who ----------------------------------------------------------------------------------------


def _role(m: SeatRecord, lang: str) -> str:
    role = ROLES[lang][m.role]
    if m.role == Role.OBSERVER and m.rights in (Rights.SPEAK_PROPOSE, Rights.SPEAK):
        return f"{role} ({RIGHTS[lang][m.rights]})"
    return role


def _contact(person: PersonRecord | None) -> str:
    if person is None:
        return ""
    return ", ".join(part for part in (person.full_name, person.email, person.phone) if part)


def _secretariat_name(secretary: PersonRecord | None, w: dict[str, str]) -> str:
    if secretary is not None and secretary.organisation:
        return secretary.organisation
    return w["secretariat"]


# --- the cases ----------------------------------------------------------------------------------


def _has_text(item: ItemRecord) -> bool:
    """Whether a case has a section of its own in the notice: anything beyond its agenda line."""
    if item.exempt or item.attachments or item.background.strip() or item.proposed_decision.strip() or item.earlier:
        return True
    return item.approves is not None or (item.standard is None and bool(item.responsible or item.put_forward))


def _minutes_to_approve(meeting: MeetingRecord, item: ItemRecord, lang: str) -> str:
    """'Referat frå møtet 12. november 2026': the minutes an approval item approves."""
    assert item.approves is not None
    w = WORDS[lang]
    kind = meeting.body.minutes_kind.value
    return w["minutes_to_approve"].format(kind=w[kind], date=medium_date(item.approves.starts_at, lang))


def _case(document: Document, item: ItemRecord, lang: str, meeting: MeetingRecord) -> None:
    w = WORDS[lang]
    title = item_title(item, lang)
    dx.add_heading(document, f"{w['case']} {item.number} {title}" if item.number else title, 2)
    if item.exempt:
        line = document.add_paragraph()
        line.add_run(f"{w['exempt']}: ").bold = True
        line.add_run(dx.clean_text(item.exemption_basis))
        if item.withheld:
            return
    if item.standard is None:
        put_forward = item.put_forward
        dx.add_label_line(
            document,
            [
                ("", CASE_TYPES[lang][item.case_type]),
                (w["case_responsible"], item.responsible),
                (w["put_forward_by"], put_forward if put_forward != item.responsible else ""),
            ],
            style=dx.STYLE_NOTE,
        )
    if item.earlier:  # the case came back: where it was before
        dx.add_paragraph(
            document, " ".join(earlier_treatment_line(t, lang, meeting.body.id) for t in item.earlier), style=dx.STYLE_NOTE
        )
    if item.approves is not None and item.approves.own:
        kind = meeting.body.minutes_kind.value
        document.add_paragraph(w["approve_own_minutes"].format(kind_definite=w[f"{kind}_definite"]))
    elif item.approves is not None:
        kind = meeting.body.minutes_kind.value
        document.add_paragraph(
            w["approves_minutes"].format(
                kind_definite=w[f"{kind}_definite"], date=medium_date(item.approves.starts_at, lang)
            )
        )
    if item.background.strip():
        dx.add_heading(document, w["background"], 3)
        dx.add_text(document, item.background)
    if item.proposed_decision.strip():
        dx.add_heading(document, w["proposal"], 3)
        for paragraph in dx.add_text(document, item.proposed_decision):
            dx.left_rule(paragraph)
    attachments = [_attachment(a) for a in item.attachments]
    if item.approves is not None and not item.approves.own:
        attachments.insert(0, _minutes_to_approve(meeting, item, lang))
    if attachments:
        dx.add_heading(document, w["attachments"], 3)
        dx.add_bullets(document, attachments)


def _attachment(a: AttachmentRecord) -> str:
    stem = Path(a.filename).stem
    if a.title and a.title not in (a.filename, stem):
        return f"{a.title} ({a.filename})"
    return a.filename
