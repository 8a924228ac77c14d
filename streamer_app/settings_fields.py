"""The settings registry: one row per setting, in the order the settings dialog shows them.

A row says where a setting lives (its path in ``Settings`` and in settings.json), what it
is called, how it is typed in (parser and widget), which values it accepts (limits,
choices, a rule) and the sentence that refuses any other. ``settings.validate`` checks
every row; the settings dialog builds its fields, labels, tooltips and placeholders from
the rows and puts each refusal on the field whose path the error carries.

To add a setting: give ``Settings`` (or ``AlertSettings``) a field with its default, and
add its row to ``FIELDS``. Nothing else changes unless it needs a new kind of widget.
Qt-free: the dialog maps each ``Widget`` kind to a Qt editor (``ui/setting_editors.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, is_dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Literal, TypeVar

from .core.economics import exchange_rates_text
from .export.formats import FORMATS as EXPORT_FORMATS
from .i18n import QT_TRANSLATE_NOOP
from .i18n.languages import LANGUAGES
from .settings_checks import (  # the parsers and rules the rows name
    Rule, colour, currency, distinct_thresholds, exchange_limits, exchange_rates, existing_file,
    folder, formats_when_folder, marked_above, number, obs_host, rate, rate_limits, same, show,
    show_number, show_words, text, tiktok_handle, token_strength, whole, words,
)

if TYPE_CHECKING:
    from .settings import Settings

SIZE_PRESETS = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "800x600": (800, 600)}

# text: a line edit; check: a check box (the label is its text); choice: a drop-down of
# ``choices``; folder: a line edit with a folder picker; json_file: one with a picker of .json
# files; ticks: one check box per choice;
# thresholds: the table of payout thresholds (a whole tab).
Widget = Literal["text", "check", "choice", "folder", "json_file", "ticks", "thresholds"]


@dataclass(frozen=True)
class SettingField:
    """One setting as people meet it: where it lives, what it is called, how it is typed in and checked."""

    path: str  # attribute path in Settings, and key path in settings.json: "alerts.volume"
    label: str  # the dialog's label (a check box's own text)
    widget: Widget
    tab: str = ""  # the dialog tab; "" keeps it out of the dialog (settings file and command line)
    help: str = ""  # one sentence: the field's tooltip, and the docs
    placeholder: str = ""  # shown greyed in an empty field
    parse: Callable[[Any], Any] = same  # what the widget holds -> the value (ValueError: the sentence)
    shown: Callable[[Any], str] = str  # the value -> the text in its field
    limits: tuple[float | None, float | None] | None = None  # inclusive; None: no bound that side
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, text shown)
    error: str = ""  # refuses a value outside limits or choices; may use {value} and {shown}
    rule: Rule | None = None  # any other check, for a stored file as for typed values
    typed_rule: Rule | None = None  # checked only on values typed in now: a file accepted once still loads
    clean: Callable[[Any], Any] | None = None  # normal form of an accepted value
    named: str = ""  # how its error sentences start, when not with its path

    @property
    def prefix(self) -> str:
        return self.named or self.path

    def _refusal(self, value: Any) -> str:
        """``error`` (marked where the row is written) in the creator's language, filled in."""
        listed = ", ".join(key for key, _ in self.choices if key)
        return marked_above("Settings", self.error).format(value=value, shown=show(value), choices=listed)

    def problem(self, value: Any, s: Settings, typed: bool = False) -> str | None:
        """The sentence refusing ``value`` (without the prefix), or None when it is accepted."""
        if self.choices:
            allowed = {key for key, _ in self.choices}
            bad = sorted(set(value) - allowed) if isinstance(value, tuple) else ([] if value in allowed else [value])
            if bad:
                return self._refusal(bad[0])
        if self.limits is not None:
            lo, hi = self.limits
            # Written as "not inside" so that NaN, which compares false with everything, is refused.
            if (lo is not None and not value >= lo) or (hi is not None and not value <= hi):
                return self._refusal(value)
        for rule in (self.rule, self.typed_rule if typed else None):
            sentence = rule(value, s) if rule is not None else None
            if sentence:
                return sentence
        return None


