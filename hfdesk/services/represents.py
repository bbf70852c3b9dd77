"""What a participant stands for, said the same way on the meeting screen, in the notice, the
minutes and the meeting JSON (issue 16: four renderers used to compute it four ways and
disagreed on the demo: "Fastlegene i Bergen (Fastlegane i Bergensområdet)" in the minutes,
"Fastlegene i Bergen" in the JSON and on screen; "Fagforbundet" on screen, "Fagforbundet
Vestland" in the documents).

A seat says what it represents where the register says so (``represents_text``), with the
organisation the seat is held for after it when that says more ("Kommunane i Nordhordland
(Alver kommune)"); else that organisation, else the person's own. Someone without a seat (a
guest, the secretariat) is their title and organisation ("Kommuneoverlege, Voss herad").
"""

from __future__ import annotations

from ..models import Membership, Person


def represents(person: Person, seat: Membership | None) -> str:
    """The one text for what `person` stands for in a meeting, in the seat `seat` (None: no seat)."""
    own = person.organisation.name if person.organisation is not None else ""
    if seat is None:
        return represents_of(person.title, own, None)
    held_for = seat.organisation.name if seat.organisation is not None else ""
    return represents_of(person.title, own, (seat.represents_text, held_for))


def represents_of(
    title: str | None, organisation: str | None, seat: tuple[str | None, str | None] | None
) -> str:
    """`represents` from plain values (the meeting record reads rows): the person's title and
    own organisation, and the seat's (what it represents, the organisation it is held for),
    None for no seat."""
    own = organisation or ""
    if seat is not None:
        text, held_for = seat[0] or "", seat[1] or ""
        if text and held_for and held_for not in text:
            return f"{text} ({held_for})"
        return text or held_for or own
    title = title or ""
    if title and own and own not in title:
        return f"{title}, {own}"
    return title or own
