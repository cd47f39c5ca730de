"""Hypothesis profiles: ``ci`` (the default: derandomised, so every run of ``make test``
tries the same examples) and ``long`` (``TOEPCORE_HYPOTHESIS=long``, set by ``make
test-long``: fresh random examples, ten times as many). Tests size their runs with
:func:`examples`."""

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("TOEPCORE_HYPOTHESIS") == "long"
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.load_profile("long" if LONG else "ci")


def examples(n):
    """``n`` examples in the ``ci`` profile, ten times as many in ``long``."""
    return 10 * n if LONG else n
