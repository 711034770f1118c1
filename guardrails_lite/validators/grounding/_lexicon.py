"""Word knowledge of claim-based grounding: base forms, near-synonyms, opposites, causal cues.

Hand-written for business e-mail (bookings, payments, approvals, incidents, deliveries, reviews):
the blank spaCy pipeline has no lemmatiser and no vectors, and a paraphrase that swaps "halted" for
"stopped" must still count as support. Clusters are deliberately narrow: a word joins a cluster
only where the two are interchangeable in a summary sentence ("book" ~ "reserve", not "book" ~
"buy"). Lists, not logic, so they can be read and argued with.
"""

from __future__ import annotations

_IRREGULAR_PAIRS = """
sent:send paid:pay fell:fall found:find took:take taken:take went:go gone:go came:come gave:give given:give
made:make held:hold led:lead left:leave lost:lose met:meet ran:run said:say told:tell thought:think
wrote:write written:write bought:buy brought:bring caught:catch chose:choose chosen:choose drove:drive
driven:drive got:get gotten:get had:have has:have was:be were:be is:be are:be been:be am:be 's:be 're:be
did:do does:do done:do knew:know known:know saw:see seen:see spoke:speak spoken:speak began:begin
begun:begin broke:break broken:break built:build cut:cut hit:hit hurt:hurt kept:keep let:let put:put
read:read set:set shut:shut spent:spend stood:stand understood:understand won:win withdrew:withdraw
withdrawn:withdraw forgot:forget forgotten:forget froze:freeze frozen:freeze rose:rise risen:rise
grew:grow grown:grow overran:overrun undertook:undertake sold:sell fed:feed felt:feel heard:hear
meant:mean lent:lend sought:seek taught:teach threw:throw thrown:throw woke:wake wore:wear hid:hide
hidden:hide shook:shake slid:slide swore:swear tore:tear torn:tear signed:sign
people:person children:child men:man women:woman staff:staff data:data
"""
IRREGULAR: dict[str, str] = dict(p.split(":") for p in _IRREGULAR_PAIRS.split())

# Near-synonyms: every word of a line is read as the line's first word. Multi-word phrases are
# joined with "_" by the phrase table below before lookup.
_CLUSTERS = """
book reserve booking reservation secure
cancel call_off scrap withdraw pull_out cancellation
pay settle transfer remit payment
send forward email mail dispatch submit return deliver_to attach enclose
receive get obtain
approve sign_off authorise authorize okay ok greenlight endorse sanction approval
reject decline refuse turn_down deny
agree accept consent
confirm verify
ask request
propose suggest recommend advise urge
need require necessary needed
hurt injure harm wound injury
stop halt cease pause suspend
start begin commence kick_off launch
finish end complete conclude wrap_up close_out
complete fill_in fill_out
move shift relocate switch slip
postpone delay defer push_back reschedule
review check examine assess inspect look_at go_over
find discover identify detect uncover
fix repair resolve restore
renew renewal
restore back
buy purchase order acquire
deliver ship supply delivery shipment arrive
fall drop collapse decline decrease
say write state report tell mention note inform explain announce
hire recruit employ appoint
leave quit resign depart sail
reach get_to
cost price fee charge amount
hold accommodate fit seat room capacity
meeting call
deadline due target
quote quotation offer
invoice bill
contract agreement deal
draft version
error mistake fault bug
outage downtime down disruption
incident accident
problem issue
team group staff
client customer
vendor supplier provider seller
boss manager head lead
employee worker staff
immediately straight_away promptly right_away at_once instantly
apologise apologize apology sorry
decide decision
pick choose select
participate participant attend attendee take_part join
arrival
fail failure
large big
small little
total overall altogether combined
extra additional more further
late delay overdue
early ahead
inspection check review
set set_up configure create schedule
add include
remove delete drop
cap limit ceiling maximum
sign sign_off
crew team
car vehicle
coach bus
""".strip()
SYNONYM: dict[str, str] = {}
for _line in _CLUSTERS.splitlines():
    _words = _line.split()
    for _w in _words:
        SYNONYM.setdefault(_w, _words[0])

# Phrases read as one word (longest first when matching).
PHRASES: dict[tuple[str, ...], str] = {
    tuple(p.split("_")): p for line in _CLUSTERS.splitlines() for p in line.split() if "_" in p
}
PHRASES.update(
    {
        ("no", "one"): "nobody",
        ("no", "longer"): "not",  # "no longer necessary" denies as "not needed any more" does
        ("not", "one"): "nobody",
        ("none", "of"): "none",
        ("came", "back"): "restore",
        ("come", "back"): "restore",
        ("comes", "back"): "restore",
        ("back", "up"): "restore",
        ("back", "online"): "restore",
        ("gave", "way"): "collapse",
        ("said", "yes"): "agree",
        ("say", "yes"): "agree",
        ("says", "yes"): "agree",
        ("said", "no"): "reject",
        ("is", "done"): "finish",
        ("are", "done"): "finish",
        ("was", "done"): "finish",
        ("yet", "to"): "not",
        ("failed", "to"): "not",
        ("fail", "to"): "not",
        ("fails", "to"): "not",
        ("give", "way"): "collapse",
        ("free", "of", "charge"): "free",
        ("at", "no", "cost"): "free",
        ("at", "no", "charge"): "free",
        ("at", "no", "extra", "cost"): "free",
        ("at", "no", "extra", "charge"): "free",
        ("at", "their", "own", "cost"): "free",
        ("at", "its", "own", "cost"): "free",
        ("at", "their", "own", "expense"): "free",
        ("at", "its", "own", "expense"): "free",
        ("no", "extra", "charge"): "free",
        ("no", "charge"): "free",
    }
)


