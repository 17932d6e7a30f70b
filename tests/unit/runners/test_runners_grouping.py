"""A stream cut into lists of a fixed size."""

from __future__ import annotations

from collections.abc import Iterator

from tacitus.runners.grouping import groups_of


def test_groups_keep_order_and_the_last_is_shorter() -> None:
    assert list(groups_of(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(groups_of([], 3)) == []


def test_a_full_group_comes_before_the_next_item_is_read() -> None:
    read: list[int] = []

    def stream() -> Iterator[int]:
        for number in range(5):
            read.append(number)
            yield number

    groups = groups_of(stream(), 2)
    assert next(groups) == [0, 1]
    assert read == [0, 1]
