"""Project-written training sentences for `speculation`'s learned classifier (scripts/train_speculation.py).

Class templates over varied vocabulary, written for this project (MIT): positives a summary should not
add (motives read into people, predictions about others, bare opinions and verdicts, hearsay, impressions,
hedged guesses) and hard negatives that share their words (the same claims attributed to a named
source, stated plans and schedules, neutral purposes, conditionals, advice and rules, quoted doubt,
plain facts). `generate(seed, n)` is deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

PEOPLE = """Dana Tariq Helena Mark Sofia Kwame Priya Lars Mei Jonas Amara Felix Ruth Bruno Nadia Owen Ines Hugo
Farah Leon Grace Tomasz Aisha Rafael Yuki Colm Beatriz Sven Zainab Pieter Lucia Omar Greta Idris Carmen Dev
Hannah Marco Ewa Kenji Rosa Bilal Astrid Joel Layla Niamh Arjun Chloe Viktor""".split()
SURNAMES = "Ellis Okafor Brandt Novak Haddad Lindqvist Moreau Tanaka Reyes Quinn Fischer Mensah Kowalski Duarte".split()
ORGS = """the vendor|the supplier|the landlord|the council|the insurer|the contractor|the client|the board|HR|
finance|the agency|the carrier|the hotel|the caterer|the auditors|the bank|the courier|the builders|the venue|
the IT team|the warehouse team|the sales team|the legal team|the printer firm|Northwind Logistics|Harbour Print|
Crestline Foods|Bluepeak Systems|Mercer & Hale|Vale Freight|Orbis Software|Kestrel Couriers|Lakeside Hall|
the new manager|the recruiter|the surveyor|the installer|the accountant|the tenant|the regional office""".replace(
    "\n", ""
).split("|")
THINGS = """the new booking tool|the onboarding process|the catering|the revised contract|the Q3 forecast|the rota|
the new policy|the draft budget|the venue|the support desk|the migration plan|the survey report|the proposal|
the pricing model|the delivery schedule|the expenses system|the training course|the office move|the new website|
the handover notes|the safety audit|the software update|the spring campaign|the tender document|the warranty""".replace(
    "\n", ""
).split("|")
PAST_ACTS = """delayed the payment|cancelled the order|moved the meeting|raised the price|split the delivery|
changed the supplier|withdrew the offer|lowered the quote|rejected the invoice|postponed the launch|
closed the ticket|cut the budget|extended the deadline|reassigned the project|dropped the discount|
held back the report|rewrote the contract|skipped the review|offered a refund|pushed the deadline back|
declined the invitation|reshuffled the team|froze the hiring|changed the terms|booked the bigger room|
asked for a second quote|resigned from the committee|turned down the transfer|kept the figures back""".replace(
    "\n", ""
).split("|")
ING_ACTS = [
    *[a.replace("ed the", "ing the") for a in PAST_ACTS if a.split()[0].endswith("ed")][:8],
    "dragging its feet",
    "stalling on the refund",
    "holding back the report",
    "sitting on the invoice",
]
MOTIVES = """avoid paying the penalty|impress the new director|keep the contract for another year|save face|
look good in front of the board|push the tenants out|squeeze out a smaller rival|dodge the audit|
punish the night shift|protect their bonus|hide the losses|buy more time|lock us into a longer deal|
force us to accept the new terms|get back at the sales team|win favour with the investors|cover up the mistake|
shift the blame onto the supplier|make the other team look bad|keep the client quiet|avoid a difficult conversation|
get rid of the old contractor|stay on the director's good side|stop anyone from objecting|pad the invoice|
make a point|keep control of the budget|teach the agency a lesson|please the new owners|avoid the blame|
bury the bad news|discourage further complaints|undercut the competition|steer the work to a friend""".replace(
    "\n", ""
).split("|")
NEUTRAL_PURPOSES = """fit all 24 tables|meet the 5 May deadline|comply with the new fire rules|reduce the shipping cost|
give the painters access|test the new scanner|free up the loading bay|let the auditors start on Monday|
match the revised floor plan|cover the extra shift|keep within the approved budget|allow time for the survey|
avoid the road closure on Friday|make room for the new racks|meet the insurer's requirements|
confirm the delivery address|check the figures against the ledger|replace the broken pump|
finish the stock count|book the second van""".replace("\n", "").split("|")
FEELING_NOUNS = "spite|loyalty to her old team|fear of losing the account|jealousy|pride|frustration|revenge".split("|")
OUTCOMES = """leave the company within a year|miss the next deadline too|go over budget|lose the contract|
turn the offer down|complain again|raise prices next year|fail the audit|be late again|back out of the deal|
struggle with the new system|regret the decision|cave in under pressure|walk away from the talks|
need a second visit|run out of money before July|ask for more time|reject the revised quote|
switch suppliers next spring|quit before the summer|blame the warehouse|be promoted after the merger|
hand in their notice soon|overrun by several weeks|cost far more than planned|end up in court|
be empty on Saturdays|break down again this winter|sell out within days|go bust""".replace("\n", "").split("|")
SCHEDULED = """send the invoice|deliver the chairs|host the call|review the draft|pay the deposit|ship the parts|
start the survey|collect the samples|publish the report|update the rota|run the training|visit the site|
sign the contract|issue the refund|confirm the booking|open the new office|close the ticket|
present the budget""".replace("\n", "").split("|")
WHEN = """on Friday|on 3 April|at 10:00 on Tuesday|next Monday|by 12 June|on Thursday 9 May|before 15 March|
at 14:30|this afternoon|on the 21st|by the end of the week|after the board meeting on 2 July""".replace("\n", "").split(
    "|"
)
VAGUE_WHEN = ["next year", "within a year", "sooner or later", "before long", "eventually", "soon", "again", ""]
EVAL_ADJ = """useless|a joke|a mess|a disaster|overpriced|pointless|ridiculous|terrible|badly run|a waste of money|
hopeless|shambolic|unfair|second-rate|brilliant|excellent|far too slow|clumsy|amateurish|a step backwards|
unworkable|confusing|outdated|not fit for purpose|a great idea|the best option by far|a rip-off|half-baked|
poorly thought out|embarrassing|disappointing|too fussy|needlessly complicated|a complete shambles""".replace(
    "\n", ""
).split("|")
PERSON_ADJ = """careless|lazy|unreliable|a pushover|difficult to work with|arrogant|out of his depth|
hopeless at planning|far too aggressive|clueless|dishonest|incompetent|a great manager|naive|
too soft on suppliers|not up to the job|rude to the staff|easily distracted""".replace("\n", "").split("|")
FACT_ADJ = """closed on Mondays|booked for 40 people|available from 9 June|out of stock|on the second floor|
due on 30 April|signed by both parties|under warranty until 2027|in the shared folder|listed in the appendix|
paid in full|limited to 20 seats|open from 08:00 to 18:00|scheduled for review in May|written in English""".replace(
    "\n", ""
).split("|")
SAYERS = """said|wrote|told the team|confirmed|noted|reported|explained|mentioned|complained|warned|argued|
stated|claimed|admitted|suggested""".replace("\n", "").split("|")
MANNER = "badly|poorly|carelessly|brilliantly|clumsily|sloppily|admirably|recklessly".split("|")
HEARSAY_OPEN = """Word is that|Rumour has it that|People are saying that|Apparently,|Supposedly,|I hear that|
There are whispers that|The talk in the office is that|It is said that|Allegedly,|The grapevine says|
Everyone knows that|It's no secret that|Some say""".replace("\n", "").split("|")
LOOKS = "looks|seems|sounds|feels|appears|looked|seemed|sounded".split("|")
IMPRESSION_ADJ = """dodgy|suspicious|rushed|inflated|too good to be true|unlikely to hold|a bit optimistic|
half-hearted|off|fishy|padded|thin|shaky|evasive|nervous|annoyed|unhappy with the result|keen to move on""".replace(
    "\n", ""
).split("|")
HEDGE_ADV = """probably|presumably|most likely|perhaps|possibly|almost certainly|no doubt|apparently|
surely|in all likelihood""".replace("\n", "").split("|")
FUTURE = """will|will probably|is going to|is likely to|is bound to|will almost certainly|is set to|will surely|
won't be able to|is expected to""".replace("\n", "").split("|")

