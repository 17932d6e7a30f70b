"""The hostile corpus of issue #21, generated in a temporary folder, and a loopback server.

Every numbered case of the issue that ``ingest`` reads is here as a file, a folder or a URL on
127.0.0.1; each good input carries a story of its own (a content hash of its own) so that a lost
one shows. Nothing is committed: the inputs are built at test time.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEEP_JSON = "[" * 200_000
DEEP_FOLDERS = 3_000
DEEP_GOOD_LEVEL = 1_000
DEEP_PAGES = 100_000
ATTRIBUTES = 200_000
DRIP_BYTES = 120
DRIP_SECONDS = 0.25
LONG_ARTICLE_CHARS = 40_000
CITIES = ("Nairobi", "Lagos", "Accra", "Dakar", "Kampala", "Lusaka", "Harare", "Maputo", "Luanda",
          "Kigali", "Bamako", "Niamey", "Abuja", "Tunis", "Rabat", "Algiers", "Cairo", "Khartoum",
          "Addis Ababa", "Mogadishu", "Djibouti", "Asmara", "Juba", "Dodoma")


def story(number: int) -> str:
    """A short news story, different for each ``number``."""
    city = CITIES[number % len(CITIES)]
    return (f"Police in {city} arrested {number + 12} protesters outside the parliament on "
            f"Tuesday, officials said. The interior minister met opposition leaders in {city} "
            f"on Wednesday and promised an inquiry into the arrests, number {number}.")


def page(body: str, *, head: str = "") -> str:
    return (f"<html><head>{head}<title>Report</title></head><body><article><p>{body}</p>"
            "</article></body></html>")


@dataclass
class Corpus:
    """The sources of one hostile run and what each input must become."""

    root: Path
    sources: list[str] = field(default_factory=list)
    # the story number each good input carries
    good: dict[str, int] = field(default_factory=dict)
    # an origin fragment of each bad input -> a word its ingest-log entry must hold
    bad: dict[str, str] = field(default_factory=dict)


class HostileHandler(BaseHTTPRequestHandler):
    """Pages that once crashed or hung a fetch: bogus charsets, deep JSON, a dripping body."""

    def do_GET(self) -> None:
        if self.path.startswith("/drip"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(DRIP_BYTES):  # bounded: the client cuts it long before the end
                try:
                    self.wfile.write(b"a")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(DRIP_SECONDS)
            return
        routes = {
            "/bogus-charset": ("text/html; charset=bogus", page(story(101)).encode("cp1252")
                               + b"<p>caf\xe9</p>"),
            "/rot13-charset": ("text/html; charset=rot13", page(story(102)).encode("cp1252")
                               + b"<p>caf\xe9</p>"),
            "/linked": ("text/html; charset=base64", page(story(103)).encode("cp1252")
                        + b"<p>caf\xe9</p>"),
            "/deep.json": ("application/json", DEEP_JSON.encode()),
        }
        if self.path not in routes:
            self.send_error(404)
            return
        content_type, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def hostile_server() -> Iterator[str]:
    """A loopback server of hostile pages; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostileHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def make_deep_folders(root: Path, files: dict[int, tuple[str, str]]) -> None:
    """``DEEP_FOLDERS`` folders named ``d`` one inside the other under ``root``, with ``files``
    (level -> name and text); made relative to an open folder, as no path reaches the bottom."""
    handle = os.open(root, os.O_RDONLY)
    try:
        for level in range(DEEP_FOLDERS):
            os.mkdir("d", dir_fd=handle)
            inner = os.open("d", os.O_RDONLY, dir_fd=handle)
            os.close(handle)
            handle = inner
            if level in files:
                name, text = files[level]
                out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handle)
                os.write(out, text.encode("utf-8"))
                os.close(out)
    finally:
        os.close(handle)


def remove_deep_folders(root: Path) -> None:
    """Remove what ``make_deep_folders`` made, bottom up (``shutil.rmtree`` recurses too deep)."""
    handles = [os.open(root, os.O_RDONLY)]
    try:
        while "d" in os.listdir(handles[-1]):
            handles.append(os.open("d", os.O_RDONLY, dir_fd=handles[-1]))
        while handles:
            handle = handles.pop()
            for name in os.listdir(handle):
                os.unlink(name, dir_fd=handle)
            if handles:
                os.rmdir("d", dir_fd=handles[-1])
            os.close(handle)
    finally:
        for handle in handles:
            os.close(handle)


