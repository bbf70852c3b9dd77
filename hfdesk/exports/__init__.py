"""Documents hfdesk writes for people outside the program: rosters, attendance, minutes.

Qt-free. Spreadsheet helpers shared by every Excel export live in `xlsx`; the
Norwegian words documents use for stored values live in `labels`.
"""
