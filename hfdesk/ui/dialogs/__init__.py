"""The forms the screens open: each saves itself through Ops and shows errors inline."""
