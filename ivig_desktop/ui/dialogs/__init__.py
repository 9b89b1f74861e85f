"""Dialogs: new patient, new session."""
