"""Shared test configuration."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# CI runs more examples than a developer's quick loop, which explores new ones each run.
# CI is derandomized: a run that passed once passes again, so a red CI means a real change.
# No deadline: speed is measured by the benchmarks, not by tests. A per-example deadline
# fails a law on a busy machine, and in a mutation run it "kills" a mutant that only makes
# the code slower (a fast path sent down the checked path), which is no wrong rule.
settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