THING_FATES = ["fail", "flop", "be a disaster", "never work", "cost more than planned", "run late", "pay off"]
WONT = ["last long", "accept the new terms", "pay on time", "meet the deadline", "cope with the volume"]
SHOULD = ["settle in quickly", "win the contract easily", "come round in the end"]
ASPECTS = ["support", "service", "paperwork", "planning", "pricing"]
SUPERLATIVES = ["worst", "best", "most sensible", "silliest"]
CHOICES = ["option", "plan", "idea", "choice"]
MOODS = ["nervous", "annoyed", "evasive", "relieved", "defensive"]
LIKE = ["a stalling tactic", "an afterthought", "a cover-up", "a rushed job"]
SLIPS = ["slip", "fall through", "be delayed", "need rework"]
PERMITTED = ["work from home on Fridays", "claim travel costs", "book the room"]


def _person(r: random.Random) -> str:
    return r.choice(PEOPLE) if r.random() < 0.7 else f"{r.choice(PEOPLE)} {r.choice(SURNAMES)}"


def _actor(r: random.Random) -> str:
    return _person(r) if r.random() < 0.5 else r.choice(ORGS)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _end(s: str) -> str:
    s = _cap(" ".join(s.split()))
    return s if s.endswith("?") else s + "."


def _motive(r: random.Random) -> str:
    a, act, m = _actor(r), r.choice(PAST_ACTS), r.choice(MOTIVES)
    return r.choice(
        [
            f"{a} {act} to {m}",
            f"{a} {act} just to {m}",
            f"{a} only {act} to {m}",
            f"{a} {act} mainly to {m}",
            f"{a} {act} because they wanted to {m}",
            f"{a} {act} so they could {m}",
            f"{a} is {r.choice(ING_ACTS)} to {m}",
            f"{a} wanted to {m}",
            f"{a} is trying to {m}",
            f"{a} {act} out of {r.choice(FEELING_NOUNS)}",
            f"{a} {act} hoping nobody would notice",
            f"the real reason {a} {act} was to {m}",
            f"{a} {act} for their own benefit",
            f"{a} {act} in order to {m}",
            f"{a} never wanted to {r.choice(SCHEDULED)}",
            f"{a} {act} to avoid having to {r.choice(SCHEDULED)}",
        ]
    )


