"""Draw the reliability diagram of event confidence on a real-news gold split (an SVG).

Each coded event is right when the evaluation's matching (CAMEO root, source and target, a
maximum one-to-one pairing per article) pairs it with a gold event. Events are binned by
confidence; the diagram plots each bin's measured precision against its mean confidence, and the
script prints the table and the precision of the events of confidence >= 0.8.

    .venv/bin/python scripts/reliability_diagram.py tests/quality/data/realnews/dev.jsonl \
        --out docs/images/reliability_dev.svg
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from tacitus.evaluation.events_gold import read_tacitus_gold
from tacitus.evaluation.matching import match_events
from tacitus.evaluation.records import found_events
from tacitus.evaluation.tacitus_format import code_gold_records
from tacitus.pipeline import ArticleCoder, make_article_coder
from tacitus.settings import Settings

BINS = 10
HIGH = 0.8
SIZE = 360
MARGIN = 50


@dataclass(frozen=True, slots=True)
class Bin:
    low: float
    high: float
    count: int
    right: int
    mean_confidence: float

    @property
    def precision(self) -> float:
        return self.right / self.count if self.count else 0.0


def judged_events(path: Path, coder: ArticleCoder) -> list[tuple[float, bool]]:
    """(confidence, right) of every non-negated event coded on the gold file."""
    records = [record for record, _ in read_tacitus_gold(path)]
    coded = code_gold_records(coder, records)
    judged: list[tuple[float, bool]] = []
    for record, item in zip(records, coded, strict=True):
        events = [event for event in item.events if not event.negated]
        pairs = match_events(record.events, found_events(tuple(events)))
        hits = set(pairs.values())
        judged += [(event.confidence, index in hits) for index, event in enumerate(events)]
    return judged


def bins_of(judged: list[tuple[float, bool]]) -> list[Bin]:
    found = []
    for step in range(BINS):
        low, high = step / BINS, (step + 1) / BINS
        inside = [(c, r) for c, r in judged
                  if low <= c < high or (step == BINS - 1 and c == 1.0)]
        mean = sum(c for c, _ in inside) / len(inside) if inside else (low + high) / 2
        found.append(Bin(low, high, len(inside), sum(r for _, r in inside), mean))
    return found


def svg(bins: list[Bin], title: str) -> str:
    def x(value: float) -> float:
        return MARGIN + value * SIZE

    def y(value: float) -> float:
        return MARGIN + (1 - value) * SIZE

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE + 2 * MARGIN}" '
             f'height="{SIZE + 2 * MARGIN + 20}" font-family="sans-serif" font-size="12">',
             f'<rect x="{MARGIN}" y="{MARGIN}" width="{SIZE}" height="{SIZE}" fill="white" '
             'stroke="#333"/>',
             f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="#999" '
             'stroke-dasharray="4 4"/>',
             f'<text x="{MARGIN}" y="{MARGIN - 20}" font-size="14">{title}</text>',
             f'<text x="{x(0.5)}" y="{y(0) + 35}" text-anchor="middle">confidence</text>',
             f'<text x="{MARGIN - 35}" y="{y(0.5)}" text-anchor="middle" '
             f'transform="rotate(-90 {MARGIN - 35} {y(0.5)})">measured precision</text>']
    for tick in range(0, 11, 2):
        value = tick / 10
        parts.append(f'<text x="{x(value)}" y="{y(0) + 15}" text-anchor="middle">'
                     f'{value:.1f}</text>')
        parts.append(f'<text x="{x(0) - 5}" y="{y(value) + 4}" text-anchor="end">'
                     f'{value:.1f}</text>')
    width = SIZE / BINS
    for item in bins:
        if not item.count:
            continue
        parts.append(f'<rect x="{x(item.low) + 2:.1f}" y="{y(item.precision):.1f}" '
                     f'width="{width - 4:.1f}" height="{item.precision * SIZE:.1f}" '
                     'fill="#4a7ab5" fill-opacity="0.6"/>')
        parts.append(f'<circle cx="{x(item.mean_confidence):.1f}" cy="{y(item.precision):.1f}" '
                     'r="3" fill="#c0392b"/>')
        parts.append(f'<text x="{x(item.low) + width / 2:.1f}" y="{y(item.precision) - 4:.1f}" '
                     f'text-anchor="middle" font-size="10">n={item.count}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    judged = judged_events(args.gold, make_article_coder(Settings()))
    write_diagram(judged, args.out, f"Event confidence against precision: {args.gold.name}")
    print(calibration_table(judged))
    return 0


def write_diagram(judged: list[tuple[float, bool]], out: Path, title: str) -> None:
    """The SVG of ``judged``'s bins, written to ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(svg(bins_of(judged), title), encoding="utf-8")


def calibration_table(judged: list[tuple[float, bool]]) -> str:
    """A Markdown table of the bins, and the precision of the events of confidence >= 0.8."""
    rows = ["| confidence | events | right | precision |", "|---|---:|---:|---:|"]
    rows += [f"| {item.low:.1f}–{item.high:.1f} | {item.count} | {item.right} | "
             f"{item.precision:.3f} |" for item in bins_of(judged) if item.count]
    high = [right for confidence, right in judged if confidence >= HIGH]
    share = f"{sum(high) / len(high):.3f}" if high else "—"
    rows.append("")
    rows.append(f"Events of confidence ≥ {HIGH}: {sum(high)} right of {len(high)} ({share}).")
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main())
