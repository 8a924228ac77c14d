"""Session and range summaries rendered as JSON, CSV, HTML, Markdown and PNG."""