def _motive_negative(r: random.Random) -> str:
    a, act, p = _actor(r), r.choice(PAST_ACTS), r.choice(NEUTRAL_PURPOSES)
    m, who = r.choice(MOTIVES), _person(r)
    return r.choice(
        [
            f"{a} {act} to {p}",
            f"{a} {act} so that the team could {p}",
            f"{a} {act} in order to {p}",
            f"{who} {r.choice(SAYERS)} that {a} {act} to {m}",
            f"according to {who}, {a} {act} to {m}",
            f"{who} {r.choice(SAYERS)} that they {act} to {p}",
            f"{a} asked {who} to {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{who} wants to {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{who} plans to {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{a} {act} after {who} asked for it",
        ]
    )


def _prediction(r: random.Random) -> str:
    a, o = _actor(r), r.choice(OUTCOMES)
    return r.choice(
        [
            f"{a} {r.choice(FUTURE)} {o}",
            f"expect {a} to {o}",
            f"{a} will {o} {r.choice(VAGUE_WHEN)}",
            f"{r.choice(THINGS)} will {r.choice(THING_FATES)}",
            f"{a} won't {r.choice(WONT)}",
            f"{a} is heading for {r.choice(['a loss', 'trouble', 'a dispute', 'another delay'])}",
            f"{a} will end up having to {r.choice(SCHEDULED)} {r.choice(VAGUE_WHEN)}",
            f"sooner or later {a} will {o}",
            f"{a} {r.choice(['should', 'ought to'])} {r.choice(SHOULD)}",
        ]
    )


def _prediction_negative(r: random.Random) -> str:
    a, who = _actor(r), _person(r)
    return r.choice(
        [
            f"{a} will {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{who} {r.choice(SAYERS)} that {a} will {r.choice(OUTCOMES)}",
            f"{who} expects {a} to {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{a} is due to {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{r.choice(THINGS)} is booked for {r.choice(WHEN)}",
            f"{a} is going to {r.choice(SCHEDULED)} {r.choice(WHEN)}, as agreed",
            f"if the parts arrive {r.choice(WHEN)}, {a} will {r.choice(SCHEDULED)}",
            f"{a} will {r.choice(SCHEDULED)} once {who} signs off",
            f"{who} confirmed that {a} will {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"the next step is for {a} to {r.choice(SCHEDULED)}",
            f"we will {r.choice(SCHEDULED)} {r.choice(WHEN)}",
        ]
    )


