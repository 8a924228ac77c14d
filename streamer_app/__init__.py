"""streamer-app: a desktop companion for TikTok LIVE creators."""

__version__ = "0.1.0"
