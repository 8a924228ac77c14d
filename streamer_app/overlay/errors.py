"""The overlay's one error type, apart from the server so importing it costs nothing."""


class OverlayError(Exception):
    """The overlay server cannot start; the message is one sentence for the creator."""
