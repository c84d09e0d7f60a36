"""Names that count as partners only where the text names them as a party (docs/partners.md, "Matching").

Two kinds of mention that no literal spelling covers:
- a shared head noun: in "Södra och Västra sjukvårdsregionerna" (000:1575-1576) "Södra" is a mention
  where "Södra" plus the head noun of the mention after it is a listed spelling;
- a bare party name (``party_aliases``: "Laholm", "kommunerna", lower-case "företagarna") standing in a list
  of parties that follows "med"/"mellan" ("samplanering med Laholm, trafikverket", 000:210-212) or that
  holds a listed organisation ("Region Halland, företagarna och Svenskt Näringsliv", 002:868).
The functions take and return mentions built by ``partners.PartnerRegistry`` (objects with partner, text,
start, end); ``make`` builds a new one.
"""
from __future__ import annotations

import re
from typing import Callable

# What joins the items of a list of parties: "Laholm, Trafikverket och angränsande regioner".
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)")
# A list of parties follows a preposition of working together: "samplanering med", "samarbete mellan".
_PARTY_CUE = re.compile(r"\b(?:med|mellan)\s+$", re.IGNORECASE)
# The first of two coordinated names sharing the second's head noun: "Södra och Västra sjukvårdsregionerna".
_ELLIPSIS = re.compile(r"(?<!\w)(\w+)\s+och\s+$")


def elided(text: str, named: list, resolve: Callable, make: Callable) -> list:
    """"Södra och Västra sjukvårdsregionerna", "Kungsbacka och Varbergs kommuner": the first name shares the
    second one's head noun; it is a mention where the first word plus that head is a listed spelling."""
    found = []
    for mention in named:
        match = _ELLIPSIS.search(text, max(0, mention.start - 80), mention.start)
        if match is None or any(n.start <= match.start(1) < n.end for n in named):
            continue
        heads = {m.split(" ", 1)[1] for m in (mention.text, mention.partner.label) if " " in m}
        partners = [resolve(f"{match.group(1)} {head}") for head in heads]
        if partner := next((p for p in partners if p is not None), None):
            found.append(make(partner, match.group(1), match.start(1), match.end(1)))
    return found


def in_party_lists(text: str, named: list, bare: list) -> list:
    """The bare names standing in a list of parties: the list follows "med" or "mellan", or holds a listed
    organisation ("Kungsbacka och Varbergs kommuner"). "I Laholm" is a place."""
    bare = [b for b in bare if not any(n.start <= b.start < n.end or b.start <= n.start < b.end for n in named)]
    found, chain = [], []
    for item in sorted(named + bare, key=lambda m: m.start) + [None]:
        if item is not None and chain and _LIST_JOINER.fullmatch(text, chain[-1].end, item.start):
            chain.append(item)
            continue
        if chain and (_PARTY_CUE.search(text, 0, chain[0].start) or any(m in named for m in chain)):
            found += [m for m in chain if m in bare]
        chain = [item]
    return found