def _opinion(r: random.Random) -> str:
    t, a = r.choice(THINGS), _person(r)
    return r.choice(
        [
            f"{t} is {r.choice(EVAL_ADJ)}",
            f"{t} was {r.choice(EVAL_ADJ)}",
            f"honestly, {t} is {r.choice(EVAL_ADJ)}",
            f"{r.choice(ORGS)}'s {r.choice(ASPECTS)} is {r.choice(EVAL_ADJ)}",
            f"{a} is {r.choice(PERSON_ADJ)}",
            f"{a} handled {t} {r.choice(MANNER)}",
            f"{r.choice(ORGS)} {r.choice(['made a mess of', 'botched', 'bungled', 'nailed', 'ruined'])} {t}",
            f"{t} is the {r.choice(SUPERLATIVES)} {r.choice(CHOICES)} we have",
            f"{a} was {r.choice(['wrong', 'right', 'foolish', 'brave'])} to {r.choice(SCHEDULED)}",
        ]
    )


def _opinion_negative(r: random.Random) -> str:
    t, a = r.choice(THINGS), _person(r)
    return r.choice(
        [
            f"{a} {r.choice(['said', 'wrote', 'thinks', 'feels', 'complained'])} that {t} is {r.choice(EVAL_ADJ)}",
            f"{a} called {t} {r.choice(EVAL_ADJ)}",
            f"in {a}'s view, {t} is {r.choice(EVAL_ADJ)}",
            f"{t} is {r.choice(FACT_ADJ)}",
            f"{t} was {r.choice(FACT_ADJ)}",
            f"{a} is responsible for {t}",
            f"{a} handled {t} {r.choice(WHEN)}",
            f"{a} described {t} as {r.choice(EVAL_ADJ)}",
            f"the customer rated {t} {r.choice(['2', '4', '5'])} out of 5",
        ]
    )


def _hearsay(r: random.Random) -> str:
    a = _actor(r)
    claim = r.choice(
        [
            f"{a} is leaving",
            f"{a} {r.choice(PAST_ACTS)}",
            f"{a} will {r.choice(OUTCOMES)}",
            f"{a} is in financial trouble",
            f"{r.choice(THINGS)} is being scrapped",
        ]
    )
    return r.choice(
        [
            f"{r.choice(HEARSAY_OPEN)} {claim}",
            f"{a} is said to be {r.choice(['unhappy', 'looking for a buyer', 'close to leaving', 'in trouble'])}",
            f"staff have been whispering about {r.choice(['redundancies', 'the merger', 'a pay freeze'])}",
            f"{a} reportedly {r.choice(PAST_ACTS)}",
        ]
    )


def _hearsay_negative(r: random.Random) -> str:
    a, who = _actor(r), _person(r)
    return r.choice(
        [
            f"{who} {r.choice(SAYERS)} that {a} {r.choice(PAST_ACTS)}",
            f"{who} heard from {_person(r)} that {a} {r.choice(PAST_ACTS)}",
            f"according to {who}'s e-mail, {a} {r.choice(PAST_ACTS)}",
            f"{a} {r.choice(PAST_ACTS)} {r.choice(WHEN)}",
            f"{a} announced that it {r.choice(PAST_ACTS)}",
        ]
    )


def _impression(r: random.Random) -> str:
    t = r.choice([*THINGS, f"{_person(r)}'s reply", "the invoice", "the quote", "the figures", "the timeline"])
    return r.choice(
        [
            f"{t} {r.choice(LOOKS)} {r.choice(IMPRESSION_ADJ)}",
            f"{t} {r.choice(LOOKS)} {r.choice(IMPRESSION_ADJ)}: {r.choice(THINGS)} is {r.choice(FACT_ADJ)}",
            f"{_person(r)} {r.choice(['seemed', 'sounded', 'looked'])} {r.choice(MOODS)} on the call",
            f"{t} {r.choice(LOOKS)} like {r.choice(LIKE)}",
        ]
    )


