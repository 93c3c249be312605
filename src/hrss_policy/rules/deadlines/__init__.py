"""The plan's deadlines: quarterly reports and milestones (:mod:`.reports`), service time
limits (:mod:`.time_limits`), and the calendar as a month or quarter to look at (:mod:`.views`)."""
