"""A fault pinned on a named doer, stated with no hedge: "Cal Nyberg fitted a faulty fan motor", "AirGuard left the
drain plug loose", "Fergus Kyle cracked the welds by overtightening the bolts", "Lotte set the grinder too fine".

Nothing in such a sentence guesses; what makes it the summary that "speculated who was to blame" is that no source
says that doer did that. So it is checked only against the call's documents (with none there is nothing to check):
a doer (a name, "X's driver", "the payroll team") opening a clause, a past-tense verb, and in that clause a fault
(a mishap verb, "wrong"/"faulty"/"badly", "too <word>", "without <doing>", "let ... run dry", "left ... loose", an
omitted duty "did not check"); or the doer after a passive ("was cracked by Joel"), a mishap pinned on the doer's
act ("cracked because Joel switched it off"), blame put on them ("Tariq blames Mark for ..."). `stated` then asks
for one source sentence that holds every fault word (any negation or "forgot to" for an omission, any blame word
for blame) in an e-mail that names the doer, in that sentence, its headers or its signature ("I set the grinder
too fine" in Lotte's e-mail). Each clause opening reads a bounded window of tokens: linear in the sentence.
"""

from __future__ import annotations

from typing import NamedTuple

from guardrails_lite import text as _text
from guardrails_lite.validators.speculation._kinds_lexicon import PEOPLE_NOUN
from guardrails_lite.validators.speculation._terms import IRREGULAR, REPORTING
from guardrails_lite.validators.speculation._wordclasses import wordclasses
from guardrails_lite.verdict import check_deadline


class Fault(NamedTuple):
    start: int  # token span of the fault, for the finding
    end: int
    doer: tuple[str, ...]  # the doer's words (lower-cased names or the people noun)
    cues: tuple[str, ...]  # the fault's words, stemmed: each must stand in the supporting source sentence


# Mishap verbs done by someone (past forms, as a summary states them).
_DEED = frozenset(
    """damaged cracked broke broken jammed dented flooded lost ignored skipped forgot missed neglected hid spilled
    scratched deleted wiped burnt burned blew crashed botched mislaid misplaced overlooked scrapped
    snapped tore ripped smashed bent blocked clogged shorted unplugged overwrote overrode leaked
    mislabelled mislabeled misread misfiled miscounted misconfigured misrouted misspelled misspelt mistyped
    overloaded overtightened overspent overbooked overcharged overfilled overheated overwatered overfed
    undercharged underfilled""".split()
)
# Acts done as often on purpose ("deleted the old files as agreed", "blocked Friday afternoon for the offsite",
# "missed the call because he was ill"): a fault only with a fault word in the clause ("deleted the wrong files",
# "wiped the drive by mistake"; review r15a M2).
# Mishaps of omission ("missed", "skipped") stay faults unless the clause gives an excuse ("because he was ill").
_ACTS = frozenset("deleted wiped scrapped blocked unplugged overwrote overrode removed".split())
# Words that make such an act a fault; "as agreed/requested ..." makes any act of the clause no fault.
_BY_MISTAKE = frozenset("mistake accidentally accident error".split())
_AS_ASKED = frozenset("agreed requested planned asked instructed arranged discussed approved scheduled".split())
# Verbs that deal with a flaw rather than cause it: "replaced a cracked ignition lead", "found the blocked filter".
_TENDS = frozenset(
    """replaced fixed repaired removed cleaned cleared found noticed spotted discovered reported checked inspected
    photographed logged returned collected binned unblocked mended swapped tested flagged renewed""".split()
)
# Words of a clause that make the deed a fault: "installed the wrong version", "fitted it badly".
_FAULTY = frozenset(
    "wrong wrongly faulty badly incorrectly poorly carelessly improperly wrongful defective loose mistakenly".split()
)
# A flaw of the thing a doer acted on ("stored the hay in the leaking barn", "fed them from a mouldy bale"):
# no fault alone (the flaw may be the source's own words), so the act must be stated with it.
_DEFECTIVE = frozenset(
    """leaking leaky mouldy moldy damp rotten rotting expired contaminated dirty frayed rusty rusted corroded
    unsafe stale soaked blocked""".split()
)
# A mishap told as what the doer's act did: "loaded the case lying flat, which cracked the rib".
_WHICH_MISHAP = frozenset("cracked damaged broke ruined spoiled spoilt caused flooded burst tore split".split())


