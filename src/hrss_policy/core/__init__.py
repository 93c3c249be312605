"""The foundation every layer builds on: argument checks, Chinese wording of numbers and dates, a memo.

Imports nothing of the package but :mod:`hrss_policy.errors`; holds no fact of the plan.
"""
