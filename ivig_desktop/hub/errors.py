"""What can go wrong with the hub, in words: never a password, never a traceback."""

from __future__ import annotations


class HubError(Exception):
    """The hub could not do what was asked; the message says why and what to do."""


class HubUnreachableError(HubError):
    """The hub cannot be reached now (no network, server down, time-out): the workstation works on offline."""


class HubSchemaError(HubError):
    """The hub's schema is missing, older or newer than this app's: `hub init` (or an upgrade of the app) is due."""
