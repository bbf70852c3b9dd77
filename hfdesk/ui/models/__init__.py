"""Qt item models for hfdesk's lists, fed with the dataclasses from hfdesk.services.queries.

Each model follows one pattern (after Vorta's ArchiveTableModel): COL_* constants,
`set_rows()` that resets the model, `SortRole` returning raw values (dates, ints,
strings) for `SortProxy`, and `ObjectRole`/`IdRole` returning the row and its id.

Each model's module is imported when the model is first asked for (`from hfdesk.ui.models
import MembersModel` imports `models.members` only), not with the package: the window's start
imports the models of the page it shows, not those of meeting mode or the import wizard.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .base import BreachCountRole, HtmlRole, IdRole, ObjectRole, RowTableModel, SortProxy, SortRole

if TYPE_CHECKING:
    from .attachments import AttachmentsModel
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

#: Each model's module, by the model's name.
_MODULES = {
    "AttachmentsModel": "attachments",
    "BodyTreeModel": "bodies",
    "BreachesModel": "composition",
    "RulesModel": "composition",
    "FollowUpsModel": "follow_ups",
    "PreviewRowsModel": "import_preview",
    "ProblemsModel": "import_preview",
    "AttendanceModel": "live",
    "DisqualificationsModel": "live",
    "ItemFollowUpsModel": "live",
    "LiveAgendaModel": "live",
    "ProposalsModel": "live",
    "ProtocolEntriesModel": "live",
    "RoundsModel": "live",
    "VotesModel": "live",
    "AgendaModel": "meetings",
    "BacklogModel": "meetings",
    "MeetingsModel": "meetings",
    "MembersModel": "members",
    "OrganisationsModel": "organisations",
    "PeopleModel": "people",
    "CaseHitsModel": "search",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