def value_at(s: Any, path: str) -> Any:
    for part in path.split("."):
        s = getattr(s, part)
    return s


T = TypeVar("T")


def with_values(s: T, values: dict[str, Any]) -> T:
    """``s`` with each path set to its value; nested settings (alerts, rates) rebuilt once each."""
    top: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for path, value in values.items():
        head, _, rest = path.partition(".")
        if rest:
            nested.setdefault(head, {})[rest] = value
        else:
            top[head] = value
    for head, inner in nested.items():
        top[head] = with_values(getattr(s, head), inner)
    assert is_dataclass(s) and not isinstance(s, type), s
    return replace(s, **top)


_RATES = "rates"
FIELDS: tuple[SettingField, ...] = (
    # Earnings
    SettingField("rates.diamonds_per_coin", QT_TRANSLATE_NOOP("Settings", "Diamonds per coin"), "text", "Earnings",
                 QT_TRANSLATE_NOOP("Settings", "What a creator receives per coin a viewer sends (TikTok does not "
                                               "publish it; about 0.5)."),
                 parse=rate("diamonds_per_coin"), rule=rate_limits("diamonds_per_coin"), named=_RATES),
    SettingField("rates.usd_per_diamond", QT_TRANSLATE_NOOP("Settings", "USD per diamond"), "text", "Earnings",
                 QT_TRANSLATE_NOOP("Settings", "What TikTok pays out per diamond (about USD 0.01)."),
                 parse=rate("usd_per_diamond"), rule=rate_limits("usd_per_diamond"), named=_RATES),
    SettingField("rates.currency", QT_TRANSLATE_NOOP("Settings", "Display currency"), "text", "Earnings",
                 QT_TRANSLATE_NOOP("Settings", "The three-letter code earnings are shown in."),
                     placeholder="USD", parse=currency, named=_RATES),
    SettingField("rates.usd_to_currency", QT_TRANSLATE_NOOP("Settings", "1 USD in that currency"), "text", "Earnings",
                 QT_TRANSLATE_NOOP("Settings", "Your own exchange rate: nothing is looked up online."),
                 parse=rate("usd_to_currency"), rule=rate_limits("usd_to_currency"), named=_RATES),
    SettingField("rates.viewer_usd_per_coin",
                 QT_TRANSLATE_NOOP("Settings", "What viewers pay per coin (USD)"), "text", "Earnings",
                 QT_TRANSLATE_NOOP("Settings", "What viewers spend per coin in the app (about USD 0.0143), for "
                                               "'viewers spent'."),
                 parse=rate("viewer_usd_per_coin"), rule=rate_limits("viewer_usd_per_coin"), named=_RATES),
    # Twitch and YouTube (docs/ECONOMICS.md cites every default)
    SettingField("rates.usd_per_bit",
                 QT_TRANSLATE_NOOP("Settings", "Twitch: USD per Bit"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and "
                                               "Partners a cent a Bit)."),
                 parse=rate("usd_per_bit"), rule=rate_limits("usd_per_bit"), named=_RATES),
    SettingField("rates.twitch_tier1_usd",
                 QT_TRANSLATE_NOOP("Settings", "Twitch: Tier 1 sub price (USD)"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch "
                                               "prices some countries lower)."),
                 parse=rate("twitch_tier1_usd"), rule=rate_limits("twitch_tier1_usd"), named=_RATES),
    SettingField("rates.twitch_tier2_usd",
                 QT_TRANSLATE_NOOP("Settings", "Twitch: Tier 2 sub price (USD)"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "What a viewer pays for a Tier 2 sub (USD 9.99)."),
                 parse=rate("twitch_tier2_usd"), rule=rate_limits("twitch_tier2_usd"), named=_RATES),
    SettingField("rates.twitch_tier3_usd",
                 QT_TRANSLATE_NOOP("Settings", "Twitch: Tier 3 sub price (USD)"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "What a viewer pays for a Tier 3 sub (USD 24.99)."),
                 parse=rate("twitch_tier3_usd"), rule=rate_limits("twitch_tier3_usd"), named=_RATES),
    SettingField("rates.twitch_sub_share",
                 QT_TRANSLATE_NOOP("Settings", "Twitch: your share of subs (0.5 = 50 %)"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "The standard split is 50 % (gifted subs too); Partner Plus and some "
                                               "contracts pay more."),
                 parse=rate("twitch_sub_share"), named=_RATES),
    SettingField("rates.youtube_paid_share",
                 QT_TRANSLATE_NOOP("Settings", "YouTube: your share of Super Chats and Stickers"), "text",
                 "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "70 % of what viewers pay, after YouTube's share "
                 "(https://support.google.com/youtube/answer/7288782)."),
                 parse=rate("youtube_paid_share"), named=_RATES),
    SettingField("rates.youtube_membership_share",
                 QT_TRANSLATE_NOOP("Settings", "YouTube: your share of memberships"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "70 % of a membership's price after YouTube's share, as for Super "
                                               "Chats."),
                 parse=rate("youtube_membership_share"), named=_RATES),
    SettingField("rates.youtube_membership_usd",
                 QT_TRANSLATE_NOOP("Settings", "YouTube: membership price (USD)"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "Used when a membership message does not say its price (USD 4.99, the "
                                               "usual first level)."),
                 parse=rate("youtube_membership_usd"), rule=rate_limits("youtube_membership_usd"), named=_RATES),
    SettingField("rates.exchange_rates",
                 QT_TRANSLATE_NOOP("Settings", "Exchange rates to the display currency"), "text", "Twitch and YouTube",
                 QT_TRANSLATE_NOOP("Settings", "One unit of each currency viewers pay in, in your display currency, "
                                               "like EUR=1.08, JPY=0.0064. "
                 "Nothing is looked up online; an amount in a currency without a rate is kept and listed as "
                 "unconverted."), placeholder="EUR=1.08, GBP=1.27", parse=exchange_rates,
                 shown=exchange_rates_text, rule=exchange_limits, named=_RATES),
    # Payout thresholds
    SettingField("thresholds", QT_TRANSLATE_NOOP("Settings", "Payout thresholds"), "thresholds", "Payout thresholds",
                 QT_TRANSLATE_NOOP("Settings", "Goals and payout minimums, in money, diamonds or coins, each naming "
                                               "its platform. Twitch pays "
                 "from USD 50 (USD 100 by wire; "
                 "https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through "
                 "AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871)."),
                 rule=distinct_thresholds),
    # Alerts
    SettingField("alerts.min_coins", QT_TRANSLATE_NOOP("Settings", "Minimum coins for an alert"), "text", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "Smaller gifts count but show no alert."), parse=whole, limits=(0, None),
                 error=QT_TRANSLATE_NOOP("Settings", "minimum coins cannot be negative")),
    SettingField("alerts.volume", QT_TRANSLATE_NOOP("Settings", "Volume (0-100)"), "text", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "The alert sound's volume, in percent."),
                 parse=whole, limits=(0, 100),
                     error=QT_TRANSLATE_NOOP("Settings", "volume is a percentage from 0 to 100")),
    SettingField("alerts.muted", QT_TRANSLATE_NOOP("Settings", "Mute sounds"), "check", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "Alerts without sound.")),
    SettingField("alerts.tts_enabled",
                 QT_TRANSLATE_NOOP("Settings", "Read gifts aloud (text-to-speech)"), "check", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "Reads the gifter's name and gift aloud, with the system's voice.")),
    SettingField("alerts.tts_min_coins", QT_TRANSLATE_NOOP("Settings", "Minimum coins to read aloud"), "text", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "Smaller gifts are not read aloud."), parse=whole, limits=(0, None),
                 error=QT_TRANSLATE_NOOP("Settings", "minimum coins to read aloud cannot be negative")),
    SettingField("alerts.tts_blocked_words", QT_TRANSLATE_NOOP("Settings", "Never read aloud"), "text", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "A name or gift containing one of these words is not read aloud."),
                 placeholder=QT_TRANSLATE_NOOP("Settings", "words never read aloud, comma separated"),
                     parse=words, shown=show_words),
    SettingField("alerts.background", QT_TRANSLATE_NOOP("Settings", "Background"), "choice", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "The alert window's background, for the capture in OBS."),
                 choices=(("chroma",
                           QT_TRANSLATE_NOOP("Settings", "Chroma key colour")), ("transparent",
                                                                                 QT_TRANSLATE_NOOP("Settings", "Transparent"))),
                 error=QT_TRANSLATE_NOOP("Settings", "choose 'chroma' or 'transparent'")),
    SettingField("alerts.chroma_color", QT_TRANSLATE_NOOP("Settings", "Chroma colour"), "text", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "The colour OBS keys out, like #00b140."), parse=text, rule=colour),
    SettingField("alerts.always_on_top", QT_TRANSLATE_NOOP("Settings", "Always on top"), "check", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "Keeps the alert window above other windows.")),
    SettingField("alerts.size", QT_TRANSLATE_NOOP("Settings", "Window size"), "choice", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "The alert window's size in pixels."),
                 choices=tuple((k, k) for k in SIZE_PRESETS),
                     error=QT_TRANSLATE_NOOP("Settings", "choose one of {choices}")),
    SettingField("alerts.max_queue", QT_TRANSLATE_NOOP("Settings", "Waiting alerts before a summary"), "text", "Alerts",
                 QT_TRANSLATE_NOOP("Settings", "Beyond this many waiting alerts, the rest fold into one summary card."),
                 parse=whole, limits=(1, 100), error=QT_TRANSLATE_NOOP("Settings", "between 1 and 100 waiting alerts")),
    # General
    SettingField("language", QT_TRANSLATE_NOOP("Settings", "Language"), "choice", "General",
                 QT_TRANSLATE_NOOP("Settings", "The language of the window, the reports and, unless set below, the "
                                               "overlays."),
                 choices=(("",
                           QT_TRANSLATE_NOOP("Settings", "System language")), *((lang.code, lang.name) for lang in LANGUAGES.values())),
                 error=QT_TRANSLATE_NOOP("Settings", "choose one of {choices}")),
    SettingField("overlay_language", QT_TRANSLATE_NOOP("Settings", "Overlay language"), "choice", "General",
                 QT_TRANSLATE_NOOP("Settings", "The language your audience reads on the overlays (it may differ from "
                                               "yours)."),
                 choices=(("",
                           QT_TRANSLATE_NOOP("Settings", "Same as the window")), *((lang.code, lang.name) for lang in LANGUAGES.values())),
                 error=QT_TRANSLATE_NOOP("Settings", "choose one of {choices}")),
    SettingField("creator", QT_TRANSLATE_NOOP("Settings", "Your TikTok @handle"), "text", "General",
                 QT_TRANSLATE_NOOP("Settings", "The account to follow; empty offers the demo."),
                     placeholder="@yourhandle", parse=text,
                 rule=tiktok_handle, clean=lambda v: "@" + v.strip().lstrip("@") if v.strip() else ""),
    SettingField("twitch_channel", QT_TRANSLATE_NOOP("Settings", "Your Twitch channel"), "text", "General",
                 QT_TRANSLATE_NOOP("Settings", "Also followed beside TikTok when the app starts (streaming to "
                                               "several platforms at once); "
                 "empty: none. Sign in first: Stream ▸ Sign in to Twitch."), placeholder="your_login", parse=text),
    SettingField("youtube_channel", QT_TRANSLATE_NOOP("Settings", "Your YouTube channel"), "text", "General",
                 QT_TRANSLATE_NOOP("Settings", "Also followed beside TikTok when the app starts; your @handle, "
                                               "channel id or live video id; "
                 "empty: none. Sign in first (docs/PLATFORMS.md)."), placeholder="@YourChannel", parse=text),
    SettingField("recorder_enabled",
                 QT_TRANSLATE_NOOP("Settings", "Record raw frames of TikTok streams (for replay)"), "check", "General",
                 QT_TRANSLATE_NOOP("Settings", "Keeps what TikTok sent, so a stream can be replayed and checked "
                                               "later.")),
    SettingField("auto_export_dir", QT_TRANSLATE_NOOP("Settings", "Automatic export folder"), "folder", "General",
                 QT_TRANSLATE_NOOP("Settings", "Where each session is exported when it ends; empty: no automatic "
                                               "export. "
                 "A relative folder is inside the data folder."),
                     placeholder=QT_TRANSLATE_NOOP("Settings", "no automatic export"), parse=folder),
    SettingField("auto_export_formats",
                 QT_TRANSLATE_NOOP("Settings", "Formats"), "ticks", "General",
                     QT_TRANSLATE_NOOP("Settings", "The formats of the automatic export."),
                 choices=tuple((f.key, f.label) for f in EXPORT_FORMATS),
                 error=QT_TRANSLATE_NOOP("Settings", "unknown format {shown}"), typed_rule=formats_when_folder),
    # Subathon timer (core/subathon.py; docs/TIMER.md)
    SettingField("timer.seconds_per_coin", QT_TRANSLATE_NOOP("Settings", "Seconds per coin"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "Time each coin of a counted gift adds (a Rose adds this once, a "
                                               "Galaxy 1,000 times)."),
                 parse=number, shown=show_number, limits=(0, 3600),
                 error=QT_TRANSLATE_NOOP("Settings", "seconds per coin must be between 0 and 3600")),
    SettingField("timer.seconds_per_sub", QT_TRANSLATE_NOOP("Settings", "Seconds per subscription"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "Time each subscription adds."),
                     parse=number, shown=show_number, limits=(0, 86400),
                 error=QT_TRANSLATE_NOOP("Settings", "seconds per subscription must be between 0 and 86400")),
    SettingField("timer.seconds_per_follow", QT_TRANSLATE_NOOP("Settings", "Seconds per follow"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "Time each new follow adds (0: follows add nothing)."),
                     parse=number, shown=show_number,
                 limits=(0, 3600),
                 error=QT_TRANSLATE_NOOP("Settings", "seconds per follow must be between 0 and 3600")),
    SettingField("timer.start_minutes", QT_TRANSLATE_NOOP("Settings", "Starting time (minutes)"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "What the timer shows before it starts, and after a reset."),
                     parse=number, shown=show_number,
                 limits=(0, 100_000),
                 error=QT_TRANSLATE_NOOP("Settings", "the starting time must be between 0 and 100,000 minutes")),
    SettingField("timer.max_minutes", QT_TRANSLATE_NOOP("Settings", "Cap (minutes, 0 = none)"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "The timer never holds more than this; time beyond it is not "
                                               "added."), parse=number, shown=show_number,
                 limits=(0, 100_000),
                     error=QT_TRANSLATE_NOOP("Settings", "the cap must be between 0 and 100,000 minutes (0: no cap)")),
    SettingField("timer.count_replays", QT_TRANSLATE_NOOP("Settings", "Replays add time too"), "check", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "Off: only live streams and the demo extend the timer, not a "
                                               "recording replayed.")),
    # Likes page
    SettingField("likes.goal", QT_TRANSLATE_NOOP("Settings", "First like goal"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "The likes page's first goal (the room's like total)."),
                     parse=whole, limits=(1, 10**12),
                 error=QT_TRANSLATE_NOOP("Settings", "the like goal must be a whole number of at least 1")),
    SettingField("likes.step", QT_TRANSLATE_NOOP("Settings", "Then every ... likes"), "text", "Timer",
                 QT_TRANSLATE_NOOP("Settings", "Once a goal is reached, the next one is this many likes further."), parse=whole,
                 limits=(1, 10**12),
                     error=QT_TRANSLATE_NOOP("Settings", "the like goal step must be a whole number of at least 1")),
    # OBS (the password is a secret: the tab's own field, kept in the keyring)
    SettingField("obs_enabled", QT_TRANSLATE_NOOP("Settings", "Control OBS (obs-websocket)"), "check", "OBS",
                 QT_TRANSLATE_NOOP("Settings", "Connects to OBS's WebSocket server: Add to OBS, and actions that "
                                               "switch scenes or show sources.")),
    SettingField("obs_host", QT_TRANSLATE_NOOP("Settings", "OBS computer"), "text", "OBS",
                 QT_TRANSLATE_NOOP("Settings", "Where OBS runs: 127.0.0.1 when it is this computer."),
                     placeholder="127.0.0.1", parse=text,
                 rule=obs_host, clean=lambda v: v.strip()),
    SettingField("obs_port", QT_TRANSLATE_NOOP("Settings", "OBS WebSocket port"), "text", "OBS",
                 QT_TRANSLATE_NOOP("Settings", "The Server Port in OBS's Tools > WebSocket Server Settings (4455 "
                                               "unless changed)."),
                 placeholder="4455", parse=whole, limits=(1, 65535),
                     error=QT_TRANSLATE_NOOP("Settings", "{value} is not a port between 1 and 65535")),
    # YouTube (docs/PLATFORMS.md)
    SettingField("youtube_client_secrets",
                 QT_TRANSLATE_NOOP("Settings", "YouTube OAuth client file"), "json_file", "YouTube",
                 QT_TRANSLATE_NOOP("Settings", "The JSON file of your own Google OAuth client (type Desktop app) for "
                                               "signing in to YouTube "
                 "(docs/PLATFORMS.md says how to make one)."),
                 placeholder="client_secret_….json", parse=text, typed_rule=existing_file),
    SettingField("youtube_daily_quota", QT_TRANSLATE_NOOP("Settings", "YouTube API units a day"), "text", "YouTube",
                 QT_TRANSLATE_NOOP("Settings", "Your Google Cloud project's daily YouTube Data API quota (10,000 "
                                               "unless Google raised it)."),
                 parse=whole, limits=(100, 100_000_000),
                     error=QT_TRANSLATE_NOOP("Settings", "between 100 and 100,000,000 units a day")),
    SettingField("youtube_hours_per_day", QT_TRANSLATE_NOOP("Settings", "YouTube hours live a day"), "text", "YouTube",
                 QT_TRANSLATE_NOOP("Settings", "The chat is read at a pace that makes the day's quota last this many "
                                               "hours of streaming."),
                 parse=number, limits=(0.5, 24), error=QT_TRANSLATE_NOOP("Settings", "between 0.5 and 24 hours")),
    # Only in the settings file (and on the command line)
    SettingField("idle_close_s", "Streak idle time (seconds)", "text",
                 help=QT_TRANSLATE_NOOP("Settings", "A gift streak with no news for this long is closed and "
                                                    "counted."), parse=number,
                 limits=(1, 600),
                     error=QT_TRANSLATE_NOOP("Settings", "the streak idle time must be between 1 and 600 seconds")),
    SettingField("overlay_port", "Overlay port", "text",
                 help=QT_TRANSLATE_NOOP("Settings", "The local port of the OBS browser sources."),
                 parse=whole, limits=(1024, 65535),
                     error=QT_TRANSLATE_NOOP("Settings", "{value} is not a port between 1024 and 65535")),
    SettingField("overlay_lan", "Overlay reachable from the local network", "check",
                 help=QT_TRANSLATE_NOOP("Settings", "Only for OBS on another computer: the overlay then listens "
                                                    "beyond this one.")),
    SettingField("overlay_token", "Overlay token", "text",
                 help=QT_TRANSLATE_NOOP("Settings", "The secret part of the overlay addresses (rotate it with "
                                                    "'overlay rotate-token')."),
                 rule=token_strength),
    SettingField("recordings_max_mb", "Recordings kept (MB)", "text",
                 help=QT_TRANSLATE_NOOP("Settings", "The oldest recordings are deleted beyond this size."),
                     parse=whole, limits=(10, None),
                 error=QT_TRANSLATE_NOOP("Settings", "keep at least 10 MB of recordings")),
    SettingField("backups_keep", "Backups kept", "text",
                 help=QT_TRANSLATE_NOOP("Settings", "Backups of the database kept in the data folder."),
                 parse=whole, limits=(1, 1000), error=QT_TRANSLATE_NOOP("Settings", "keep between 1 and 1000 backups")),
    SettingField("actions_per_second", "Actions per second at most", "text",
                 help=QT_TRANSLATE_NOOP("Settings", "The global rate limit of actions.json's rules, in stream time "
                                                    "(0: no limit)."),
                 parse=number, limits=(0, 1000),
                     error=QT_TRANSLATE_NOOP("Settings", "actions per second must be between 0 and 1000")),
)
BY_PATH: dict[str, SettingField] = {f.path: f for f in FIELDS}
TABS: tuple[str, ...] = tuple(dict.fromkeys(f.tab for f in FIELDS if f.tab))
# The tab names for the catalogs; the dialog translates them where it shows them.
_TAB_TITLES = (QT_TRANSLATE_NOOP("Settings", "Earnings"), QT_TRANSLATE_NOOP("Settings", "Twitch and YouTube"),
               QT_TRANSLATE_NOOP("Settings", "Payout thresholds"), QT_TRANSLATE_NOOP("Settings", "Alerts"),
               QT_TRANSLATE_NOOP("Settings", "General"), QT_TRANSLATE_NOOP("Settings", "Timer"),
               QT_TRANSLATE_NOOP("Settings", "OBS"), QT_TRANSLATE_NOOP("Settings", "YouTube"))

