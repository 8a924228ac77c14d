"""Settings: their types and defaults (the dataclasses below), the file they are kept in,
and validation.

Each setting's label, widget, limits and refusal sentence are its row in
``settings_fields.FIELDS``; ``validate`` checks every row. To add a setting, give it a field
here and a row there. Stored as JSON in the data folder (``settings.json``). Secrets (the
sign-server key and the TikTok session id) are not settings: ``sources.secrets`` keeps them
apart. A bad value is refused with a sentence that names the setting (and an error that
carries its path); a damaged file is reported, never silently replaced.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from .core.economics import DEFAULT_THRESHOLDS, RateProfile, Threshold
from .core.subathon import TimerRules
from .i18n import translate
from .settings_checks import HANDLE_RE, decimal, rate_refusal, said
from .settings_fields import BY_PATH, FIELDS, SIZE_PRESETS, SettingField, value_at, with_values

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
__all__ = [  # also what other modules import from here: the registry's names stay reachable
    "AlertSettings", "BY_PATH", "LikeGoalSettings", "TimerSettings", "FIELDS", "HANDLE_RE", "SETTINGS_FILE", "SIZE_PRESETS", "SettingField", "Settings",
    "SettingsError", "auto_export_folder", "decimal_setting", "from_dict", "keeping_saved_token", "load",
    "new_token", "problems", "refusal", "replace", "save", "stored_token", "to_dict", "validate", "with_values",
]


class SettingsError(ValueError):
    """A setting's value is not acceptable; the message names the setting.

    ``key`` is the setting's path (``"alerts.volume"``), so a window can put the error on
    that setting's field without reading the message; None when the fault is not one
    setting's (a damaged file). ``sentence`` is the message without the leading name, for
    a field that already shows which setting it is.
    """

    def __init__(self, message: str, key: str | None = None, sentence: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.sentence = sentence if sentence is not None else message


def refusal(field: SettingField | str, sentence: str) -> SettingsError:
    """The error refusing a setting's value: its prefix, then the sentence; keyed by its path."""
    f = BY_PATH[field] if isinstance(field, str) else field
    return SettingsError(f"{f.prefix}: {sentence}", f.path, sentence)


def new_token() -> str:
    """An overlay token: 128 bits of randomness, URL-safe."""
    return secrets.token_urlsafe(16)


@dataclass(frozen=True)
class AlertSettings:
    min_coins: int = 1
    volume: int = 70  # percent
    muted: bool = False
    tts_enabled: bool = False
    tts_min_coins: int = 100
    tts_blocked_words: tuple[str, ...] = ()
    background: str = "chroma"  # "chroma" or "transparent"
    chroma_color: str = "#00b140"
    always_on_top: bool = False
    size: str = "1280x720"
    max_queue: int = 8  # beyond this, waiting alerts fold into one summary card


@dataclass(frozen=True)
class TimerSettings:
    """The subathon timer's rules (core/subathon.TimerRules): time income adds, start, cap."""

    seconds_per_coin: float = 1.0
    seconds_per_sub: float = 60.0
    seconds_per_follow: float = 0.0
    start_minutes: float = 60.0
    max_minutes: float = 0.0  # 0: no cap
    count_replays: bool = False  # replays add time only when asked (a recording is not tonight's income)

    def rules(self) -> TimerRules:
        return TimerRules(self.seconds_per_coin, self.seconds_per_sub, self.seconds_per_follow,
                          self.start_minutes, self.max_minutes)


@dataclass(frozen=True)
class LikeGoalSettings:
    """The likes page's goal: the first goal, then every ``step`` likes more."""

    goal: int = 1000
    step: int = 1000


