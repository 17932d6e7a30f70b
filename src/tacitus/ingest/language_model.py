"""py3langid's model, decompressed once into the cache directory.

The model ships as an LZMA-compressed ``.npz`` (4.5 MB); decompressing its 68 MB took about 0.65 s
at every start, as long as loading the spaCy model. The decompressed ``.npz`` is written once to
``<cache dir>/langid-<key>.npz``, the key a hash of the packaged file, and read back in about a
tenth of that; the arrays are handed to py3langid's ``LanguageIdentifier`` in the types its own
loader gives (``py3langid.modelio.load_model``). A missing or unreadable file is rebuilt; an
unwritable directory only costs the decompression.
"""

from __future__ import annotations

import hashlib
import io
import logging
import lzma
import zipfile
from array import array
from pathlib import Path
from typing import BinaryIO

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from tacitus.cache_files import cache_path, mark_used, write_cached

log = logging.getLogger(__name__)

# bump when what is cached changes
FORMAT = 1
PACKAGED = MODEL_DIR / MODEL_FILE
# the arrays py3langid's model holds (py3langid.modelio.save_model)
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
# array.array type codes by item size, as py3langid's loader makes them
TYPECODES = {2: "H", 4: "I", 8: "L"}


def model_key(packaged: Path = PACKAGED) -> str:
    digest = hashlib.blake2b(packaged.read_bytes(), digest_size=16)
    digest.update(f"\0{FORMAT}".encode())
    return digest.hexdigest()


def as_array(values: np.ndarray) -> array[int]:
    """A NumPy array of unsigned integers as a stdlib ``array`` (what py3langid indexes)."""
    out = array(TYPECODES[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return out


def identifier_from_npz(source: BinaryIO) -> LanguageIdentifier:
    """The identifier (probabilities normalised) from the decompressed model."""
    with np.load(source, allow_pickle=False) as arrays:
        missing = set(ARRAYS).difference(arrays.files)
        if missing:
            raise ValueError(f"the cached model lacks {sorted(missing)}")
        return LanguageIdentifier(
            np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
            as_array(arrays["nextmove"]), arrays["out_feat"].tolist(), norm_probs=True,
            tk_row=as_array(arrays["nextmove_row"]))


def load_language_identifier(*, directory: Path | None = None,
                             packaged: Path = PACKAGED) -> LanguageIdentifier:
    """py3langid's identifier, read from the cache when it holds this model, else decompressed
    from the package and cached."""
    path = cache_path(directory, "langid", model_key(packaged), "npz")
    try:
        with path.open("rb") as handle:
            identifier = identifier_from_npz(handle)
        mark_used(path)
        return identifier
    except FileNotFoundError:
        log.info("decompressing the language identifier's model once into %s", path)
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as error:
        log.warning("rebuilding the unreadable cached language model %s (%s)", path, error)
    data = lzma.decompress(packaged.read_bytes())
    try:
        write_cached(path, data, kind="langid")
    except OSError as error:
        log.warning("cannot cache the language identifier's model in %s (%s)", path.parent,
                    error)
    return identifier_from_npz(io.BytesIO(data))
