"""Word classes of `speculation`'s class rules (`_kinds`), organised by what they mean, not by phrase.

A hand list reviewed class by class (no permissively licensed English lexicon with parts of speech and
inflections installs from PyPI without a download at run time). Verb classes list base forms only; every
inflection (-s, -ed, -ing, with the usual spelling changes) is derived by `forms` when the module loads,
and an irregular or doubled form is written after a slash ("stem/stemmed/stemming", "cut/cutting").
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._lexicon import word_classes

# One class per entry: a NAME line, then its words (indented); "#" lines say what a class is for.
# Classes whose name ends in _VERB list base forms and are inflected.
_TABLE = """
# What a modal guesses at when it names a cause or a link: "may stem from", "could be down to".
CAUSAL_VERB:
    stem/stemmed/stemming originate result reflect explain trace relate link connect account derive arise/arose/arisen
    contribute lie/lay/lain/lying come/came/coming cause trigger drive/drove/driven/driving
CAUSAL_STATE:
    due related linked connected down behind caused responsible blame result cause reason culprit symptom sign
    driven triggered explained attributable tied
# A modal then one of these is a guess about how things stand, not a permission ("the quote may not include").
STATIVE_VERB:
    include cover contain apply work know matter exist reach suit fit last hold mean need realise/realised/realising
    realize/realized/realizing understand/understood notice care want like remember recall see/saw/seen/seeing
# Epistemic adjectives in "it is (quite) possible that", "a real possibility".
EPISTEMIC_ADJ:
    possible probable likely conceivable plausible doubtful unlikely improbable feasible credible impossible
    unthinkable inconceivable
CHANCE_NOUN:
    chance chances possibility possibilities likelihood probability risk odds prospect
CHANCE_ADJ:
    good fair real strong high decent slim small reasonable distinct outside serious definite big
# Desires and attempts, every tense ("wanted", "is trying", "hopes").
INTENT_VERB:
    want try/tried/tries/trying hope aim seek/sought/seeking look angle mean/meant/meaning intend scheme plot
    plan/planned/planning wish keen eager desperate determined
# What a desire aims at that no e-mail announces: an escape, a cover, a squeeze ("wanted to avoid", "trying
# to justify its fee", "wants to lock us in").
MOTIVE_VERB:
    avoid dodge evade escape duck justify squeeze punish embarrass humiliate discredit undermine sabotage lock
    force push pressure pressurise pressurize corner hide/hid/hidden/hiding bury/buried/buries conceal cover
    shield protect save deflect shift offload dump exploit milk stall delay drag/dragged/dragging wriggle worm
    weasel sideline intimidate manipulate placate appease impress silence bully trap lure pad/padded/padding inflate
    fudge massage poach steal/stole/stolen/stealing undercut/undercutting oust outmanoeuvre outmaneuver
# Purposes that read a motive into an act whoever acts ("inflated the hours to pad the invoice").
PURPOSE_VERB:
    pad/padded/padding inflate fudge massage milk spite punish humiliate embarrass undermine sabotage bury/buried
    deflect dodge evade duck wriggle weasel silence placate appease flatter discredit distract intimidate manipulate
# The same, when a person is the object ("to force us to accept", not "to force a resync").
PRESSURE_VERB:
    force teach/taught pressure pressurise pressurize lure trap exploit corner squeeze rush/rushed/rushing
# Minds no modal can permit: "may already know", "might not care" guess at a person's state.
MENTAL_STATIVE_VERB:
    know/knew/known realise realize understand/understood remember suspect care mind notice feel/felt think/thought
    believe prefer resent regret blame
# "only/just/simply trying to": a minimiser before an intent is a reading of motive.
MINIMISER:
    just only simply merely really mainly
# Neglect named as the reason for a mishap ("because the engineer ignored the alerts").
NEGLECT_VERB:
    ignore overlook/overlooked/overlooking/overlooks neglect forget/forgot/forgotten/forgetting skip/skipped/skipping
    rush botch bungle mishandle fumble micromanage meddle interfere dither procrastinate slack overspend overpromise
    overreach mislead/misled mismanage misjudge underestimate lie/lied/lying
