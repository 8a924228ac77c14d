"""``streamer-app settings [show|get KEY|set KEY VALUE]``: the settings from the command line.

Each key is a row of ``settings_fields.FIELDS`` (its path: ``alerts.volume``, ``overlay_port``);
a value is typed as in the settings dialog and checked by the same row, so a refusal reads the
same in both places, in the creator's language. The payout thresholds are a table: the window
edits them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import settings as sm
from .i18n import translate
from .settings_fields import SettingField, value_at

ACTIONS = ("show", "get", "set")
_TRUE = {"true", "on", "yes", "1"}
_FALSE = {"false", "off", "no", "0"}


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]", common: argparse.ArgumentParser) -> None:
    sp = sub.add_parser("settings", parents=[common], help="show or change a setting: show, get KEY, set KEY VALUE",
                        description="Show or change the settings kept in the data folder (settings.json). KEY is a "
                        "setting's name as 'settings show' lists it; VALUE is typed as in the settings dialog.")
    sp.add_argument("action", nargs="?", default="show", choices=ACTIONS)
    sp.add_argument("key", nargs="?", default=None, help="the setting, e.g. alerts.volume")
    sp.add_argument("value", nargs="?", default=None, help="for 'set': the new value")


def _field(key: str | None) -> SettingField:
    if not key:
        raise LookupError(translate("Settings", "name a setting, e.g. 'streamer-app settings get alerts.volume'"))
    row = sm.BY_PATH.get(key)
    if row is None or row.widget == "thresholds":
        raise LookupError(translate("Settings", "there is no setting {key} to change here: 'streamer-app settings "
                                                "show' lists them").format(key=repr(key)))
    return row


def _text(row: SettingField, s: sm.Settings) -> str:
    value = value_at(s, row.path)
    if row.path == "overlay_token":  # a secret part of the overlay addresses: never printed whole
        return value[:4] + "…" if value else ""
    if row.widget == "check":
        return "true" if value else "false"
    if row.widget == "ticks":
        return ",".join(value)
    return row.shown(value)


def _typed(row: SettingField, typed: str) -> object:
    """``typed`` read as the settings dialog's editor would hold it, then parsed by the row."""
    if row.widget == "check":
        word = typed.strip().lower()
        if word not in _TRUE | _FALSE:
            raise sm.refusal(row, translate("Settings", "expected true or false, not {value}").format(value=repr(typed)))
        return word in _TRUE
    raw: object = tuple(w.strip() for w in typed.split(",") if w.strip()) if row.widget == "ticks" else typed
    try:
        return row.parse(raw)
    except ValueError as exc:  # the parser's sentence, in the creator's language already
        raise sm.refusal(row, str(exc)) from None


def cmd_settings(args: argparse.Namespace, home: Path) -> int:
    s = sm.load(home)
    if args.action == "show":
        for row in sm.FIELDS:
            if row.widget != "thresholds":
                print(f"{row.path} = {_text(row, s)}")
        return 0
    row = _field(args.key)
    if args.action == "get":
        print(_text(row, s))
        return 0
    if args.value is None:
        raise LookupError(translate("Settings", "say the new value, e.g. 'streamer-app settings set {key} VALUE'")
                          .format(key=row.path))
    new = sm.validate(sm.with_values(s, {row.path: _typed(row, args.value)}), typed=True)
    sm.save(home, sm.keeping_saved_token(home, new))
    print(translate("Settings", "{key} = {value} (saved)").format(key=row.path, value=_text(row, new)))
    return 0
