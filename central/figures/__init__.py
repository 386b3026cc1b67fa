"""Usage figures for the Region (issue 15): the publication rules (`rules`), the tables that
the Figures page, `pitstop central report` and the open data all share (`tables.compute`),
their charts as SVG (`charts`) and the report files (`report`). Words: `i18n`.
"""

from central.figures import i18n as _i18n  # noqa: F401  (the words are merged at import)
