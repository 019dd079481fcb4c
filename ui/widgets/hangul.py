"""Hangul syllable composition for the on-screen keyboard (the two-set, 두벌식, layout).

A Korean keyboard types letters (jamo: ㅎ, ㅏ, ㄴ) and the text shows syllables (한). The
jamo typed so far are grouped into syllables the way a phone keyboard does it: a
consonant after a vowel is the syllable's final consonant until a vowel follows, which
moves it to the next syllable (ㅎㅏㄴㅏ → 하나, not 한ㅏ); vowels and final consonants that
combine do (ㅗ+ㅏ → ㅘ, ㄹ+ㄱ → ㄺ). Each syllable is written as conjoining jamo and
Python's NFC composes those into the precomposed syllable (U+AC00 …).
"""

from __future__ import annotations

import unicodedata

LEADING = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
TRAILING = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
            "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
VOWEL_PAIRS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
               ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
FINAL_PAIRS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
               ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
               ("ㅂ", "ㅅ"): "ㅄ"}
_SPLIT = {pair: parts for parts, pair in FINAL_PAIRS.items()}
_LEADING_BASE, _VOWEL_BASE, _TRAILING_BASE = 0x1100, 0x1161, 0x11A7  # conjoining jamo blocks


def is_jamo(key: str) -> bool:
    """Whether ``key`` is a letter of the Korean keyboard."""
    return len(key) == 1 and (key in LEADING or key in VOWELS)


def _syllables(jamo: list[str]) -> list[list[str]]:
    """[leading, vowel, trailing] per syllable ("" where a part is missing)."""
    syllables: list[list[str]] = []
    for letter in jamo:
        last = syllables[-1] if syllables else None
        if letter in VOWELS:
            if last and last[1] and not last[2] and (last[1], letter) in VOWEL_PAIRS:
                last[1] = VOWEL_PAIRS[(last[1], letter)]
            elif last and last[1] and last[2]:
                keep, move = _SPLIT.get(last[2], ("", last[2]))
                last[2] = keep
                syllables.append([move, letter, ""])
            elif last and last[0] and not last[1]:
                last[1] = letter
            else:
                syllables.append(["", letter, ""])
        elif last and last[0] and last[1] and not last[2] and letter in TRAILING:
            last[2] = letter
        elif last and last[0] and last[1] and (last[2], letter) in FINAL_PAIRS:
            last[2] = FINAL_PAIRS[(last[2], letter)]
        else:
            syllables.append([letter, "", ""])
    return syllables


def compose(jamo: list[str]) -> str:
    """The text the typed ``jamo`` make: whole syllables, and any letter standing alone."""
    parts = []
    for leading, vowel, trailing in _syllables(jamo):
        if leading and vowel:
            parts.append(chr(_LEADING_BASE + LEADING.index(leading)) + chr(_VOWEL_BASE + VOWELS.index(vowel))
                         + (chr(_TRAILING_BASE + TRAILING.index(trailing)) if trailing else ""))
        else:
            parts.append(leading + vowel + trailing)
    return unicodedata.normalize("NFC", "".join(parts))