# Conduct given as a cause ("because the driver was speeding").
CONDUCT:
    speeding texting drinking drunk asleep distracted careless reckless
CORNERS:
    corners shortcuts short-cuts
# "let the situation spiral": a failure to act named as blame.
DRIFT_VERB:
    spiral/spiralled/spiralling/spiraled/spiraling slide/slid/sliding slip/slipped/slipping drift fester escalate
    deteriorate worsen unravel pile mount rot build/built lapse expire
# Outcomes of a future nobody can know ("margins will shrink", "the policy will annoy staff").
OUTCOME_VERB:
    shrink/shrank/shrunk grow/grew/grown increase decrease worsen improve recover rebound climb soar plunge plummet
    tumble surge spike dip stagnate deteriorate escalate backfire hurt harm damage cost annoy upset anger alienate
    confuse frustrate irritate survive succeed haunt disappoint collapse vanish notice mind object double triple halve
    resurface recur reoccur reappear flare
    dry/dried/dries/drying balloon explode evaporate flounder falter lag sour
# Evaluative adjectives: a judgement after a linking verb ("the app is clunky", "the meeting was disappointing").
JUDGEMENT_ADJ:
    hideous ugly shocking appalling atrocious abysmal lousy dreadful awful terrible horrible horrendous poor bad
    mediocre disappointing underwhelming frustrating infuriating maddening irritating annoying clunky clumsy
    cumbersome convoluted confusing unusable unworkable flawed inadequate unacceptable inexcusable unprofessional
    shoddy sloppy careless lazy incompetent useless pointless worthless hopeless ridiculous absurd silly stupid
    dumb naive misguided wrongheaded short-sighted shortsighted ill-advised ill-conceived half-baked overpriced
    overrated overhyped stale boring dull tedious messy chaotic disorganised disorganized shambolic
    dysfunctional toxic unreasonable unfair unrealistic excessive exorbitant extortionate outrageous scandalous
    disgraceful shameful pathetic laughable pitiful dismal woeful feeble lame weak sub-par subpar second-rate
    amateurish dodgy shady sketchy questionable dubious rude arrogant pushy aggressive difficult stubborn
    excellent superb outstanding brilliant great fantastic wonderful terrific marvellous marvelous impressive
    stellar top-notch first-rate exceptional lovely beautiful gorgeous elegant slick polished nice delightful
    pleasant enjoyable superior inferior ideal perfect flawless spotless fabulous amazing incredible awesome
    genius clever smart wise foolish unwise sensible solid generous stingy greedy honest dishonest
    trustworthy untrustworthy reliable unreliable competent capable talented gifted hard-working hardworking
    dedicated unhelpful helpful friendly unfriendly charming chaos bedlam carnage
    lacklustre lackluster unimpressive uninspiring uninspired substandard shabby tacky patchy overcomplicated
    overengineered over-engineered bureaucratic vague evasive unresponsive condescending patronising patronizing
    dismissive obnoxious abrasive unpleasant unethical crooked corrupt incoherent muddled rambling pedantic
    nitpicky superlative phenomenal exemplary admirable commendable praiseworthy world-class faultless
    impeccable spot-on outdated cluttered steep pricey one-sided lopsided biased slanted unbalanced overkill
    unnecessary superfluous curt harsh blunt abrupt snippy snide sarcastic non-existent nonexistent bland drab
