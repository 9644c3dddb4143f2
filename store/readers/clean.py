"""Decoding and cleaning of untrusted text: the one place control characters die.

Every reader ends in :func:`clean_text`, so whatever the format, the parser downstream sees
text with ``\\n`` line ends, tabs, and printable characters only.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Terminal escape sequences (ECMA-48), 7-bit and 8-bit forms:
#   CSI  ESC [ params intermediates final            e.g. \x1b[31m, \x1b[2J
#   OSC  ESC ] ... BEL | ST  (also DCS P, SOS X, PM ^, APC _ strings up to ST)
#   nF   ESC intermediates final                     e.g. \x1b(B
#   Fp/Fe/Fs  ESC one char 0x30-0x7E                 e.g. \x1b7, \x1bc, \x1bM
# A string sequence that never terminates is cut at the end of its line, so one stray
# ESC ] cannot swallow the rest of a document.
_ANSI = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]+[0-~]?"
    r"|\x1b[0-~]?"
)
# C0 and C1 controls except tab and newline, DEL, and invisible format characters that
# break word matching: zero-width space/joiners, word joiner, soft hyphen, BOM, and the
# bidi embedding/override/isolate controls (which can also disguise text).
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
    "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe]"
)
# Line-breaking characters other than \n become \n: VT (Word's manual line break in some
# exports), FF (page break), NEL, LINE and PARAGRAPH SEPARATOR.
_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# No-break spaces look like spaces but do not match " " or even \s in every tool downstream.
_SPACES = re.compile("[\u00a0\u2007\u202f]")

# Bytes that Windows-1252 leaves undefined; elsewhere in 0x80-0x9F it has real characters
# (€ ‚ „ … ‘ ’ “ ” – — ™ …) where Latin-1 has C1 controls, so cp1252 is the right fallback.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Share of characters that may be controls (before cleaning) before we call it binary.
_BINARY_CONTROL_SHARE = 0.05
_SAMPLE = 1 << 16


def _cp1252(data: bytes) -> str:
    return data.translate(None, _CP1252_UNDEFINED).decode("cp1252")


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 rejects as Windows-1252 instead."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return _cp1252(exc.object[exc.start : exc.end]), exc.end


codecs.register_error("kamerboek-cp1252", _cp1252_fallback)


def _utf8_with_cp1252_fallback(data: bytes) -> str:
    """UTF-8, with each byte that is not valid UTF-8 read as Windows-1252 (mixed files)."""
    return data.decode("utf-8", errors="kamerboek-cp1252")


def _utf16_without_bom(head: bytes) -> str | None:
    """Guess UTF-16 without BOM from the NUL pattern of mostly-ASCII text."""
    sample = head[: _SAMPLE & ~1]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        # A truncated last code unit is fine; a stream of bad units is not this encoding.
        if text.count("\ufffd") > max(2, len(text) // 100):
            return None
        return text.replace("\ufffd", "")


_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    controls = len(_BINARY_CHARS.findall(sample))  # C speed: this runs on every file
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode raw bytes to text and name the encoding used; None when the bytes are not text.

    Detection order: BOM (UTF-8, UTF-32, UTF-16), BOM-less UTF-16 by its NUL pattern, then
    NUL bytes mean binary, then strict UTF-8, then UTF-8 with stray Windows-1252 bytes (a
    UTF-8 file edited by a cp1252 tool), then Windows-1252.
    """
    text: str | None
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _decode_unicode(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        codec = "utf-32-le" if data[0] == 0xFF else "utf-32-be"
        text, encoding = _decode_unicode(data[4:], codec), codec
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data[0] == 0xFF else "utf-16-be"
        text, encoding = _decode_unicode(data[2:], codec), codec
    elif codec := _utf16_without_bom(data):
        text, encoding = _decode_unicode(data, codec), codec
    elif b"\x00" in data:
        return None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            valid = len(_UTF8_MULTIBYTE.findall(data))
            high = len(_HIGH_BYTE.findall(data))
            # Valid multibyte sequences use 2-4 high bytes each; if they account for most
            # high bytes the file is UTF-8 with a few stray cp1252 bytes.
            if valid and valid * 2 >= high - valid * 2:
                text, encoding = _utf8_with_cp1252_fallback(data), "utf-8+cp1252"
            else:
                text, encoding = _cp1252(data), "cp1252"
    if text is None or "\x00" in text[:_SAMPLE] or _looks_binary(text):
        return None
    return text, encoding


def clean_text(text: str) -> str:
    """Normalise line ends and strip terminal escapes and control characters (keep tab, LF).

    Also: other line-breaking characters become ``\\n``; no-break spaces (U+00A0, U+2007,
    U+202F) become plain spaces; zero-width, bidi-control and BOM characters go; the text is
    put in Unicode NFC so a decomposed ``e`` + accent matches a typed ``é``. Lines are never
    reflowed and other characters are kept as they are.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    text = _BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text
