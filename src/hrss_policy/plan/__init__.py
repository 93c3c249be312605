"""The plan as data: its clauses (verbatim), the adopted readings, the dated parameter set,
the kinds of unit, the requirement register, and the findings and statuses checks produce.

Everything here is a fact of the document or of a reading of it, stated once; the rules
(:mod:`hrss_policy.rules`) compute from it. Imports only :mod:`hrss_policy.core`.
"""