# A muted note under a tab's fields: what the fields have in common.
TAB_NOTES = {  # translated where the dialog shows them
    "Earnings": QT_TRANSLATE_NOOP(
        "Settings", "No official conversion is published: these are estimates. Defaults: 0.5 diamonds per coin, "
                    "USD 0.01 per diamond (a coin earns about USD 0.005)."),
    "Twitch and YouTube": QT_TRANSLATE_NOOP(
        "Settings", "Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares "
                    "subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships."),
    "Payout thresholds": QT_TRANSLATE_NOOP(
        "Settings", "Thresholds apply to the balance since the last recorded withdrawal, across sessions. "
                    "TikTok caps withdrawals at USD 1,000 a day and pays within 15 days."),
    "Timer": QT_TRANSLATE_NOOP(
        "Settings", "Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: "
                    "it keeps counting down while the app is closed, and resumes to the second. The like goal is the "
                    "likes overlay page's."),
    "OBS": QT_TRANSLATE_NOOP(
        "Settings", "In OBS: Tools ▸ WebSocket Server Settings, tick 'Enable WebSocket server', then Show Connect Info "
                    "for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources."),
    "General": QT_TRANSLATE_NOOP(
        "Settings", "When a session ends, the database is backed up, and if a folder is set the session "
                    "is exported there in the ticked formats."),
}
