"""The exception tree. Every error Tacitus raises on purpose is a ``TacitusError``.

    TacitusError
    ├── SettingsError          a setting or command-line option is invalid
    ├── IngestError            one input could not become an article (the batch goes on)
    │   ├── MissingInputError      no such file or folder
    │   ├── EmptyInputError        nothing to read, or no text left after extraction
    │   ├── BinaryInputError       not text or HTML (an image, an archive, a PDF …)
    │   ├── InputTooLargeError     over the size cap
    │   ├── DecodeError            bytes that no encoding reads as text
    │   ├── ExtractionError        the page has no article body
    │   ├── NotEnglishError        the article is in another language (recorded as skipped)
    │   ├── UnsupportedInputError  a file type or URL scheme Tacitus does not read
    │   ├── FetchError             a URL could not be fetched (network, status, limits)
    │   │   └── AddressRefusedError    a URL points at a private, loopback or link-local address
    │   └── FeedError              a feed could not be parsed at all
    ├── NlpError               the language model could not be loaded
    ├── KnowledgeBaseError     a packaged data table is malformed
    │   └── UnknownActorError      a looked-up name names no known actor
    ├── StoreError             the database could not be opened or written
    │   └── NotFoundError          no record with the id asked for (the web answers 404)
    └── GoldFormatError        an evaluation file is malformed

Each error carries one clear message; ``IngestError`` also carries the ``origin`` it is about and a
short machine-readable ``reason`` for the ingest log.
"""

from __future__ import annotations


class TacitusError(Exception):
    """Base of every error Tacitus raises on purpose."""


class SettingsError(TacitusError):
    """A setting or command-line option is invalid."""


class IngestError(TacitusError):
    """One input could not become an article."""

    reason = "ingest-error"

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


class MissingInputError(IngestError):
    reason = "missing"


class EmptyInputError(IngestError):
    reason = "empty"


class BinaryInputError(IngestError):
    reason = "binary"


class InputTooLargeError(IngestError):
    reason = "too-large"


class DecodeError(IngestError):
    reason = "undecodable"


class ExtractionError(IngestError):
    reason = "no-article"


class NotEnglishError(IngestError):
    reason = "not-english"

    def __init__(self, origin: str, message: str, *, language: str | None = None) -> None:
        super().__init__(origin, message)
        self.language = language


class UnsupportedInputError(IngestError):
    reason = "unsupported"


class FetchError(IngestError):
    reason = "fetch-failed"


class AddressRefusedError(FetchError):
    reason = "address-refused"


class FeedError(IngestError):
    reason = "bad-feed"


class NlpError(TacitusError):
    """The language model could not be loaded or run."""


class KnowledgeBaseError(TacitusError):
    """A packaged data table (actors, lexicon, ontology) is malformed."""


class UnknownActorError(KnowledgeBaseError):
    """A looked-up name names no actor the knowledge base or a users' layer knows."""


class StoreError(TacitusError):
    """The database could not be opened, read or written."""


class NotFoundError(StoreError):
    """No event, article or actor with the id asked for is in the database."""


class GoldFormatError(TacitusError):
    """An evaluation (gold) file is malformed."""


class PairSpanError(TacitusError):
    """A marked source or target span does not fit the text it is said to mark."""
