"""Attachments (vedlegg): files stored inside the database, so the one file is the whole record."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import AgendaItem, Attachment
from .common import clean

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
