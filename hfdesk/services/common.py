"""Small helpers shared by the services."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..messages import Text
from ..models import Base

T = TypeVar("T", bound=Base)

_WHAT: dict[str, str] = {
    "Area": "what.area",
    "Organisation": "what.organisation",
    "Person": "what.person",
    "Body": "what.body",
    "Membership": "what.membership",
    "CompositionRule": "what.composition_rule",
    "Meeting": "what.meeting",
    "AgendaItem": "what.agenda_item",
    "Attendance": "what.attendance",
    "Proposal": "what.proposal",
    "Conclusion": "what.conclusion",
    "FollowUp": "what.follow_up",
    "ProtocolEntry": "what.protocol_entry",
    "Disqualification": "what.disqualification",
}


def get_or_fail(session: Session, cls: type[T], id_: int) -> T:
    obj = session.get(cls, id_)
    if obj is None:
        raise NotFound("record.not_found", what=Text(_WHAT.get(cls.__name__, cls.__name__)), id=id_)
    return obj


def get_optional(session: Session, cls: type[T], id_: int | None) -> T | None:
    """The record with this id, None for no id; NotFound for an id that is not there."""
    return get_or_fail(session, cls, id_) if id_ is not None else None


def clean(text: str | None) -> str:
    return (text or "").strip()


def require(text: str | None, what: str) -> str:
    """`text` without surrounding blanks; InvalidInput when nothing is left. `what` is the
    field's message code ("field.body_name"), the subject of "… må fylles ut"."""
    value = clean(text)
    if not value:
        raise InvalidInput("field.required", what=Text(what))
    return value


# An e-mail address as a register keeps it: one @, a domain with a dot, and no white space or
# control character anywhere (a line break would let a calendar file or a mail header carry
# more than the address).
EMAIL = re.compile(r"[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f.]{2,}")


def is_email(text: str) -> bool:
    return EMAIL.fullmatch(text) is not None
