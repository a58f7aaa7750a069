"""One exception hierarchy for the core; the CLI maps each to a one-line message."""


class TrackerError(Exception):
    """Base of every error the core raises on purpose. Its message is shown to the user as is."""

    exit_code = 1


class StoreError(TrackerError):
    """The database file cannot be opened, read or written safely."""


class CorruptDatabaseError(StoreError):
    """The file is not a readable tracker database; it is left untouched."""


class SchemaVersionError(StoreError):
    """The file was written by a newer tracker than this one."""


class LockedError(StoreError):
    """Another process holds the database lock for too long."""


class ReaderError(TrackerError):
    """An input file cannot be turned into an article (binary, empty, too large, ...)."""


class NotFoundError(TrackerError):
    """An id names no stored claim or article."""


class InvalidValueError(TrackerError):
    """A value given by the user is not acceptable (unknown status, bad URL, ...)."""
