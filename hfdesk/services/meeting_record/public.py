"""The one public view of a meeting record (the package docstring says what changes)."""

from __future__ import annotations

import dataclasses

from ...models import Capacity
from .records import ItemRecord, MeetingRecord


def public_view(record: MeetingRecord) -> MeetingRecord:
    """What the public may see of `record` (the package docstring says what changes)."""
    if record.public:
        return record
    withheld = {i.id for i in record.items if i.exempt}
    items = tuple(
        _withhold(i)
        if i.id in withheld
        else dataclasses.replace(i, earlier=tuple(dataclasses.replace(t, decision_text="") for t in i.earlier))
        for i in record.items
    )
    attendance = []
    for a in record.attendance:
        if a.capacity == Capacity.GUEST and a.guest_item_ids:
            open_items = tuple(i for i in a.guest_item_ids if i not in withheld)
            if not open_items:
                continue
            a = dataclasses.replace(a, guest_item_ids=open_items)
        attendance.append(dataclasses.replace(a, note=""))
    return dataclasses.replace(record, items=items, attendance=tuple(attendance), public=True)


def _withhold(item: ItemRecord) -> ItemRecord:
    return dataclasses.replace(
        item,
        title="",
        responsible="",
        responsible_person=None,
        put_forward_by="",
        put_forward_by_person=None,
        background="",
        proposed_decision="",
        priority_groups=(),
        notes="",
        attachments=(),
        proposals=(),
        disqualifications=(),
        conclusion=None,
        follow_ups=(),
        presence=(),
        withheld=True,
        case=None,
        earlier=(),
        speakers=(),
        treated_from=None,
        treated_until=None,
    )
