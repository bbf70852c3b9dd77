"""E-mail drafts (.eml) the secretary opens in the mail program, reads through and sends.

`draft_message` makes one message: To, Subject, a plain-text body and attached files, with the
header `X-Unsent: 1`, so Outlook opens the file as a draft to send rather than as a mail
received (other programs open it as a message they can forward or edit). `write_draft` writes
one atomically. Nothing is sent from hfdesk: the laptops have no mail server of their own, and
the secretary sends from their own mailbox.

`deputy_notice_draft` is the first use: the notice to a deputy called in for a member's forfall
(services/absence.py), "Innkalling som varamedlem: SSU 15. desember 2026", in the body's written
standard, the notice (.docx) and the case papers attached.
"""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

from sqlalchemy.orm import Session

from ..dates import medium_date, meeting_when
from ..errors import InvalidInput, NotFound
from ..fileio import safe_file_name, write_atomically
from ..messages import Text
from ..models import Capacity, Person
from ..services.meeting_record import MeetingRecord, load_meeting_record
from . import docx_common as dx
from .notice import render_notice
from .words import MAIL_WORDS, WORDS, language

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    content: bytes
    mime_type: str = ""  # guessed from the file name when empty


def draft_message(
    *,
    to: str,
    subject: str,
    body: str,
    to_name: str = "",
    attachments: Iterable[MailAttachment] = (),
    language: str = "",
) -> EmailMessage:
    """One e-mail draft: To (with the name when given), Subject, the plain-text body, the files
    attached; `X-Unsent: 1` (a draft in Outlook)."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["To"] = formataddr((to_name, to)) if to_name else to
    message["Subject"] = subject
    if language:
        message["Content-Language"] = language
    message.set_content(body)
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
