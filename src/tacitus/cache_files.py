"""Files that Tacitus builds once and keeps in the user's cache directory, named by a content key.

The directory is ``$TACITUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tacitus``, else
``~/.cache/tacitus``. Each kind of file is ``<kind>-<key>.<suffix>``, where the key hashes
everything the file is built from, so a file is never stale: a change gives a new name. A file is
touched when it is read, and when a new one is written the files of the same kind that were not
used for ``UNUSED_DAYS``, or are not among the ``KEEP`` last used, are removed: an upgrade or an
edited checkout leaves dead keys behind, while several installs sharing the directory (a checkout
per branch) keep theirs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_ENV = "TACITUS_CACHE_DIR"
# files of one kind kept at most (the one just written among them), and how long one unused is kept
KEEP = 8
UNUSED_DAYS = 2


def cache_dir() -> Path:
    """Where cached files live: ``$TACITUS_CACHE_DIR``, else the user's cache directory."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tacitus"


def cache_path(directory: Path | None, kind: str, key: str, suffix: str) -> Path:
    return (directory or cache_dir()) / f"{kind}-{key}.{suffix}"


def read_cached(path: Path) -> bytes:
    """The bytes of a cached file, marked as used (raises ``OSError`` when there is none)."""
    data = path.read_bytes()
    mark_used(path)
    return data


def mark_used(path: Path) -> None:
    """Note that a cached file was used now (its modification time), so pruning keeps it."""
    with contextlib.suppress(OSError):
        os.utime(path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_cached(path: Path, data: bytes, *, kind: str) -> None:
    """Write a cached file, then remove the files of its kind that were not used lately."""
    write_atomically(path, data)
    prune(path.parent, kind, keep=path)


def prune(directory: Path, kind: str, *, keep: Path) -> list[Path]:
    """Remove the ``kind`` files of ``directory`` unused for ``UNUSED_DAYS`` or beyond the
    ``KEEP`` last used (``keep`` is always kept); return those removed."""
    suffix = "".join(keep.suffixes[-1:])
    others = [path for path in directory.glob(f"{kind}-*{suffix}") if path != keep]
    used: list[tuple[float, Path]] = []
    for path in others:
        with contextlib.suppress(OSError):  # another process removed it
            used.append((path.stat().st_mtime, path))
    oldest = time.time() - UNUSED_DAYS * 86400
    removed = [path for rank, (last, path) in enumerate(sorted(used, reverse=True))
               if rank >= KEEP - 1 or last < oldest]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    if removed:
        log.info("removed %d unused cached %s files from %s", len(removed), kind, directory)
    return removed
