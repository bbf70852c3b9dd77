"""One meeting record: a meeting read once into plain frozen data (issue 16).

The meeting screen, the notice, the minutes and the meeting JSON are renderers of this
record; none of them reads the database. `load_meeting_record(session, meeting_id)` reads
everything in a fixed number of statements (it does not grow with the number of items,
attendees or other meetings) and decides, with `rights.py`, everyone's presence and rights
at every item and the quorum there; `represents.py` gives each seat its one text.

`public_view(record)` is the one function that decides what the public may see: every
public document (the public minutes, the public notice, the public JSON) renders the record
it returns. What it does:

* an exempt item (unnateke offentlegheit) keeps its place, its number and its legal basis;
  everything else of it goes (title, texts, responsible, proposals, disqualifications,
  conclusion, follow-ups, attachments, notes), and it is marked `withheld`;
* a guest who came only for exempt items is left off the attendance list (who came for an
  exempt case is part of what is exempt); a guest at both kinds keeps the open items only;
* the secretary's free-text note on an attendance is internal and goes.

Qt-free; the records hold no session and no ORM object.

Split by responsibility: `records` (the frozen data), `public` (the public view), `reads` (the
statements the loader runs) and `load` (reading a meeting into its record).
"""

from .load import earlier_treatments, load_meeting_record
from .public import public_view
from .records import (
    ApprovalRecord,
    AttachmentRecord,
    AttendanceRecord,
    BodyRecord,
    CaseRecord,
    ConclusionRecord,
    DECIDING,
    DisqualificationRecord,
    FollowUpRecord,
    ItemRecord,
    MeetingRecord,
    MinutesRef,
    PersonRecord,
    PresenceRecord,
    ProposalRecord,
    ProtocolEntryRecord,
    SeatRecord,
    SignatureRecord,
    SpeakerRecord,
    TreatmentRecord,
    VoteRecord,
    VoteRoundRecord,
)

__all__ = [
    "ApprovalRecord",
    "AttachmentRecord",
    "AttendanceRecord",
    "BodyRecord",
    "CaseRecord",
    "ConclusionRecord",
    "DECIDING",
    "DisqualificationRecord",
    "FollowUpRecord",
    "ItemRecord",
    "MeetingRecord",
    "MinutesRef",
    "PersonRecord",
    "PresenceRecord",
    "ProposalRecord",
    "ProtocolEntryRecord",
    "SeatRecord",
    "SignatureRecord",
    "SpeakerRecord",
    "TreatmentRecord",
    "VoteRecord",
    "VoteRoundRecord",
    "earlier_treatments",
    "load_meeting_record",
    "public_view",
]