_LEFT_AS = frozenset("loose behind open unlocked running on out unattended switched unplugged unsecured".split())
_UNDONE = frozenset("unlocked unplugged unsecured".split())
_LET_DO = frozenset("run fill go slip lapse drop dry overheat freeze expire burn leak".split())
# Faults by their form, every tense ("overtightening the bolts", "by overloading it"): set look-ups only.
_FAULT_FORMS = frozenset(
    f"{stem}{end}"
    for stem in ("overtighten", "overload", "overfill", "overheat", "overbook", "mislabel", "mislabell")
    for end in ("", "s", "ed", "ing")
) | frozenset("overcharge overcharges overcharged overcharging overspend overspends overspent overspending".split())
_OPENERS = frozenset("the a an our their his her its my your this that these those".split())
_NOT_A_DOER = frozenset(
    """the a an this that these those it there he she they we i you on in at after before when while if as by for
    from with during since until once then so but and or because although though however yesterday today
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december both all each every some no none one two three several""".split()
)
_PEOPLE = PEOPLE_NOUN | frozenset(
    """workshop firm company shop picker warden barista groundsman operator volunteer volunteers members residents
    tenants fitters fitter crew staff team mechanic mechanics surveyor painter builder roofer gardener chef
    cook waiter porter steward""".split()
)
_WORK = frozenset("service fix work repair treatment installation inspection team crew staff driver".split())
_AUX = frozenset("had has have also then never accidentally once just already".split())
# Where the doer's clause ends: another clause has its own doer ("missed the visit because his van broke down").
_CLAUSE_END = frozenset(
    "; , but although though while whereas because after when since as so which who whose until unless if that".split()
)
_REACH = 24  # tokens after the verb a fault word may stand in ("fitted the ... of the east wing badly")
_MAX_DOER = 4  # capitalised words in a doer's name ("Page & Lantern", "Farid Olsen")


def faults(lowers: list[str], capitals: list[bool]) -> list[Fault]:
    """Every fault pinned on a doer in a sentence's lower-cased tokens (few: one per clause opening)."""
    if _CUES.isdisjoint(lowers):
        if _BLAMING.isdisjoint(lowers) and (_MISHAP_DONE.isdisjoint(lowers) or _LINKERS.isdisjoint(lowers)):
            return []  # most sentences: no word any fault below needs (set probes, no pass in Python)
    words = frozenset(lowers)
    found: list[Fault] = []
    starts = [0] + [k + 1 for k, w in enumerate(lowers) if w in _OPENS_CLAUSE]
    for k in starts:
        doer = _doer(lowers, capitals, k)
        if doer is None:
            continue
        names, v = doer
        if (fault := _fault_after(lowers, v) or _which_after(lowers, v)) is not None:
            found.append(Fault(k, fault[1], names, fault[0]))
        elif k > 0 and lowers[k - 1] in _LINKERS and (mishap := _mishap_before(lowers, k - 1)):
            # "The impeller cracked after Joel switched the pump off": the mishap pinned on the doer's act.
            found.append(Fault(k, v + 1, names, (_text.stem(mishap), _text.stem(lowers[v]))))
    if "by" in words:
        found += _passive_faults(lowers, capitals)
    if not _BLAMING.isdisjoint(words):
        found += _blamed(lowers, capitals)
    return found


def _blamed(lowers: list[str], capitals: list[bool]) -> list[Fault]:
    """ "Tariq blames Mark Ellis for the incident", "Sophie held the driver responsible": blame put on someone,
    which a source must put on them too (any blame word in an e-mail naming them)."""
    found = []
    for k in [k for k, w in enumerate(lowers) if w in _BLAMING and k > 0]:
        if (doer := _name_at(lowers, capitals, k + 1)) is not None:
            j = doer[1]
            if lowers[k] in _BLAME_VERBS or _at(lowers, j) in ("responsible", "accountable"):
                found.append(Fault(k, j, doer[0], (BLAME,)))
    return found


def _at(lowers: list[str], k: int) -> str:
    return lowers[k] if k < len(lowers) else ""


# Blame put on someone ("blames X for", "held X responsible"), and the words a source puts blame with.
BLAME = "<blame>"
_BLAME_VERBS = frozenset("blame blames blamed blaming".split())
_BLAMING = _BLAME_VERBS | frozenset("hold holds held holding".split())
_BLAME_WORDS = _BLAME_VERBS | frozenset("fault faults responsible responsibility accountable culprit".split())


def _passive_faults(lowers: list[str], capitals: list[bool]) -> list[Fault]:
    """ "The impeller was cracked by Joel Frey": a mishap participle after "was"/"were", its doer after "by"."""
    found = []
    for k in [k for k, w in enumerate(lowers) if w == "by" and 1 < k < len(lowers) - 1]:
        w = lowers[k - 1]
        if lowers[k - 2] in _PASSIVE and (w in _DEED or w in _FAULT_FORMS):
            if (doer := _name_at(lowers, capitals, k + 1)) is not None:
                found.append(Fault(k - 2, doer[1], doer[0], (_text.stem(w),)))
    return found


