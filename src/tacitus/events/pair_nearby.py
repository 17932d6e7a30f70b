"""The trigger nearest a marked pair when no clause links them: on the dependency path between
the two spans (or governing the phrase that holds both), between them, or nearest to them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from tacitus.events.matching import Trigger


def nearby_trigger(triggers: Sequence[Trigger], source: Span | None,
                   target: Span | None) -> tuple[Trigger, str]:
    """The trigger no clause links to the pair but that stands nearest it, and how it was
    found: on the dependency path between the spans (or governing the phrase that holds both),
    between them in the sentence, or nearest to them."""
    roots = [span.root for span in (source, target) if span is not None]
    path = _path(roots[0], roots[-1]) if len(roots) == 2 else []
    on_path = [trigger for trigger in triggers if trigger.head in path]
    if path and not on_path:
        # both spans inside one phrase ("critics of the government"): the verb governing it
        by_head = {trigger.head.i: trigger for trigger in triggers}
        governing = next((by_head[token.i] for token in path[0].ancestors
                          if token.i in by_head), None)
        on_path = [governing] if governing is not None else []
        path = [governing.head] if governing is not None else path
    if on_path:
        return min(on_path, key=lambda trigger: path.index(trigger.head)), "path"
    low, high = min(root.i for root in roots), max(root.i for root in roots)
    between = [trigger for trigger in triggers if low < trigger.head.i < high]
    if between:
        return between[0], "between"
    return min(triggers, key=lambda trigger: min(abs(trigger.head.i - low),
                                                 abs(trigger.head.i - high))), "nearest"


def _path(a: Token, b: Token) -> list[Token]:
    """Tokens on the dependency path from ``a`` up to the common ancestor, ordered from that
    ancestor down (the governing verb first), then down to ``b``."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((token for token in up_a if token in up_b), None)
    if common is None:
        return []
    side_a = up_a[:up_a.index(common)]
    side_b = up_b[:up_b.index(common)]
    # Order by closeness to the common ancestor: the governing clause decides the event.
    merged: list[Token] = [common]
    for depth in range(max(len(side_a), len(side_b))):
        for side in (side_a, side_b):
            if depth < len(side):
                merged.append(side[len(side) - 1 - depth])
    return merged