def _impression_negative(r: random.Random) -> str:
    t = r.choice(THINGS)
    return r.choice(
        [
            f"{t} looks like the old one with a new logo",
            f"{_person(r)} said {t} {r.choice(LOOKS)} {r.choice(IMPRESSION_ADJ)}",
            f"{t} looks different after the update",
            f"{t} appears in the appendix",
            f"the error message appears when {_person(r)} logs in",
        ]
    )


def _guess(r: random.Random) -> str:
    a = _actor(r)
    return r.choice(
        [
            f"{a} {r.choice(HEDGE_ADV)} {r.choice(PAST_ACTS)}",
            f"{a} must have {r.choice(PAST_ACTS)}",
            f"{a} may have {r.choice(PAST_ACTS)}",
            f"{r.choice(HEDGE_ADV)}, {a} {r.choice(PAST_ACTS)}",
            f"I suspect {a} {r.choice(PAST_ACTS)}",
            f"{r.choice(THINGS)} {r.choice(['could', 'might', 'may'])} {r.choice(SLIPS)}",
        ]
    )


def _guess_negative(r: random.Random) -> str:
    a, who = _actor(r), _person(r)
    return r.choice(
        [
            f"{who} {r.choice(SAYERS)} that {a} {r.choice(HEDGE_ADV)} {r.choice(PAST_ACTS)}",
            f"staff may {r.choice(PERMITTED)} under the policy",
            f"please {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"could you {r.choice(SCHEDULED)} {r.choice(WHEN)}?",
            f"{a} must {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"if {a} {r.choice(PAST_ACTS)}, {who} will {r.choice(SCHEDULED)}",
            f"{a} {r.choice(PAST_ACTS)} {r.choice(WHEN)}",
            f'the engineer\'s note says "{r.choice(HEDGE_ADV)} a worn seal"',
        ]
    )


KINDS: dict[str, tuple[Callable[[random.Random], str], Callable[[random.Random], str]]] = {
    "motive": (_motive, _motive_negative),
    "prediction": (_prediction, _prediction_negative),
    "opinion": (_opinion, _opinion_negative),
    "hearsay": (_hearsay, _hearsay_negative),
    "impression": (_impression, _impression_negative),
    "guess": (_guess, _guess_negative),
}


# Wave 12 (s33): classes the wave-11 model still missed on the seen sets output8/output9 (motives read into a
# purpose clause, confident predictions about things and figures, blame verdicts, modal guesses with "may not" /
# "may struggle"), each with look-alikes: neutral purposes ("so the ferry avoids the fleet"), dated schedules,
# duties ("responsible for the catering"), conditional plans, titles and names holding a hedge word.
SELF_SERVING = """limit the bad publicity|avoid taking any risk|stop members leaving|grab the headlines first|
make up for a thin margin|win the next contract|keep the regulator off their back|get ahead of the rivals|
avoid more complaints from the council|keep the press away|look better than the other bidders|
claw back the money they lost|keep the staff from asking questions|stay in the director's good books|
make the figures look better|lock in the customers|silence the critics|avoid paying overtime|
take the credit for the fix|score points with the board""".replace("\n", "").split("|")
CONFIDENT_FUTURE = """slip into next year|crash during the first busy week|hit 60 by the weekend|
pass 120 before October|run over budget|be sluggish for days after the launch|sell out in an hour|
fall apart within a month|reach its target easily|be the busiest week of the year|miss the spring deadline|
flood the support desk|double the waiting list|outlast the old one by years|drive the price up|
put off most of the customers|leave the team short all summer|cause chaos at the depot|
be finished well before the deadline|break even in the first year""".replace("\n", "").split("|")
THING_SUBJECTS = """the new release|the appeal|the refit|the new Wi-Fi|registrations|ticket sales|the migration|
the new rota|the roadworks|the fundraiser|the pilot scheme|the price rise|the new depot|the spring sale|
the replacement part|the trial run|the helpline|the extension""".replace("\n", "").split("|")
REFUSED_FOR = ["too wet", "late", "damaged", "incomplete"]
DUE = """arrive on 3 June|open at 09:00 on Monday|close for the holiday on 24 December|start on 1 March|
run from 10:00 to 16:00|finish on Friday 14 June|be delivered to the back gate|cost 450 EUR as quoted|
be held in room 2|be invoiced at the end of the month""".replace("\n", "").split("|")
FAILURES = """the short cover|the freezer failure|the missed delivery|the data loss|the flooded basement|
the double booking|the late payroll|the broken lift|the outage on Monday|the lost samples|the overspend|
the cancelled shoot""".replace("\n", "").split("|")
DUTIES = """the catering|the rota|the booking|the keys|the minutes|the newsletter|the site visit|the payroll run|
the stock count|the guest list""".replace("\n", "").split("|")
STRUGGLES = """struggle in rough weather|not be delivered on time|not cope with the extra load|withdraw the offer|
fall short of the target|refuse to sign|change its mind|lose interest|not turn up|
back out at the last minute""".replace("\n", "").split("|")