# Near-synonyms of the words above, picked by hand from Princeton WordNet 3.0's synsets of their first sense
# (WordNet 3.0 Copyright 2006 by Princeton University; licence in guardrails_lite/data/grounding/PROVENANCE.md).
    abominable crappy cockamamie crackbrained derisory dismaying dissatisfactory dreary exasperating fab frightful
    galling grotesque haphazard horrid horrific icky ignominious inexpert infantile irksome ludicrous monstrous
    nettlesome opprobrious pesky piteous pitiable preposterous rotten shitty slipshod splendid stinking tawdry
    tiresome underhanded unconscionable unjust unmannerly unsatisfying unskilled unspeakable usurious vexatious
    vexing wacky wearisome wretched wonky zany undependable untrusty uneconomical unwieldy obtuse myopic
    foolhardy ungenerous unenviable grievous
    insulting offensive demeaning disrespectful cheeky shameless worrying alarming troubling disturbing baffling
    puzzling misleading encouraging reassuring exciting
# Feelings seen on someone ("looked exhausted", "sounded upset"): an appearance verb makes them an impression.
FEELINGS:
    exhausted tired weary drained shattered upset angry annoyed irritated worried nervous anxious uneasy
    uncomfortable unhappy frustrated stressed tense flustered rattled shaken relieved pleased delighted thrilled
    happy bored distracted confused lost defensive hostile evasive embarrassed guilty sheepish keen eager
    reluctant hesitant
# Comparatives that judge ("far better than", "much nicer").
JUDGEMENT_COMPARATIVE:
    better worse nicer superior inferior smarter cleverer wiser sillier uglier prettier cheaper-looking
    happier sadder easier harder simpler clearer
# "badly written", "poorly run": a manner adverb judging how something was done.
MANNER_JUDGEMENT:
    badly poorly terribly horribly awfully shoddily sloppily clumsily brilliantly beautifully superbly wonderfully
    expertly skilfully skillfully masterfully dreadfully atrociously woefully
# "impossible to work with", "a pain to deal with".
PEOPLE_VERB:
    work deal negotiate reason talk manage please
HARD_ADJ:
    impossible hard difficult tough tricky painful exhausting pain nightmare joy pleasure
# Impressions: "came across as rude", "strikes me as odd".
IMPRESSION_VERB:
    come/came/coming strike/struck/striking
# Talk with no speaker: "the word around the depot is that", "there's chatter that".
HEARSAY_NOUN:
    word talk chatter buzz gossip rumour rumours rumor rumors story whisper whispers whispering speculation
    grapevine scuttlebutt murmurs noise rumblings mutterings murmurings
# Speakers nobody can check: "someone mentioned", "people are whispering".
ANONYMOUS:
    someone somebody people insiders sources others folks colleagues everyone everybody
HEARSAY_VERB:
    say/said/saying mention whisper hint suggest claim gossip murmur tell/told/telling think/thought
# A mood read into a room: "a tense atmosphere", "the mood was frosty".
ATMOSPHERE:
    atmosphere mood tone vibe air feeling climate
MOOD_ADJ:
    tense frosty awkward heated hostile strained icy toxic sour gloomy upbeat cold uneasy charged fraught poisonous
    sombre somber bleak grim dismal
# Groups too vague to check: "some of the staff think".
GROUP:
    staff people colleagues employees members team workers managers customers clients users residents engineers
# First-person hearsay: "I've been told", "we were told".
TOLD:
    told informed
# A fault owned by someone: "Dana's mistake", "the landlord's refusal to", "Kim's overspending".
FAULT_NOUN:
    mistake mistakes error errors fault blunder blunders oversight oversights negligence carelessness incompetence
    failure refusal overspending mismanagement sloppiness laziness meddling interference bungling screw-up
    slip-up incompetency indecision inaction inattention neglect
# Omissions that are accusations after "never": "never checked the goods", "was never trained properly".
NEVER_DONE:
    checked tested trained verified maintained serviced reviewed followed listened bothered read updated
    supervised documented
# People a mishap can be "caused by" (after "the", within a few words): "caused by the sales team".
PEOPLE_NOUN:
    team staff manager managers department crew contractor contractors supplier suppliers landlord agent agency
    council driver drivers courier vendor organisers organizers committee engineer engineers technician office
    management director directors board employee employees cleaners builders installer installers movers
    plumber electrician accountant accountants lawyer lawyers client clients customer customers developer
    developers admin admins caretaker janitor receptionist guard guards porter intern interns assistant nurse
    cleaner landlady owner owners seller buyer buyers broker lead head chair officer
