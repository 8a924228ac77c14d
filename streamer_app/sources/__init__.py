"""Async adapters that yield normalized events: demo, TikTok LIVE, raw-recording replay."""
