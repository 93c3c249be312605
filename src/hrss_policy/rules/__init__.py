"""One module (or package) per concern of the plan: staffing, funding, naming, premises,
information systems, service practice and deadlines.

A rule imports only the plan (:mod:`hrss_policy.plan`), the calendar
(:mod:`hrss_policy.calendar`) and the foundation (:mod:`hrss_policy.core`); never the
inspection, nor an adapter, nor another rule's private function.
"""
