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
        raise InvalidInput("attachment.needs_name")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("attachment.too_big", name=name)
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
    return NotFound("attachment.not_found", attachment_id=attachment_id)


def _require_changeable(item: AgendaItem) -> None:
    """The papers of approved minutes and of a cancelled meeting are history."""
    meeting = item.meeting
    if meeting is None:
        return
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("attachment.minutes_locked")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("attachment.meeting_cancelled")


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
            raise InvalidInput("attachment.is_folder", name=name)
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InvalidInput("attachment.too_big", name=name)
        content = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput("attachment.not_found_file", name=name) from None
    except PermissionError:
        raise InvalidInput("file.no_read_access", name=name) from None
    except IsADirectoryError:
        raise InvalidInput("attachment.is_folder", name=name) from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise InvalidInput("file.no_read_access", name=name) from None
        raise InvalidInput("attachment.unreadable", name=name) from None
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("attachment.too_big", name=name)
    return name, content
