"""py3langid's model read decompressed from the cache: the same verdicts, built once, rebuilt
when unreadable."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tacitus.ingest import language_model
from tacitus.ingest.language_model import load_language_identifier

TEXTS = (
    "The minister said on Tuesday that the talks with the rebels would resume next week.",
    "Le gouvernement a annoncé mardi que les négociations reprendraient la semaine prochaine.",
    "Die Regierung kündigte am Dienstag an, dass die Gespräche nächste Woche weitergehen.",
    "El gobierno anunció el martes que las conversaciones se reanudarán la próxima semana.",
)


@pytest.fixture(scope="module")
def packaged() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_cached_model_gives_py3langids_own_verdicts(packaged: LanguageIdentifier,
                                                         tmp_path: Path) -> None:
    built = load_language_identifier(directory=tmp_path)
    read = load_language_identifier(directory=tmp_path)
    for text in TEXTS:
        assert built.classify(text) == read.classify(text) == packaged.classify(text)
    assert [path.name.split("-")[0] for path in tmp_path.iterdir()] == ["langid"]


def test_the_second_load_does_not_decompress(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    load_language_identifier(directory=tmp_path)

    def refuse(_: bytes) -> bytes:
        raise AssertionError("decompressed again")

    monkeypatch.setattr(language_model.lzma, "decompress", refuse)
    assert load_language_identifier(directory=tmp_path).classify(TEXTS[1])[0] == "fr"


def test_an_unreadable_cache_is_rebuilt(tmp_path: Path) -> None:
    load_language_identifier(directory=tmp_path)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(b"PK\x03\x04 not a zip")
    assert load_language_identifier(directory=tmp_path).classify(TEXTS[2])[0] == "de"
    assert cached.stat().st_size == len(lzma.decompress(language_model.PACKAGED.read_bytes()))