def _mishap_before(lowers: list[str], link: int) -> str | None:
    """The mishap verb of the clause before a linker ("cracked" in "The impeller cracked after ..."), or None."""
    for k in range(link - 1, max(-1, link - 9), -1):
        if lowers[k] in _MISHAP_DONE:
            return lowers[k]
        if lowers[k] in _CLAUSE_END:
            return None  # "repaired after it broke, once Carl replaced the valve": the mishap is another clause's
    return None


_PASSIVE = frozenset("was were been got is are".split())
_LINKERS = frozenset("because after when since".split())
# Mishaps a clause reports, which a linked clause may pin on someone ("cracked after Joel switched it off").
_MISHAP_DONE = frozenset(
    """cracked failed broke burst leaked flooded collapsed crashed froze jammed shorted overheated tripped burnt
    burned died stopped split snapped seized corroded blew""".split()
)
# Words one of the faults of `_fault_after` needs (its mishap verbs, fault words, "too", "did not" ...).
_CUES = (
    _DEED
    | _FAULTY
    | _FAULT_FORMS
    | _DEFECTIVE
    | frozenset({"too", "without", "let", "left", "never", "ran", "did", "which"})
)
# A clause whose subject is a doer can open after these: "Pete admitted the workshop missed ...", "because Aisha ...".
_OPENS_CLAUSE = (REPORTING - {"found", "finds", "showed", "shows"}) | frozenset({"that", ","}) | _LINKERS


def _doer(lowers: list[str], capitals: list[bool], k: int) -> tuple[tuple[str, ...], int] | None:
    """The doer opening the clause at k and the index of its past-tense verb, or None."""
    n = len(lowers)
    named = _name_at(lowers, capitals, k)
    if named is None:
        return None
    names, i = named
    while i < n and lowers[i] in _AUX:
        i += 1
    if i >= n or not _past(lowers[i]):
        return None
    return names, i


def _person_noun(word: str) -> bool:
    return word in _PEOPLE or (len(word) > 5 and word.endswith(_PEOPLE_ENDINGS))


_WHEN_AFTER = frozenset("on in at during last this".split())
_PEOPLE_ENDINGS = ("hand", "hands", "man", "men", "woman", "women", "keeper", "keepers", "ician", "icians")


def _name_at(lowers: list[str], capitals: list[bool], k: int) -> tuple[tuple[str, ...], int] | None:
    """The doer named at k (a name, "X's driver", "the payroll team") and the index after it, or None."""
    n = len(lowers)
    if k >= n:
        return None
    names: list[str] = []
    i = k
    if lowers[i] in _OPENERS:  # "the payroll team", "the Bristol workshop"
        i += 1
        while i < n and i < k + 4 and not _person_noun(lowers[i]) and lowers[i].isalpha():
            i += 1
        if i >= n or not _person_noun(lowers[i]):
            return None
        names.append(lowers[i])
        i += 1
    else:
        while i < n and len(names) < _MAX_DOER and ((capitals[i] and lowers[i].isalpha()) or lowers[i] == "&"):
            if lowers[i] not in _NOT_A_DOER:
                names.append(lowers[i])
            elif i == k:
                return None  # "On Friday ...", "After ...": no doer opens this clause
            i += 1
        if not names or (i < n and lowers[i][:1].isdigit()):
            return None  # "Fan 4 ...", "Version 4.2.1 ...": a thing with a number
        if i + 1 < n and lowers[i] in ("'s", "’s", "'"):  # "Cleanfold's driver", "Kenji's fix"
            i += 1
            while i < n and i < k + len(names) + 4 and lowers[i] not in _WORK and lowers[i] not in _PEOPLE:
                i += 1
            if i >= n or (lowers[i] not in _WORK and lowers[i] not in _PEOPLE):
                return None  # "Gatewise's yearly clean-up": a thing of theirs, not a doer
            i += 1
            if i < n and lowers[i] in _WHEN_AFTER:  # "Dominik's service on 28 January left ...": skip the date
                i = next((j for j in range(i + 1, min(n, i + 5)) if _past(lowers[j])), i)
    return tuple(n for n in names if n != "&"), i


def _past(word: str) -> bool:
    if word.endswith("ed") and len(word) > 3:
        return True
    return word in IRREGULAR or word in _SAME_PAST or word in wordclasses().past


