"""Bytes to text: refuse binary and empty input, then decode with the best-supported charset."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from tacitus.errors import BinaryInputError, DecodeError, EmptyInputError

# Leading bytes of file formats that are never articles. Checked before any decoding.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"ID3", "MP3"),
    (b"OggS", "Ogg"),
    (b"fLaC", "FLAC"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# Container formats whose magic sits at offset 4 or 8.
_OFFSET_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (4, b"ftyp", "MP4/QuickTime"),
    (8, b"WEBP", "WEBP"),
    (8, b"AVI ", "AVI"),
    (8, b"WAVE", "WAV"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
# Share of control characters above which a decoded text is taken to be mis-decoded binary.
_MAX_CONTROL_SHARE = 0.01
# UTF-32 first: its layouts also look like UTF-16 with every other unit empty.
_WIDE_LAYOUTS: tuple[tuple[str, int, tuple[int, ...]], ...] = (
    ("utf-32-le", 4, (1, 2, 3)),
    ("utf-32-be", 4, (0, 1, 2)),
    ("utf-16-le", 2, (1,)),
    ("utf-16-be", 2, (0,)),
)
_MIN_WIDE_UNITS = 4
_MIN_WIDE_SHARE = 0.7
_SNIFF_BYTES = 4096
# text codecs no document is written in: Python source escapes, domain names, and "undefined",
# which refuses every byte
_NOT_DOCUMENT_CODECS = frozenset({"undefined", "idna", "punycode", "unicode-escape",
                                  "raw-unicode-escape", "unicode_escape", "raw_unicode_escape"})


def check_not_binary(data: bytes, *, origin: str) -> None:
    """Raise ``EmptyInputError`` for no content and ``BinaryInputError`` for non-text formats."""
    if not data.strip():
        raise EmptyInputError(origin, "the input is empty")
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            raise BinaryInputError(origin, f"this is a {name} file, not text or HTML")
    for offset, magic, name in _OFFSET_MAGIC:
        if data[offset:offset + len(magic)] == magic:
            raise BinaryInputError(origin, f"this is a {name} file, not text or HTML")
    head = data[:_SNIFF_BYTES]
    if (b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS)
            and wide_encoding(head) is None):
        raise BinaryInputError(origin, "the input contains NUL bytes (binary data)")


def wide_encoding(data: bytes) -> str | None:
    """Name UTF-16/UTF-32 text without a byte-order mark by where its NUL bytes fall, if it is so.

    Mostly-ASCII text (markup, English) in these encodings has NULs at regular positions;
    binary data does not.
    """
    head = data[:_SNIFF_BYTES]
    if b"\x00" not in head:  # every layout needs NUL bytes: most text is settled at C speed
        return None
    for codec, width, positions in _WIDE_LAYOUTS:
        units = len(head) // width
        if units < _MIN_WIDE_UNITS:
            continue
        regular = sum(
            1 for unit in range(units)
            if all(head[unit * width + offset] == 0 for offset in positions)
            and any(head[unit * width + offset] != 0 for offset in range(width)
                    if offset not in positions)
        )
        if regular / units >= _MIN_WIDE_SHARE:
            return codec
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares in an HTML ``<meta>`` or an XML declaration, if any."""
    head = data[:_SNIFF_BYTES]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            name = match.group(1).decode("ascii")
            if text_codec(name):
                return name
    return None


def decode_bytes(data: bytes, *, origin: str, charset: str | None = None) -> str:
    """Decode ``data`` to text: BOM, then UTF-8, then the given or declared charset, then a guess.

    ``charset`` is what the transport said (an HTTP header). Raises ``DecodeError`` when nothing
    reads the bytes as plausible text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, origin)
    wide = wide_encoding(data)
    if wide is not None:
        return _strict(data, wide, origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = charset if charset is not None and text_codec(charset) else declared_charset(data)
    if (declared is not None and codecs.lookup(declared).name == "utf-8") or (
            declared is None and _mostly_utf8(data)):
        # UTF-8 with stray legacy bytes: a mis-declared page or mixed encodings; keep every
        # valid UTF-8 sequence and read the stray bytes as Windows-1252
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    best = from_bytes(data[:200_000]).best()
    # Latin-1-family text is the common case left: cp1252 maps almost every byte.
    candidates = (charset, declared_charset(data), best.encoding if best else None, "cp1252")
    for name in candidates:
        if not name or not text_codec(name):
            continue
        try:
            text = data.decode(name)
        except (UnicodeError, LookupError):
            continue
        if _is_plausible(text):
            return text
    raise DecodeError(origin, "no text encoding reads these bytes as text")


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than bytes that are not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    strays = text.count("\ufffd")
    multibyte = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    return multibyte > strays


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start:error.end]
    return stray.decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "tacitus-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _strict(data: bytes, codec: str, origin: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(origin, f"the bytes are not valid {codec}: {error.reason}") from error


def _is_plausible(text: str) -> bool:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return not text or controls / len(text) <= _MAX_CONTROL_SHARE


def text_codec(name: str) -> bool:
    """True when ``name`` is a codec from bytes to text (not rot13, base64, zlib, undefined …)."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return False
    # Python marks the codecs that are not text encodings (base64, zlib, rot13, hex, uu …)
    return (bool(getattr(info, "_is_text_encoding", True))
            and info.name not in _NOT_DOCUMENT_CODECS)
