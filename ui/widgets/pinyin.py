"""Pinyin to Chinese characters for the on-screen keyboard: the candidates for typed letters.

A Chinese signer types a name as toneless pinyin (``wang``, ``xiaoming``; ü as ``v``, as
every Chinese input method takes it) and picks the characters from a candidate bar. The
dictionary is pypinyin's, inverted: its ``pinyin_dict`` (every character's readings) gives the
characters of each syllable, its ``phrases_dict`` (about 47,000 words with their readings) the
words of each run of syllables. pypinyin has no frequencies, so a character's rank is a proxy
that its own data gives: how many of its phrases the character appears in (common characters
appear in many, rare ones in none). A word ranks by the geometric mean of its characters'
counts. In the family-name field the hundred most common surnames (and the compound ones) come
first, in the order of the Ministry of Public Security's 2020 count (resources/pinyin).

Characters beyond the Basic Multilingual Plane are left out: the shipped CJK font (Droid Sans
Fallback) has none of them, so they would show as empty boxes. The index is built once, at
first use, from pypinyin's tables (see :func:`pinyin_index`).

No Qt here: the keyboard (ui/widgets/keyboard.py) asks :meth:`PinyinIndex.candidates` and
shows what it returns.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

SEPARATOR = "'"  # typed between syllables where they could run together (xi'an, not xian)
LAST_BMP = 0xFFFF
LAST_BMP_CHARACTER = chr(LAST_BMP)
SURNAMES_FILE = "surnames_zh.txt"


@cache
def toneless(reading: str) -> str:
    """``lǜ`` -> ``lv``, ``zhāng`` -> ``zhang``: a reading as a keyboard types it (a few
    thousand distinct readings, so cached: the index asks about 200,000 times)."""
    letters = unicodedata.normalize("NFD", reading.lower()).replace("u\u0308", "v")
    return "".join(ch for ch in letters if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Candidate:
    """Characters offered for the start of the typed letters, and how many letters they use up."""

    text: str
    consumed: int  # letters (and separators) of the typed pinyin this candidate stands for


def read_surnames() -> tuple[str, ...]:
    """The surnames the family-name field ranks first, most common first (resources/pinyin)."""
    text = resources.files("resources").joinpath("pinyin", SURNAMES_FILE).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


class PinyinIndex:
    """Toneless syllables to characters, and runs of syllables to words, each ranked.

    Built in one pass over each of pypinyin's tables; each syllable's characters and each
    run's words are sorted the first time they are asked for (a few hundred syllables are ever
    typed, so sorting all 400 lists and 40,000 runs up front would be time spent for nothing).
    """

    def __init__(self, characters: dict[int, str], phrases: dict[str, list[list[str]]],
                 surnames: tuple[str, ...]) -> None:
        plain: dict[str, str] = {}  # toned reading -> toneless: a few thousand, asked 200,000 times
        # How many phrases use a character with a reading: 方 is common, but read "wang" in
        # no phrase, so it ranks far below 王 for "wang" (a count over all readings did not).
        uses: dict[tuple[str, str], int] = {}
        words: dict[tuple[str, ...], list[str]] = {}
        for phrase, readings in phrases.items():
            syllables = tuple(plain.get(r[0]) or plain.setdefault(r[0], toneless(r[0])) for r in readings)
            for pair in set(zip(phrase, syllables, strict=False)):
                uses[pair] = uses.get(pair, 0) + 1
            if max(phrase) <= LAST_BMP_CHARACTER:
                words.setdefault(syllables, []).append(phrase)
        self._uses = uses
        self._readings: dict[str, tuple[str, ...]] = {}  # character -> its toneless readings, main first
        by_syllable: dict[str, list[str]] = {}
        for code, listed in characters.items():
            if code > LAST_BMP:
                continue  # no shipped font draws it
            ch = chr(code)
            found = tuple(dict.fromkeys(plain.get(r) or plain.setdefault(r, toneless(r)) for r in listed.split(",")))
            self._readings[ch] = found
            for reading in found:
                by_syllable.setdefault(reading, []).append(ch)
        self._unsorted = by_syllable
        self._unsorted_words = words
        self._characters: dict[str, tuple[str, ...]] = {}
        self._words: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._syllables = frozenset(by_syllable)
        self._longest = max(map(len, self._syllables))
        self._surname_rank = {name: rank for rank, name in enumerate(surnames)}
        self._surname_words: dict[tuple[str, ...], list[str]] = {}
        for name in surnames:
            if len(name) > 1:
                read_so = phrases.get(name) or [[characters[ord(ch)].split(",")[0]] for ch in name]
                self._surname_words.setdefault(tuple(toneless(r[0]) for r in read_so), []).append(name)

    def characters(self, syllable: str) -> tuple[str, ...]:
        """The characters read ``syllable`` (toneless), commonest so read first."""
        ranked = self._characters.get(syllable)
        if ranked is None:
            ranked = self._characters[syllable] = tuple(sorted(self._unsorted.get(syllable, ()),
                                                               key=lambda ch: self._rank(ch, syllable)))
        return ranked

    def _rank(self, ch: str, syllable: str) -> tuple[int, bool, int, str]:
        # Phrases using it so read; then, among characters no phrase uses so, its main reading
        # (listed first) before a rare one; then how common the character is at all.
        readings = self._readings[ch]
        in_all = sum(self._uses.get((ch, reading), 0) for reading in readings)
        return -self._uses.get((ch, syllable), 0), readings[0] != syllable, -in_all, ch

    def words(self, syllables: tuple[str, ...]) -> tuple[str, ...]:
        """pypinyin's phrases read ``syllables``, by the geometric mean of how many phrases use
        each of their characters so read (a proxy for how common the word is)."""
        ranked = self._words.get(syllables)
        if ranked is None:
            found = set(self._unsorted_words.get(syllables, ()))
            ranked = self._words[syllables] = tuple(sorted(found, key=lambda w: (-self._score(w, syllables), w)))
        return ranked

    def _score(self, word: str, syllables: tuple[str, ...]) -> float:
        return sum(math.log1p(self._uses.get(pair, 0)) for pair in zip(word, syllables, strict=False)) / len(word)

    # -- splitting typed letters into syllables ---------------------------------------------

    def is_syllable(self, letters: str) -> bool:
        """Whether ``letters`` is a whole toneless syllable (``wang``; not ``wan g``)."""
        return letters in self._syllables

    def _starts_syllable(self, letters: str) -> bool:
        return any(s.startswith(letters) for s in self._syllables)

    def split(self, typed: str) -> list[str]:
        """``xiaoming`` -> ``[xiao, ming]``; the last part may be a syllable's start (``zhangs``
        -> ``[zhang, s]``). Fewest syllables win (``xian``, not ``xi an``); a separator forces a
        split (``xi'an``). Letters that start no syllable stay one part, which matches nothing."""
        parts: list[str] = []
        for chunk in typed.lower().split(SEPARATOR):
            parts += self._split_chunk(chunk) if chunk else []
        return parts

    def _split_chunk(self, chunk: str) -> list[str]:
        # best[i]: the fewest syllables covering chunk[:i] with whole syllables.
        best: list[list[str] | None] = [[]] + [None] * len(chunk)
        for end in range(1, len(chunk) + 1):
            for start in range(max(0, end - self._longest), end):
                head = best[start]
                if head is not None and chunk[start:end] in self._syllables:
                    found = [*head, chunk[start:end]]
                    current = best[end]
                    if current is None or len(found) < len(current):
                        best[end] = found
        whole = best[len(chunk)]
        if whole is not None:
            return whole
        # The last letters start a syllable still being typed: the longest whole part before them.
        for start in range(len(chunk) - 1, -1, -1):
            head = best[start]
            if head is not None and self._starts_syllable(chunk[start:]):
                return [*head, chunk[start:]]
        return [chunk]

    # -- candidates -------------------------------------------------------------------------

    def _reads(self, ch: str, part: str, whole: bool) -> bool:
        """Whether ``ch`` is really read ``part`` (or a syllable it starts): its main reading, or
        one a phrase uses. 丁 is also read zhēng, but the surname 丁 is not typed "zh"."""
        readings = self._readings[ch]
        return any((reading == part if whole else reading.startswith(part))
                   and (reading == readings[0] or (ch, reading) in self._uses) for reading in readings)

    def _characters_for(self, part: str, complete: bool) -> list[str]:
        if complete:
            return list(self.characters(part))
        # A syllable's start ("zh", "w"): the characters of every syllable it begins, merged.
        ranked: dict[str, tuple[int, bool, int, str]] = {}
        for syllable in self._syllables:
            if syllable.startswith(part):
                for ch in self._unsorted[syllable]:
                    key = self._rank(ch, syllable)
                    ranked[ch] = min(ranked.get(ch, key), key)
        return sorted(ranked, key=ranked.__getitem__)

    def candidates(self, typed: str, surnames_first: bool = False) -> list[Candidate]:
        """What the typed pinyin can be written as, best first: words for as many of its
        syllables as one word covers (the longest first), then characters for its first syllable.
        ``surnames_first`` (the family-name field) puts common surnames, in their order, first."""
        parts = self.split(typed)
        if not parts:
            return []
        complete = self.is_syllable(parts[-1])
        offered: list[Candidate] = []
        seen: set[str] = set()

        def offer(texts: list[str], syllables: int) -> None:
            used = _letters_used(typed, parts[:syllables])
            for text in texts:
                if text not in seen:
                    seen.add(text)
                    offered.append(Candidate(text, used))

        for length in range(len(parts), 1, -1):
            if length == len(parts) and not complete:
                continue  # a word for letters still being typed would be a guess
            key = tuple(parts[:length])
            offer(self._surname_words.get(key, []) if surnames_first else [], length)
            offer(list(self.words(key)), length)
        whole_first = complete or len(parts) > 1
        first = self._characters_for(parts[0], whole_first)
        if surnames_first:
            unranked = len(self._surname_rank)
            first.sort(key=lambda ch: self._surname_rank.get(ch, unranked) if self._reads(ch, parts[0], whole_first)
                       else unranked)  # a stable sort: the rest keep their order
        offer(first, 1)
        return offered


def _letters_used(typed: str, parts: list[str]) -> int:
    """How many of the typed letters (separators included) ``parts`` take from the start."""
    wanted = sum(map(len, parts))
    used = letters = 0
    while used < len(typed) and letters < wanted:
        if typed[used] != SEPARATOR:
            letters += 1
        used += 1
    while used < len(typed) and typed[used] == SEPARATOR:
        used += 1  # the separator after a chosen word goes with it
    return used


_build_lock = threading.Lock()
_built: list[PinyinIndex] = []  # the one index, once built


def pinyin_index() -> PinyinIndex:
    """The index from pypinyin's tables, built once per process at first use (about a second:
    reading pypinyin's tables is a third of it). Asked while :func:`warm_up` builds it, this
    waits for that build rather than making a second."""
    with _build_lock:
        if not _built:
            from pypinyin.phrases_dict import phrases_dict
            from pypinyin.pinyin_dict import pinyin_dict

            _built.append(PinyinIndex(pinyin_dict, phrases_dict, read_surnames()))
        return _built[0]


def warm_up() -> None:
    """Build the index on a thread of its own, so that the first letter typed does not wait
    for it. Nothing crosses back but the finished index, read under the lock; no widget is
    touched, so a plain thread does (no Qt worker needed)."""
    if not _built:
        threading.Thread(target=pinyin_index, name="pinyin-index", daemon=True).start()
