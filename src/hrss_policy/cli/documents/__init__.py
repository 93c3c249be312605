"""cli.documents."""
