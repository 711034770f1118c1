"""Claim-based grounding: split an answer sentence into claims and support each from one source sentence.

A source sentence becomes a `Fact`: its canonical content words, the names it mentions or implies
(the e-mail's writer stands for "I"/"we", the addressee for "you"/"please", earlier names for
"he"/"it"/"the hall"), its quantities, the words it negates and its agent-verb pairs. An answer
sentence is split at clause boundaries ("; ", ", and", "after", "which", "from X to Y") after its
reporting frame ("Dana said that ...") is set aside; each claim needs one fact that holds all its
names and quantities, most of its content words, its polarity and no opposite verb. Claims of one
sentence may be supported by different e-mails, which is what a faithful synthesis does.

All checks are set operations over short token lists: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from guardrails_lite.text import SENTENCES, STOP, fold_apostrophes
from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._lexicon import (
    IRREGULAR,
    LIGHT_VERBS,
    NEGATORS,
    OPPOSITE,
    REPORTING_VERBS,
    SECOND_PERSON,
    THIRD_PERSON,
    TIME_LIMIT,
)
from guardrails_lite.validators.grounding._words import STOPISH, Tok, canon, negative_prefix, senses, tokens

_HEADER = re.compile(r"^\s*(from|to|cc|subject|date|sent|re|fwd?)\s*:\s*", re.IGNORECASE)
_INLINE_HEADER = re.compile(r"\b(From|To|Cc|Date|Sent|Subject):[ \t]*([^.\n]{1,120})\.(?=[ \t]*\S)")
_GREETING = frozenset("hi hello dear hey thanks thank morning afternoon evening".split())
_NOT_A_NAME = frozenset("all team everyone everybody folks guys there".split())
_STOPISH = STOPISH


def names_of(toks: Sequence[Tok], first_is_name: bool = False, proper: Collection[str] = ()) -> set[str]:
    """Capitalised words; a sentence's first word (after a bullet, number or "Label:") only if
    `first_is_name`, if the next word is capitalised too, or if it is known as a name (`proper`)."""
    out: set[str] = set()
    start = True
    for k, t in enumerate(toks):
        if not t.text[:1].isalpha():
            start = start or t.low in (":", "-", "*", "•", "(")
            continue
        if t.capital and t.text.isalpha() and (t.low not in _STOPISH or (t.low == "may" and not start)):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if not start or first_is_name or t.low in proper or (nxt is not None and nxt.capital):
                out.add(t.low)
        start = False
    return out


def content_words(toks: Sequence[Tok]) -> set[str]:
    out: set[str] = set()
    for t in toks:
        if not _is_content(t):
            continue
        if "-" in t.low and not t.low.startswith("e-"):  # "mid-September" counts by its parts
            out.update(canon(p) for p in t.low.split("-") if len(p) > 3 and p not in _STOPISH)
        else:
            out.add(t.canon)
    return out


def _is_content(t: Tok) -> bool:
    return t.content


def numbers_free(t: Tok) -> bool:
    return not (t.text[:1].isdigit() or t.low in numbers.WORDS or t.low in numbers.UNIT_WORDS)


def figures(toks: Sequence[Tok], count_lists: bool = False) -> list[numbers.Quantity]:
    """The quantities of a token list (one flag test per token when there are none); with `count_lists`,
    also the length of a list of names ("Anna, Ben and Carl" supports "three people")."""
    found = numbers.quantities([t.low for t in toks]) if any(t.numeric for t in toks) else []
    if count_lists:
        found += [("n", float(k)) for k in _list_lengths(toks)]
    return found


def _list_lengths(toks: Sequence[Tok]) -> list[int]:
    """Lengths (2 or more) of runs "Name, Name and Name" in a sentence."""
    out: list[int] = []
    items, in_name, joined = 0, False, True
    for t in [*toks, None]:
        if t is not None and t.capital and t.text.isalpha() and t.low not in _STOPISH:
            if not in_name:
                items = items + 1 if joined else 1
            in_name, joined = True, False
            continue
        in_name = False
        if t is not None and t.low in (",", "and", "or") and items:
            joined = True
            continue
        if items >= 2:
            out.append(items)
        items, joined = 0, True
    return out


def positive_words(toks: Sequence[Tok], negated: set[str]) -> set[str]:
    """Content words that also occur outside any negation's scope (a sentence may deny one clause only)."""
    counts: dict[str, int] = {}
    for t in toks:
        if _is_content(t):
            counts[t.canon] = counts.get(t.canon, 0) + 1
    return {w for w, c in counts.items() if w not in negated or c > 1}


