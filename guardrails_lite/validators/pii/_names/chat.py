"""People in chat logs: the speakers named at the start of each line, and their other mentions.

A chat log ("[09:02] priya: morning all", "Abi: are u still at nana's?", "<kaito> anyone on tonight?") names
its speakers before a colon (or inside angle brackets) at line starts, often in lower case. A text is a chat
log when at least two such lines name two different speakers whose labels can be a person's name: a word on
a name list, or on no list at all; never an ordinary word ("Reception:", "Note:"), a header or form label
("Subject:", "Tel:"), a place ("Porto:"), a month, a product or a code name. Then:

- every speaker label is a person;
- a speaker's name elsewhere is a person too, in any case ("thanks lukas"); one that is also an ordinary word
  ("summer", "mark", "will") only after a greeting or a verb that takes a person ("hey summer"), or before a
  verb of saying ("mark said");
- in a chat log written in lower case, a listed first name that is no ordinary word or place ("is hannah in
  today", "tell joão") and an unlisted word after a family role ("tell uncle femi") are people.

One pass over the line starts and one over the tokens: linear.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import compress

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.context import ROLE_WORDS
from guardrails_lite.validators.pii._names.cues import PERSON_OBJECT_VERBS, ROLES, WEEKDAYS
from guardrails_lite.validators.pii._names.features import CHECK_EVERY, FUNCTION_WORDS, Prepared
from guardrails_lite.validators.pii._names.lexicon import CONTINENT, COUNTRY, DICT, FIRST, FIRST_TOP, PLACE
from guardrails_lite.validators.pii._names.tokens import NEWLINE, positions
from guardrails_lite.validators.pii._names.wordlists import (
    CODE_NAMES,
    HEADER_LABELS,
    HOLIDAYS,
    KIN_WORDS,
    MONTHS,
    NOT_HANDLES,
    PRODUCTS,
    TITLE_WORDS,
)
from guardrails_lite.verdict import check_deadline

# Family words that are listed first names too ("at nana's"): a relation, not a name.
_KIN = frozenset("nana nan nanna gran granny grandma grandpa mum mom mam dad papa mama auntie bro sis".split())
_DAYS = WEEKDAYS | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())  # "tue: Puno to La Paz"
# Words that label the lines of scripts, prompts, logs and forms rather than speakers ("Input:" / "Output:"
# repeated): never a speaker, however many lines they label.
_NOT_SPEAKERS = (
    HEADER_LABELS
    | FUNCTION_WORDS
    | KIN_WORDS
    | ROLE_WORDS
    | frozenset(
        """input output question answer example examples prompt response reply human assistant user users model
        system bot ai step steps tip tips warning warnings error errors info debug summary action actions decision
        decisions status result results agenda update updates todo done next time day week total note reminder
        reason cause fix issue problem solution context label text title comment comments feedback pros cons
        rule rules hint hints task tasks goal goals plan plans item items option options point points source
        interviewer interviewee respondent speaker narrator teacher student doctor patient nurse driver buyer
        seller tenant landlord caller operator support staff team everyone all me you them us""".split()
    )
)
# Given names that are header or function words too (Vietnamese "An", Thai "Pin"; German "An:" is "To:"): a
# speaker's label only in a conversation where the label opens two lines or more and no e-mail header opens one.
_LABEL_NAMES = frozenset("an pin".split())
_MAIL_FIELDS = frozenset(
    """von from to cc bcc subject betreff datum date sent gesendet asunto assunto objet oggetto fecha enviado envoyé
    inviato""".split()
)
_STAMP_MAX = 8  # tokens of a "[09:02]"-style stamp before the speaker
_GREET = frozenset("hey hi hello hiya yo thanks thank thx ty morning @".split()) | PERSON_OBJECT_VERBS
_OPENING_NEXT = frozenset("you u are r and & too , ? ! can could did do will where when what how".split())
_SAY = frozenset("said says say thinks thought wants wanted asked asks told tells knows reckons".split())
_NAME_ZIPF2 = 9  # a lower-case first name this common as an English word is no name without a speaker label
_LOWER_TEXT_MIN = 6  # tokens of a lower-case message whose first names are looked for ("marisol" alone: a title)
# ... and at most: each distinct word costs a look-up in the hashed lexicon (~10 us), so a long text of new words
# (hostile, or a dump) is not read this way; messages written in lower case are short.
_LOWER_TEXT_MAX = 3000


def find(
    p: Prepared, taken: set[int], deadline: float | None = None, ruled: Collection[int] = ()
) -> list[tuple[int, int]]:
    """(first, last) token pairs of the people a chat log names, outside the tokens `taken` (a speaker's mention
    also where only the tagger held it: outside `ruled`, the tokens a rule holds); in a text that is no chat log
    but written in lower case, its lower-case first names (`_lower_case_writing`); handles that sign a post."""
    labels = _speaker_labels(p, deadline) if p.newlines else []
    more = _other_labels(p, labels, deadline) if p.newlines else []
    if not _chat_log(p, labels, deadline) and not _conversation(p, labels, more):
        return _lower_case_writing(p, taken, deadline) + _handles(p, taken) + _signed_handles(p, taken)
    labels = sorted(set(labels + _shouted_labels(p, deadline)))
    # a label written with a capital or a listed first name, even one the tagger or a rule already holds, is the
    # surer sign ("Tunde:" was judged a form's field name later); an unlisted lower-case nick ("redgum") as before
    out = [(span[0], span[-1]) for span in labels if _sure(p, span) or not any(t in taken for t in span)]
    # a handle's first part is its owner's name ("ngozi" of "ngozi.a"); its other parts are no speaker's name
    speakers = {p.words[t].lower().strip("<>") for span in labels for t in _label_names(p.words, span)}
    spoken = {t for span in labels for t in span}
    heard = _heard(p, more, spoken)
    out += [(span[0], span[-1]) for span, name in heard]
    speakers.update(name for _, name in heard)
    spoken.update(t for span, _ in heard for t in span)
    lower_case = sum(1 for i in p.caps if i > 0 and p.words[i - 1] not in (NEWLINE, ".", "]")) * 20 < len(p.words)
    words = p.words
    for i, w in enumerate(words):
        if not i & CHECK_EVERY:
            check_deadline(deadline)
        if i in spoken or not w[:1].isalpha():
            continue
        low = w.lower()
        if low in speakers:
            if i not in ruled and _mention(p, i):
                out.append((i, i))  # (the tagger's span there gives way: "Mateo tank" is no heading)
        elif lower_case and i not in taken and w.islower() and _lower_name(p, i):
            out.append((i, i))
    return out


def _other_labels(p: Prepared, labels: list[tuple[int, ...]], deadline: float | None) -> list[tuple[int, str]]:
    """(token, name) of the one-word line labels that `_speaker_labels` refused but that may name a speaker in a
    conversation: a nick with digits ("haruto99": "haruto"), a word on no name list that is a place's name too
    ("tolu"), a capitalised ordinary word ("Bank:", "Mint:": Thai nicknames). Never a header, form, role, calendar
    or product word (`_NOT_SPEAKERS`)."""
    words = p.words
    n = len(words)
    had = {span[0] for span in labels}
    out: list[tuple[int, str]] = []
    mail: bool | None = None  # whether e-mail headers open lines (`_mail_headers`), asked once when needed
    for k, c in enumerate(positions(words, ":")):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        t = c - 1
        if t < 0 or t in had or c + 1 >= n or words[c + 1] == NEWLINE or not _opens_line(words, t):
            continue
        w = words[t]
        name = w.rstrip("0123456789") if w[:1].islower() else w
        f = p.facts[name]
        low = f.low
        if low in _LABEL_NAMES and w[0].isupper() and w[1:].islower():
            if mail is None:
                mail = _mail_headers(p)
            if not mail:
                out.append((t, low))  # "An:", "Pin:" in a chat: a speaker if on two lines or more (`_heard`)
            continue
        if len(name) < 3 or not name.isalpha() or (w.isupper() and len(w) > 1):
            continue
        if low in _NOT_SPEAKERS or low in MONTHS or low in _DAYS or low in HOLIDAYS or low in PRODUCTS:
            continue
        if low in CODE_NAMES or f.flags & (COUNTRY | CONTINENT):
            continue
        ordinary = bool(f.flags & DICT)
        place = not ordinary and (f.flags & PLACE or gazetteer.look_up(low, gazetteer.hashes()))
        if name is not w or (ordinary and w[0].isupper()) or place:
            out.append((t, low))
    return out


def _mail_headers(p: Prepared) -> bool:
    """A line opens with an e-mail header's label other than "An"/"Von" ("Betreff:", "Subject:", "Datum:"): a
    German header block's "An: Jonas Weber" is the recipients' field, not a speaker."""
    words = p.words
    return any(
        c >= 1 and _opens_line(words, c - 1) and words[c - 1].lower() in _MAIL_FIELDS for c in positions(words, ":")
    )


def _conversation(p: Prepared, labels: list[tuple[int, ...]], more: list[tuple[int, str]]) -> bool:
    """Most lines (3 or more) open with a speaker's label, two or more different ones, one of them on two lines or
    more: a conversation, whatever words label it ("Ploy: Bank are you coming?" / "Bank: yes after work")."""
    if not more:
        return False
    names = [p.words[span[0]].lower() for span in labels] + [name for _, name in more]
    words, n = p.words, len(p.words)
    lines = sum(1 for e in (-1, *p.newlines) if e + 1 < n and words[e + 1] != NEWLINE)
    return len(names) >= 3 and len(names) * 4 >= lines * 3 and 2 <= len(set(names)) < len(names)


def _heard(p: Prepared, more: list[tuple[int, str]], spoken: set[int]) -> list[tuple[tuple[int, ...], str]]:
    """The labels of `_other_labels` that name a speaker of a conversation: a name the others use outside the
    labels ("haruto99:" ... "haruto you bring potions"), or a capitalised one on two lines or more ("Ploy:")."""
    words = p.words
    count: dict[str, int] = {}
    for _, name in more:
        count[name] = count.get(name, 0) + 1
    labelled = {t for t, _ in more}
    said = {w.lower() for i, w in enumerate(words) if i not in spoken and i not in labelled and w[:1].isalpha()}
    return [((t,), name) for t, name in more if name in said or (words[t][:1].isupper() and count[name] >= 2)]


def _chat_log(p: Prepared, labels: list[tuple[int, ...]], deadline: float | None) -> bool:
    """Two different speakers label lines: names ("Tunde:"), or one name and a relation ("Mum:"); in a text written
    in capitals, two different shouted labels ("KEV:", "HOA:")."""
    if not p.newlines:
        return False
    distinct = {tuple(p.words[t].lower() for t in span) for span in labels}
    if len(distinct) >= 2:
        return True
    if distinct and _relation_labelled(p):
        return True
    if labels or not _shouting(p):
        return False
    return len({p.words[span[0]] for span in _shouted_labels(p, deadline)}) >= 2


def _sure(p: Prepared, span: tuple[int, ...]) -> bool:
    return _sure_label(p, span) or _initialled(p, span)


def _initialled(p: Prepared, span: tuple[int, ...]) -> bool:
    """A handle of a name and initials ("oksana_v", "tomasz_w", "lucia.fds"; not "kuro_neko", "turbo_ox")."""
    if len(span) != 3 or len(p.words[span[0]]) < 3:
        return False
    tail = p.words[span[2]]
    return tail.isalpha() and (len(tail) == 1 or (len(tail) <= 3 and not p.facts[tail].flags & DICT))


def _sure_label(p: Prepared, span: tuple[int, ...]) -> bool:
    w = p.words[span[0]].strip("<>")
    return w[:1].isupper() or bool(p.facts[w].flags & FIRST)


def _relation_labelled(p: Prepared) -> bool:
    """A line opens with a relation and a colon ("Mum: is Bisola back?")."""
    words = p.words
    return any(
        c >= 1 and _opens_line(words, c - 1) and words[c - 1].lower() in KIN_WORDS for c in positions(words, ":")
    )


def _shouting(p: Prepared) -> bool:
    """Most capitalised words are written in capitals (and there are a few): a text in capitals."""
    words = p.words
    loud = sum(1 for i in p.caps if len(words[i]) > 1 and words[i].isupper())
    return loud >= 4 and loud * 2 > len(p.caps)


def _label_names(words: list[str], span: tuple[int, ...]) -> tuple[int, ...]:
    """The tokens of a speaker label that name its speaker: a handle's first part ("ngozi" of "ngozi.a")."""
    return span[:1] if len(span) > 2 and words[span[1]] in _HANDLE_JOINS else span


