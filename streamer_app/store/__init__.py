"""The local SQLite file: schema, the single writer, and read queries."""
