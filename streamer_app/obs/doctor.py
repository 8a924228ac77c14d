"""``streamer-app doctor``'s OBS line: is OBS control on, and does OBS answer with the saved password?"""

from __future__ import annotations

import asyncio
from pathlib import Path

from ..i18n import translate
from ..store.doctor import OK, WARN, Finding
from .client import ObsClient
from .errors import ObsAuthError, ObsError


def check_obs(home: Path, timeout: float = 3.0) -> Finding:
    """One finding; OBS that is away is a warning (the ledger does not need it), never a problem."""
    from ..settings import load

    try:
        s = load(home)
    except Exception:  # the settings check already says what is wrong with the file
        return Finding("OBS", WARN, translate("Doctor", "not checked: the settings cannot be read"))
    if not s.obs_enabled:
        return Finding("OBS", OK, translate("Doctor", "OBS control is off (Settings ▸ OBS); Add to OBS connects only when "
                                                 "asked"))
    client = ObsClient.from_settings(s, home, connect_timeout=timeout)

    async def probe() -> str:
        await client.connect_once()
        try:
            return client.versions.get("obsStudioVersion", "")
        finally:
            await client.stop()

    try:
        version = asyncio.run(probe())
    except ObsAuthError as exc:
        return Finding("OBS", WARN, str(exc).split(". ")[0] + ".",
                       translate("Doctor", "paste the password from OBS's Show Connect Info into Settings ▸ OBS"))
    except ObsError as exc:
        return Finding("OBS", WARN, translate("Doctor", "not reachable at {host}:{port}").format(host=client.host, port=client.port),
                       str(exc).split(": ", 1)[-1])
    return Finding("OBS", OK, translate("Doctor", "OBS {version} answers at {host}:{port} and took the password").format(
        version=version, host=client.host, port=client.port))
