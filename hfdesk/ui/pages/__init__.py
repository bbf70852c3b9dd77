"""The three pages of the main window: register, meetings, follow-ups."""