# Omissions of a duty ("did not check", "never tested"); NOT stands for any negation in the sources.
NOT = "<not>"
_NOT = frozenset({"not", "n't"})
_DUTIES = frozenset(
    """check test tell inform warn report clean service tighten lock pay update read follow mention pass order replace
    inspect send call book confirm notify record label secure drain empty charge fill top""".split()
)
_DUTY_STEMS = frozenset(_text.stem(w) for w in _DUTIES) | frozenset({"told", "sent", "paid", "read"})
_RAN_AS = frozenset("dry flat empty hot".split())
# Verbs whose clause reports or asks, not does ("apologised and said its van had broken down").
_NOT_DEEDS = frozenset("apologised apologized admitted explained confirmed asked agreed noted complained".split())
_SAME_PAST = frozenset("set put let cut hit shut split spread upset read hurt cast burst".split())


def _excused(lowers: list[str], k: int) -> bool:
    """The reason at k is an excuse, not a fault: "he was ill", "she was away", "they were on leave"."""
    return (
        _at(lowers, k) in _THEY
        and _at(lowers, k + 1) in ("was", "were", "is", "had")
        and (_at(lowers, k + 2) in _EXCUSES or _at(lowers, k + 3) in _EXCUSES)
    )


_THEY = frozenset("he she they i we".split())
_EXCUSES = frozenset("ill sick unwell away injured abroad leave holiday hospital bereaved covid flu".split())


def _fault_after(lowers: list[str], v: int) -> tuple[tuple[str, ...], int] | None:
    """The fault words of the clause whose verb is at v, stemmed, and where they end; None if no fault."""
    if lowers[v] in REPORTING or lowers[v] in _NOT_DEEDS:
        return None  # "Derek admitted ...", "Greenleaf said ...": the clause it opens is read on its own
    cues: list[str] = []
    end = v + 1
    n = len(lowers)
    if (lowers[v] in _DEED and lowers[v] not in _ACTS) or lowers[v] in _FAULT_FORMS:
        cues.append(lowers[v])
    if lowers[v] == "did" and v + 2 < n and lowers[v + 1] in _NOT and lowers[v + 2] in _DUTIES:
        return (NOT, _text.stem(lowers[v + 2])), v + 3  # "Joel did not check the water level"
    if v > 0 and lowers[v - 1] == "never" and _text.stem(lowers[v]) in _DUTY_STEMS:
        return (NOT, _text.stem(lowers[v])), v + 1  # "Joel never checked the water level"
    last = min(n, v + _REACH)  # bounded: a hostile run of clause openers costs a fixed window each
    stop = next((j for j in range(v + 1, last) if lowers[j] in _CLAUSE_END), last)
    clause = lowers[v:stop]
    if "as" in clause and not _AS_ASKED.isdisjoint(clause):
        return None  # "deleted the old test files as agreed"
    if _at(lowers, stop) == "because" and _excused(lowers, stop + 1):
        return None  # "Tom missed the call because he was ill"
    if lowers[v] in _ACTS and not (_FAULTY.isdisjoint(clause) and _BY_MISTAKE.isdisjoint(clause)):
        cues.append(lowers[v])  # "wiped the drive by mistake", "deleted the wrong folder"
    tends = lowers[v] in _TENDS  # "replaced a cracked lead": the flaw is what was dealt with
    for j in range(v, stop):
        w = lowers[j]
        nxt = lowers[j + 1] if j + 1 < stop else ""
        if tends and j > v:
            continue
        if w in _FAULTY or (j > v and ((w in _DEED and w not in _ACTS) or w in _FAULT_FORMS)):
            cues.append(w)
        elif w == "too" and nxt.isalpha():
            cues += [w, nxt]  # "set the grinder too fine", "booked ... too late"
        elif w == "without" and nxt.endswith("ing"):
            cues += [w, nxt]  # "ran the test without putting the UPS in bypass"
        elif w == "never" and j > v and nxt.endswith("ing"):
            cues += [w, nxt]  # "by never cleaning the dryer"
        elif w == "let" and j == v and any(x in _LET_DO for x in lowers[j + 2 : j + 6]):
            cues += [w, next(x for x in lowers[j + 2 : j + 6] if x in _LET_DO)]  # "let the gearbox run dry"
        elif w == "ran" and j == v and any(x in _RAN_AS for x in lowers[j + 2 : j + 6]):
            cues += [w, next(x for x in lowers[j + 2 : j + 6] if x in _RAN_AS)]  # "ran the pump dry"
        elif w == "left" and j == v and any(x in _LEFT_AS for x in lowers[j + 2 : j + 7]):
            state = next(x for x in lowers[j + 2 : j + 7] if x in _LEFT_AS)
            # "left the back door unlocked" is stated by "forgot to lock the back door": a negation and "lock".
            cues += [NOT, state[2:]] if state in _UNDONE else [w, state]  # "left ... loose"
        elif w in _DEFECTIVE and j > v:
            cues += [lowers[v], w]  # "stored the hay in the leaking barn": the act and the flaw, together
        else:
            continue
        end = max(end, j + 2 if cues[-1] == nxt else j + 1)
    if not cues:
        return None
    return tuple(dict.fromkeys(_text.stem(c) for c in cues)), end


