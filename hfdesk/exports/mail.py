"""E-mail drafts (.eml) the secretary opens in the mail program, reads through and sends.

`draft_message` makes one message: To, Subject, a plain-text body and attached files, with the
header `X-Unsent: 1`, so Outlook opens the file as a draft to send rather than as a mail
received (other programs open it as a message they can forward or edit). `write_draft` writes
one atomically. Nothing is sent from hfdesk: the laptops have no mail server of their own, and
the secretary sends from their own mailbox.

`deputy_notice_draft` is the notice to a deputy called in for a member's forfall
(services/absence.py), "Innkalling som varamedlem: SSU 15. desember 2026", in the body's written
standard, the notice (.docx) and the case papers attached.

`meeting_message` / `meeting_draft` make the notice or the minutes as one message to the body
(`hfdesk export mail`, and "E-post med innkallinga/referatet" in the app):

* To: the members and observers called in (the notice's list) with an e-mail address; Cc: the
  body's deputies on the day. The secretariat's own address is not a recipient (it sends the
  message). Everyone without an address is named in the result (`without_address`) and the
  message is still written; with no address at all it is refused (InvalidInput).
* Guests "på sak" are not recipients: the message carries the papers of every item, and a guest
  is to have only those of their own items. They are named in the result (`guests`) so the
  secretary sends them their items' papers by hand.
* The subject and text in the body's written standard; the notice carries the calendar
  invitation (text/calendar; method=REQUEST, or the plain entry when the secretariat has no
  address: see exports/ics.py); the minutes carry none.
* The document as PDF/A where LibreOffice or Word is there (exports/pdf.py), else as .docx,
  and the items' attachments.
* Exempt items (unnateke offentlegheit) hold health and personal data under taushetsplikt:
  by default their papers are left out (the attached document is the public version, their
  attachments are not attached) and the text says they are handed out by other means. Only
  `include_exempt=True`, the secretary's confirmation for this message, attaches them; the
  public kind never does (asking for both is InvalidInput).
"""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..dates import medium_date, meeting_when
from ..errors import InvalidInput, NotFound
from ..fileio import safe_file_name, write_atomically
from ..messages import Text
from ..models import Capacity, MeetingStatus, Person
from ..services.meeting_record import MeetingRecord, load_meeting_record
from . import docx_common as dx
from .notice import render_notice
from .words import MAIL_WORDS, WORDS, language, minutes_words

if TYPE_CHECKING:
    from .pdf import PdfConverter

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"
NOTICE = "notice"
MINUTES = "minutes"
KINDS = (NOTICE, MINUTES)


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    content: bytes
    mime_type: str = ""  # guessed from the file name when empty


Address = tuple[str, str]  # (name, e-mail address)


