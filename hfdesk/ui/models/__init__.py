"""Qt item models for hfdesk's lists, fed with the dataclasses from hfdesk.services.queries.

Each model follows one pattern (after Vorta's ArchiveTableModel): COL_* constants,
`set_rows()` that resets the model, `SortRole` returning raw values (dates, ints,
strings) for `SortProxy`, and `ObjectRole`/`IdRole` returning the row and its id.
"""

from .attachments import AttachmentsModel
from .base import BreachCountRole, HtmlRole, IdRole, ObjectRole, RowTableModel, SortProxy, SortRole
from .bodies import BodyTreeModel
from .composition import BreachesModel, RulesModel
from .follow_ups import FollowUpsModel
from .import_preview import PreviewRowsModel, ProblemsModel
from .live import (
    AttendanceModel,
    DisqualificationsModel,
    ItemFollowUpsModel,
    LiveAgendaModel,
    ProposalsModel,
    ProtocolEntriesModel,
    RoundsModel,
    VotesModel,
)
from .meetings import AgendaModel, BacklogModel, MeetingsModel
from .members import MembersModel
from .organisations import OrganisationsModel
from .people import PeopleModel
from .search import CaseHitsModel

__all__ = [
    "AgendaModel",
    "AttendanceModel",
    "AttachmentsModel",
    "BacklogModel",
    "BodyTreeModel",
    "BreachCountRole",
    "BreachesModel",
    "CaseHitsModel",
    "DisqualificationsModel",
    "FollowUpsModel",
    "HtmlRole",
    "IdRole",
    "ItemFollowUpsModel",
    "LiveAgendaModel",
    "MeetingsModel",
    "MembersModel",
    "ObjectRole",
    "OrganisationsModel",
    "PeopleModel",
    "PreviewRowsModel",
    "ProblemsModel",
    "ProposalsModel",
    "RoundsModel",
    "ProtocolEntriesModel",
    "RowTableModel",
    "RulesModel",
    "SortProxy",
    "SortRole",
    "VotesModel",
]