def _which_after(lowers: list[str], v: int) -> tuple[tuple[str, ...], int] | None:
    """ ", which cracked the rib" closing the clause of the doer's verb at v: the act and the mishap it is said
    to have done, both to be stated; None if the clause has no such ending."""
    last = min(len(lowers) - 2, v + _REACH)
    for j in range(v + 1, last):
        if lowers[j] in _CLAUSE_END:
            if lowers[j] == "," and lowers[j + 1] == "which" and lowers[j + 2] in _WHICH_MISHAP:
                return (_text.stem(lowers[v]), _text.stem(lowers[j + 2])), j + 3
            if lowers[j] != ",":
                return None
    return None


_NONE: frozenset[int] = frozenset()
# Negations, and verbs of not doing ("I forgot to update the order" states "did not update"), stemmed.
_NEGATIONS = frozenset({"not", "n't", "never", "no", "without", "forgot", "fail", "neglect", "omit"})


class FaultSources:
    """Where each stemmed word stands in the documents (sentence ids) and each document's words, for `stated`;
    built once per set of documents, on the first fault found. A look-up walks the shortest of its words'
    sentence sets once (remembered per set of fault words), so a hostile answer repeating faults costs no
    pass over the documents per fault."""

    def __init__(self, texts: list[str], deadline: float | None = None) -> None:
        self.where: dict[str, set[int]] = {}
        self.doc_of: list[int] = []
        self.docs: list[frozenset[str]] = []
        self._memo: dict[tuple[str, ...], frozenset[int]] = {}
        self._word_docs: dict[str, frozenset[int]] = {}
        for d, doc in enumerate(texts):
            self.docs.append(frozenset(_text.stem(w.lower()) for w in _text.word_strings(doc)))
            for s in _text.SENTENCES.split(doc):
                check_deadline(deadline)
                k = len(self.doc_of)
                self.doc_of.append(d)
                lowered = {w.lower() for w in _text.word_strings(s)}
                stems = set(map(_text.stem, lowered))
                if not _NEGATIONS.isdisjoint(stems):
                    stems.add(NOT)
                if not _BLAME_WORDS.isdisjoint(lowered):
                    stems.add(BLAME)
                for w in stems:
                    self.where.setdefault(w, set()).add(k)

    def link_stated(self, cause: tuple[str, ...], effect: tuple[str, ...], also: tuple[str, ...]) -> bool:
        """Some e-mail holds a word of the cause, a word of the effect and every word of `also` (a source states a
        cause over its sentences: "The outage lasted 47 minutes. The root cause was an expired certificate.")."""
        sides: list[frozenset[int]] = [frozenset().union(*map(self._docs_with, side)) for side in (cause, effect)]
        sides += [self._docs_with(w) for w in also]
        first, *rest = sorted(sides, key=len)
        return any(all(d in o for o in rest) for d in first)

    def _docs_with(self, word: str) -> frozenset[int]:
        """The documents holding a stemmed word, remembered: a hostile answer repeating links walks each
        word's sentence postings once per call, not once per link."""
        docs = self._word_docs.get(word)
        if docs is None:
            docs = self._word_docs[word] = frozenset(self.doc_of[k] for k in self.where.get(word, _NONE))
        return docs

    def stated(self, fault: Fault) -> bool:
        """Some source sentence holds every fault word and stands in a document that names the doer (in the
        sentence, its headers or signature: "I set the grinder too fine" in Lotte's e-mail)."""
        docs = self._memo.get(fault.cues)
        if docs is None:
            sets = sorted((self.where.get(c, _NONE) for c in fault.cues), key=len)
            docs = frozenset(self.doc_of[k] for k in sets[0] if all(k in o for o in sets[1:]))
            self._memo[fault.cues] = docs
        doer = [_text.stem(w) for w in fault.doer]
        return any(w in self.docs[d] for d in docs for w in doer)