def _purpose_motive(r: random.Random) -> str:
    a, act, m = _actor(r), r.choice(PAST_ACTS), r.choice(SELF_SERVING)
    return r.choice(
        [
            f"{a} {act} to {m}",
            f"{a} {act} quietly to {m}",
            f"{a} {act} so that they could {m}",
            f"{a} {act} so nobody could {r.choice(['object', 'complain', 'ask questions'])}",
            f"{a} chose {r.choice(ORGS)} because they're the cheapest",
            f"{a} chose {r.choice(ORGS)} because it suited them",
            f"{a} {act} as a way to {m}",
            f"{a} left {r.choice(['the team', 'everyone', 'the client'])} in the lurch by {r.choice(ING_ACTS)}",
        ]
    )


def _purpose_negative(r: random.Random) -> str:
    a, act, p = _actor(r), r.choice(PAST_ACTS), r.choice(NEUTRAL_PURPOSES)
    who = _person(r)
    return r.choice(
        [
            f"{a} {act} so the painters could {p}",
            f"the first sailing leaves later so the ferry avoids {r.choice(['the fishing fleet', 'the low tide'])}",
            f"{a} {act} so that {who} could {r.choice(SCHEDULED)} {r.choice(WHEN)}",
            f"{a} {act} to {p}, as the contract requires",
            f"{who} {r.choice(SAYERS)} that {a} {act} to {r.choice(SELF_SERVING)}",
            f"{a} chose {r.choice(ORGS)} because its quote was the lowest of the three",
            f"{r.choice(THINGS)} was turned away because it was {r.choice(REFUSED_FOR)}",
            f"{r.choice(THINGS)} cannot be repaired since its parts are no longer made",
        ]
    )


def _confident_future(r: random.Random) -> str:
    t = r.choice(THING_SUBJECTS)
    return r.choice(
        [
            f"{t} will {r.choice(CONFIDENT_FUTURE)}",
            f"{t} will easily {r.choice(CONFIDENT_FUTURE)}",
            f"{_actor(r)} will ask for another delay in {r.choice(['December', 'the spring', 'the new year'])}",
            f"{t} will {r.choice(CONFIDENT_FUTURE)} and {r.choice(THING_SUBJECTS)} won't {r.choice(WONT)}",
            f"{t} is going to {r.choice(CONFIDENT_FUTURE)}",
            f"{t} won't {r.choice(['survive the winter', 'be ready in time', 'sell', 'hold up'])}",
        ]
    )


def _confident_future_negative(r: random.Random) -> str:
    t, who = r.choice(THING_SUBJECTS), _person(r)
    return r.choice(
        [
            f"{t} will {r.choice(DUE)}",
            f"{who} {r.choice(SAYERS)} that {t} will {r.choice(CONFIDENT_FUTURE)}",
            f"if the weather is bad on {r.choice(WHEN)[3:] or 'Friday'}, {t} moves to the next day",
            f"{t} is scheduled to {r.choice(DUE)}",
            f"according to the plan, {t} will {r.choice(DUE)}",
            f"{t} will {r.choice(DUE)}, {who} confirmed",
        ]
    )


