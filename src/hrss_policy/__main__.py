"""``python -m hrss_policy``: the command line (see :mod:`hrss_policy.cli`)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