def negated_words(toks: Sequence[Tok]) -> set[str]:
    """Canonical words under a negation, up to the clause's end; time limits ("not before") excluded."""
    out: set[str] = set()
    if not any(t.negator or t.low.startswith("un") for t in toks):
        return out
    n = len(toks)
    for i, t in enumerate(toks):
        if negative_prefix(t.low):
            out.add(t.canon)  # "unacceptable", "unpaid"
        if not t.negator:
            continue
        if t.low == "without" and any(u.low in NEGATORS or u.low.endswith("n't") for u in toks[max(0, i - 6) : i]):
            continue  # "cannot approve it without sign-off": a condition, not a second denial
        scope = []
        for u in toks[i + 1 : min(n, i + 7)]:
            if u.low in (",", ";", "but", "and", "because", "so") or u.low in TIME_LIMIT:
                break
            scope.append(u)
        if any(u.low in TIME_LIMIT for u in toks[i + 1 : min(n, i + 9)]):
            continue  # "won't review it before Wednesday" sets a limit, it denies nothing
        out.update(u.canon for u in scope if u.low not in _STOPISH and numbers_free(u))
        if t.low in ("nobody", "none", "nothing") or (t.low == "no" and not scope):
            out.add(t.low)
    return out


@dataclass(slots=True)
class Fact:
    """One source sentence, digested."""

    doc: int
    text: str
    toks: list[Tok]
    words: frozenset[str]  # canonical content words and implied participants
    names: frozenset[str]  # name tokens stated or implied
    quants: list[numbers.Quantity]
    negated: frozenset[str]
    own_names: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()  # the subject line's words, a pronoun's antecedent's: half weight
    positive: frozenset[str] = frozenset()
    senses: frozenset[str] = frozenset()  # WordNet sense numbers of `words`
    negated_senses: frozenset[str] = frozenset()
    agents: tuple[tuple[frozenset[str], str], ...] = ()


@dataclass(slots=True)
class Email:
    authors: frozenset[str]
    addressees: frozenset[str]
    topic: frozenset[str]
    sentences: list[str] = field(default_factory=list)
    header_names: list[frozenset[str]] = field(default_factory=list)  # "Priya Nair" of From:/To: lines


def parse_email(text: str) -> Email:
    """Writer (From: or sign-off), addressees (To:, greeting), subject words and body sentences."""
    authors: set[str] = set()
    addressees: set[str] = set()
    topic: set[str] = set()
    groups: list[frozenset[str]] = []
    for m in _INLINE_HEADER.finditer(text):
        names = {w.lower() for w in re.findall(r"[A-Z][\w'-]+", m.group(2))}
        groups += _header_groups(m.group(2)) if m.group(1) in ("From", "To", "Cc") else []
        if m.group(1) == "Subject":
            topic.update(content_words(tokens(m.group(2))))
        (authors if m.group(1) == "From" else addressees if m.group(1) in ("To", "Cc") else set()).update(names)
    text = _INLINE_HEADER.sub(" ", text)
    body: list[str] = []
    for line in fold_apostrophes(text).splitlines():
        head = _HEADER.match(line)
        if head:
            key, rest = head.group(1).lower(), line[head.end() :]
            groups += _header_groups(rest) if key in ("from", "to", "cc") else []
            if key == "from":
                authors.update(w.lower() for w in re.findall(r"[A-Z][\w'-]+", rest)[:4])
            elif key in ("to", "cc"):
                addressees.update(w.lower() for w in re.findall(r"[A-Z][\w'-]+", rest)[:6])
            elif key == "subject":
                topic.update(content_words(tokens(_HEADER.sub("", _HEADER.sub("", rest)))))
            continue
        if line.strip():
            body.append(line.strip())
    if body and _is_signoff(body[-1]):
        authors.update(w.lower() for w in body[-1].split()) if not authors else None
        body.pop()
    if body:
        first = body[0].split()
        if first and first[0].strip(",.!").lower() in _GREETING:
            for w in first[1:4]:
                if not w[:1].isupper() or w.strip(",.!:").lower() in _NOT_A_NAME | STOP:
                    break
                addressees.add(w.strip(",.!:").lower())
                if w[-1:] in ",.!:":
                    break
            if len(first) <= 4 and body[0].rstrip().endswith((",", "!", ":")):
                body.pop(0)  # "Hi Jonas," is no claim, and must not join the next line
        elif 0 < len(first) <= 2 and all(w[:1].isupper() for w in first) and body[0].rstrip().endswith(","):
            addressees.update(w.strip(",").lower() for w in first)  # a bare "Priya," opening
            body.pop(0)
    sentences = SENTENCES.split(_join_wrapped(body))
    return Email(frozenset(authors), frozenset(addressees), frozenset(topic), sentences, groups)


