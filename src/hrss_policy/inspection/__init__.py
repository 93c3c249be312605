"""A unit inspected against every rule as of a date (:mod:`.unit`), the roll-up by district
(:mod:`.totals`), district progress and the 通报 (:mod:`.progress`), and the 报送 record
(:mod:`.reporting`).

Builds on the rules and the plan; holds no rule of its own beyond how findings add up.
"""
