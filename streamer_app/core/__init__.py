"""Pure domain logic: events, the count-once rule, tallies and economics. No Qt, no I/O."""