def _inflect(phrases: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """The same phrases with their first word inflected ("took part", "calls off")."""
    out = dict(phrases)
    past: dict[str, list[str]] = {}
    for form, base in IRREGULAR.items():
        past.setdefault(base, []).append(form)
    for key, value in phrases.items():
        w = key[0]
        stem = w[:-1] if w.endswith("e") else w
        for form in {w + "s", stem + "ed", stem + "ing", w + "d", *past.get(w, [])}:
            out.setdefault((form, *key[1:]), value)
    return out


PHRASES = _inflect(PHRASES)

# Opposites: a claim whose verb is one side is contradicted by a source sentence that uses the
# other side with the same participants and does not use the claim's side.
_OPPOSITES = """
book:cancel approve:reject agree:reject accept:reject pay:owe open:close add:remove increase:decrease
increase:cut raise:cut hire:leave win:lose pass:fail arrive:leave start:finish confirm:cancel
extend:shorten include:exclude allow:ban allow:forbid rise:fall gain:lose increase:fall raise:fall
keep:cancel
""".split()
OPPOSITE: dict[str, frozenset[str]] = {}
for _pair in _OPPOSITES:
    _a, _b = _pair.split(":")
    OPPOSITE[_a] = OPPOSITE.get(_a, frozenset()) | {_b}
    OPPOSITE[_b] = OPPOSITE.get(_b, frozenset()) | {_a}

# Converse verbs: the same event seen from the other side ("Chen sends a note" = "customers get a note").
_CONVERSES = """
send:receive send:get give:get give:receive sell:buy pay:receive lend:borrow tell:hear teach:learn hire:join
offer:accept ask:answer arrive:receive deliver:receive
""".split()
CONVERSE: dict[str, frozenset[str]] = {}
for _pair in _CONVERSES:
    _a, _b = _pair.split(":")
    CONVERSE[_a] = CONVERSE.get(_a, frozenset()) | {_b}
    CONVERSE[_b] = CONVERSE.get(_b, frozenset()) | {_a}

# Verbs that carry little of a claim ("is", "has", "takes"): never the verb a claim turns on.
LIGHT_VERBS = frozenset(
    "be have do get take make go come keep let put give become seem will would shall should can could may might "
    "must need also still now then just bring".split()
)
NEGATORS = frozenset({"not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without"})
# Negations that set a time limit rather than deny the claim ("not before Wednesday").
TIME_LIMIT = frozenset({"before", "until", "till", "earlier", "later", "sooner"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "please"})
THIRD_PERSON = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that"}
    | {"he's", "she's", "it's", "they're", "they've", "they'll", "that's"}
)
REPORTING_VERBS = frozenset(
    "said says wrote writes reported reports confirmed confirms noted notes mentioned mentions explained explains "
    "stated states announced announces added adds replied replies told tells informed informs warned warns "
    "emailed e-mailed answered answers clarified clarifies pointed points according admitted admits acknowledged "
    "acknowledges conceded concedes argued argues insisted insists claimed claims complained complains asserted "
    "asserts stressed stresses suggested suggests proposed proposes recommended recommends advised advises "
    "urged urges thinks believes".split()  # a suggestion or a view reports its content too
)
# Words that accuse someone of wrongdoing, by family (any word of its family in the sources states it: "the theft"
# for "was stolen"): a summary may use one only where the sources do (or a word of its sense), however well the rest
# of its sentence is supported ("admitted fraud" for "admitted a delay", review r13a L7). Not "lie" (the problem
# "lies in"), "forge"/"forged" ("forge ahead"), "abuse" ("abuse of the term"), "corrupt" (a corrupted file).
ACCUSATIONS = (
    "fraud fraudulent fraudulently",
    "theft thief thieves steal stole stolen stealing",
    "embezzle embezzled embezzlement",
    "bribe bribed bribery",
    "liar",
    "cheat cheated cheating",
    "negligence negligent negligently",
    "misconduct",
    "sabotage sabotaged",
    "forgery",
    "falsify falsified",
    "scam scammed",
    "harass harassed harassment",
    "incompetence incompetent",
    "dishonest dishonesty",
    "deceive deceived deception",
    "misappropriate misappropriated misappropriation",
    "kickback kickbacks",
    "cover-up",
)
