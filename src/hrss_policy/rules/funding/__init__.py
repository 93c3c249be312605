"""rules.funding."""
