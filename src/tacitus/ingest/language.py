"""Language identification with py3langid (its model ships inside the package, and is read
decompressed from the cache: ``tacitus.ingest.language_model``)."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import LanguageIdentifier

from tacitus.errors import NotEnglishError
from tacitus.ingest.language_model import load_language_identifier
from tacitus.settings import Settings
from tacitus.wordlists import word_set

UNDETERMINED = "und"
# Below these, py3langid guesses wildly (a headline of proper names can come out as Hausa).
MIN_CHARS_FOR_DETECTION = 60
MIN_CONFIDENCE = 0.5
# Enough text to decide; classifying a whole long article only costs time.
SAMPLE_CHARS = 5000
ENGLISH = "en"
ENGLISH_CREOLES = word_set("english_creoles")
# English this likely as the runner-up is a real doubt; a creole's own text leaves it near zero.
CREOLE_ENGLISH_DOUBT = 0.1


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return load_language_identifier()


def load_identifier() -> None:
    """Load the identifier's model now rather than on the first article: a caller may do it in a
    thread while the spaCy model loads (most of it is decompression, which frees the GIL)."""
    _identifier()


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language, or ``"und"`` when it cannot be told."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < MIN_CHARS_FOR_DETECTION:
        return UNDETERMINED
    ranked = _identifier().rank(sample)
    language, confidence = ranked[0]
    runner_up, runner_up_confidence = ranked[1]
    if (language in ENGLISH_CREOLES and runner_up == ENGLISH
            and runner_up_confidence >= CREOLE_ENGLISH_DOUBT):
        # a creole's vocabulary is English's: English that names its speakers reads like it
        return ENGLISH
    if confidence < MIN_CONFIDENCE:
        return UNDETERMINED
    return str(language)


def check_language(text: str, *, origin: str, settings: Settings) -> str:
    """Detect the language; raise ``NotEnglishError`` when only English is wanted and it is not."""
    language = detect_language(text)
    if settings.english_only and language not in (ENGLISH, UNDETERMINED):
        raise NotEnglishError(origin, f"the article is in {language!r}, not English",
                              language=language)
    return language