def _blame(r: random.Random) -> str:
    a, f = _actor(r), r.choice(FAILURES)
    return r.choice(
        [
            f"{a} is responsible for {f}",
            f"{a} should be held accountable for {f}",
            f"{a} is to blame for {f}",
            f"{f} is {a}'s fault",
            f"{a} caused {f} through sheer carelessness",
            f"{a} has been {r.choice(['wrecking', 'neglecting', 'mismanaging'])} {r.choice(THINGS)} for years",
            f"{r.choice(THINGS)} is a downgrade nobody asked for",
            f"{a} let everyone down over {f}",
        ]
    )


def _blame_negative(r: random.Random) -> str:
    a, f, who = _actor(r), r.choice(FAILURES), _person(r)
    return r.choice(
        [
            f"{a} is responsible for {r.choice(DUTIES)}",
            f"{who} {r.choice(SAYERS)} that {a} is responsible for {f}",
            f"the incident report names {a} as the cause of {f}",
            f"{a} apologised for {f}",
            f"{a} is investigating {f}",
            f"{a} reported {f} {r.choice(WHEN)}",
            f"{a} takes over {r.choice(DUTIES)} {r.choice(WHEN)}",
        ]
    )


def _modal_guess(r: random.Random) -> str:
    a = _actor(r)
    return r.choice(
        [
            f"{a} may {r.choice(STRUGGLES)}",
            f"{a} might {r.choice(STRUGGLES)} if {r.choice(ORGS)} hesitates",
            f"{r.choice(THINGS)} may not be {r.choice(['ready', 'enough', 'delivered on time'])} either",
            f"{a} could {r.choice(STRUGGLES)}",
        ]
    )


def _modal_negative(r: random.Random) -> str:
    a, t = _actor(r), r.choice(THINGS)
    return r.choice(
        [
            f"{a} may {r.choice(PERMITTED)} under the contract",
            f"{t} may run all night if it stays behind the fence",
            f"the choir sang '{r.choice(['Might and Mercy', 'Maybe Tomorrow', 'Perhaps Love'])}' as its set piece",
            f"{r.choice(['Guess Street', 'Maybe Lane', 'Hope Row'])} car park is next to the marina",
            f"{r.choice(PEOPLE)} is a {r.choice(['nine', 'four', 'two'])}-year-old spaniel",
            f"visitors may not park in bay {r.choice(['2', '4', '7'])}",
        ]
    )


KINDS.update(
    {
        "purpose_motive": (_purpose_motive, _purpose_negative),
        "confident_future": (_confident_future, _confident_future_negative),
        "blame": (_blame, _blame_negative),
        "modal_guess": (_modal_guess, _modal_negative),
    }
)


# Wave 13 (s41): classes the wave-12 model still missed on the seen set output10 (and output8/9 in a
# leave-one-set-out run): forecasts with a deadline or an event date ("will fail its re-inspection on
# 9 December", "will be paid in full by March", "will stay in place well into September"), blame pinned by
# construction ("is the one who should answer for", "and now X pays for it"), ranked merits as verdicts ("the
# least reliable supplier in the county", "past its best"), each with look-alikes: dated plans and payments,
# measured ranks ("the largest venue in the county", "the least expensive quote"), duties and repairs paid for.
MONTHS = "January|February|March|April|June|July|August|September|October|November|December".split("|")
EVENTS = """its re-inspection|the next audit|the fire check|the trial|the final round|the tender|the MOT|
the safety review|the appeal hearing|the road test""".replace("\n", "").split("|")
MERITS = "reliable|dependable|helpful|competent|professional|organised|responsive|efficient".split("|")
MEASURED = "largest|oldest|newest|smallest|least expensive|most expensive|closest|busiest".split("|")
KINDS_OF_FIRM = "supplier|caterer|venue|courier|contractor|printer|garage|agency|hotel|installer".split("|")
AREAS = "in the county|in the region|in town|on the list|we have used|in the city|on the shortlist".split("|")
OLD_THINGS = "the piano|the old van|the boiler|the coffee machine|the main lift|the stage lighting|the rota system"


