"""Domain services: the rules and every write.

Each function takes an open Session and does one piece of work; the caller
(the command line, a UI action, the demo builder) owns the transaction, so a
user action is exactly one transaction (`with db.transaction() as session:`).
No Qt here.
"""