def _header_groups(value: str) -> list[frozenset[str]]:
    """Full names of a From:/To: value ("Priya Nair, Tom Lee" -> {priya, nair}, {tom, lee})."""
    parts = re.split(r"[,;]| and ", value)
    found = [frozenset(w.lower() for w in re.findall(r"[A-Z][\w'-]+", part)[:4]) for part in parts]
    return [g for g in found if len(g) > 1]


def _join_wrapped(lines: list[str]) -> str:
    """E-mail bodies wrap sentences across lines: join a line to the previous one unless that one ended a
    sentence or this one starts a list item."""
    out: list[str] = []
    for line in lines:
        if out and not out[-1].endswith((".", "!", "?", ":", ";")) and not line.startswith(("-", "*", "•")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _is_signoff(line: str) -> bool:
    words = line.replace(",", "").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


class Digest:
    """All facts of the context documents, with the indexes the per-claim checks need."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.names = frozenset(n for f in facts for n in f.names)
        self.givers: dict[str, list[frozenset[str]]] = {}
        self.doc_quants: dict[int, list[numbers.Quantity]] = {}
        stated = [q for f in facts for q in f.quants]
        self.all_quants = stated + numbers.date_gaps(stated)
        self.by_word: dict[str, list[int]] = {}
        self.cache: dict[str, Any] = {}  # derived indexes other checks build on first use
        self.proper: frozenset[str] = frozenset()
        self.groups: list[set[str]] = []  # multi-word names: "Brooks" resolves through "Helena"
        for k, f in enumerate(facts):
            for agent, verb in f.agents:
                self.givers.setdefault(verb, []).append(agent)
            self.doc_quants.setdefault(f.doc, []).extend(f.quants)
            for w in f.words | f.topic:
                self.by_word.setdefault(w, []).append(k)

    def candidates(self, words: set[str]) -> list[Fact]:
        """Facts sharing at least one word with `words`, in source order."""
        ks = sorted({k for w in words for k in self.by_word.get(w, ())})
        return [self.facts[k] for k in ks]


def digest(texts: Sequence[str]) -> Digest:
    mails = [parse_email(text) for text in texts]
    toks_by_mail = [[tokens(sent) for sent in mail.sentences] for mail in mails]
    # A sentence's first word is a name only if the sources write it capitalised elsewhere too.
    proper: set[str] = {n for mail in mails for n in mail.authors | mail.addressees}
    for sents in toks_by_mail:
        for toks in sents:
            proper |= names_of(toks)
    facts: list[Fact] = []
    for d, (mail, sents) in enumerate(zip(mails, toks_by_mail, strict=True)):
        earlier: set[str] = set()
        groups: list[set[str]] = []
        previous: set[str] = set()
        for sent, toks in zip(mail.sentences, sents, strict=True):
            last_names = set(facts[-1].own_names) if facts and facts[-1].doc == d else set()
            facts.append(_fact(d, sent, toks, mail, earlier, previous, proper, groups, last_names))
            earlier |= facts[-1].own_names
            groups += _name_groups(toks)
            previous = content_words(toks)
    dig = Digest(facts)
    dig.proper = frozenset(proper)
    dig.groups = [g for sents in toks_by_mail for toks in sents for g in _name_groups(toks)]
    dig.groups += [set(g) for m in mails for g in m.header_names]
    return dig


def _fact(
    d: int,
    sent: str,
    toks: list[Tok],
    mail: Email,
    earlier: set[str],
    previous: set[str],
    proper: set[str],
    earlier_groups: list[set[str]],
    previous_names: set[str],
) -> Fact:
    lows = {t.low for t in toks}
    own = names_of(toks, proper=proper)
    names = set(own) | mail.authors
    words = content_words(toks)
    vocative = len(toks) > 1 and toks[0].capital and toks[1].low == "," and toks[0].low not in _GREETING
    addressees = set(mail.addressees) | ({toks[0].low} if vocative else set())
    if lows & SECOND_PERSON or vocative:
        names |= addressees
    if "please" in lows:
        words.add(canon("ask"))
    context = set(mail.topic)
    if lows & THIRD_PERSON:
        names |= earlier
        context |= previous
    elif "the" in lows:
        # "the hall" is the Lakeside Hall named earlier: its name, and the previous sentence's names.
        names |= {n for group in earlier_groups for n in group if group & lows} | previous_names
    words |= {canon(n) for n in names}
    negated = negated_words(toks)
    return Fact(
        d,
        sent,
        toks,
        frozenset(words),
        frozenset(names),
        figures(toks, count_lists=True),
        frozenset(negated),
        frozenset(own),
        frozenset(context),
        frozenset(positive_words(toks, negated)),
        frozenset(k for w in words for k in senses(w)),
        frozenset(k for w in negated for k in senses(w)),
        tuple(agent_verbs(toks, mail.authors, frozenset(addressees))),
    )


def _name_groups(toks: Sequence[Tok]) -> list[set[str]]:
    """Multi-word names ("Lakeside Hall") as sets of lower-cased words."""
    out: list[set[str]] = []
    run: list[str] = []
    for t in [*toks, None]:
        if t is not None and t.capital and t.text.isalpha():
            run.append(t.low)
            continue
        if len(run) > 1:
            out.append(set(run))
        run = []
    return out


def agent_verbs(
    toks: Sequence[Tok], authors: frozenset[str] = frozenset(), addressees: frozenset[str] = frozenset()
) -> list[tuple[frozenset[str], str]]:
    """(agent names, verb) pairs: "Dana (has) booked", "I booked" (the writer), "Dana, please send" and
    "please send" (the addressee; the writer asks), "received X from Helena" (Helena sends), "by Finance"."""
    out: list[tuple[frozenset[str], str]] = []
    n = len(toks)
    if authors and any(t.low == "please" for t in toks):
        out.append((authors, canon("ask")))
    i = 0
    while i < n:
        t = toks[i]
        agent: set[str] = set()
        j = i + 1
        if t.low in ("i", "we"):
            agent = set(authors)
        elif t.low in ("our", "my") and authors:  # "our accounts team paid": the writer's side
            j = i + 1
            while j < i + 4 and j + 1 < n and toks[j + 1].low not in _AUX and not _verb_like(toks[j + 1]):
                j += 1
            j += 1
            agent = set(authors)
        elif t.low == "please":
            agent, j = set(addressees), i + 1
        elif t.capital and t.text.isalpha() and t.low not in _STOPISH:
            while j < n and toks[j].capital and toks[j].text.isalpha():
                j += 1
            agent = {u.low for u in toks[i:j]}
            if j + 2 < n and toks[j].low == "(" and toks[j + 2].low == ")":  # "Marketing (Leon) prepares"
                agent.add(toks[j + 1].low)
                j += 3
            if j + 1 < n and toks[j].low == ",":  # "Mark Ellis, the driver, stopped": the apposition is the agent too
                close = next((k for k in range(j + 1, min(n, j + 6)) if toks[k].low == ","), None)
                if close is not None and toks[j + 1].low != "please":
                    agent |= names_of(toks[j + 1 : close], True)
                    j = close + 1
                else:
                    j += 1
        elif t.low in ("from", "by") and i > 0 and i + 1 < n and toks[i + 1].capital:
            verb = canon("send") if t.low == "from" and _has(toks[:i], "receive") else None
            if t.low == "from" and verb is None and toks[i - 1].canon in _FROM_NOUNS:
                verb = toks[i - 1].canon  # "approval from Marcus": Marcus approves
            if t.low == "by" and i > 1 and toks[i - 1].low.endswith("ed"):
                verb = toks[i - 1].canon
            if verb:
                out.append((frozenset(u.low for u in toks[i + 1 : i + 3] if u.capital), verb))
            i += 1
            continue
        else:
            i += 1
            continue
        while j < n and (toks[j].low in _AUX or toks[j].low in _ADVERBS or toks[j].low == "please"):
            j += 1
        if (
            agent
            and j < n
            and toks[j].low.replace("_", "").isalpha()
            and not toks[j].capital
            and toks[j].low not in _STOPISH
        ):
            out.append((frozenset(agent), toks[j].canon))
        i = max(i + 1, j if t.capital else i + 1)
    return out


def _verb_like(t: Tok) -> bool:
    return not t.capital and (t.low.endswith("ed") or t.low in IRREGULAR) and t.low not in _STOPISH


def _has(toks: Sequence[Tok], word: str) -> bool:
    c = canon(word)
    return any(t.canon == c for t in toks)


_FROM_NOUNS = frozenset(canon(w) for w in "approval sign-off sign_off permission confirmation go-ahead".split())
_ADVERBS = frozenset("also already just then still now finally quickly immediately kindly not never".split())


# -- answer side ------------------------------------------------------------------------------------
_SPLIT_WORDS = frozenset({"after", "before", "when", "while", "once", "whereas", "although", "though", "until"})
_OPPOSITE = {canon(k): frozenset(canon(x) for x in v) for k, v in OPPOSITE.items()}
_AMBIGUOUS_REPORTING = frozenset(
    "added adds noted notes pointed points answered answers replied replies called informed informs told tells "
    "confirmed confirms reported reports announced announces".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split())
_LINKS = frozenset({"because", "since", "so"})
_PRONOUN_START = frozenset("i we he she they it there nobody no none".split())
DETERMINERS = frozenset("the a an this that these those his her their its our my your all both some".split())
_AUX = frozenset(
    "is are was were has have had will would can could may might must should shall did does do cannot can't "
    "won't didn't doesn't isn't wasn't weren't hasn't haven't hadn't".split()
)


@dataclass(slots=True)
class Claim:
    toks: list[Tok]
    names: set[str]
    words: set[str]
    quants: list[numbers.Quantity]
    negated: set[str]
    arithmetic: bool
    identifying: list[numbers.Quantity]
    predicate: set[str]  # content words from the first verb on: what the claim says about its subject


def strip_report(toks: list[Tok]) -> tuple[list[Tok], set[str]]:
    """The reported content and its speaker's names: "Dana said (that) X", "According to Dana, X", "X, Dana said"."""
    n = len(toks)
    if n > 3 and toks[0].low == "according" and toks[1].low == "to":
        comma = next((k for k in range(2, min(n, 8)) if toks[k].low == ","), None)
        if comma:
            return toks[comma + 1 :], names_of(toks[2:comma], True)
    for k in range(1, min(n - 1, 5)):
        if toks[k].low in REPORTING_VERBS and all(t.capital for t in toks[:k]):
            rest = toks[k + 1 :]
            if rest and rest[0].low == "that":
                rest = rest[1:]
            elif toks[k].low in _AMBIGUOUS_REPORTING:
                continue  # "Jun added Lena to the list" reports nothing
            return rest, names_of(toks[:k], True)
    for k in range(n - 2, max(0, n - 6), -1):
        if toks[k].low == "," and any(t.low in REPORTING_VERBS for t in toks[k + 1 :]):
            return toks[:k], names_of(toks[k + 1 :], True)
    return toks, set()


def split_claims(toks: list[Tok]) -> list[list[Tok]]:
    """Clauses of one sentence: at ';', ', and'/', but', subordinators and causal links that start a
    clause, a fronted "After X, Y", relative ", which"/", who" (which keep their antecedent), "from X to Y"."""
    if toks and (toks[0].low in _SPLIT_WORDS or toks[0].low in _LINKS) and "," in (t.low for t in toks[:20]):
        comma = next(k for k, t in enumerate(toks) if t.low == ",")
        return split_claims(toks[1:comma]) + split_claims(toks[comma + 1 :])
    parts: list[list[Tok]] = [[]]
    for i, t in enumerate(toks):
        cur = parts[-1]
        prev = toks[i - 1].low if i else ""
        if t.low in ("which", "who") and prev == ",":
            parts.append(_antecedent(toks, i - 1))
            continue
        if len(cur) >= 2 and _boundary(toks, i):
            parts.append([])
            continue
        if t.low == "and" and len(cur) >= 3 and i + 1 < len(toks) and _verb_like(toks[i + 1]):
            parts.append(_subject(cur))  # "Dana booked the hall and paid the deposit": Dana paid it
            continue
        cur.append(t)
    out: list[list[Tok]] = []
    for p in parts:
        out.extend(_from_to(p))
    return [p for p in out if any(t.text[:1].isalnum() for t in p)]


def _subject(clause: list[Tok]) -> list[Tok]:
    """The words of a clause before its first verb, to stand before a second, coordinated verb."""
    for k, t in enumerate(clause[1:], 1):
        if t.low in _AUX or _verb_like(t):
            return list(clause[:k]) if k <= 5 else []
    return []


def _antecedent(toks: list[Tok], comma: int) -> list[Tok]:
    """The noun phrase before ", which": up to four words back to a determiner or preposition."""
    k = comma
    while k > 0 and comma - k < 4 and toks[k - 1].low not in _STOPISH and toks[k - 1].text[:1].isalnum():
        k -= 1
    return list(toks[k:comma])


def _boundary(toks: list[Tok], i: int) -> bool:
    t = toks[i].low
    prev = toks[i - 1].low if i else ""
    if t == ";" or (t in ("so", "but") and prev == ","):
        return True
    if t in _LINKS or t in _SPLIT_WORDS or (t == "and" and prev == ","):
        return starts_clause(toks, i + 1)
    return t == "and" and i + 1 < len(toks) and toks[i + 1].low in _PRONOUN_START


def starts_clause(toks: list[Tok], k: int) -> bool:
    """A subject and a verb follow: "after the venue cancelled", "while checkout was down", not "before Wednesday"."""
    if k >= len(toks):
        return False
    if toks[k].low in _PRONOUN_START:
        return True
    if toks[k].low in WEEKDAYS or toks[k].low in numbers.MONTHS or toks[k].text[:1].isdigit():
        return False
    if toks[k].low in _STOPISH and toks[k].low not in DETERMINERS:
        return False
    for u in toks[k + 1 : k + 6]:
        if u.low in (",", ";", ".") or u.low in _SPLIT_WORDS or u.low in _LINKS:
            return False
        if u.low in _AUX or (u.low.endswith("ed") and not u.capital) or (u.low in IRREGULAR and not u.capital):
            return True
    return False


def _from_to(toks: list[Tok]) -> list[list[Tok]]:
    """ "moved from X to Y" with names X and Y: two claims, one per end."""
    lows = [t.low for t in toks]
    if "from" not in lows:
        return [toks]
    f = lows.index("from")
    t = next((k for k in range(f + 1, len(lows)) if lows[k] == "to"), -1)
    if t < 0 or not (any(x.capital for x in toks[f + 1 : t]) and any(x.capital for x in toks[t + 1 :])):
        return [toks]
    end = next((k for k in range(t + 1, len(toks)) if toks[k].low in (",", "for", "on", "in", "by")), len(toks))
    return [toks[:t] + toks[end:], toks[:f] + toks[t:]]


def make_claim(toks: list[Tok], proper: Collection[str], arithmetic: bool = False) -> Claim:
    """`arithmetic`: the whole sentence says it computes ("in total", "after", "fewer than")."""
    lows = [t.low for t in toks]
    negated = negated_words(toks)
    return Claim(
        toks,
        names_of(toks, proper=proper),
        content_words(toks),
        figures(toks),
        negated,
        arithmetic or bool(set(lows) & numbers.ARITHMETIC_CUES),
        _identifying(toks),
        _predicate(toks),
    )


def _predicate(toks: list[Tok]) -> set[str]:
    """Content words from the first auxiliary or verb-like word on ("will be fully remote")."""
    for k, t in enumerate(toks[1:], 1):
        if t.low in _AUX or _verb_like(t):
            return content_words(toks[k:])
    return set()


@dataclass(slots=True)
class Support:
    ok: bool
    fact: Fact | None
    coverage: float
    problem: str


@dataclass(frozen=True, slots=True)
class Options:
    """What a claim must share with one fact: `coverage` of its words (0.1 less when a name or figure
    anchors it); with `entities` its names and figures; with `relations` its polarity, no opposite
    verb and something of what it says about its subject."""

    coverage: float = 0.6
    entities: bool = True
    relations: bool = True


def judge(toks: list[Tok], dig: Digest, opts: Options) -> tuple[list[str], int, float]:
    """(problems, document of the weakest supported claim, its coverage) for one answer sentence."""
    content, speaker = strip_report(toks)
    problems: list[str] = []
    if opts.relations and wrong_agent(toks, dig):
        problems.append("a name doing what the sources say someone else does")
    if opts.entities and speaker and not speaker <= dig.names:
        problems.append("reported from someone the sources do not name")
    arithmetic = any(t.low in numbers.ARITHMETIC_CUES for t in content)
    doc, score = -1, -1.0
    for part in split_claims(content):
        found = support(make_claim(part, dig.proper, arithmetic), dig, opts)
        if not found.ok:
            if found.problem not in problems:
                problems.append(found.problem)
        elif found.fact is not None and (score < 0 or found.coverage < score):
            doc, score = found.fact.doc, found.coverage
    return problems, doc, score


def support(claim: Claim, dig: Digest, opts: Options = Options()) -> Support:
    """The best fact for `claim`: all names and quantities, coverage, same polarity, no opposite verb."""
    best = Support(False, None, -1.0, "word support 0.00: no source sentence shares its words")
    if not claim.words and not claim.quants:
        return Support(True, None, 1.0, "")
    for f in dig.candidates(claim.words) if claim.words and opts.coverage > 0 else dig.facts:
        cov = _coverage(claim.words, f)
        problem = _mismatch(claim, f, cov, dig, opts)
        if not problem:
            if not best.ok or cov > best.coverage:
                best = Support(True, f, cov, "")
        elif not best.ok and cov > best.coverage:
            best = Support(False, f, cov, problem)
    return best


def _coverage(words: set[str], f: Fact) -> float:
    """Share of `words` the fact holds (directly or by a shared WordNet sense); topic words count half."""
    if not words:
        return 1.0
    hits = 0.0
    fw, fs = f.words, f.senses
    for w in words:
        if w in fw:
            hits += 1
        elif not fs.isdisjoint(senses(w)):
            hits += 1
        elif w in f.topic:
            hits += 0.5
    return hits / len(words)


# Verbs of speech only ("said", "wrote", "told"): not "sent", "confirmed" or "added", which are acts too.
_REPORTING_CANON = frozenset(canon(w) for w in "said wrote told replied answered warned clarified".split())


def wrong_agent(toks: Sequence[Tok], dig: Digest) -> bool:
    """A named agent of a verb the sources give only to other named agents ("Ravi agreed" for "Northwind agreed")."""
    for agent, verb in agent_verbs(toks):
        if verb in LIGHT_VERBS or verb in _REPORTING_CANON or not agent <= dig.names:
            continue  # who said something is the speaker check's business
        givers = dig.givers.get(verb, [])
        if givers and not any(agent & a for a in givers):
            return True
    return False


def _mismatch(claim: Claim, f: Fact, cov: float, dig: Digest, opts: Options) -> str:
    # A claim anchored by a shared name or figure may reword more of the rest.
    anchored = bool(claim.names & f.own_names) or any(numbers.supported(q, f.quants, False) for q in claim.quants)
    need = max(0.0, opts.coverage - 0.1) if anchored else opts.coverage
    if cov < need:
        return f"word support {cov:.2f} < {need:.2f}"
    if opts.entities:
        problem = _entity_mismatch(claim, f, dig)
        if problem:
            return problem
    if not opts.relations:
        return ""
    if claim.predicate and _coverage(claim.predicate, f) <= 0.0:
        return "what it says about its subject is not in the sources"
    if claim.negated and not _denies(claim, f):
        return "a negation the sources do not make"
    if not claim.negated and (f.negated - f.positive) & claim.words:
        return "drops a negation the sources make"
    for w in claim.words - claim.negated:  # "did not accept" is not the opposite of "declined"
        opp = _OPPOSITE.get(w)
        if opp and w not in f.words and opp & f.words:
            return "says the opposite of the sources"
    return ""


def _denies(claim: Claim, f: Fact) -> bool:
    """The fact denies something too: the same words, a word of the same sense, the opposite of a denied
    word ("did not accept" ~ "rejected"), or a verb of refusal or absence ("failed", "declined", "lacks")."""
    if claim.negated & f.negated or any(senses(w) & f.negated_senses for w in claim.negated):
        return True
    if any(_OPPOSITE.get(w, frozenset()) & f.words for w in claim.negated):
        return True
    return bool(f.negated & claim.words) or bool(f.words & _DENIAL)


_DENIAL = frozenset(
    canon(w) for w in "fail refuse decline reject deny lack miss absent without cancel unable neither nor".split()
)


def _entity_mismatch(claim: Claim, f: Fact, dig: Digest) -> str:
    """Names and figures of the claim must be this fact's (a multi-word name may be cut short)."""
    missing = {m for m in claim.names - f.names if not any(m in g and g & f.names for g in dig.groups)}
    if missing:
        return f"{len(missing)} name(s) not stated with the rest"
    for q in claim.quants:
        if numbers.supported(q, f.quants, claim.arithmetic):
            continue
        if claim.arithmetic and q[0][:1] not in "<>" and numbers.supported(q, dig.all_quants, True):
            continue  # a total or difference of figures stated in different e-mails
        if q in claim.identifying and numbers.supported(q, dig.all_quants, False):
            continue  # "the EUR 3,250 invoice", "aisle 6": names a thing stated elsewhere
        return "a number, amount, date or duration the sources do not state"
    return ""


def _identifying(toks: list[Tok]) -> list[numbers.Quantity]:
    """Figures that name a thing rather than state a fact: after a noun ("aisle 6", "clause 7") or inside a
    definite noun phrase ("the EUR 3,250 invoice", "the 5,000 brochures")."""
    out: list[numbers.Quantity] = []
    for k, t in enumerate(toks):
        if not t.text[:1].isdigit():
            continue
        prev = toks[k - 1] if k else None
        definite = any(u.low in ("the", "this", "that", "these", "those") for u in toks[max(0, k - 2) : k])
        after_noun = prev is not None and prev.text.isalpha() and prev.low not in _STOPISH and not prev.capital
        if definite or (after_noun and prev is not None and prev.low not in numbers.UNIT_WORDS):
            found = numbers.quantities([u.low for u in toks[max(0, k - 1) : k + 2]])
            out.extend(q for q in found if q[0][:1] not in "<>~")  # a bound or estimate names nothing
    return out
