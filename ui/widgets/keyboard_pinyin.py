"""The keyboard's pinyin mode: the letters a Chinese signer types, turned into characters.

The keyboard hands each key here while pinyin mode is on. Letters (ü as v, ' between
syllables) build a buffer that never reaches the field; the candidate bar offers what the
buffer can be written as, and a tap (or space, for the first) puts that in the field and uses
up the syllables it stood for, as Chinese input methods do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from ui.widgets.keyboard_candidates import CandidateBar
from ui.widgets.keyboard_layouts import LETTERS
from ui.widgets.pinyin import SEPARATOR, Candidate, pinyin_index

# Simplified Chinese only: pypinyin's ranks are Simplified's (a Traditional reader gets Latin
# letters, as before), in the fields whose edit carries NAME_PART_PROPERTY.
PINYIN_LANGUAGES = frozenset({"zh-Hans"})
NAME_PART_PROPERTY = "namePart"  # "given" or "family" on a name field (the form sets it)
FAMILY_NAME = "family"
PINYIN_MOST_LETTERS = 30  # a name's pinyin is far shorter; the buffer stops growing here
PINYIN_KEYS = frozenset(LETTERS) | {SEPARATOR}


class PinyinComposer:
    """The pinyin typed and not yet chosen, for the field ``target()`` returns.

    ``composing_changed`` is called when the buffer becomes empty or stops being so: the
    keyboard then puts the candidate bar in the digits' row, or the digits back.
    """

    def __init__(self, bar: CandidateBar, target: Callable[[], QLineEdit | None],
                 composing_changed: Callable[[], None]) -> None:
        self._bar = bar
        self._target = target
        self._composing_changed = composing_changed
        self._pinyin = ""  # never in the field: only what the signer chooses goes there
        bar.candidate_chosen.connect(self._on_bar_candidate_chosen)

    @property
    def pinyin(self) -> str:
        """The pinyin typed and not yet written as characters."""
        return self._pinyin

    def type_key(self, key: str) -> bool:
        """A key in pinyin mode: letters (ü as v) build the pinyin, delete takes its last letter,
        space writes the first candidate, as Chinese input methods do. False: not pinyin's key."""
        letter = "v" if key == "ü" else key
        if letter in PINYIN_KEYS:
            if letter == SEPARATOR and (not self._pinyin or self._pinyin.endswith(SEPARATOR)):
                return True  # a separator separates letters, or is nothing
            if len(self._pinyin) < PINYIN_MOST_LETTERS:
                self.set(self._pinyin + letter)
            return True
        if key == "backspace" and self._pinyin:
            self.set(self._pinyin[:-1])
            return True
        if key == "space" and self._pinyin:
            first = self._candidates()[:1]
            if first:
                self._choose(first[0])
            return True
        return False

    def drop(self) -> None:
        """Forget the pinyin not yet written (the keys are re-placed by whoever called this)."""
        self._pinyin = ""
        self._bar.clear()

    def set(self, pinyin: str) -> None:
        """The buffer is now ``pinyin``; the bar shows what it can be written as."""
        was_composing = bool(self._pinyin)
        self._pinyin = pinyin
        if bool(pinyin) != was_composing:
            self._composing_changed()
        if pinyin:
            shown = " ".join(pinyin_index().split(pinyin))
            self._bar.show_candidates(shown, self._candidates())
        else:
            self._bar.clear()

    def _candidates(self) -> list[Candidate]:
        target = self._target()
        family = target is not None and target.property(NAME_PART_PROPERTY) == FAMILY_NAME
        return pinyin_index().candidates(self._pinyin, surnames_first=family)

    def _choose(self, candidate: Candidate) -> None:
        """``candidate`` goes in the field; the pinyin it stood for is used up."""
        target = self._target()
        if target is None:
            return
        target.insert(candidate.text)
        self.set(self._pinyin[candidate.consumed:])

    def _on_bar_candidate_chosen(self, candidate: Candidate) -> None:
        self._choose(candidate)