def draft_message(
    *,
    to: str | Sequence[Address],
    subject: str,
    body: str,
    to_name: str = "",
    cc: Sequence[Address] = (),
    attachments: Iterable[MailAttachment] = (),
    calendar: bytes | None = None,
    calendar_method: str | None = None,
    calendar_name: str = "invite.ics",
    language: str = "",
) -> EmailMessage:
    """One e-mail draft: To (one address, with the name when given, or (name, address) pairs),
    Cc, Subject, the plain-text body, a calendar invitation (text/calendar with its iTIP
    `calendar_method` when given), the files attached; `X-Unsent: 1` (a draft in Outlook)."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    if isinstance(to, str):
        message["To"] = formataddr((to_name, to)) if to_name else to
    else:
        message["To"] = ", ".join(formataddr(a) for a in to)
    if cc:
        message["Cc"] = ", ".join(formataddr(a) for a in cc)
    message["Subject"] = subject
    if language:
        message["Content-Language"] = language
    message.set_content(body)
    if calendar is not None:
        params = {"method": calendar_method} if calendar_method else None
        message.add_attachment(calendar, maintype="text", subtype="calendar", filename=calendar_name, params=params)
    for a in attachments:
        mime = a.mime_type or mimetypes.guess_type(a.filename)[0] or "application/octet-stream"
        maintype, _, subtype = mime.partition("/")
        message.add_attachment(a.content, maintype=maintype, subtype=subtype or "octet-stream", filename=a.filename)
    return message


def write_draft(message: EmailMessage, out: Path | str) -> Path:
    """Write a draft as an .eml file, atomically (FileInUse / CannotWrite as every export)."""
    data = message.as_bytes()
    write_atomically(out, lambda fh: fh.write(data))
    return Path(out)


def _notice_bytes(record: MeetingRecord, lang: str, session: Session) -> bytes:
    with tempfile.TemporaryDirectory(prefix="hfdesk-mail-") as folder:
        path = Path(folder) / "notice.docx"
        render_notice(record, path, lang=lang, template=dx.chosen_template(session), logo=dx.logo_of(session))
        return path.read_bytes()


def deputy_notice_message(session: Session, meeting_id: int, deputy_person_id: int, *, lang: str | None = None) -> EmailMessage:
    """The draft to a deputy called in for a meeting: To the deputy's address in the register,
    the subject and text in the body's written standard (or `lang`), the notice and the case
    papers attached. InvalidInput when the person is not called in as a deputy to the meeting
    or has no e-mail address."""
    record = load_meeting_record(session, meeting_id, attachment_content=True)
    lang = language(lang, record.body.language)
    m = MAIL_WORDS[lang]
    deputy = next(
        (a for a in record.attendance if a.person.id == deputy_person_id and a.capacity == Capacity.DEPUTY), None
    )
    if deputy is None or deputy.deputy_for is None:
        someone = session.get(Person, deputy_person_id)
        if someone is None:
            raise NotFound("record.not_found", what=Text("what.person"), id=deputy_person_id)
        raise InvalidInput("mail.not_called_in", person=someone.full_name)
    person = deputy.person
    if not person.email.strip():
        raise InvalidInput("mail.no_address", person=person.full_name)
    body_name = record.body.short_name or record.body.name
    subject = m["deputy_subject"].format(body=body_name, date=medium_date(record.starts_at, lang))
    place = ", ".join(p for p in (record.place, record.video_link) if p)
    secretary = record.secretary.full_name if record.secretary is not None else WORDS[lang]["secretariat"]
    text = m["deputy_body"].format(
        given=person.given_name or person.full_name,
        member=deputy.deputy_for.full_name,
        body=record.body.name,
        when=meeting_when(record.starts_at, record.ends_at, lang),
        place=f" ({place})" if place else "",
        secretary=secretary,
    )
    word = m["notice_file"]
    notice_name = safe_file_name(f"{word} {body_name} {record.starts_at:%Y-%m-%d}", replacement="-") + ".docx"
    files = [MailAttachment(notice_name, _notice_bytes(record, lang, session), DOCX_TYPE)]
    for item in record.items:
        for a in item.attachments:
            if a.content is not None:
                files.append(MailAttachment(a.filename, a.content, a.mime_type))
    return draft_message(
        to=person.email.strip(), to_name=person.full_name, subject=subject, body=text, attachments=files, language=lang
    )


def deputy_notice_draft(
    session: Session, meeting_id: int, deputy_person_id: int, out: Path | str, *, lang: str | None = None
) -> Path:
    """`deputy_notice_message` written to `out` (.eml)."""
    return write_draft(deputy_notice_message(session, meeting_id, deputy_person_id, lang=lang), out)


# --- the notice or the minutes to the body ----------------------------------------------------------


@dataclass(frozen=True)
class MeetingMail:
    """A meeting's message and what the secretary must know about it."""

    message: EmailMessage
    without_address: tuple[str, ...] = ()  # called in or deputy, no e-mail address: not on it
    guests: tuple[str, ...] = ()  # guests på sak: not on it (they get their own items' papers)
    exempt_left_out: tuple[str, ...] = ()  # numbers of the exempt items whose papers were left out
    pdf: bool = False  # the document attached as PDF/A (else .docx)


_NO_CONVERTER = object()


