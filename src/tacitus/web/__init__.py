"""The web dashboard and JSON API over a Tacitus database (``tacitus serve``)."""

from tacitus.web.application import create_app
from tacitus.web.snapshot import SnapshotKeeper

__all__ = ["SnapshotKeeper", "create_app"]
