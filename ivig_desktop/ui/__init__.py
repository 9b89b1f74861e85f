"""The PySide6 user interface: thin, shows domain state and turns clicks into domain commands."""
