"""Word lists of the `speculation` check: triggers by category and the cues its rules use.

Kept apart from the logic so the lists can be read (and argued with) on their own. Phrases are
matched case-insensitively on whole tokens; ' stands for both straight and curly apostrophes.
"""

from __future__ import annotations

from guardrails_lite.text import stem

HEDGES = (
    "probably|presumably|perhaps|maybe|possibly|conceivably|supposedly|seemingly|plausibly|apparently|"
    "in all likelihood|in all probability|most likely|more than likely|very likely|quite likely|likely|"
    "it seems|seems|seemed|seem to|appears to|appear to|it appears|it looks like|looks like|"
    "my guess is|my guess|i guess|if i had to guess|i suspect|i think|i believe|i imagine|i bet|i reckon|"
    "i would guess|i'd guess|i would say|i'd say|my hunch|hunch|gut feeling|my sense is|i assume|"
    "i presume|makes me think|make me think|chances are|odds are|there's a chance|there is a chance|"
    "a good chance|it's possible that|"
    "it is possible that|no doubt|doubtless|surely|it is safe to assume|safe to assume|safe to say|"
    "one can assume|we can assume|it is fair to assume|one would think|you would think|"
    "one suspects|one wonders|one imagines|one assumes|one gathers|one senses|"
    "might be|could be|might well|may well|could well|bound to|"
    "evidently|obviously|really about|to get rid of|getting rid of|"
    "speculate|speculating|presumed|suspect|suspects|suspected|it stands to reason|almost certainly|"
    "every chance|i'd wager|i would wager|wager|would not be surprising|wouldn't be surprising|"
    "would not be surprised|wouldn't be surprised|as if|would never have|would not have|wouldn't have|"
    "prob|prolly|probs|won't last|will not last|isn't going to last|is not going to last|there may be|"
    "there might be|there could be|inevitably|never going to|always going to|was going to fail|probable|"
    "only a matter of time|matter of time|is certain to|are certain to|is sure to|are sure to|"
    "will pay for itself|will pay for themselves|go out of business|going to take off|go bust|"
    "going to go under|will go under"
).split("|")
ATTRIBUTIONS = (
    "hidden agenda|an agenda|own agenda|ulterior motive|ulterior motives|real reason|true reason|real motive|"
    "reading between the lines|read between the lines|between the lines|secretly|deep down|covering up|"
    "cover up|cover-up|cover his tracks|cover her tracks|cover their tracks|dropped the ball|to blame|"
    "at fault|'s fault|his fault|her fault|their fault|blame lies|scapegoat|passive-aggressive|"
    "passive aggressive|under the bus|doesn't care|does not care|didn't care|did not care|couldn't care less|"
    "can't be trusted|cannot be trusted|not to be trusted|out to get|trying to undermine|undermining|"
    "sabotage|sabotaging|incompetent|incompetence|careless|carelessness|sloppy|lazy|negligent|negligence|"
    "to save face|save face|to look good|protect himself|protect herself|protect themselves|avoid blame|"
    "avoid responsibility|power play|office politics|playing politics|implying|insinuating|resentment|"
    "fed up|bluffing|reading the tone|the tone of|tone of his|tone of her|tone of their|must feel|"
    "up to fail|avoid scrutiny|someone wanted|somebody wanted|someone wants|somebody wants|clearly did not|"
    "clearly didn't|obviously did not|obviously didn't|clearly does not|clearly doesn't|behind the polite|"
    "made up his mind|made up her mind|made up their mind|made up their minds|lost confidence|lost faith|"
    "stringing us along|string us along|stringing them along|playing for time|to buy time|"
    "holds a grudge|holding a grudge|grudge against|jealous|spiteful|vindictive|pretending|feigning|"
    "never intended|never meant to|never really meant|didn't really believe|did not really believe|"
    "never really believed|didn't really want|did not really want|never really wanted|never took it seriously"
).split("|")
UNVERIFIABLE = (
    "nobody says it|no one says it|nobody will say it|no one will say it|nobody will admit|no one will admit|"
    "everyone knows|everybody knows|we all know|it's no secret|it is no secret|open secret|between you and me|"
    "rumour has it|rumor has it|word is|the word is|people are saying|people say|i hear|i've heard|"
    "off the record|let's be honest|let's face it|truth be told|the truth is|in truth|if we're honest|"
    "if we are honest|nobody wants to say|no one wants to say|nobody wants to admit|no one wants to admit|"
    "say it out loud|hard not to conclude|one can only conclude|can't help but think|can't help thinking|"
    "nobody believes|no one believes|everyone thinks|everybody thinks|gossip|rumour|rumours|rumor|rumors|"
    "someone said|somebody said|someone told me|somebody told me|the grapevine|hearsay"
).split("|")
EMOTIONS = frozenset(
    "furious angry upset frustrated annoyed embarrassed livid resentful bitter ashamed worried nervous afraid "
    "scared unhappy disappointed hurt offended irritated fuming humiliated panicking panicked stressed "
    "defensive insecure anxious relieved thrilled delighted desperate guilty mad irate sulking exhausted "
    "overwhelmed tired miserable excluded betrayed happy pleased satisfied keen "
    "hostile bored confused demoralised demoralized burned devastated heartbroken gutted distraught crushed".split()
)
# Epistemic cues that turn a feeling word into a guess about someone's state of mind.
EPISTEMIC = frozenset(
    "must probably clearly obviously surely likely bet seems seemed secretly definitely evidently apparently "
    "presumably perhaps maybe given reads suggests suggest suggesting hints hint implies imply indicates "
    "signals".split()
)
# `whoever` + one of these in the same sentence assigns blame to an unknown person.
BLAME = frozenset(
    "careless responsible messed screwed dropped forgot broke sloppy fault blame lazy negligent clearly obviously "
    "rushed never didn't hadn't wasn't failed ignored wanted".split()
)
REPORTING = frozenset(
    "said says wrote writes mentioned mentions noted notes told tells according reported reports estimated "
    "estimates expects expected thinks thought believes believed warned warns stated states added adds "
    "replied replies explained explains confirmed confirms suggested predicted predicts asked asks "
    "cautioned cautions feared fears hoped hopes complained complains admitted admits insisted insists argued "
    "argues claimed claims announced announces acknowledged acknowledges conceded concedes commented comments "
    "emailed posted messaged described describes called predict expect warn argue insist admit found finds "
    "advised advises concluded concludes recommended recommends suspects hinted".split()
)
CONTRAST = frozenset({"but", "though", "although", "however", "yet", ";", "while"})
FIRST_PERSON = frozenset({"i", "my", "me", "i'd", "i've"})
QUOTES = '"“”«»'
IRREGULAR = frozenset(
    "been known forgotten seen thought felt had got gotten taken given made lost told heard left missed sent "
    "written done gone meant read understood overlooked".split()
)
# Trigger words that are technical terms before these nouns ("lazy loading"), not judgements of people.
TECHNICAL = frozenset(
    ("lazy", w) for w in ("loading", "load", "loaded", "evaluation", "initialisation", "initialization", "import")
) | frozenset({("sloppy", "focus"), ("careless", "mode")})
PRONOUNS = frozenset("he she they him her them someone somebody everyone nobody".split())
MOTIVE_VERBS = frozenset(
    stem(w)
    for w in "like liked want wanted trust trusted care cared hate hated resent resented fear feared "
    "envy envied dislike disliked".split()
)
