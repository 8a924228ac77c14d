"""The overlay server's checks, as plain functions so tests can attack them directly.

Any web page the creator opens can try to reach a server on localhost: by DNS
rebinding (a hostile name that resolves to 127.0.0.1, seen here as a foreign ``Host``),
by a cross-site WebSocket (a foreign ``Origin``), or by guessing URLs. So: the Host
must be our own address and port, a socket's Origin must be ours (or absent/"null",
which is what OBS's browser source sends for local pages), every page and socket
needs the token, and only files inside the overlay folder are served.
"""

from __future__ import annotations

import hmac
import ipaddress
from pathlib import Path

# Static files we serve, by extension (HTML pages go through the token check instead).
STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".webp": "image/webp",
    ".woff2": "font/woff2",
    ".ogg": "audio/ogg",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
}
# The creator's own files in the data folder's media/ (actions' sounds, images, GIFs, videos).
MEDIA_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
    ".apng": "image/apng", ".avif": "image/avif",
    ".mp4": "video/mp4", ".m4v": "video/mp4", ".webm": "video/webm", ".mov": "video/quicktime",
    ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".wav": "audio/wav",
    ".m4a": "audio/mp4", ".aac": "audio/aac", ".flac": "audio/flac",
}
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def allowed_hosts(port: int) -> frozenset[str]:
    """The Host values a loopback server answers to."""
    return frozenset(f"{name}:{port}" for name in LOOPBACK_NAMES)


def host_ok(host: str | None, port: int, lan: bool = False) -> bool:
    """True if ``host`` (the Host header) names this server: loopback, or any IP address with LAN on.

    Names other than ``localhost`` are refused even with LAN on: a DNS-rebinding page
    always arrives under its own domain name, never under an IP literal.
    """
    if not host:
        return False
    host = host.strip().lower()
    if host in allowed_hosts(port):
        return True
    if not lan:
        return False
    name, sep, p = host.rpartition(":")
    if not sep or p != str(port):
        return False
    try:
        ipaddress.ip_address(name[1:-1] if name.startswith("[") and name.endswith("]") else name)
    except ValueError:
        return False
    return True


def origin_ok(origin: str | None, port: int, lan: bool = False) -> bool:
    """True for no Origin, "null" (local files, OBS), or our own http origin."""
    if origin is None or origin == "null":
        return True
    origin = origin.strip().lower()
    if not origin.startswith("http://"):
        return False
    return host_ok(origin[len("http://"):].rstrip("/"), port, lan)


def token_status(given: str | None, token: str) -> int:
    """0 if ``given`` is the token, 401 if it is missing, 403 if it is wrong (constant time)."""
    if not given:
        return 401
    if not token or not hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8")):
        return 403
    return 0


def static_file(root: Path, rel: str, types: dict[str, str] = STATIC_TYPES) -> Path | None:
    """The file under ``root`` that ``rel`` names, or None for anything else.

    Refuses traversal ("..", absolute paths, backslashes, encoded tricks already decoded
    by the router), hidden files, unknown extensions, and symlinks leading outside.
    """
    if not rel or "\\" in rel or "\x00" in rel or rel.startswith("/"):
        return None
    parts = rel.split("/")
    if any(not p or p in (".", "..") or p.startswith(".") for p in parts):
        return None
    path = root.joinpath(*parts)
    if path.suffix.lower() not in types:
        return None
    try:
        resolved = path.resolve(strict=True)
        base = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(base) or not resolved.is_file():
        return None
    return resolved


def content_security_policy(host: str) -> str:
    """Only our own files and our own socket; nothing from the internet, no framing."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"media-src 'self'; font-src 'self'; connect-src 'self' ws://{host}; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
