"""Domain services: the rules and every write.

Each function takes an open Session and does one piece of work; the caller
(the command line, a UI action, the demo builder) owns the transaction, so a
user action is exactly one transaction (`with db.transaction() as session:`).
No Qt here.
"""

from sqlalchemy import event as _event
from sqlalchemy.orm import Session as _Session


def _record_history(session: _Session, flush_context: object) -> None:
    """Who changed what (`hfdesk.services.history`): registered once, here, for every session.
    Imported when first called: the models import this package before they are all defined."""
    from .history import record_flush

    record_flush(session, flush_context)


if not _event.contains(_Session, "after_flush", _record_history):
    _event.listen(_Session, "after_flush", _record_history)