def _handles(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """A user's handle after an "@" that follows no word ("@kwame_builds", "@svetlana.k"; not an e-mail address):
    the "@" and its parts joined by "." or "_" without spaces."""
    words = p.words
    out: list[tuple[int, int]] = []
    if not p.may_hold(frozenset("@")):
        return out
    for j in positions(words, "@"):
        if j + 1 >= len(words) or j + 1 in taken or not words[j + 1][:1].isalpha() or not words[j + 1].isalnum():
            continue
        if _glued(p, j, j + 1) and (j == 0 or not _glued(p, j - 1, j)) and len(words[j + 1]) > 1:
            end = _handle_end(p, j + 1)
            if _person_handle(p, j + 1, end):
                out.append((j + 1, end))
    return out


def _person_handle(p: Prepared, i: int, end: int) -> bool:
    """A handle named for a person: a listed first name ("@svetlana.k", "@kwame_builds") or a rare word on no list
    ("@jdoe"); never an ordinary word, a broadcast or role word, a bot, or a code annotation (review r14a H4:
    "@property", "@here", "@channel", "@dependabot", "@media", "@Override(...)")."""
    low = p.words[i].lower()
    if low in NOT_HANDLES or low in PRODUCTS or low in CODE_NAMES or low.endswith("bot") or p.text(end + 1) == "(":
        return False
    f = p.facts[p.words[i]]
    return bool(f.flags & FIRST) or not f.flags & DICT


def _signed_handles(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """A forum user's handle that signs or introduces a post ("Posted by wagtail_wendell", "– kjell_rides" at the
    end, "nonna_carla wrote:", "Reply from denholm_j:", "Reply from priya.vet:") when it is made of a name: a
    listed first name that is no ordinary word as one part ("kjell_rides"), a name and an initial ("denholm_j"),
    or a first name that is a word too beside a part on no list ("robin_achebe"). Not "kuro_neko", nor an
    identifier in code ("max_retries" opens no post). A handle may open a line of its own ("...\ngreg_k wrote:")."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    if not p.may_hold(_HANDLE_JOINS):
        return out
    end = -1
    joins = sorted(positions(words, "_") + positions(words, "."))  # ("priya.vet": see `_dotted`)
    for j in joins:
        if j <= end or j < 1 or j + 1 >= n or j - 1 in taken:
            continue
        if words[j] == "." and not _dotted(p, j):
            continue
        end = _handle_end(p, j - 1)  # the run of joined parts, walked once: later "_" inside it are skipped
        start = _run_start(p, j - 1, end)
        if start < 0 or (start > 0 and words[start - 1] != NEWLINE and _glued(p, start - 1, start)):
            continue
        # The words around the run first (one token each): a hostile run ("a.a.a.a...") signs nothing, and the
        # tests of its every part below are not made.
        before = words[start - 1].lower() if start else ""
        after = words[end + 1].lower() if end + 1 < n else ""
        signed = before in _DASHES and (end + 1 == n or after == NEWLINE)
        if not (signed or before in _POSTED_BY or after in _WROTE or (after == ":" and _opens_line(words, start))):
            continue
        span = tuple(range(start, end + 1))
        if any(t in taken for t in span) or not (_initialled(p, span) or _named_handle(p, span)):
            continue
        out.append((start, end))
    return out


def _named_handle(p: Prepared, span: tuple[int, ...]) -> bool:
    flags = [p.facts[p.words[t]].flags for t in span[::2]]
    if any(f & (FIRST | DICT) == FIRST for f in flags):
        return True
    # "robin_achebe": a first name that is a word too, and a part on no list (a surname the lists lack)
    return len(flags) == 2 and bool(flags[0] & FIRST) and not flags[1] and p.words[span[2]].isalpha()


def _dotted(p: Prepared, j: int) -> bool:
    """The "." at token `j` joins two lower-case words with no space ("priya.vet"), not a sentence's end."""
    a, b = p.words[j - 1], p.words[j + 1]
    return a.isalpha() and a.islower() and b.isalnum() and b.islower() and _glued(p, j - 1, j) and _glued(p, j, j + 1)


def _handle_end(p: Prepared, i: int) -> int:
    """The last token of the handle starting at token `i` ("svetlana" "." "k" -> the "k")."""
    words, n = p.words, len(p.words)
    last = i
    while last + 2 < n and words[last + 1] in _HANDLE_JOINS and words[last + 2].isalnum():
        if not (_glued(p, last, last + 1) and _glued(p, last + 1, last + 2)):
            break
        last += 2
    return last


def _glued(p: Prepared, a: int, b: int) -> bool:
    """Tokens `a` and `b` = a + 1 touch (no space between them)."""
    return p.ends[a] == p.ends[b] - len(p.words[b])


def _lower_case_writing(p: Prepared, taken: set[int], deadline: float | None) -> list[tuple[int, int]]:
    """ "hey its jorge. tell inés im late", "lily love, ... give my love to jack": in a message whose sentences
    mostly open in lower case, a lower-case listed first name that is no ordinary word or place is a person
    (`_lower_name`, as in a lower-case chat log). Text written with capitals (nearly all) costs a look at its
    sentence ends only; a text of 6 to 3,000 tokens is read this way."""
    words = p.words
    n = len(words)
    if not _LOWER_TEXT_MIN <= n <= _LOWER_TEXT_MAX:
        return []
    lower = upper = 0
    for e in (-1, *p.newlines, *positions(words, "."), *positions(words, "!"), *positions(words, "?")):
        w = words[e + 1] if e + 1 < n else ""
        if w[:1].isalpha():
            lower += w[0].islower()
            upper += w[0].isupper()
    if lower <= upper:
        return []
    # Where `_lower_name` can say yes, found without a look at each token: the distinct words listed as first
    # names only (their facts, cached across texts), then their places, in C; and the words right after a
    # family role ("uncle femi").
    facts = p.facts
    names = {w for w in set(words) if w.islower() and facts[w].flags & (FIRST | DICT | PLACE) == FIRST}
    at = set(compress(range(n), map(names.__contains__, words)))
    at.update(i + 1 for role in ROLES.intersection(words) for i in positions(words, role) if i + 1 < n)
    out: list[tuple[int, int]] = []
    for k, i in enumerate(sorted(at)):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        w = words[i]
        if i not in taken and w.isalpha() and w.islower() and _lower_name(p, i):
            f = p.word(i)  # without a chat log's speakers: a common first name, or a rare word ("nazi" is neither)
            if f.flags & FIRST_TOP or f.zipf2 < _NAME_ZIPF2 or not f.flags & FIRST:
                out.append((i, i))
    return out


def _speaker_labels(p: Prepared, deadline: float | None) -> list[tuple[int, ...]]:
    """The speaker label (its tokens) of each line that opens with one: found from the colons and angle
    brackets, so a text costs a look at those tokens only."""
    words = p.words
    n = len(words)
    out: list[tuple[int, ...]] = []
    for k, c in enumerate(positions(words, ":")):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if c + 1 >= n or words[c + 1] == NEWLINE:
            continue  # nothing said
        start = _handle_start(p, c - 1)
        if start >= 0 and _opens_line(words, start):
            label: tuple[int, ...] = tuple(range(start, c))
            if _label_ok(p, start) and _sure(p, label):
                out.append(label)
            continue
        if c >= 1 and _opens_line(words, c - 1):
            label = (c - 1,)
        elif c >= 2 and _opens_line(words, c - 2) and words[c - 2][:1].isupper() and words[c - 1][:1].isupper():
            label = (c - 2, c - 1)
        else:
            continue
        if all(_label_ok(p, t) for t in label):
            out.append(label)
    for k, j in enumerate(positions(words, "<")):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if j + 3 < n and words[j + 2] == ">" and words[j + 3] != NEWLINE and words[j + 1].isalpha():
            if _opens_line(words, j) and _label_ok(p, j + 1):
                out.append((j + 1,))
        elif j + 2 < n and words[j + 1].isalpha() and _opens_line(words, j):  # "<yuki_s>"
            last = _handle_end(p, j + 1)
            if (
                last > j + 1
                and last + 2 < n
                and words[last + 1] == ">"
                and _label_ok(p, j + 1)
                and _sure_label(p, (j + 1,))
            ):
                out.append(tuple(range(j + 1, last + 1)))
    for k, j in enumerate(positions(words, "[")):  # "[Reem] jomo left his jacket", "[Ana Paula] grab it?"
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        close = j + 2 if j + 2 < n and words[j + 2] == "]" else j + 3
        if close + 1 < n and words[close] == "]" and words[close + 1] != NEWLINE and _opens_line(words, j):
            label = tuple(range(j + 1, close))
            if all(words[t][:1].isupper() for t in label) and all(_label_ok(p, t) for t in label):
                out.append(label)
    # "<Kaito> anyone going?": a capitalised nick in brackets is one token (the tokenizer keeps "<Name>" whole)
    for j in (0, *(i + 1 for i in p.newlines)):
        w = words[j] if j < n else ""
        if w[:1] == "<" and w[-1:] == ">" and j + 1 < n and words[j + 1] != NEWLINE and _label_word_ok(p, w[1:-1]):
            out.append((j,))
    return sorted(out)


_HANDLE_JOINS = frozenset("._")
_DASHES = frozenset("- – — ~".split())
_POSTED_BY = frozenset("by from".split())
_WROTE = frozenset("wrote writes said says posted replied".split())
# Function words of chat in other languages that name lists hold as names ("Putu yang cek": Indonesian "who"; Hindi
# "bhi", "nahi"): never a lower-case person.
_FOREIGN_FUNCTION = frozenset("yang dan ini itu dengan untuk dari ada dia kami kita sudah belum bhi nahi hai".split())


def _run_start(p: Prepared, first: int, last: int) -> int:
    """`_handle_start(p, last)` where `last` = `_handle_end(p, first)`: the walk back over `first`..`last` is the
    forward walk's steps again, all known to pass but the last, which also needs `words[first]` alphanumeric; from
    `first` on the walk goes on as `_handle_start`'s (a long run is walked twice, not three times)."""
    if last == first:
        return _handle_start(p, last)
    if not p.words[first].isalnum():
        k = first + 2  # the step back onto `first` fails
        return k if k < last and p.words[k].isalpha() else -1
    return _walk_back(p, first, last)


def _handle_start(p: Prepared, last: int) -> int:
    """The first token of a handle ending at token `last` ("ngozi" "." "a" before a colon), -1: none."""
    return _walk_back(p, last, last)


def _walk_back(p: Prepared, k: int, last: int) -> int:
    """`_handle_start(p, last)`'s walk back, from token `k` (the walk from `last` reaches it)."""
    words = p.words
    while k >= 2 and words[k - 1] in _HANDLE_JOINS and words[k].isalnum() and words[k - 2].isalnum():
        if not (_glued(p, k - 2, k - 1) and _glued(p, k - 1, k)):
            break
        k -= 2
    return k if k < last and words[k].isalpha() else -1


def _shouted_labels(p: Prepared, deadline: float | None) -> list[tuple[int, ...]]:
    """In a chat log, a one-word label in capitals at a line start ("BONGANI: WHO IS BRINGING ..."): a speaker
    when the word in lower case could label one (a header word in capitals, "NOTE:", "FYI:", never)."""
    words = p.words
    out: list[tuple[int, ...]] = []
    for k, c in enumerate(positions(words, ":")):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        t = c - 1
        if t < 0 or c + 1 >= len(words) or words[c + 1] == NEWLINE or not _opens_line(words, t):
            continue
        w = words[t]
        if len(w) > 2 and w.isupper() and w.isalpha() and _label_ok(p, t, shouted=True):
            out.append((t,))
    return out


def _opens_line(words: list[str], j: int) -> bool:
    """Token `j` opens a line, or follows a "[09:02]"-style stamp that does."""
    if j == 0 or words[j - 1] == NEWLINE:
        return True
    if words[j - 1] != "]":
        return False
    for t in range(j - 2, max(-1, j - 1 - _STAMP_MAX), -1):
        if words[t] == NEWLINE:
            return False
        if words[t] == "[":
            return t == 0 or words[t - 1] == NEWLINE
    return False


def _label_ok(p: Prepared, t: int, shouted: bool = False) -> bool:
    return _label_word_ok(p, p.words[t], shouted)


def _label_word_ok(p: Prepared, w: str, shouted: bool = False) -> bool:
    if not w.isalpha() or (w.isupper() and len(w) > 1 and not shouted) or w in TITLE_WORDS:
        return False
    f = p.facts[w]
    low = f.low
    if low in HEADER_LABELS or low in FUNCTION_WORDS or low in KIN_WORDS or (f.flags & DICT and not f.flags & FIRST):
        return False
    if f.flags & PLACE and not f.flags & FIRST:
        return False
    if low in MONTHS or low in _DAYS or low in HOLIDAYS or low in PRODUCTS or low in CODE_NAMES:
        return False
    return bool(f.flags & FIRST) or not gazetteer.look_up(low, gazetteer.hashes())


def _mention(p: Prepared, i: int) -> bool:
    """A speaker's name elsewhere: a person, unless it is also an ordinary word without a person's cue."""
    f = p.word(i)
    if not f.flags & DICT:
        return True
    before = p.words[i - 1].lower() if i > 0 else ""
    after = p.text(i + 1).lower()
    # or opening a message, addressed or joined to others ("Ploy: Bank are you coming?", "Bank: Mint and Golf too")
    return before in _GREET or after in _SAY or (before == ":" and after in _OPENING_NEXT)


def _lower_name(p: Prepared, i: int) -> bool:
    """ "is hannah in today", "tell joão", "tell uncle femi" in a chat log written in lower case."""
    f = p.word(i)
    low = f.low
    if f.flags & (DICT | PLACE) or f.closed or len(low) < 3 or low in _KIN or low in CODE_NAMES or low in PRODUCTS:
        return False
    if low in _FOREIGN_FUNCTION:
        return False
    heads = p.facts.lex.phrase_heads
    nxt = p.word(i + 1)
    if (low in heads and nxt.shape == "x" and not nxt.closed) or (i > 0 and p.words[i - 1].lower() in heads):
        return False  # "santa apolónia", "são paulo": a place's name
    if f.flags & FIRST:
        return f.zipf2 <= _NAME_ZIPF2
    return i > 0 and p.words[i - 1] in ROLES and not f.zipf2