@dataclass(frozen=True)
class Settings:
    creator: str = ""  # "@handle"; empty: offer the demo
    # Streaming to several platforms at once: also followed when the app starts with the creator.
    twitch_channel: str = ""  # the creator's Twitch login
    youtube_channel: str = ""  # the creator's YouTube @handle, channel id or live video id
    rates: RateProfile = field(default_factory=RateProfile)
    thresholds: tuple[Threshold, ...] = DEFAULT_THRESHOLDS
    idle_close_s: float = 15.0
    overlay_port: int = 8765
    overlay_lan: bool = False
    overlay_token: str = ""
    recorder_enabled: bool = True
    recordings_max_mb: int = 2000
    alerts: AlertSettings = field(default_factory=AlertSettings)
    auto_export_dir: str = ""  # "~" is the home folder; a relative path is inside the data folder
    auto_export_formats: tuple[str, ...] = ("html", "json")
    backups_keep: int = 10
    actions_per_second: float = 25.0  # the actions' global rate limit (bursts of 10 s worth); 0: none
    youtube_client_secrets: str = ""  # the creator's own Desktop OAuth client JSON (docs/PLATFORMS.md)
    youtube_daily_quota: int = 10_000  # the Google Cloud project's units a day (Google's default)
    youtube_hours_per_day: float = 4.0  # chat polling is paced so the day's quota lasts this long
    language: str = ""  # a code of i18n.LANGUAGES; "": the system's language
    overlay_language: str = ""  # what the audience reads on stream; "": the window's language
    timer: TimerSettings = field(default_factory=TimerSettings)
    likes: LikeGoalSettings = field(default_factory=LikeGoalSettings)
    obs_enabled: bool = False  # OBS control over obs-websocket 5 (streamer_app/obs); password: a secret
    obs_host: str = "127.0.0.1"
    obs_port: int = 4455

    def with_token(self) -> "Settings":
        return self if self.overlay_token else replace(self, overlay_token=new_token())


def auto_export_folder(s: Settings, data_dir: Path) -> Path | None:
    """The automatic export folder, or None when it is off.

    A relative folder is taken inside the data folder, not the working directory: the app
    is started from anywhere (a shortcut, a terminal, OBS), and the exports must not move.
    """
    folder = (s.auto_export_dir or "").strip()
    if not folder:
        return None
    return Path(data_dir) / Path(folder).expanduser()  # an absolute folder replaces data_dir


def problems(s: Settings, typed: bool = False) -> list[SettingsError]:
    """Every setting ``s`` holds a bad value for, in registry order.

    ``typed``: the values were typed in just now, so the rules kept for new values apply too.
    """
    found = []
    for f in FIELDS:
        sentence = f.problem(value_at(s, f.path), s, typed)
        if sentence:
            found.append(refusal(f, sentence))
    return found


def validate(s: Settings, typed: bool = False) -> Settings:
    """Return ``s`` normalised, or raise SettingsError naming the first bad value."""
    found = problems(s, typed)
    if found:
        raise found[0]
    return with_values(s, {f.path: f.clean(value_at(s, f.path)) for f in FIELDS if f.clean is not None})


def to_dict(s: Settings) -> dict[str, Any]:
    d: dict[str, Any] = {}
    for f in fields(s):
        v = getattr(s, f.name)
        if f.name == "rates":
            v = v.to_dict()
        elif f.name == "thresholds":
            v = [t.to_dict() for t in v]
        elif f.name == "alerts":
            v = {af.name: (list(getattr(v, af.name)) if af.name == "tts_blocked_words" else getattr(v, af.name))
                 for af in fields(AlertSettings)}
        elif f.name in _PLAIN_NESTED:
            v = {pf.name: getattr(v, pf.name) for pf in fields(v)}
        elif isinstance(v, tuple):
            v = list(v)
        d[f.name] = v
    return d


