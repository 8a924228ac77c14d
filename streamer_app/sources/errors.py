"""Errors a source raises for the user to read (kept free of heavy imports for the CLI)."""

from __future__ import annotations


class SourceError(Exception):
    """A source cannot go on; ``str()`` is one plain sentence, free of secrets."""


class SignInNeeded(SourceError):
    """The creator must sign in (again) to a platform: no tokens, revoked access, missing permissions."""
