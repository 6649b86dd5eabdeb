"""The debrief: what the candidate captured right after an interview (the model and its file format)."""

from afterword.debrief.model import (
    ClosingQuestion,
    Debrief,
    DebriefError,
    InterviewerNotes,
    from_mapping,
    to_mapping,
)

__all__ = ["ClosingQuestion", "Debrief", "DebriefError", "InterviewerNotes", "from_mapping", "to_mapping"]
