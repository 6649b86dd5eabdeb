"""Plain text and Markdown: decode bytes (BOM, UTF-8, a given or a detected encoding), refusing binary junk.

The rule for one input: a byte-order mark always wins; a UTF-16/UTF-32 encoding that was asked for is honoured;
otherwise valid UTF-8 is read as UTF-8 (so an --encoding meant for another file cannot garble it); otherwise the
encoding asked for is used, and without one the encoding is detected and named in a warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from afterword.errors import InputError

# Text encodings a user, a web server or the detector may choose (Python's canonical codec names). Anything else
# (utf-7, punycode, rot13, base64, zlib ...) is not text, can run slowly or yields lone surrogates: refused.
_TEXT_CODECS = frozenset(codecs.lookup(name).name for name in (
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii",
    "latin-1", *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)),
    *(f"cp{n}" for n in range(1250, 1259)), "koi8-r", "koi8-u", "koi8-t", "kz1048", "ptcp154", "tis-620",
    "mac-roman", "mac-cyrillic", "mac-greek", "mac-iceland", "mac-latin2", "mac-turkish",
    "cp437", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855", "cp857", "cp858", "cp860", "cp861", "cp862",
    "cp863", "cp864", "cp865", "cp866", "cp869", "cp874",
    "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
    "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr",
    "euc_kr", "cp949", "johab", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950",
))
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# What the detector may pick, most common first: a tie goes to the earlier one (cp1252 before its look-alikes).
_DETECTABLE = ("cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "cp1253", "cp1254",
               "cp1255", "cp1256", "cp1257", "cp1258", "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030",
               "gbk", "big5", "cp950", "euc_kr", "cp949")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32-LE's BOM starts like UTF-16's
MAX_TEXT_CHARS = 1_000_000  # the most text taken from a PDF or .docx (a resume is a few thousand characters)
SAMPLE_BYTES = 65_536  # what the detector looks at: enough to tell, and a 20 MB file stays fast
_MULTI_BYTE = frozenset({"shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "gbk", "big5", "cp950", "euc_kr",
                         "cp949"})
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls but tab, line feed, vertical tab, form feed, CR
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the codec used and what the reader should tell the user about it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def clean_text(text: str) -> str:
    """``text`` safe for every output: lone surrogates become U+FFFD (pairs are joined), C0 control junk is dropped."""
    if not _UNWANTED.search(text):
        return text
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _CONTROL.sub("", text)


def text_codec(encoding: str) -> str:
    """The canonical name of a text encoding; an InputError for unknown names and for codecs that are not text."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'; use a name such as utf-8, cp1252 or latin-1") from None
    if name not in _TEXT_CODECS:
        raise InputError(f"'{encoding}' is not a text encoding; use a name such as utf-8, cp1252 or latin-1")
    return name


def allowed_codec(encoding: str) -> str | None:
    """The canonical name of ``encoding`` when it is a known text encoding, else None."""
    try:
        return text_codec(encoding)
    except InputError:
        return None


def looks_binary(data: bytes) -> bool:
    """True when bytes are not text: NUL bytes, or many control characters in the first few kilobytes."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def _looks_binary_text(text: str) -> bool:
    """True when decoded text is mostly junk: many control characters (NUL included) in its first few thousand."""
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) / len(sample) > 0.05


def _binary(name: str) -> InputError:
    return InputError(f"{name} is not a text document (it looks like binary data); "
                      "give a .txt, .md, .pdf, .docx or .html file")


def _bom_codec(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _wide_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 of mostly Latin text (every other byte NUL), else None."""
    sample = data[:8192]
    if len(sample) < 16 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _sample(data: bytes) -> bytes:
    """The first SAMPLE_BYTES of ``data``, cut after a newline so a multi-byte character is not split."""
    if len(data) <= SAMPLE_BYTES:
        return data
    head = data[:SAMPLE_BYTES]
    cut = head.rfind(b"\n")
    return head[:cut + 1] if cut > SAMPLE_BYTES // 2 else head


