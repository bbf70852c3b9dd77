"""Colleagues do not overwrite each other: a save checks the version the screen showed.

Every row two people can edit carries a version (models.base.Versioned, revision 0007). An editor
keeps the version it loaded and hands it to the service that saves the edit (`expected_version`);
when the row has moved on since, the service refuses with ChangedByColleague: what (in words), who
and when (the row's `changed_by`, `changed_at`), the version now (save over it to keep one's own
text) and the values now in the database of the fields the user edited. A flush that finds the row
changed under it (two saves at the same moment, StaleDataError) is the same known error.

    check_version(item, expected_version, fields)   before the service changes anything
    flush(session, item, fields)                    the service's flush, a concurrent save told apart
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import ChangedByColleague
from ..messages import Phrase
from ..models import (
    AgendaItem,
    Base,
    Attendance,
    Body,
    Case,
    CompositionRule,
    Conclusion,
    FollowUp,
    Meeting,
    Membership,
    Organisation,
    Person,
    Proposal,
    ProtocolEntry,
    Versioned,
)

# The kind of row, in words: (bokmål, nynorsk, English) definite noun, and the pronoun for it.
_NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "case": (("saken", "den"), ("saka", "ho"), ("the case", "it")),
    "meeting": (("møtet", "det"), ("møtet", "det"), ("the meeting", "it")),
    "body": (("organet", "det"), ("organet", "det"), ("the body", "it")),
    "person": (("personen", "den"), ("personen", "han"), ("the person", "it")),
    "organisation": (("organisasjonen", "den"), ("organisasjonen", "han"), ("the organisation", "it")),
    "membership": (("vervet til", "det"), ("vervet til", "det"), ("the seat of", "it")),
    "rule": (("regelen", "den"), ("regelen", "han"), ("the rule", "it")),
    "proposal": (("forslaget", "det"), ("framlegget", "det"), ("the proposal", "it")),
    "conclusion": (("vedtaket i", "det"), ("vedtaket i", "det"), ("the decision on", "it")),
    "protocol_entry": (("protokolltilførselen", "den"), ("protokolltilførselen", "han"), ("the protocol entry", "it")),
    "follow_up": (("oppfølgingen", "den"), ("oppfølginga", "ho"), ("the follow-up", "it")),
    "attendance": (("oppmøtet til", "det"), ("oppmøtet til", "det"), ("the attendance of", "it")),
}
_LANG_INDEX = {"nb": 0, "nn": 1, "en": 2}


def _noun(language: str, kind: str) -> tuple[str, str]:
    return _NOUNS.get(kind, _NOUNS["case"])[_LANG_INDEX.get(language, 0)]


def _what(language: str, kind: str, name: str) -> str:
    return f"{_noun(language, kind)[0]} «{name}»" if name else _noun(language, kind)[0]


def _it(language: str, kind: str) -> str:
    return _noun(language, kind)[1]


def _when(language: str, at: datetime) -> str:
    """'kl. 10.15' today, '14.03.2027 kl. 10.15' another day; 'at 10.15' in English."""
    clock = f"{at.hour:02d}.{at.minute:02d}"
    day = "" if at.date() == datetime.now().date() else f"{at.day:02d}.{at.month:02d}.{at.year:04d}"
    if language == "en":
        return f"on {day} at {clock}" if day else f"at {clock}"
    return f"{day} kl. {clock}" if day else f"kl. {clock}"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def kind_and_name(obj: object) -> tuple[str, str]:
    """What a row is, for a person: ('case', 'Budsjett 2027')."""
    if isinstance(obj, AgendaItem | Case):
        return "case", _short(obj.title, 120)
    if isinstance(obj, Meeting):
        body = obj.body.short_name or obj.body.name if obj.body is not None else ""
        return "meeting", " ".join(p for p in (body, f"{obj.starts_at:%d.%m.%Y}") if p)
    if isinstance(obj, Body):
        return "body", obj.name
    if isinstance(obj, Person):
        return "person", obj.full_name
    if isinstance(obj, Organisation):
        return "organisation", obj.name
    if isinstance(obj, Membership):
        return "membership", obj.person.full_name if obj.person is not None else ""
    if isinstance(obj, CompositionRule):
        return "rule", obj.label
    if isinstance(obj, Proposal):
        return "proposal", _short(obj.text)
    if isinstance(obj, Conclusion):
        return "conclusion", _short(obj.item.title) if obj.item is not None else ""
    if isinstance(obj, ProtocolEntry):
        return "protocol_entry", _short(obj.text)
    if isinstance(obj, FollowUp):
        return "follow_up", _short(obj.what)
    if isinstance(obj, Attendance):
        return "attendance", obj.person.full_name if obj.person is not None else ""
    return "case", ""


def values_of(obj: object, fields: Iterable[str]) -> dict[str, object]:
    """The values now in `obj` of the fields named (a service's keywords; a list of rows, such as
    an item's priority groups, as the list of their values)."""
    out: dict[str, object] = {}
    for name in fields:
        if not hasattr(obj, name):
            continue
        value = getattr(obj, name)
        if isinstance(value, list):
            value = [getattr(v, "group", v) for v in value]
        out[name] = value
    return out


def changed_by_colleague(obj: Versioned, fields: Iterable[str] = ()) -> ChangedByColleague:
    """The known error for `obj` as it is now in the database."""
    kind, name = kind_and_name(obj)
    what, it = Phrase(_what, kind=kind, name=name), Phrase(_it, kind=kind)
    params: dict[str, Any] = {"what": what, "it": it, "version": obj.version, "current": values_of(obj, fields),
                              "who": obj.changed_by or "", "when_at": obj.changed_at}
    if obj.changed_by and obj.changed_at is not None:
        return ChangedByColleague("conflict.changed", when=Phrase(_when, at=obj.changed_at), **params)
    return ChangedByColleague("conflict.changed_by_someone", **params)


def check_version(obj: Versioned, expected_version: int | None, fields: Iterable[str] = ()) -> None:
    """Refuse a save based on an older version of `obj` (None: no check, the caller did not load it)."""
    if expected_version is not None and obj.version != expected_version:
        raise changed_by_colleague(obj, fields)


def flush(session: Session, obj: Versioned, fields: Iterable[str] = ()) -> None:
    """session.flush(), with a row changed under it at the same moment (StaleDataError) told as
    ChangedByColleague, read afresh in a session of its own (this one must be rolled back)."""
    fields = tuple(fields)
    bind, identity = session.get_bind(), sa.inspect(obj).identity
    try:
        session.flush()
    except StaleDataError as exc:
        raise stale_error(bind, type(obj), identity, fields) from exc


def stale_error(
    bind: sa.Engine | sa.Connection | None = None,
    cls: type[Versioned] | None = None,
    identity: tuple[Any, ...] | None = None,
    fields: Iterable[str] = (),
) -> ChangedByColleague:
    """The known error for a StaleDataError: who and what when the row can be read again (in a
    session of its own), else a plain "someone saved the same thing at the same moment"."""
    if bind is not None and cls is not None and identity is not None:
        try:
            with Session(bind) as fresh:
                now = fresh.get(cls, identity)
                if now is not None:
                    return changed_by_colleague(now, fields)
        except sa.exc.SQLAlchemyError:  # the plain message below says as much
            pass
    return ChangedByColleague("conflict.concurrent")


def fingerprint(session: Session, tables: Iterable[str]) -> tuple[int, ...]:
    """What the named tables hold, in a few numbers read in one statement: each table's row count,
    its highest id and (for the rows two people edit) the sum of its versions. A colleague's insert,
    delete or edit of such a row changes it, so a screen shown again can tell whether to read again
    without reading everything."""
    known = Base.metadata.tables
    parts: list[Any] = []
    for name in sorted(set(tables)):
        table = known.get(name)
        if table is None:
            continue
        parts.append(sa.select(sa.func.count()).select_from(table).scalar_subquery())
        if "id" in table.c:
            parts.append(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0)).scalar_subquery())
        if "version" in table.c:
            parts.append(sa.select(sa.func.coalesce(sa.func.sum(table.c.version), 0)).scalar_subquery())
    if not parts:
        return ()
    return tuple(int(v or 0) for v in session.execute(sa.select(*parts)).one())