def _dated_forecast(r: random.Random) -> str:
    t, month, day = r.choice(THING_SUBJECTS), r.choice(MONTHS), r.randint(1, 28)
    return r.choice(
        [
            f"{t} will fail {r.choice(EVENTS)} on {day} {month}",
            f"{_actor(r)} will win {r.choice(EVENTS)} on {day} {month}",
            f"{_person(r)}'s claim will be paid in full by {month}",
            f"{t} will stay in place well into {month}",
            f"{t} will be a record one this year",
            f"{r.choice(ORGS)} will not be ready to {r.choice(SCHEDULED)} by {day} {month}",
            f"{t} will be sluggish for days after {r.choice(['the migration', 'the move', 'the launch'])}",
            f"{t} will drag on well past {month}",
        ]
    )


def _dated_forecast_negative(r: random.Random) -> str:
    t, month, day = r.choice(THING_SUBJECTS), r.choice(MONTHS), r.randint(1, 28)
    return r.choice(
        [
            f"the missing hours will be paid on {day} {month}",
            f"{_person(r)} will visit {r.choice(ORGS)} on {day} {month}",
            f"{t} will be stopped from 07:00 on {day} {month}",
            f"{t} will face {r.choice(EVENTS)} on {day} {month}",
            f"{_person(r)}'s claim was paid in full in {month}",
            f"{t} stays in place until {day} {month}, {_person(r)} {r.choice(SAYERS)}",
            f"{r.choice(ORGS)} will {r.choice(SCHEDULED)} by {day} {month}",
        ]
    )


def _pinned_blame(r: random.Random) -> str:
    a, b, f = _actor(r), _actor(r), r.choice(FAILURES)
    return r.choice(
        [
            f"{a} is the one who should answer for {f}",
            f"{a} missed the problem last time, and now {b} pays for it",
            f"{f} shows that {r.choice(THINGS)} has failed",
            f"{a} is responsible for {f}",
            f"{f} is down to {a} in the end",
            f"{a} left {b} to carry the can for {f}",
        ]
    )


def _pinned_blame_negative(r: random.Random) -> str:
    a, f = _actor(r), r.choice(FAILURES)
    return r.choice(
        [
            f"{a} will answer questions about {f} at the meeting on {r.choice(WHEN)[3:] or 'Friday'}",
            f"{a} paid for the repairs after {f}",
            f"{a} is the one who books {r.choice(DUTIES)}",
            f"the report shows that {f} cost 1,200 EUR",
            f"{a} is responsible for {r.choice(DUTIES)} from {r.choice(MONTHS)}",
        ]
    )


def _ranked_merit(r: random.Random) -> str:
    a = r.choice(ORGS)
    return r.choice(
        [
            f"{a} is the least {r.choice(MERITS)} {r.choice(KINDS_OF_FIRM)} {r.choice(AREAS)}",
            f"{a} is the most {r.choice(MERITS)} {r.choice(KINDS_OF_FIRM)} {r.choice(AREAS)}",
            f"{r.choice(OLD_THINGS.split('|'))} is past its best",
            f"{a} has seen better days",
        ]
    )


def _ranked_merit_negative(r: random.Random) -> str:
    a = r.choice(ORGS)
    return r.choice(
        [
            f"{a} is the {r.choice(MEASURED)} {r.choice(KINDS_OF_FIRM)} {r.choice(AREAS)}",
            f"{a}'s quote is the least expensive of the three",
            f"{r.choice(OLD_THINGS.split('|'))} is {r.randint(8, 40)} years old",
            f"{_person(r)} called {a} the most {r.choice(MERITS)} {r.choice(KINDS_OF_FIRM)} {r.choice(AREAS)}",
        ]
    )


KINDS.update(
    {
        "dated_forecast": (_dated_forecast, _dated_forecast_negative),
        "pinned_blame": (_pinned_blame, _pinned_blame_negative),
        "ranked_merit": (_ranked_merit, _ranked_merit_negative),
    }
)


def generate(seed: int, per_kind: int) -> list[tuple[str, int, str]]:
    """(sentence, label: 1 speculative, kind) for each kind, `per_kind` positives and as many negatives."""
    r = random.Random(seed)
    out: dict[str, tuple[int, str]] = {}
    for kind, (pos, neg) in KINDS.items():
        for label, make in ((1, pos), (0, neg)):
            made, tries = 0, 0
            while made < per_kind and tries < per_kind * 20:
                tries += 1
                s = _end(make(r))
                if s not in out:
                    out[s] = (label, kind)
                    made += 1
    return [(s, label, kind) for s, (label, kind) in out.items()]
