"""Domain errors. The core raises these; only the CLI and web layers turn them into messages."""


class AfterwordError(Exception):
    """A problem the user can fix. The message is one line that names the problem and the fix."""


class InputError(AfterwordError):
    """A file, URL or stream could not be read as a document."""


class TaxonomyError(AfterwordError):
    """A skills taxonomy file is malformed or could not be imported."""


class StoreError(AfterwordError):
    """The database could not be opened, read or written (unreachable, read-only, full, locked, too new)."""
