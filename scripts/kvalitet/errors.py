"""The one small exception hierarchy.

Expected problems in records are not exceptions: they are `Problem` values (see problems.py) collected
and reported together. Exceptions are for a run that cannot go on: wrong usage (exit 2) or a situation
the user can fix before running again (exit 1). Anything else is a bug and gets a traceback (exit 3).
"""


class KvalitetError(Exception):
    """A problem the user can act on; its text is a finished Swedish message."""

    exit_code = 1


class UsageError(KvalitetError):
    """The command was called wrongly."""

    exit_code = 2
