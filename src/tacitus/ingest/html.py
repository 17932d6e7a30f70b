"""HTML pages to articles, with trafilatura doing the boilerplate removal."""

from __future__ import annotations

from datetime import date as Date

from tacitus.errors import ExtractionError
from tacitus.ingest.building import build_article
from tacitus.ingest.nesting import close_open_text_elements, flatten_wrapper_runs, trim_huge_tags
from tacitus.ingest.pubdates import parse_date
from tacitus.model import Article
from tacitus.settings import Settings


def article_from_html(
    html: str,
    *,
    origin: str,
    settings: Settings,
    url: str | None = None,
    date: Date | None = None,
    title: str | None = None,
) -> Article:
    """Extract the article in an HTML page; raise ``ExtractionError`` when there is none.

    Arguments given here win over what the page says about itself.
    """
    html = close_open_text_elements(trim_huge_tags(html))
    found = _extract(html, url=url)
    body = _string(found.get("text"))
    if not body or not body.strip():
        # a page nested past the parser's depth limit reads as empty: flatten it and try again
        flattened = flatten_wrapper_runs(html)
        if flattened != html:
            found = _extract(flattened, url=url)
            body = _string(found.get("text"))
    if not body or not body.strip():
        raise ExtractionError(origin, "trafilatura found no article text in the page")
    page_date = _string(found.get("date"))
    return build_article(
        body,
        origin=origin,
        settings=settings,
        title=title or _string(found.get("title")),
        date=date or (parse_date(page_date) if page_date else None),
        url=url or _string(found.get("url")),
        source=_string(found.get("sitename")) or _string(found.get("hostname")),
        author=_string(found.get("author")),
    )


def _extract(page: str, *, url: str | None) -> dict[str, object]:
    # imported on the first page: text and JSONL inputs start without it (about a second)
    import trafilatura

    document = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
    )
    if document is None:
        return {}
    return document if isinstance(document, dict) else dict(document.as_dict())


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
