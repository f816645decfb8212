"""Language-neutral number parsing: digit strings in a language's number format, and
number words through ``text2num``.

The separators a language uses (Dutch: "45.000", "158,4") come from the caller, read
from the language's data (``quantity/number_format.tsv``); no words live here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


def parse_digits(text: str, thousands: str = ".", decimal: str = ",") -> float | None:
    """Read a digit string such as "45.000", "158,4" or "1.500.000".

    A group after the thousands separator must have exactly three digits, so clock
    times and dates ("14.30", "24.02.2022") are refused. A single group of three
    digits after the decimal separator ("12,000") is read as thousands: news in
    other languages quotes such figures, and three-decimal counts do not occur.

    text (str): the digits.
    thousands (str): the thousands separator.
    decimal (str): the decimal separator.
    RETURNS (float | None): the value, or None when the string is not a number.
    """
    if not _DIGITS.match(text):
        return None
    int_part, sep, frac = text.partition(decimal)
    if decimal in frac:
        return None
    groups = int_part.split(thousands)
    if len(groups) > 1 and (not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    if sep and thousands not in int_part and len(frac) == 3 and len(groups[0]) <= 3 and int_part != "0":
        return float(int(groups[0] + frac))
    number = "".join(groups)
    return float(f"{number}.{frac}") if sep else float(number)


@lru_cache(maxsize=65536)
def parse_word(word: str, lang: str) -> float | None:
    """Read a number word ("twaalfduizend", "drieëntwintig") with ``text2num``.

    word (str): one word, any case.
    lang (str): language code text2num knows ("nl", "en", "fr", ...).
    RETURNS (float | None): the value, or None when the word is not a number.
    """
    w = word.lower()
    if not w.isalpha() or len(w) < 2:
        return None
    try:
        return float(text2num(w, lang))
    except (ValueError, NotImplementedError, KeyError, IndexError):
        return None


@lru_cache(maxsize=65536)
def parse_phrase(words: str, lang: str) -> float | None:
    """Read a number written in several words ("tweeduizend tweehonderd") with ``text2num``.

    words (str): the words, separated by spaces.
    lang (str): language code text2num knows.
    RETURNS (float | None): the value, or None when the words are not one number.
    """
    try:
        return float(text2num(words.lower(), lang))
    except (ValueError, NotImplementedError, KeyError, IndexError):
        return None


def as_number(value: float | None) -> int | float | None:
    """An integral float as int (45000.0 -> 45000), other values unchanged."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)