def _plausible(encoding: str, text: str) -> bool:
    """False for a CJK reading of Latin text with a few accents: its characters come one at a time ("éq" -> one
    kanji between two Latin letters), where real Chinese, Japanese or Korean text has runs of them."""
    if encoding not in _MULTI_BYTE:
        return True
    runs = _NON_ASCII_RUN.findall(text)
    return not runs or sum(map(len, runs)) >= 1.5 * len(runs)


def _detect(data: bytes) -> str | None:
    """The most likely text encoding of ``data`` (cp1252 when it reads the same as the best guess), or None."""
    from charset_normalizer import from_bytes

    matches = [match for match in from_bytes(_sample(data), cp_isolation=list(_DETECTABLE))
               if _plausible(match.encoding, str(match))]
    if not matches:
        return None
    best = min(matches, key=lambda match: (match.chaos, -match.coherence))
    tied = {codec for match in matches if match.chaos <= best.chaos + 0.01
            and match.coherence >= best.coherence - 0.01 for codec in match.could_be_from_charset}
    return next((codec for codec in _DETECTABLE if codec in tied), best.encoding)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a bad paste, a cut-off end) decoded with U+FFFD there; else None."""
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - broken  # characters beyond ASCII, decoded fine
    return text if broken <= max(2, len(text) // 1000) and wide >= 2 * broken else None


def _decode_lenient(data: bytes, codec: str, name: str, guessed: bool = False) -> Decoded:
    """Decode with a codec chosen by a BOM or a guess: bad bytes become U+FFFD, with a warning."""
    warnings: list[str] = []
    if guessed:
        warnings.append(f"{name} is not UTF-8; read it as {codec} (pass --encoding NAME if the text looks wrong)")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        warnings.append(f"{name} has bytes that are not valid {codec}, shown as \ufffd; "
                        "re-save it as UTF-8 if the text looks wrong")
    if _looks_binary_text(text):
        raise _binary(name)
    return Decoded(clean_text(text), codec, tuple(warnings))


def _decode_strict(data: bytes, codec: str, name: str, asked: str) -> Decoded:
    """Decode with the encoding the user (or the server) gave: an InputError when the bytes do not fit it."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(f"{name} is not valid {asked} text; check the --encoding value") from None
    if _looks_binary_text(text):
        raise _binary(name)
    return Decoded(clean_text(text), codec)


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode a text file by the rule in this module's docstring; an InputError for junk and bad encodings."""
    bom = _bom_codec(data)
    if bom:
        if bom == "utf-8-sig" and looks_binary(data[len(codecs.BOM_UTF8):]):
            raise _binary(name)
        return _decode_lenient(data, bom, name)
    wanted = text_codec(encoding) if encoding else None
    if wanted in _WIDE:
        return _decode_strict(data, wanted, name, encoding or wanted)
    if looks_binary(data):
        wide = _wide_without_bom(data)
        if wide is None:
            raise _binary(name)
        return _decode_lenient(data, wide, name, guessed=True)
    try:
        return Decoded(clean_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    if wanted:
        return _decode_strict(data, wanted, name, encoding or wanted)
    nearly = _mostly_utf8(data)
    if nearly is not None:
        return Decoded(clean_text(nearly), "utf-8", (f"{name} is not valid UTF-8 in a few places, shown as \ufffd; "
                                                     "re-save it as UTF-8 (or pass --encoding NAME)",))
    guess = _detect(data)
    if guess is None:
        raise InputError(f"{name} is not UTF-8 and its encoding could not be told; re-save it as UTF-8 "
                         "or pass --encoding NAME")
    return _decode_lenient(data, codecs.lookup(guess).name, name, guessed=True)


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a text file (see ``decode``); the text only, without the warnings."""
    return decode(data, name, encoding).text
