"""rules.deadlines."""
