"""Words the sign-in and secrets commands share, in the creator's language (context "Commands")."""

from __future__ import annotations

from ..i18n import translate
from .secrets import SecretStore


def is_set(flag: bool) -> str:
    return translate("Commands", "set") if flag else translate("Commands", "not set")


def yes_no(flag: bool) -> str:
    return translate("Commands", "yes") if flag else translate("Commands", "no")


def where_kept(store: SecretStore, private_note: bool = False) -> str:
    """"the system keyring", or the private file's path (with "(readable only by you)")."""
    if store.backend == "keyring":
        return translate("Commands", "the system keyring")
    if private_note:
        return translate("Commands", "{path} (readable only by you)").format(path=store.file)
    return str(store.file)


def kept_in(store: SecretStore) -> str:
    return translate("Commands", "kept in: {where}").format(where=where_kept(store))


def status_line(label: str, value: str) -> str:
    """"signed in: yes": a status label (translated by the caller) and its value."""
    return translate("Commands", "{label}: {value}").format(label=label, value=value)
