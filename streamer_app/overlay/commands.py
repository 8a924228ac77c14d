"""``streamer-app overlay urls``, ``overlay rotate-token`` and ``overlay add-to-obs`` (in ``obs.commands``)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from ..i18n import translate
from .access import ensure_token, page_urls, rotate_token


def cmd_overlay(args: argparse.Namespace, home: Path) -> int:
    action = getattr(args, "overlay_command", None)
    if action == "add-to-obs":
        from ..obs.commands import cmd_add_to_obs  # simpleobsws is loaded only for this command

        return cmd_add_to_obs(args, home)
    if action == "rotate-token":
        s = rotate_token(home)
        print(translate("Commands", "New overlay token saved: old overlay links stop working once streamer-app "
                                    "restarts (or at once in the window). The sources 'Add to OBS' made get the new "
                                    "links when the window next connects to OBS (or run 'streamer-app overlay "
                                    "add-to-obs'); update any other OBS browser source with:"), file=sys.stderr)
    elif action == "urls":
        s = ensure_token(home)
    else:
        print("usage: streamer-app overlay {urls,rotate-token,add-to-obs} [--data-dir D] [--overlay-port P]", file=sys.stderr)
        return 2
    if getattr(args, "overlay_port", None):
        s = replace(s, overlay_port=args.overlay_port)
    for url in page_urls(s).values():
        print(url)
    if s.overlay_lan:
        print(translate("Commands", "LAN access is on: on other devices use this computer's IP address instead of "
                                    "127.0.0.1."), file=sys.stderr)
    return 0
