"""The command line's grammar (DESIGN.md section 4): every subcommand, option and argument type.

``cli`` parses with it and runs the commands; ``--lang`` and ``--data-dir`` are accepted before
or after the subcommand (each parser gets the shared options).
"""

from __future__ import annotations

import argparse
from typing import TypeAlias

from . import __version__
from .export.formats import listed
from .sources.factory import DemoOptions

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# The secrets the command line sets, by the name typed (youtube_token comes from 'youtube sign-in').
SECRET_NAMES = {"sign-api-key": "sign_api_key", "session-id": "session_id", "obs-password": "obs_password",
                "youtube-api-key": "youtube_api_key"}


def _nonneg_float(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if v < 0 or v != v or v == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be zero or a positive number")
    return v


def _pos_float(text: str) -> float:
    v = _nonneg_float(text)
    if v == 0:
        raise argparse.ArgumentTypeError("must be greater than zero")
    return v


def _platforms(text: str) -> list[str]:
    from .core.events import PLATFORMS

    names = [p.strip().lower() for p in text.split(",") if p.strip()]
    wrong = [p for p in names if p not in PLATFORMS]
    if wrong or not names:
        raise argparse.ArgumentTypeError(f"{text!r}: name platforms from {', '.join(PLATFORMS)}, separated by commas")
    return list(dict.fromkeys(names))  # each once, in the order given


def _port(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1024 <= v <= 65535:
        raise argparse.ArgumentTypeError(f"{v} is not a port between 1024 and 65535")
    return v


def _shared_options(sub: bool) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The options every command takes (common) and those of the commands that run a stream (run).

    The copies given to subcommands (``sub``) have no defaults of their own, so an option
    given before the subcommand (``streamer-app --data-dir X export ...``) is not reset by
    the subcommand's default; given after it, it wins as usual.
    """
    d: dict = {"default": argparse.SUPPRESS} if sub else {}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="folder for the database, settings and recordings "
                        "(default: $STREAMER_APP_HOME or the platform's data folder)", **d)
    common.add_argument("--overlay-port", type=_port, metavar="P", help="port of the local overlay server", **d)
    common.add_argument("--lang", metavar="CODE", help="language of the window, overlays and reports: "
                        "en, es, pt_BR, id, vi, tr, de, fr, ar, ja (default: the 'language' setting, else the "
                        "system's)", **d)
    common.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr", **d)

    run = argparse.ArgumentParser(add_help=False)
    run.add_argument("--headless", action="store_true", help="no window: ledger and overlay server only", **d)
    run.add_argument("--speed", type=_nonneg_float, metavar="X",
                     help="replay/demo speed multiplier (0 = as fast as possible; default 1)", **d)
    run.add_argument("--exit-after", type=_pos_float, metavar="S", help="close the window S seconds after it has started "
                     "(chart built, overlay server and source started)", **d)
    run.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window just before --exit-after", **d)
    run.add_argument("--no-overlay", action="store_true", help="do not start the overlay server", **d)
    return common, run


def build_parser() -> argparse.ArgumentParser:
    top_common, top_run = _shared_options(sub=False)
    common, run = _shared_options(sub=True)
    parser = _top_parser(top_common, top_run)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_ledger_commands(sub, common)
    _add_run_commands(sub, common, run)
    _add_overlay_commands(sub, common)
    _add_account_commands(sub, common)
    return parser


def _top_parser(top_common: argparse.ArgumentParser, top_run: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The program's own options: the window, the demo and what every command shares."""
    parser = argparse.ArgumentParser(
        prog="streamer-app",
        description="A desktop companion for TikTok LIVE creators: live gift alerts, an exact "
        "ledger of coins and diamonds, earnings against payout thresholds, and summaries.",
        parents=[top_common, top_run],
    )
    parser.add_argument("--version", action="version", version=f"streamer-app {__version__}")
    parser.add_argument("--demo", action="store_true", help="run the simulated demo stream")
    parser.add_argument("--duration", type=_pos_float, default=None, metavar="S",
                        help=f"demo length in stream seconds (default {DemoOptions.duration:g})")
    parser.add_argument("--seed", type=int, default=None, metavar="N", help="demo random seed (same seed, same stream)")
    parser.add_argument("--demo-start", metavar="ISO", help=argparse.SUPPRESS)  # fixed clock for golden files
    parser.add_argument("--platforms", type=_platforms, default=None, metavar="LIST",
                        help="the demo's platforms, e.g. tiktok,twitch,youtube: one simulated stream each, "
                        "at once (default: tiktok)")
    return parser


def _add_ledger_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """What reads or keeps the ledger: sessions, export, backup, restore, doctor."""
    sub.add_parser("sessions", parents=[common], help="list sessions with their totals")
    ex = sub.add_parser("export", parents=[common], help="write a session or date-range summary",
                        description="Write a summary of one session (ID or 'last'), of this 'week' or "
                        "'month', or of --from DATE --to DATE (UTC days, inclusive). CSV writes three files: "
                        "PATH (one row per counted gift), PATH-gifters.csv and PATH-sessions.csv.")
    ex.add_argument("ref", nargs="?", default=None, help="session id, 'last' (default), 'week', 'month', or "
                    "'night' (the last session and those that ran beside it: one report per platform; "
                    "'night:ID' for session ID's night)")
    # No default: a format left out follows the -o file's suffix (export.output.choose_format).
    ex.add_argument("--format", default=None, help=f"{listed()} (default: from the -o file's suffix, else json)")
    ex.add_argument("-o", "--output", required=True, metavar="PATH", help="file to write ('-' for stdout)")
    ex.add_argument("--from", dest="date_from", metavar="DATE", help="first day of a range, e.g. 2025-03-01")
    ex.add_argument("--to", dest="date_to", metavar="DATE", help="last day of a range (default: today)")
    ex.add_argument("--now", metavar="ISO", help=argparse.SUPPRESS)  # fixed clock for golden files
    sub.add_parser("backup", parents=[common], help="back up the database into the data folder's backups/")
    rs = sub.add_parser("restore", parents=[common], help="replace the database with a backup (close the app first)")
    rs.add_argument("file", metavar="FILE", help="a backup, e.g. from the data folder's backups/")
    sub.add_parser("doctor", parents=[common], help="check the database, data folder, overlay port and Qt libraries")


def _add_run_commands(sub: Subcommands, common: argparse.ArgumentParser, run: argparse.ArgumentParser) -> None:
    """What runs a source: connect and replay (the demo is the program's own --demo)."""
    co = sub.add_parser("connect", parents=[common, run], help="follow a creator's TikTok LIVE (and Twitch, YouTube)",
                        description="Follow a creator's TikTok LIVE; with --twitch and --youtube, their Twitch and "
                        "YouTube streams too, at once: one session each, one ledger, one total.")
    co.add_argument("handle", metavar="@HANDLE", nargs="?", default=None, help="the creator's TikTok @handle")
    co.add_argument("--twitch", metavar="NAME", help="also follow this Twitch channel (its login name)")
    co.add_argument("--youtube", metavar="CHANNEL", help="also follow this YouTube channel (@handle, channel id or video id)")
    rp = sub.add_parser("replay", parents=[common, run], help="replay a raw recording (*.ttlive.jsonl[.gz])")
    rp.add_argument("file", metavar="FILE", help="a recording from the data folder's recordings/")
    rp.add_argument("--actions", action="store_true",
                    help="run actions.json's rules during the replay (off by default: a replay is not live)")


def _add_overlay_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """OBS browser-source links: urls, rotate-token, add-to-obs."""
    ov = sub.add_parser("overlay", help="OBS browser-source links: 'overlay urls', 'overlay rotate-token', "
                        "'overlay add-to-obs'")
    ov_sub = ov.add_subparsers(dest="overlay_command", metavar="ACTION")
    ov_sub.add_parser("urls", parents=[common], help="print each overlay page's full URL (with its token)")
    ov_sub.add_parser("rotate-token", parents=[common],
                      help="replace the overlay token (a running streamer-app keeps the old one until it restarts)")
    ao = ov_sub.add_parser("add-to-obs", parents=[common],
                           help="create or update an OBS browser source for each overlay page (obs-websocket 5)",
                           description="Creates a browser source named 'streamer-app: PAGE' in OBS's current scene "
                           "for each page (all when none is named), with its link, token and size; a source of that "
                           "name is updated instead. Uses the OBS settings (obs_host, obs_port) and the password "
                           "from 'streamer-app secrets set obs-password'.")
    ao.add_argument("pages", nargs="*", metavar="PAGE", help="overlay pages (default: every page)")


def _add_account_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The subathon timer, the settings, the secrets and the platforms' sign-ins."""
    from .engine.timer_commands import add_parser as add_timer_parser  # (light: no store, no sqlite-utils)

    add_timer_parser(sub, common)
    from .settings_commands import add_parser as add_settings_parser

    add_settings_parser(sub, common)
    se = sub.add_parser("secrets", help="the sign-server API key, TikTok session id and YouTube API key (kept in the keyring)")
    se_sub = se.add_subparsers(dest="secrets_command", metavar="ACTION", required=True)
    for action, text in (("set", "store a secret (typed at a hidden prompt, or read from stdin)"),
                         ("clear", "forget a secret")):
        a = se_sub.add_parser(action, parents=[common], help=text)
        a.add_argument("name", choices=list(SECRET_NAMES))
    se_sub.add_parser("status", parents=[common], help="say which secrets are set and where they are kept")
    tw = sub.add_parser("twitch", help="sign in to Twitch with your own account (docs/PLATFORMS.md)")
    tw_sub = tw.add_subparsers(dest="twitch_command", metavar="ACTION", required=True)
    si = tw_sub.add_parser("sign-in", parents=[common], help="sign in with a code shown here (device code flow)")
    si.add_argument("--client-id", metavar="ID", help="your app's client id from the Twitch developer console "
                    "(asked once, then kept in the keyring)")
    tw_sub.add_parser("sign-out", parents=[common], help="forget the Twitch tokens (the client id stays)")
    tw_sub.add_parser("status", parents=[common], help="say whether Twitch is signed in")
    yt = sub.add_parser("youtube", help="sign in to YouTube with your own Google OAuth client (docs/PLATFORMS.md)")
    yt_sub = yt.add_subparsers(dest="youtube_command", metavar="ACTION", required=True)
    ys = yt_sub.add_parser("sign-in", parents=[common], help="sign in in the browser (Google's consent page)")
    ys.add_argument("--client-secrets", metavar="FILE",
                    help="the OAuth client JSON (type Desktop app); kept as the youtube_client_secrets setting")
    ys.add_argument("--no-browser", action="store_true", help="print the sign-in address instead of opening it")
    yt_sub.add_parser("sign-out", parents=[common], help="forget the YouTube sign-in")
    yt_sub.add_parser("status", parents=[common], help="say whether YouTube is signed in, and the quota left today")