# Mishaps someone can be "responsible for".
MISHAP:
    breakage breakages damage damages accident accidents spill spills flood flooding fire injury injuries bug bugs
    dead broken damaged ruined shortage shortages complaint complaints chaos fiasco mix-up mixup blunder blunders
    backlog defects defect leak leaks outage outages delay delays fault faults problem problems responsibility mess
"""


def forms(entry: str) -> list[str]:
    """A verb's base form and its regular inflections, plus any irregular forms given after slashes."""
    base, *extra = entry.split("/")
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        stem = base[:-1]
        regular = [base + "s", stem + "ed", stem + "ing"]
    elif base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        regular = [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        regular = [base + "es", base + "ed", base + "ing"]
    else:
        regular = [base + "s", base + "ed", base + "ing"]
    return [base, *regular, *extra]


def _forms_of(name: str, word: str) -> list[str]:
    """A verb class lists base forms only: each stands for all its inflections."""
    return forms(word) if name.endswith("_VERB") else [word]


_K = word_classes(_TABLE, _forms_of)
CAUSAL_VERB = _K["CAUSAL_VERB"]
CAUSAL_STATE = _K["CAUSAL_STATE"]
STATIVE_VERB = _K["STATIVE_VERB"]
EPISTEMIC_ADJ = _K["EPISTEMIC_ADJ"]
CHANCE_NOUN = _K["CHANCE_NOUN"]
CHANCE_ADJ = _K["CHANCE_ADJ"]
INTENT_VERB = _K["INTENT_VERB"]
MOTIVE_VERB = _K["MOTIVE_VERB"]
MINIMISER = _K["MINIMISER"]
NEGLECT_VERB = _K["NEGLECT_VERB"]
CORNERS = _K["CORNERS"]
DRIFT_VERB = _K["DRIFT_VERB"]
OUTCOME_VERB = _K["OUTCOME_VERB"]
JUDGEMENT_ADJ = _K["JUDGEMENT_ADJ"]
JUDGEMENT_COMPARATIVE = _K["JUDGEMENT_COMPARATIVE"]
MANNER_JUDGEMENT = _K["MANNER_JUDGEMENT"]
PEOPLE_VERB = _K["PEOPLE_VERB"]
HARD_ADJ = _K["HARD_ADJ"]
IMPRESSION_VERB = _K["IMPRESSION_VERB"]
TOLD = _K["TOLD"]
MISHAP = _K["MISHAP"]
PURPOSE_VERB = _K["PURPOSE_VERB"]
PRESSURE_VERB = _K["PRESSURE_VERB"]
MENTAL_STATIVE_VERB = _K["MENTAL_STATIVE_VERB"]
HEARSAY_NOUN = _K["HEARSAY_NOUN"]
ANONYMOUS = _K["ANONYMOUS"]
HEARSAY_VERB = _K["HEARSAY_VERB"]
ATMOSPHERE = _K["ATMOSPHERE"]
FEELINGS = _K["FEELINGS"]
FAULT_NOUN = _K["FAULT_NOUN"]
CONDUCT = _K["CONDUCT"]
NEVER_DONE = _K["NEVER_DONE"]
PEOPLE_NOUN = _K["PEOPLE_NOUN"]
MOOD_ADJ = _K["MOOD_ADJ"]
GROUP = _K["GROUP"]
# What an avoidance dodges when it is a motive ("to avoid scrutiny", "to avoid paying"), not a plan against a
# mishap ("to avoid the heat", "to avoid delays").
AVOIDED = frozenset(
    """scrutiny blame paying responsibility questions question accountability criticism embarrassment detection
    attention confrontation conversation penalty penalties tax taxes fees fee liability refund refunds""".split()
)