def meeting_message(
    session: Session,
    meeting_id: int,
    kind: str,
    *,
    public: bool = False,
    include_exempt: bool = False,
    lang: str | None = None,
    converter: PdfConverter | None | object = _NO_CONVERTER,
    now: datetime | None = None,
) -> MeetingMail:
    """The notice (`kind` NOTICE) or the minutes (MINUTES) of a meeting as one e-mail draft to
    the body (the module docstring says who gets it and what it carries). `converter` makes the
    PDF/A (default: `pdf.find_converter()`; None attaches the .docx). `now` is the calendar's
    DTSTAMP.

    NotFound for an unknown meeting; InvalidInput for an unknown kind, `public` together with
    `include_exempt`, the minutes of a meeting not held, a cancelled meeting, or no recipient
    with an e-mail address."""
    if kind not in KINDS:
        raise InvalidInput("mail.unknown_kind", kind=kind, kinds=", ".join(KINDS))
    if public and include_exempt:
        raise InvalidInput("mail.public_and_exempt")
    record = load_meeting_record(session, meeting_id, attachment_content=True)
    if kind == MINUTES and record.status not in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED):
        raise InvalidInput("mail.no_minutes")
    if record.status == MeetingStatus.CANCELLED:
        raise InvalidInput("notice.meeting_cancelled")
    lang = language(lang, record.body.language)
    m = MAIL_WORDS[lang]
    body_name = record.body.short_name or record.body.name
    when = meeting_when(record.starts_at, record.ends_at, lang)
    date = medium_date(record.starts_at, lang)

    to, cc, missing = _recipients(record)
    if not to and not cc:
        raise InvalidInput("mail.no_recipients", body=body_name)
    guests = tuple(
        a.person.full_name for a in record.attendance if a.capacity == Capacity.GUEST
    )

    exempt_items = [i for i in record.items if i.exempt]
    with_exempt = include_exempt and not public
    left_out = () if with_exempt else tuple(i.number or str(i.position) for i in exempt_items)
    shown_public = public or bool(left_out)  # the public document leaves out what exempt items hold

    exempt_note = ""
    if left_out:
        cases = m["case_list"].format(numbers=", ".join(left_out))
        exempt_note = m["exempt_by_other_means"].format(cases=cases)
    secretary = record.secretary.full_name if record.secretary is not None else WORDS[lang]["secretariat"]

    if kind == NOTICE:
        word = m["notice_file"]
        subject = m["notice_subject"].format(body=body_name, date=date)
        place = ", ".join(p for p in (record.place, record.video_link) if p)
        text = m["notice_body"].format(
            body=record.body.name, when=when, place=f" ({place})" if place else "", exempt=exempt_note,
            secretary=secretary,
        )
    else:
        w = minutes_words(lang, record.body.minutes_kind)
        word = w[record.body.minutes_kind.value]
        subject = m["minutes_subject"].format(kind=word, body=body_name, date=date)
        text = m["minutes_body"].format(
            body=record.body.name, when=when, kind_definite=w[f"{record.body.minutes_kind.value}_definite"],
            exempt=exempt_note, secretary=secretary,
        )

    stem = safe_file_name(f"{word} {body_name} {record.starts_at:%Y-%m-%d}", replacement="-")
    if converter is _NO_CONVERTER:
        from .pdf import find_converter

        converter = find_converter()
    document, as_pdf = _document(
        session, record, kind, stem, public=shown_public, lang=lang, converter=converter  # type: ignore[arg-type]
    )
    files = [document]
    for item in record.items:
        if item.exempt and not with_exempt:
            continue
        for a in item.attachments:
            if a.content is not None:
                files.append(MailAttachment(a.filename, a.content, a.mime_type))

    calendar: bytes | None = None
    method: str | None = None
    if kind == NOTICE:
        from .ics import build_calendar, calendar_method

        calendar = build_calendar(record, now=now).to_ical()
        method = calendar_method(record)
    message = draft_message(
        to=to, cc=cc, subject=subject, body=text, attachments=files, calendar=calendar, calendar_method=method,
        calendar_name=f"{safe_file_name(WORDS[lang]['meeting_of'].format(body=body_name), replacement='-')}.ics",
        language=lang,
    )
    return MeetingMail(message, tuple(missing), guests, left_out, as_pdf)


def meeting_draft(session: Session, meeting_id: int, kind: str, out: Path | str, **options: object) -> MeetingMail:
    """`meeting_message` written to `out` (.eml), atomically; the options as there."""
    mail = meeting_message(session, meeting_id, kind, **options)  # type: ignore[arg-type]
    write_draft(mail.message, out)
    return mail


def _recipients(record: MeetingRecord) -> tuple[list[Address], list[Address], list[str]]:
    """To (members and observers called in), Cc (deputies of the day), and the names of those
    without an address; each address once, never the secretariat's own."""
    seen: set[str] = set()
    if record.secretary is not None and record.secretary.email.strip():
        seen.add(record.secretary.email.strip().lower())
    missing: list[str] = []

    def take(seats: Iterable[object]) -> list[Address]:
        out: list[Address] = []
        for seat in seats:
            person = seat.person  # type: ignore[attr-defined]
            address = person.email.strip()
            if not address:
                if person.full_name not in missing:
                    missing.append(person.full_name)
                continue
            if address.lower() in seen:
                continue
            seen.add(address.lower())
            out.append((person.full_name, address))
        return out

    to = take(record.invited)
    cc = take(record.deputies)
    return to, cc, missing


def _document(
    session: Session,
    record: MeetingRecord,
    kind: str,
    stem: str,
    *,
    public: bool,
    lang: str,
    converter: PdfConverter | None,
) -> tuple[MailAttachment, bool]:
    """The notice or the minutes as PDF/A (with a converter) or .docx, in memory."""
    from ..services.settings import partnership_name
    from .minutes import render_minutes
    from .notice import render_notice

    template, logo = dx.chosen_template(session), dx.logo_of(session)

    def write(path: Path) -> object:
        if kind == NOTICE:
            return render_notice(record, path, lang=lang, public=public, template=template, logo=logo)
        return render_minutes(record, path, lang=lang, public=public, template=template, logo=logo)

    with tempfile.TemporaryDirectory(prefix="hfdesk-mail-") as folder:
        if converter is not None:
            from .pdf import export_pdf

            out = Path(folder) / f"{stem}.pdf"
            export_pdf(write, out, author=partnership_name(session), language=lang, converter=converter,
                       name=kind)
            return MailAttachment(out.name, out.read_bytes(), PDF_TYPE), True
        out = Path(folder) / f"{stem}.docx"
        write(out)
        return MailAttachment(out.name, out.read_bytes(), DOCX_TYPE), False