def _typed(name: str, value: Any, default: Any) -> Any:
    """``value`` from the file if it has the type of the setting's default (bool before int:
    in Python a bool is an int)."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise refusal(name, said(translate("Settings", "expected true or false, not {value}"), value=value))
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise refusal(name, said(translate("Settings", "expected a whole number, not {value}"), value=value))
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise refusal(name, said(translate("Settings", "expected a number, not {value}"), value=value))
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise refusal(name, said(translate("Settings", "expected text, not {value}"), value=value))
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise refusal(name, translate("Settings", "expected a list of texts"))
        return tuple(value)
    return value


def _an_object() -> str:
    return translate("Settings", "expected an object")


def _rates(v: Any) -> RateProfile:
    if not isinstance(v, dict):
        raise SettingsError(f"rates: {_an_object()}", "rates", _an_object())
    try:
        return RateProfile.from_dict(v)
    except (ValueError, TypeError) as exc:
        # The message is the whole profile's; the key is the first rate refused on its own.
        key = next((f"rates.{k}" for k in RateProfile.__dataclass_fields__ if k in v and not _rate_ok(k, v[k])),
                   "rates")
        sentence = rate_refusal(exc, key) if isinstance(exc, ValueError) else str(exc)
        raise SettingsError(f"rates: {sentence}", key, sentence) from None


def _rate_ok(name: str, value: Any) -> bool:
    try:
        RateProfile(**{name: value})
    except (ValueError, TypeError):
        return False
    return True


def _thresholds(v: Any) -> tuple[Threshold, ...]:
    if not isinstance(v, list):
        raise refusal("thresholds", translate("Settings", "expected a list"))
    try:
        return tuple(Threshold.from_dict(t) for t in v)
    except (ValueError, TypeError, KeyError) as exc:
        raise refusal("thresholds", rate_refusal(exc) if isinstance(exc, ValueError) else str(exc)) from None


def _alerts(v: Any) -> AlertSettings:
    if not isinstance(v, dict):
        raise SettingsError(f"alerts: {_an_object()}", "alerts", _an_object())
    defaults = AlertSettings()
    return AlertSettings(**{
        af.name: _typed(f"alerts.{af.name}", v[af.name], getattr(defaults, af.name))
        for af in fields(AlertSettings) if af.name in v
    })


def _plain(name: str, cls: type) -> Callable[[Any], Any]:
    """The parser of a nested group of plain values (``timer``, ``likes``): each typed like its default."""
    def parse(v: Any) -> Any:
        if not isinstance(v, dict):
            raise SettingsError(f"{name}: {_an_object()}", name, _an_object())
        defaults = cls()
        return cls(**{pf.name: _typed(f"{name}.{pf.name}", v[pf.name], getattr(defaults, pf.name))
                      for pf in fields(cls) if pf.name in v})
    return parse


_PLAIN_NESTED: dict[str, type] = {"timer": TimerSettings, "likes": LikeGoalSettings}
_NESTED: dict[str, Callable[[Any], Any]] = {"rates": _rates, "thresholds": _thresholds, "alerts": _alerts,
                                            **{k: _plain(k, cls) for k, cls in _PLAIN_NESTED.items()}}


def from_dict(d: dict[str, Any]) -> Settings:
    """Build settings from stored JSON; unknown keys are ignored, missing ones default."""
    if not isinstance(d, dict):
        raise SettingsError(translate("Settings", "the settings file must hold a JSON object"))
    base = Settings()
    kw: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in d:
            nested = _NESTED.get(f.name)
            kw[f.name] = nested(d[f.name]) if nested else _typed(f.name, d[f.name], getattr(base, f.name))
    return validate(Settings(**kw))


def load(data_dir: Path) -> Settings:
    """Settings from the data folder (defaults if there is no file yet), with a token."""
    path = Path(data_dir) / SETTINGS_FILE
    if not path.exists():
        return Settings().with_token()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SettingsError(translate("Settings", "{path} is not valid JSON (line {line}): fix or delete it").format(
            path=path, line=exc.lineno)) from None
    except OSError as exc:
        raise SettingsError(translate("Settings", "cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from None
    try:
        return from_dict(raw).with_token()
    except SettingsError as exc:
        raise SettingsError(f"{path}: {exc}", exc.key, exc.sentence) from None


def save(data_dir: Path, s: Settings) -> None:
    """Validate, then write atomically (a crash mid-write leaves the old file)."""
    s = validate(s)
    path = Path(data_dir) / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(to_dict(s), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def stored_token(data_dir: Path) -> str:
    """The overlay token the settings file holds now ("" without a file or a readable one)."""
    try:
        raw = json.loads((Path(data_dir) / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    token = raw.get("overlay_token", "") if isinstance(raw, dict) else ""
    return token if isinstance(token, str) else ""


def keeping_saved_token(data_dir: Path, s: Settings) -> Settings:
    """``s`` with the overlay token the settings file holds now, for a window that saves its
    settings: the token may have been rotated from the command line since the window read it,
    and writing the window's copy back would silently undo that."""
    saved = stored_token(data_dir)
    return replace(s, overlay_token=saved) if saved.strip() else s


def decimal_setting(text: str, name: str) -> Decimal:
    """Parse a number typed into a field, with the setting's name in the error."""
    try:
        return decimal(text)
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}", sentence=str(exc)) from None
