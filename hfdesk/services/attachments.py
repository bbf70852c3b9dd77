"""Attachments (vedlegg): files stored inside the database, so the one file is the whole record.

`add_attachment` is the plain writer (the demo builder and imports use it on any case).
The functions a window calls take ids and keep the record honest: a case on approved
minutes or on a cancelled meeting keeps the papers it had. None of them commits."""

from __future__ import annotations

import errno
import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import AgendaItem, Attachment, MeetingStatus
from .common import clean, get_or_fail

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def add_attachment(
    session: Session, item: AgendaItem, filename: str, content: bytes, *, title: str = "", mime_type: str = ""
) -> Attachment:
    name = Path(clean(filename)).name
    if not name:
        raise InvalidInput("Vedlegget må ha et filnavn.")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(f"«{name}» er større enn 200 MB og kan ikke legges ved.")
    attachment = Attachment(
        filename=name,
        title=clean(title) or Path(name).stem,
        mime_type=mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        position=len(item.attachments),
    )
    item.attachments.append(attachment)
    session.flush()
    return attachment


# --- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment as lists show it (without its content)."""

    id: int
    item_id: int
    filename: str
    title: str
    size: int
    mime_type: str
    added_at: datetime | None


def list_attachments(session: Session, item_id: int) -> list[AttachmentRow]:
    """A case's attachments in their order, without loading the files. One statement."""
    rows = session.execute(
        sa.select(
            Attachment.id,
            Attachment.item_id,
            Attachment.filename,
            Attachment.title,
            Attachment.size,
            Attachment.mime_type,
            Attachment.added_at,
        )
        .where(Attachment.item_id == item_id)
        .order_by(Attachment.position, Attachment.id)
    ).all()
    return [AttachmentRow(*row) for row in rows]


def attachment_content(session: Session, attachment_id: int) -> tuple[str, bytes]:
    """The file name and the bytes of an attachment, to open or save it."""
    row = session.execute(
        sa.select(Attachment.filename, Attachment.content).where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise _not_found(attachment_id)
    return row[0], bytes(row[1])


# --- changing ----------------------------------------------------------------------------


def _not_found(attachment_id: int) -> NotFound:
    return NotFound(f"Vedlegget med id {attachment_id} finnes ikke.")


def _require_changeable(item: AgendaItem) -> None:
    """The papers of approved minutes and of a cancelled meeting are history."""
    meeting = item.meeting
    if meeting is None:
        return
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("Referatet er godkjent og låst. Åpne møtet igjen for å endre vedleggene.")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("Møtet er avlyst; vedleggene kan ikke endres.")


def add_attachment_to_item(
    session: Session,
    item_id: int,
    filename: str,
    content: bytes,
    *,
    title: str = "",
    mime_type: str = "",
) -> Attachment:
    """Attach a file to a case, last in its list (not to approved minutes or a cancelled meeting)."""
    item = get_or_fail(session, AgendaItem, item_id)
    _require_changeable(item)
    if not isinstance(content, (bytes, bytearray, memoryview)):
        raise TypeError("add_attachment_to_item: content must be bytes")
    return add_attachment(session, item, filename, bytes(content), title=title, mime_type=mime_type)


def remove_attachment(session: Session, attachment_id: int) -> None:
    """Take a file off its case for good; the others close up (not on approved minutes or a cancelled meeting)."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise _not_found(attachment_id)
    item = attachment.item
    _require_changeable(item)
    item.attachments.remove(attachment)  # delete-orphan removes the row
    for position, other in enumerate(item.attachments):
        other.position = position
    session.flush()


# --- files on disk -------------------------------------------------------------------------


def read_attachment_file(path: Path | str) -> tuple[str, bytes]:
    """Read a file the user chose to attach: its name and bytes.

    Raises InvalidInput with one clear line when it cannot be read (gone, a folder,
    no access, too large), so nothing half-read is ever attached."""
    path = Path(path)
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise InvalidInput(f"«{name}» er en mappe, ikke en fil.")
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InvalidInput(f"«{name}» er større enn 200 MB og kan ikke legges ved.")
        content = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Finner ikke «{name}». Filen kan være flyttet eller slettet.") from None
    except PermissionError:
        raise InvalidInput(f"Du har ikke tilgang til å lese «{name}».") from None
    except IsADirectoryError:
        raise InvalidInput(f"«{name}» er en mappe, ikke en fil.") from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise InvalidInput(f"Du har ikke tilgang til å lese «{name}».") from None
        raise InvalidInput(f"Kan ikke lese «{name}». Filen kan være i bruk eller skadet.") from None
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(f"«{name}» er større enn 200 MB og kan ikke legges ved.")
    return name, content
