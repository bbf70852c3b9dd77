"""Meeting mode (see page.py): a package of panels built on one read of the meeting per user
action. `from hfdesk.ui.pages.live import LiveMeetingPage` as before."""

from ...dialogs.live import (
    DeputyDialog,
    DisqualificationDialog,
    FollowUpDialog,
    GuestDialog,
    OtherBusinessDialog,
    ProposalDialog,
    ProtocolEntryDialog,
)
from .core import AUTOSAVE_DELAY_MS, CONCLUSION_KEYS, AutosaveEdit
from .page import LiveMeetingPage

LivePage = LiveMeetingPage

__all__ = [
    "AUTOSAVE_DELAY_MS",
    "CONCLUSION_KEYS",
    "AutosaveEdit",
    "DeputyDialog",
    "DisqualificationDialog",
    "FollowUpDialog",
    "GuestDialog",
    "LiveMeetingPage",
    "LivePage",
    "OtherBusinessDialog",
    "ProposalDialog",
    "ProtocolEntryDialog",
]
