"""The selected session, one page per stage."""
