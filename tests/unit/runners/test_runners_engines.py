"""Engine options are checked before anything loads; each worker process loads the coder once."""

from __future__ import annotations

import pytest

from tacitus.cli.engines import Engine, make_engine
from tacitus.errors import SettingsError
from tacitus.runners.dask import DaskOptions, worker_coder
from tacitus.runners.workers import default_workers
from tacitus.settings import Settings


@pytest.mark.parametrize(("engine", "workers", "scheduler", "message"), [
    (Engine.local, None, "tcp://127.0.0.1:8786", "needs --engine dask"),
    (Engine.local, 0, None, "at least 1"),
    (Engine.dask, 2, "tcp://127.0.0.1:8786", "not both"),
    (Engine.dask, 0, None, "at least 1"),
])
def test_runners_engine_options_are_checked(engine: Engine, workers: int | None,
                                            scheduler: str | None, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        make_engine(engine, settings=Settings(), workers=workers, scheduler=scheduler)


def test_runners_dask_engine_loads_nothing_in_the_client() -> None:
    runner = make_engine(Engine.dask, settings=Settings(), workers=None, scheduler=None)
    assert runner.coder is None and runner.workers == default_workers()
    with pytest.raises(SettingsError):
        DaskOptions(workers=0)


def test_runners_worker_coder_is_loaded_once_per_settings() -> None:
    settings = Settings(batch_size=7)
    coder = worker_coder(settings)
    assert worker_coder(Settings(batch_size=7)) is coder
    assert coder.batch_size == 7