def build_corpus(root: Path, base_url: str) -> Corpus:
    """Every hostile input ``ingest`` reads, numbered as in the issue."""
    corpus = Corpus(root)
    folder = root / "inputs"
    folder.mkdir()

    def good(name: str, number: int, data: bytes | str) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        corpus.good[name] = number

    # 1. a non-text codec declared in <meta charset> (the body is not UTF-8, so it is consulted)
    for number, codec in enumerate(("rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri",
                                    "undefined"), start=1):
        good(f"01-meta-{codec}.html", number,
             page(story(number), head=f'<meta charset="{codec}">').encode("cp1252")
             + b"<p>caf\xe9</p>")
    # 2. a bogus charset in HTTP Content-Type: a page, and a feed item's link
    corpus.sources.append(f"{base_url}/bogus-charset")
    corpus.good[f"{base_url}/bogus-charset"] = 101
    corpus.sources.append(f"{base_url}/rot13-charset")
    corpus.good[f"{base_url}/rot13-charset"] = 102
    (folder / "02-feed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        f"<item><title>Arrests</title><link>{base_url}/linked</link>"
        "<description>Arrests in the capital.</description></item></channel></rss>",
        encoding="utf-8")
    # the item is stored under its link
    corpus.good[f"{base_url}/linked"] = 103
    # 3. JSON nested 200,000 deep: a JSONL line (the next line is good), a JSON feed, an HTTP body
    (folder / "03-deep.jsonl").write_text(
        DEEP_JSON + "\n" + '{"text": "' + story(11) + '"}\n', encoding="utf-8")
    corpus.bad["03-deep.jsonl:1"] = "nested"
    corpus.good["03-deep.jsonl:2"] = 11
    (folder / "03-deep.json").write_text(DEEP_JSON, encoding="utf-8")
    corpus.bad["03-deep.json"] = "JSON"
    corpus.sources.append(f"{base_url}/deep.json")
    corpus.bad[f"{base_url}/deep.json"] = ""
    # 4. a file name that is not UTF-8
    good(os.fsdecode(b"04-caf\xe9-\xff.txt"), 12, "Arrests\n\n" + story(12))
    corpus.good["04-caf\\xe9-\\xff.txt"] = corpus.good.pop(os.fsdecode(b"04-caf\xe9-\xff.txt"))
    # 5. a symbolic link loop (the folder holds a good file)
    loop = folder / "05-loop"
    loop.mkdir()
    (loop / "story.txt").write_text("Arrests\n\n" + story(13), encoding="utf-8")
    corpus.good["05-loop/story.txt"] = 13
    (loop / "again").symlink_to(loop, target_is_directory=True)
    corpus.bad["05-loop/again"] = "not followed"
    # 6. folders nested 3,000 deep: a good file 1,000 down; the one at the bottom lies past the
    # longest path the system opens, and is logged
    deep = folder / "06-deep"
    deep.mkdir()
    make_deep_folders(deep, {DEEP_GOOD_LEVEL: ("middle.txt", "Arrests\n\n" + story(14)),
                             DEEP_FOLDERS - 1: ("bottom.txt", "Arrests\n\n" + story(24))})
    corpus.good["/d/middle.txt"] = 14
    corpus.bad["/d/d"] = "too long"
    # 7. a long article (coding time once grew with the square of the length)
    paragraphs = []
    number = 1_000
    while sum(map(len, paragraphs)) < LONG_ARTICLE_CHARS:
        paragraphs.append(story(number))
        number += 1
    good("07-long.txt", 1_000, "Arrests across the region\n\n" + "\n\n".join(paragraphs))
    # 8. runs of punctuation for the tokenizer
    good("08-punctuation.txt", 15,
         "Arrests\n\n" + story(15) + "\n\n" + "=" * 20_000 + "\n\n" + "&" * 40_000 + "\n")
    # 9. one tag with 200,000 attributes
    attributes = " ".join(f"a{index}=x" for index in range(ATTRIBUTES))
    good("09-attributes.html", 16, f"<html><body><div {attributes}><article><p>{story(16)}</p>"
                                   "</article></div></body></html>")
    # 10. a server that drips a byte at a time
    corpus.sources.append(f"{base_url}/drip")
    corpus.bad[f"{base_url}/drip"] = "deadline"
    # 14. invalid UTF-8 and a year-1 date in JSONL records (ingest reads them; `code` is tested
    # apart)
    (folder / "14-records.jsonl").write_bytes(
        b'{"text": "' + story(17).encode() + b' caf\xe9"}\n'
        + b'{"text": "' + story(18).encode() + b'", "date": "0001-01-01"}\n')
    corpus.good["14-records.jsonl:1"] = 17
    corpus.good["14-records.jsonl:2"] = 18
    # 16. silent drops: an empty .jsonl, a dangling link, a FIFO, a name with a newline, pages
    # nested 100,000 deep
    (folder / "16-empty.jsonl").write_bytes(b"")
    corpus.bad["16-empty.jsonl"] = "no records"
    (folder / "16-dangling").symlink_to(folder / "nowhere.txt")
    corpus.bad["16-dangling"] = "link to nothing"
    os.mkfifo(folder / "16-fifo")
    corpus.bad["16-fifo"] = "FIFO"
    good("16-new\nline.txt", 19, "Arrests\n\n" + story(19))
    corpus.good["16-new\\x0aline.txt"] = corpus.good.pop("16-new\nline.txt")
    for number, (opening, closing) in enumerate((
            ("<blockquote>", "</blockquote>"), ("<table><tr><td>", "</td></tr></table>"),
            ("<ul><li>", "</li></ul>")), start=20):
        good(f"16-nested-{number}.html", number,
             f"<html><body>{opening * DEEP_PAGES}<p>{story(number)}</p>"
             f"{closing * DEEP_PAGES}</body></html>")
    corpus.sources.insert(0, str(folder))
    return corpus
