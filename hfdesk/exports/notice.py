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

Written atomically; a target held open in Word gives FileInUse and leaves it as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx.shared import Pt
from sqlalchemy.orm import Session

from ..dates import meeting_when, short_date
from ..errors import InvalidInput
from ..models import AgendaItem, Attachment, Meeting, MeetingStatus, Membership, Person, Rights, Role
from ..services.common import get_or_fail
from ..services.live import expected_memberships
from ..services.meetings import STANDARD_TITLES
from ..services.queries import AgendaRow, meeting_agenda
from ..services.represents import represents
from ..services.settings import partnership_name
from . import docx_common as dx
from .words import CASE_TYPES, RIGHTS, ROLES, WORDS, language

if TYPE_CHECKING:
    from docx.document import Document

# Agenda table columns: Sak, Tittel, Type, Ansvarleg, Tid (16 cm of text width).
AGENDA_WIDTHS_CM = (1.4, 6.2, 2.9, 4.0, 1.5)
INVITED_WIDTHS_CM = (4.2, 5.4, 6.4)
_ROLE_ORDER = {role: i for i, role in enumerate(Role)}


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
    with dx.template_guard(template_file):
        return _write_notice(session, meeting_id, out, lang=lang, public=public, template=template_file)


def _write_notice(
    session: Session,
    meeting_id: int,
    out: Path | str,
    *,
    lang: str | None,
    public: bool,
    template: dx.TemplateSource | None,
) -> Path:
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("notice.meeting_cancelled")
    body = meeting.body
    lang = language(lang, body.language)
    w = WORDS[lang]
    agenda = meeting_agenda(session, meeting.id)
    items = {item.id: item for item in meeting.items}
    secretary = secretary_for(meeting)
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
    dx.set_logo(document, dx.logo_of(session))
    dx.set_footer_note(
        document, f"{w['notice']} – {body.short_name or body.name} – {short_date(meeting.starts_at)}"
    )

    # Head
    owner = partnership_name(session)
    if owner:
        document.add_paragraph(dx.clean_text(owner), style="Subtitle")
    dx.add_heading(document, title, 0)
    if meeting.title:
        document.add_paragraph(dx.clean_text(meeting.title)).runs[0].italic = True
    if public:
        document.add_paragraph(w["public_version"]).runs[0].italic = True
    dx.add_facts(
        document,
        [
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
                    row.number,
                    _title(items[row.id], lang, public=public),
                    CASE_TYPES[lang][row.case_type],
                    row.responsible,
                    f"{row.starts_at:%H:%M}",
                ]
                for row in agenda
            ],
            widths_cm=AGENDA_WIDTHS_CM,
        )
        for table_row, row in zip(table.rows[1:], agenda):
            if row.exempt:  # the public version's title already says it is exempt
                note = table_row.cells[1].add_paragraph(style=table_row.cells[1].paragraphs[0].style)
                basis = dx.clean_text(row.exemption_basis)
                note.add_run(basis if public else f"{w['exempt']}, {basis}").italic = True
    else:
        document.add_paragraph(w["no_items"])

    # Who is called in
    invited = invitees(meeting)
    if invited:
        dx.add_heading(document, w["invited"], 1)
        dx.add_table(
            document,
            [w["name"], w["role"], w["represents"]],
            [[m.person.full_name, _role(m, lang), represents(m.person, m)] for m in invited],
            widths_cm=INVITED_WIDTHS_CM,
        )

    # The cases
    if agenda:
        dx.add_heading(document, w["cases"], 1)
        for row in agenda:
            _case(document, items[row.id], row, lang, public=public)

    # Signature
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


def invitees(meeting: Meeting) -> list[Membership]:
    """The members and observers called in to `meeting` (deputies are called in when a member
    reports absence; the secretariat sends the notice), leader first, then by role and name."""
    chosen = [m for m in expected_memberships(meeting) if m.role not in (Role.DEPUTY, Role.SECRETARY)]
    return sorted(
        chosen, key=lambda m: (_ROLE_ORDER[m.role], m.person.family_name, m.person.given_name, m.id)
    )


def secretary_for(meeting: Meeting) -> Person | None:
    """The secretariat's person for `meeting`: the body's secretary on the day, else the
    meeting's minute-taker, else None."""
    secretaries = sorted(
        (m for m in expected_memberships(meeting) if m.role == Role.SECRETARY),
        key=lambda m: (m.person.family_name, m.person.given_name, m.id),
    )
    if secretaries:
        return secretaries[0].person
    return meeting.minute_taker


def _role(m: Membership, lang: str) -> str:
    role = ROLES[lang][m.role]
    if m.role == Role.OBSERVER and m.rights in (Rights.SPEAK_PROPOSE, Rights.SPEAK):
        return f"{role} ({RIGHTS[lang][m.rights]})"
    return role


def _contact(person: Person | None) -> str:
    if person is None:
        return ""
    return ", ".join(part for part in (person.full_name, person.email, person.phone) if part)


def _secretariat_name(secretary: Person | None, w: dict[str, str]) -> str:
    if secretary is not None and secretary.organisation is not None:
        return secretary.organisation.name
    return w["secretariat"]


# --- the cases ----------------------------------------------------------------------------------


def _title(item: AgendaItem, lang: str, *, public: bool) -> str:
    """The item's title; a standard item keeps its standard wording in the other written
    standard; an exempt case in the public version has no title."""
    if public and item.exempt:
        return WORDS[lang]["exempt"]
    if item.standard is not None:
        titles = STANDARD_TITLES.get(item.standard, {})
        if item.title in titles.values():
            return titles.get(lang, item.title)
    return item.title


def _case(document: Document, item: AgendaItem, row: AgendaRow, lang: str, *, public: bool) -> None:
    w = WORDS[lang]
    title = _title(item, lang, public=public)
    dx.add_heading(document, f"{w['case']} {row.number} {title}" if row.number else title, 2)
    if item.exempt:
        line = document.add_paragraph()
        line.add_run(f"{w['exempt']}: ").bold = True
        line.add_run(dx.clean_text(item.exemption_basis))
        if public:
            return
    if item.standard is None:
        put_forward = item.put_forward_by or (
            item.put_forward_by_person.full_name if item.put_forward_by_person is not None else ""
        )
        dx.add_label_line(
            document,
            [
                ("", CASE_TYPES[lang][item.case_type]),
                (w["case_responsible"], row.responsible),
                (w["put_forward_by"], put_forward if put_forward != row.responsible else ""),
            ],
            style=dx.STYLE_NOTE,
        )
    if item.background.strip():
        dx.add_heading(document, w["background"], 3)
        dx.add_text(document, item.background)
    if item.proposed_decision.strip():
        dx.add_heading(document, w["proposal"], 3)
        for paragraph in dx.add_text(document, item.proposed_decision):
            dx.left_rule(paragraph)
    if item.attachments:
        dx.add_heading(document, w["attachments"], 3)
        dx.add_bullets(document, [_attachment(a) for a in item.attachments])


def _attachment(a: Attachment) -> str:
    stem = Path(a.filename).stem
    if a.title and a.title not in (a.filename, stem):
        return f"{a.title} ({a.filename})"
    return a.filename
