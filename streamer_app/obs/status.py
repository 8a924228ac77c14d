"""The connection's state, as the window and headless mode show it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ObsState(str, Enum):
    OFF = "off"  # OBS control is not enabled in the settings
    DISCONNECTED = "disconnected"  # was connected or never reached; retrying quietly
    CONNECTING = "connecting"
    CONNECTED = "connected"
    AUTH_FAILED = "auth_failed"  # the password was refused: retried rarely, until it is fixed


@dataclass(frozen=True)
class ObsStatus:
    """A state and one sentence for the creator (``short`` is the status bar's few words)."""

    state: ObsState
    message: str = ""

    @property
    def connected(self) -> bool:
        return self.state is ObsState.CONNECTED

    @property
    def short(self) -> str:
        return {
            ObsState.OFF: "OBS: off",
            ObsState.DISCONNECTED: "OBS: not connected",
            ObsState.CONNECTING: "OBS: connecting…",
            ObsState.CONNECTED: "OBS: connected",
            ObsState.AUTH_FAILED: "OBS: wrong password",
        }[self.state]
