"""What can go wrong talking to OBS, each as one sentence a creator can act on."""

from __future__ import annotations

ENABLE_HINT = "In OBS, open Tools > WebSocket Server Settings, tick 'Enable WebSocket server'"
PASSWORD_HINT = ("copy the password from OBS (Tools > WebSocket Server Settings > Show Connect Info) into "
                 "streamer-app's settings (OBS tab) or 'streamer-app secrets set obs-password'")


class ObsError(Exception):
    """OBS could not be reached or refused something; ``str()`` is one plain sentence, free of secrets."""


class ObsNotConnected(ObsError):
    """No connection to OBS right now (not running, server off, wrong address, or reconnecting)."""


class ObsAuthError(ObsError):
    """OBS closed the connection because the password was wrong or missing (close code 4009)."""


class ObsRequestError(ObsError):
    """OBS answered a request with a failure ``requestStatus`` (``code`` as in obs-websocket's RequestStatus)."""

    def __init__(self, request_type: str, code: int, comment: str | None) -> None:
        self.request_type = request_type
        self.code = code
        self.comment = comment or ""
        detail = f": {comment}" if comment else ""
        super().__init__(f"OBS refused {request_type} (code {code}{detail})")
