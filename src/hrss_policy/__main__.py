"""``python -m hrss_policy``: the command line (see :mod:`hrss_policy.cli`)."""

from __future__ import annotations

from .cli import command

if __name__ == "__main__":
    command()
