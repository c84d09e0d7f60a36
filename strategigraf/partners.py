"""The partner registry: data/curation/partners.yaml, read and matched against text.

Every organisation, alliance, network, EU programme and Region Halland unit that the five
source documents name is listed once, with every spelling seen (docs/partners.md records the
decisions). ``resolve`` turns a name from an "Ägare:"/"Projektägare:" field into its entry;
``find_mentions`` finds every listed name in free text with one compiled regular expression,
plus the bare names that denote an organisation only where the text names it as a party
("samplanering med Laholm", "Kungsbacka och Varbergs kommuner"; see ``party_aliases`` and
partner_parties.py). Reading and checking the entries is in partner_entries.py; its names
(``Partner``, ``FIELDS``, ``unconfirmed_sources``) are importable from here as well.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .partner_entries import FIELDS, Partner, read_entries, unconfirmed_sources
from .partner_parties import elided, in_party_lists
from .sources import normalize

__all__ = ["FIELDS", "Mention", "Partner", "PartnerRegistry", "name_key", "unconfirmed_sources"]

# A trailing unit in parentheses, a trailing full stop or comma: "Varbergs kommun (Närings ...)".
_TRAILING = re.compile(r"(?:\s*\([^()]*\)|\s*[.,;:])+\s*$")
# What may stand between two owners in an owner field: "INERA /Region Halland", "X tillsammans med Y och Z".
_OWNER_JOINER = re.compile(r"\s*(?:[/,&]|och|samt|tillsammans med)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    partner: Partner
    text: str       # the words as they stand in the text, genitive -s included ("STRINGs")
    start: int
    end: int


def name_key(name: str) -> str:
    """Folded lookup key: case, diacritics, spacing, in-word hyphens and a trailing unit or stop ignored."""
    text = _TRAILING.sub("", normalize(name))
    return re.sub(r"(?<=\w)-(?=\w)", "", text)


def _pattern(spelling: str, exact: bool) -> str:
    """Regex for one spelling: any whitespace between words, in-word hyphen optional, genitive -s allowed."""
    body = ""
    for i, char in enumerate(spelling):
        if char.isspace():
            body += "" if spelling[i - 1].isspace() else r"\s+"
        elif char == "-" and 0 < i < len(spelling) - 1 and spelling[i - 1].isalnum() and spelling[i + 1].isalnum():
            body += "-?"
        else:
            body += re.escape(char)
    genitive = "(?::s|s|S)?" if spelling.isupper() else "(?::s|s)?"
    return body + genitive if exact else f"(?i:{body}{genitive})"


def _whole_words(spellings: list[tuple[str, bool]]) -> re.Pattern:
    """One regex for all (spelling, exact) pairs, never inside a word; the caller orders them longest first
    so that the alternation is leftmost-longest."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(_pattern(s, exact) for s, exact in spellings)})(?!\w)")


class PartnerRegistry:
    def __init__(self, partners: list[Partner], path: Path | str = "partners.yaml"):
        self.partners, self.path = partners, Path(path)
        self._by_key: dict[str, Partner] = {}
        self._by_name: dict[str, Partner] = {}
        for partner in partners:
            self._register(partner)
        self._check_parents()
        spellings = [(s, s in p.case_sensitive_aliases) for p in partners for s in p.spellings]
        self._regex = _whole_words(sorted(spellings, key=lambda item: len(item[0]), reverse=True))
        self._by_party_name: dict[str, Partner] = {}
        for partner in partners:
            for name in partner.party_aliases:
                self._register_party_name(partner, name)
        party = sorted(self._by_party_name, key=len, reverse=True)
        self._party_regex = _whole_words([(n, True) for n in party]) if party else None

    @classmethod
    def load(cls, path: Path | str) -> "PartnerRegistry":
        """Read and check partners.yaml; a broken entry is an InputError at its line."""
        path = Path(path)
        return cls(read_entries(path), path)

    def _register(self, partner: Partner) -> None:
        other = self._by_key.setdefault(partner.key, partner)
        if other is not partner:
            raise InputError(self.path, partner.line, f"key '{partner.key}' is used twice (first at line {other.line})")
        for spelling in partner.spellings:
            other = self._by_name.setdefault(name_key(spelling), partner)
            if other is not partner:
                raise InputError(self.path, partner.line, f"alias '{spelling}' of '{partner.key}' is already a "
                                                          f"spelling of '{other.key}' (line {other.line})")

    def _register_party_name(self, partner: Partner, name: str) -> None:
        other = self._by_party_name.setdefault(name, partner)
        spelled = self._by_name.get(name_key(name), partner)  # "företagarna" beside its own exact "Företagarna"
        if other is not partner or spelled is not partner:
            owner = other if other is not partner else spelled
            raise InputError(self.path, partner.line, f"party alias '{name}' of '{partner.key}' is already a "
                                                      f"spelling of '{owner.key}' (line {owner.line})")

    def _check_parents(self) -> None:
        for partner in self.partners:
            if partner.parent is not None and (partner.parent not in self._by_key or partner.parent == partner.key):
                raise InputError(self.path, partner.line, f"parent '{partner.parent}' of '{partner.key}' is not "
                                                          f"another partner's key")

    def by_key(self, key: str) -> Partner | None:
        return self._by_key.get(key)

    def resolve(self, name: str) -> Partner | None:
        """The partner a name denotes, ignoring case, diacritics, spacing, a trailing "(unit)" and stop."""
        return self._by_name.get(name_key(name))

    def find_mentions(self, text: str) -> list[Mention]:
        """Every listed name in ``text``, leftmost-longest, never inside a word, never overlapping.

        Pass text joined with ``sources.clean_text``: a word hyphenated across a line break only
        matches once joined.
        """
        named = [Mention(self._partner_of(m.group()), m.group(), m.start(), m.end()) for m in self._regex.finditer(text)]
        named += elided(text, named, self.resolve, Mention)
        return sorted(named + self._parties(text, named), key=lambda m: m.start)

    def _parties(self, text: str, named: list[Mention]) -> list[Mention]:
        """Bare party names ("Laholm", "kommunerna") standing in a list of parties (partner_parties)."""
        if self._party_regex is None:
            return []
        bare = [Mention(self._by_party_name[self._party_name(m.group())], m.group(), m.start(), m.end())
                for m in self._party_regex.finditer(text)]
        return in_party_lists(text, named, bare)

    def _party_name(self, matched: str) -> str:
        return matched if matched in self._by_party_name else matched[:-2] if matched.endswith(":s") else matched[:-1]

    def _partner_of(self, matched: str) -> Partner:
        for candidate in (matched, matched[:-2] if matched.endswith(":s") else matched[:-1]):
            partner = self._by_name.get(name_key(candidate))
            if partner is not None:
                return partner
        raise AssertionError(f"matched {matched!r} but no spelling has that key")

    def resolve_owners(self, text: str) -> list[Partner]:
        """The owners an owner field names: "INERA/ Region Halland" gives two, "LRF. Förstudien utförs av
        Agroväst." gives LRF only (names after other words are not owners). Empty if none leads the text."""
        whole = self.resolve(text)
        if whole is not None:
            return [whole]
        owners, cursor = [], 0
        for mention in self.find_mentions(text):
            gap = text[cursor:mention.start]
            if (gap.strip() if not owners else not _OWNER_JOINER.fullmatch(gap)):
                break
            owners.append(mention.partner)
            cursor = mention.end
        return list(dict.fromkeys(owners))
