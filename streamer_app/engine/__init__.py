"""The engine: source -> count-once rule -> ledger -> publishers, on one asyncio loop."""
