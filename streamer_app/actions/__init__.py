"""Actions (issue 17): the creator's rules in actions.json, matched on the engine loop and run
off the counting path (rules.py: the file and its validation; types.py: the registries;
matching.py: the compiled index; runner.py: the queue and thread; executors.py: one per type)."""
