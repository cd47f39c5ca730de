"""toepcore's errors. Every problem a user can fix (bad input, a missing tool, a network
that does not fit) raises a :class:`ToepcoreError`; the command-line tools print its message
on one line and exit with status 1 (:func:`toepcore.cli.run`). Anything else is a bug and
keeps its traceback.

Each subclass also derives from the builtin it used to be (``ValueError`` or
``RuntimeError``), so existing ``except`` clauses keep working.
"""

__all__ = ["ToepcoreError", "UsageError"]


class ToepcoreError(Exception):
    """A problem with what the user asked for or has installed, stated in the message."""


class UsageError(ToepcoreError, ValueError):
    """A command-line option or argument that cannot be used (the message names it)."""
