"""Reading the header of a JSON-lines recording (YouTube's; DESIGN.md section 4).

The recorder of every platform is ``flight_recorder``; the records after the header are
read by ``recording.iter_records``.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from ..i18n import translate
from .errors import SourceError
from .recording import _open_text


def read_json_header(path: Path, fmt: str, required: tuple[str, ...]) -> dict[str, Any]:
    """The header of a ``fmt`` recording with its ``started_at`` as POSIX seconds, or SourceError."""
    path = Path(path)
    if not path.exists():
        raise SourceError(translate("Sources", "{path} does not exist").format(path=path))
    try:
        with _open_text(path) as f:
            header = json.loads(f.readline(1_000_000))
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(translate("Sources", "{path} cannot be read as a recording ({error})").format(
            path=path, error=exc)) from None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != fmt:
        raise SourceError(translate("Sources", "{path} is not a streamer-app raw recording (its first line is not a "
                                               "{fmt} header)").format(
            path=path, fmt=fmt))
    for key in required:
        if not header.get(key):
            raise SourceError(translate("Sources", "{path}: the recording header has no {key}").format(
                path=path, key=key))
    try:
        header["started_ts"] = datetime.fromisoformat(str(header.get("started_at"))).timestamp()
    except ValueError:
        raise SourceError(translate("Sources", "{path}: the recording header's started_at is not an ISO date").format(
            path=path)) from None
    return header
