"""Small helpers shared by the services."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import Base

T = TypeVar("T", bound=Base)

_WHAT: dict[str, str] = {
    "Area": "Området",
    "Organisation": "Organisasjonen",
    "Person": "Personen",
    "Body": "Organet",
    "Membership": "Medlemskapet",
    "CompositionRule": "Sammensetningsregelen",
    "Meeting": "Møtet",
    "AgendaItem": "Saken",
    "Attendance": "Oppmøteregistreringen",
    "Proposal": "Forslaget",
    "Conclusion": "Konklusjonen",
    "FollowUp": "Oppfølgingen",
}


def get_or_fail(session: Session, cls: type[T], id_: int) -> T:
    obj = session.get(cls, id_)
    if obj is None:
        raise NotFound(f"{_WHAT.get(cls.__name__, cls.__name__)} med id {id_} finnes ikke.")
    return obj


def clean(text: str | None) -> str:
    return (text or "").strip()


def require(text: str | None, what: str) -> str:
    value = clean(text)
    if not value:
        raise InvalidInput(f"{what} må fylles ut.")
    return value


# An e-mail address as a register keeps it: one @, a domain with a dot, and no white space or
# control character anywhere (a line break would let a calendar file or a mail header carry
# more than the address).
EMAIL = re.compile(r"[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f.]{2,}")


def is_email(text: str) -> bool:
    return EMAIL.fullmatch(text) is not None
