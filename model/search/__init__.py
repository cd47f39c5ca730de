"""A pilot on one data set (``python -m model search``): the cheapest structured network
that meets an accuracy on a board, against a dense baseline, with a report.

``space.py``: the candidates; ``study.py``: the Optuna study, the board check, the
trials; ``pilot.py``: the budget, the final runs, the report's figures; ``report.py``:
``pilot.json`` and ``pilot.html``.
"""
