"""Qt item models for hfdesk's lists, fed with the dataclasses from hfdesk.services.queries.

Each model follows one pattern (after Vorta's ArchiveTableModel): COL_* constants,
`set_rows()` that resets the model, `SortRole` returning raw values (dates, ints,
strings) for `SortProxy`, and `ObjectRole`/`IdRole` returning the row and its id.
"""

from .base import IdRole, ObjectRole, RowTableModel, SortProxy, SortRole
from .bodies import BodyTreeModel
from .follow_ups import FollowUpsModel
from .meetings import AgendaModel, MeetingsModel
from .members import MembersModel
from .organisations import OrganisationsModel
from .people import PeopleModel

__all__ = [
    "AgendaModel",
    "BodyTreeModel",
    "FollowUpsModel",
    "IdRole",
    "MeetingsModel",
    "MembersModel",
    "ObjectRole",
    "OrganisationsModel",
    "PeopleModel",
    "RowTableModel",
    "SortProxy",
    "SortRole",
]
