"""Settings, declared once: each with its type, default, and validation in one place.

Stored as JSON in the data folder (``settings.json``). Secrets (the sign-server key and
the TikTok session id) are not settings: ``sources.secrets`` keeps them apart.
A bad value is refused with a sentence that names the setting; a damaged file is
reported, never silently replaced.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from .core.economics import DEFAULT_THRESHOLDS, RateProfile, Threshold

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
HANDLE_RE = re.compile(r"^@?[A-Za-z0-9_.]{2,24}$")
SIZE_PRESETS = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "800x600": (800, 600)}


class SettingsError(ValueError):
    """A setting's value is not acceptable; the message names the setting."""


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
class Settings:
    creator: str = ""  # "@handle"; empty: offer the demo
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


def validate(s: Settings) -> Settings:
    """Return ``s`` normalised, or raise SettingsError naming the first bad value."""
    creator = s.creator.strip()
    if creator:
        if not HANDLE_RE.match(creator):
            raise SettingsError(
                f"creator: {_show(creator)} is not a TikTok @handle (2-24 letters, digits, '_' or '.')"
            )
        creator = "@" + creator.lstrip("@")
    if not (1 <= s.idle_close_s <= 600):
        raise SettingsError("idle_close_s: the streak idle time must be between 1 and 600 seconds")
    if not (1024 <= s.overlay_port <= 65535):
        raise SettingsError(f"overlay_port: {s.overlay_port} is not a port between 1024 and 65535")
    if s.overlay_token and len(s.overlay_token) < 22:
        raise SettingsError("overlay_token: a token must carry at least 128 bits (22 characters)")
    if s.recordings_max_mb < 10:
        raise SettingsError("recordings_max_mb: keep at least 10 MB of recordings")
    if not (1 <= s.backups_keep <= 1000):
        raise SettingsError("backups_keep: keep between 1 and 1000 backups")
    a = s.alerts
    if a.min_coins < 0 or a.tts_min_coins < 0:
        raise SettingsError("alerts: minimum coins cannot be negative")
    if not (0 <= a.volume <= 100):
        raise SettingsError("alerts.volume: volume is a percentage from 0 to 100")
    if a.background not in ("chroma", "transparent"):
        raise SettingsError("alerts.background: choose 'chroma' or 'transparent'")
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", a.chroma_color):
        raise SettingsError(f"alerts.chroma_color: {_show(a.chroma_color)} is not a colour like #00b140")
    if a.size not in SIZE_PRESETS:
        raise SettingsError(f"alerts.size: choose one of {', '.join(SIZE_PRESETS)}")
    if not (1 <= a.max_queue <= 100):
        raise SettingsError("alerts.max_queue: between 1 and 100 waiting alerts")
    names = [t.name.strip().lower() for t in s.thresholds]
    if len(set(names)) != len(names):
        raise SettingsError("thresholds: two thresholds have the same name")
    try:
        s.rates.check_limits()
    except ValueError as exc:
        raise SettingsError(f"rates: {exc}") from None
    for t in s.thresholds:
        try:
            t.in_coins(s.rates)
        except ValueError as exc:  # a currency that cannot be converted
            raise SettingsError(f"thresholds: {exc}") from None
    bad = set(s.auto_export_formats) - {"json", "csv", "html", "md", "png"}
    if bad:
        raise SettingsError(f"auto_export_formats: unknown format {sorted(bad)[0]!r}")
    return replace(s, creator=creator)


def to_dict(s: Settings) -> dict:
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
        elif isinstance(v, tuple):
            v = list(v)
        d[f.name] = v
    return d


def _show(value: Any) -> str:
    """A value for an error sentence, cut short: a damaged file can hold megabytes in one key."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _typed(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise SettingsError(f"{name}: expected true or false, not {_show(value)}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(f"{name}: expected a whole number, not {_show(value)}")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SettingsError(f"{name}: expected a number, not {_show(value)}")
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise SettingsError(f"{name}: expected text, not {_show(value)}")
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise SettingsError(f"{name}: expected a list of texts")
        return tuple(value)
    return value


def from_dict(d: dict) -> Settings:
    """Build settings from stored JSON; unknown keys are ignored, missing ones default."""
    if not isinstance(d, dict):
        raise SettingsError("the settings file must hold a JSON object")
    base = Settings()
    kw: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in d:
            continue
        v = d[f.name]
        if f.name == "rates":
            if not isinstance(v, dict):
                raise SettingsError("rates: expected an object")
            try:
                kw["rates"] = RateProfile.from_dict(v)
            except (ValueError, TypeError) as exc:
                raise SettingsError(f"rates: {exc}") from None
        elif f.name == "thresholds":
            if not isinstance(v, list):
                raise SettingsError("thresholds: expected a list")
            try:
                kw["thresholds"] = tuple(Threshold.from_dict(t) for t in v)
            except (ValueError, TypeError, KeyError) as exc:
                raise SettingsError(f"thresholds: {exc}") from None
        elif f.name == "alerts":
            if not isinstance(v, dict):
                raise SettingsError("alerts: expected an object")
            defaults = AlertSettings()
            kw["alerts"] = AlertSettings(**{
                af.name: _typed(f"alerts.{af.name}", v[af.name], getattr(defaults, af.name))
                for af in fields(AlertSettings) if af.name in v
            })
        else:
            kw[f.name] = _typed(f.name, v, getattr(base, f.name))
    return validate(Settings(**kw))


def load(data_dir: Path) -> Settings:
    """Settings from the data folder (defaults if there is no file yet), with a token."""
    path = Path(data_dir) / SETTINGS_FILE
    if not path.exists():
        return Settings().with_token()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SettingsError(f"{path} is not valid JSON (line {exc.lineno}): fix or delete it") from None
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror}") from None
    try:
        return from_dict(raw).with_token()
    except SettingsError as exc:
        raise SettingsError(f"{path}: {exc}") from None


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
        d = Decimal(text.strip().replace(",", ""))
    except Exception:
        raise SettingsError(f"{name}: {text!r} is not a number") from None
    if not d.is_finite():
        raise SettingsError(f"{name}: {text!r} is not a number")
    return d
