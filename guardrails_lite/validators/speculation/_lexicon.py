"""General epistemic and mental-state lexicon of `speculation`, by part of speech.

The phrase lists in `_terms` name ways of speculating one by one; these word classes let
rules recognise a *kind* of statement (a guess, a feeling read into someone, an intent, a blame
judgement) however it is worded. Word forms are listed because the blank pipeline has no lemmatiser.
"""

from __future__ import annotations

from collections.abc import Callable

# Evidential and epistemic phrases missing from the original hedge list: perception used as evidence,
# impressions, bets, "no coincidence".
EVIDENTIAL = (
    "undoubtedly|unquestionably|arguably|reportedly|allegedly|ostensibly|purportedly|reputedly|"
    "without doubt|without a doubt|without any doubt|the hallmarks of|the hallmark of|all the signs of|"
    "has the look of|had the look of|has the air of|"
    "in all likelihood|odds-on|all but certain|safe bet|a good bet|put money on|money is on|"
    "i'd bet|i would bet|my bet|i feel like|it feels like|feels like|i have a feeling|have a feeling|"
    "get the feeling|gets the feeling|got the feeling|get the impression|gets the impression|got the impression|"
    "the impression that|gives the impression|give the impression|get the sense|gets the sense|got the sense|"
    "the sense that|a sense that|one senses|you can tell|one can tell|hard to escape|"
    "sounds like|sound like|sounds as if|sounds as though|looks as if|looks as though|look as though|"
    "look as if|seems as if|seems as though|it would appear|it would seem|would seem|"
    "no coincidence|not a coincidence|hardly a coincidence|no accident|not by accident|"
    "speaks volumes|says a lot|it's telling|is telling|telling that|smells like|smells of|reeks of|"
    "a sign that|a clear sign|hints at|hint at|points to|unlikely|improbable|doubtful|on the cards|"
    "i'm sure|i am sure|i'm convinced|i am convinced|i'm certain|i am certain|i doubt|i wonder|"
    "behind the scenes|behind closed doors|behind his back|behind her back|behind their backs|"
    "fair to say|mark my words|letting on|let on|lets on|way of saying|code for|has no idea|have no idea|"
    "had no idea|no clue|tells you everything|tells you all|says it all|says everything|doomed|a formality|"
    "a done deal|rubber stamp|rubber-stamp|for show|a sham|a charade|window dressing|lip service|amazed if|shocked if|"
    "astonished if|on purpose|deliberately|intentionally|knowingly|"
    "hardly accidental|not accidental|no accident|hard to see|would explain|believed to|thought to be|rumoured|"
    "rumored|said to be|judging by|there's no way|there is no way|no way that|don't add up|doesn't add up|"
    "does not add up|do not add up|didn't add up|something is off|something's off|something is not right|"
    "something isn't right|something doesn't feel right|hard to believe|difficult to believe|plainly|patently|"
    "manifestly|transparently|gave the impression|almost definitely|from what i can tell|as far as i can tell|"
    "as far as we can tell|as far as we know|as far as i know|to my knowledge|from what i gather|from what i hear|"
    "potentially|logs point to|signs point to|figures point to|numbers point to|fair to assume|"
    "reasonable to assume|by all appearances|"
    "to all appearances|"
    "from all appearances|"
    "to all intents and purposes|for all intents and purposes|"
    "giving the impression|can only go|can only get|can only end|judging from|to judge by|will never|"
    "more to this|more to it than|meets the eye|anyone is admitting|anyone admits|anything but a|nothing more than|"
    "hardly an accident|not an accident|in my view|in my opinion|if you ask me|to my mind|my view is|"
    "reads as|reads like|no wonder|explains why|wouldn't surprise me|would not surprise me|surprised if|"
    "won't say so|won't say it|won't admit|will not admit|would never admit|doesn't say so|does not say so|"
    "didn't say so|did not say so|isn't saying|is not saying|hoping nobody|hoping no one|hopes nobody|"
    "hopes no one|nobody notices|no one notices|nobody will notice|no one will notice|before anyone notices|"
    "i heard|i've heard|i hear|there is talk|there's talk|talk is that|word is that|word has it|the grapevine|"
    "rumour has it|rumor has it|some say|people say|anyone's guess|anybody's guess|it is probable|"
    "it's probable|probable that|the timing suggests|the timing points|"
    # Certainty asserted over a claim nobody sourced, like "no doubt" (review r18 L2: "No question the flashing
    # was forgotten because ..."); "no question was asked", "no question of a refund" name a question.
    "there is no question that|there's no question that|there was no question that|no question about it|"
    "without question|beyond question|beyond doubt|beyond any doubt|beyond all doubt|no question the|"
    "no question he|no question she|no question they|no question it|no question this|no question his|"
    "no question her|no question their"
).split("|")
# Behaviour words that carry an intent (stalling = delaying *on purpose*).
INTENT_BEHAVIOUR = (
    "stalling|stonewalling|stonewalled|dragging their feet|dragging his feet|dragging her feet|"
    "dragging its feet|foot-dragging|dodging|deflecting|posturing|grandstanding|backpedalling|backpedaling|"
    "sandbagging|scheming|plotting|manoeuvring|maneuvering|covering for|cover for|shielding|"
    "playing games|brushing off|fobbing off|stringing along|"
    "took it personally|takes it personally|taking it personally|holds it against|held it against|"
    "lost interest|losing interest|lost patience|losing patience|given up on|gave up on|checked out|"
    "cannot stand|can't stand|couldn't stand|could not stand|never liked|never wanted|never trusted|"
    "doesn't trust|does not trust|didn't trust|did not trust|don't trust|do not trust|no longer trusts|"
    "doesn't respect|does not respect|doesn't like|does not like|knows full well|knew full well|"
    "wants revenge|out for revenge|has it in for|have it in for|wants out|wanted out|"
    "shift the blame|shifting the blame|pin the blame|pinning the blame|pin it on|pass the buck|passing the buck|"
    "deflect blame|deflect the blame|tension between|tensions between|friction between|bad blood|no love lost|"
    "rivalry between|clash of egos|personality clash|at loggerheads|don't get along|do not get along|"
    "doesn't get along|don't see eye to eye|refused to listen|wouldn't listen|would not listen|didn't listen|"
    "won't listen|never listens|couldn't be bothered|can't be bothered|didn't bother|"
    "more interested in|only interested in|only cares about|only care about|cares more about|cared more about|"
    "feeling the pressure|feeling the heat|out of his depth|out of her depth|out of their depth|"
    "in over his head|in over her head|not up to the job|not cut out for|clueless|inept|dishonest|"
    "untrustworthy|two-faced|disingenuous|duplicitous|sick of|tired of|sick and tired|doesn't believe in|"
    "does not believe in|don't believe in|do not believe in|take credit|takes credit|taking credit|took credit|"
    "wants the credit|wants credit|get the credit|gets the credit|getting the credit|got the credit|"
    "keeping quiet|keep quiet|kept quiet|keeping it quiet|hush up|hushed up|"
    "under the rug|under the carpet|avoid a scandal|avoid embarrassment|hiding something|hiding the truth|"
    "something to hide|fishing for|angling for|playing hardball|just an excuse|an excuse to|a ploy|a pretext|"
    "smokescreen|smoke screen|a cover for|cover story|really a way|a way to get rid|power grab|grab for power|"
    "soft spot|plays favourites|plays favorites|playing favourites|playing favorites|off the hook|off easy|"
    "hoping it goes away|hoping the problem goes away|go away on its own|goes away on its own|blow over|"
    "blows over|typical of|so typical|they always do|he always does|she always does|as they always|"
    "as he always|as she always|quietly looking|privately|covertly|on the quiet|on the sly|don't really care|"
    "doesn't really care|do not really care|does not really care|never really cared|didn't really care|"
    "close to quitting|about to quit|ready to quit|on the verge of|thinking of leaving|thinking about leaving|"
    "burned out|burnt out|worn out|stressed out|a joke|laughable|a farce|a shambles|a circus|a fiasco|"
    "box-ticking|box ticking|tick-box|for the optics|damage control|damage-control|pr stunt|face-saving|"
    "making a point|to make a point|prove a point|empire-building|own little empire|turf war|territorial|"
    "as leverage|bargaining chip|gain leverage|overly|be seen as|axe to grind|ax to grind|in denial|"
    "messed up|screwed up|botched|bungled|mishandled|fumbled|should have known|should've known|ought to have|"
    "hidden motive|hidden motives|hidden reason|hidden reasons|"
    "lying about|lied about|lies about|is lying|are lying|was lying|were lying|is hiding|are hiding|was hiding|"
    "were hiding|faking|fudging|fudged|cooking the books|massaging the numbers|to get noticed|get noticed by|"
    "to get ahead|to score points|score points with|curry favour|curry favor|suck up to|sucking up|"
    "dead on arrival|gone downhill|going downhill|went downhill|weakest link|for no reason|for no good reason|"
    "takes it seriously|take it seriously|takes the|nobody takes|no one takes|a lost cause|beyond saving|"
    "out of touch|behind the times|not fit for purpose|a step backwards|over the top|not thought through|"
    "poorly thought out|badly thought out|a recipe for disaster|asking for trouble|doomed to fail|set up to fail|"
    "cutting corners|cut corners|cuts corners|make his mark|make her mark|make their mark|making his mark|"
    "making her mark|making their mark|playing us off|playing them off|play us off|play them off|played us off|"
    "human error|driver error|operator error|user error|pilot error|at the root of|on his watch|on her watch|"
    "on their watch|how far it can push|how far they can push|how far he can push|how far she can push|"
    "buying time|buys time|bought time|buy time|looks to be|look to be|looked to be|looks to have|seems to be|"
    "get out of paying|getting out of paying|get away with|getting away with|got away with|"
    "hold for long|last for long|last long|leaves a lot to be desired|left a lot to be desired|"
    "leaves much to be desired|took us for a ride|taken for a ride|take us for a ride|taking us for a ride|"
    "take the blame|takes the blame|took the blame|carry the blame|deserves the blame|deserve the blame|"
    "bears the blame|bear the blame|shoulder the blame|dragged its feet|dragged their feet|dragged his feet|"
    "dragged her feet|drags its feet|drags their feet|drags his feet|drags her feet|drag its feet|"
    "drag their feet|would not surprise|wouldn't surprise|would be no surprise|no surprise if|at our expense|"
    "the bare minimum|bare minimum|doesn't hold water|does not hold water|don't hold water|won't hold water|"
    "smacks of|smacked of|smack of|to cash in|cashing in on|cashed in on|a quick buck|a fast buck|"
    "a slap in the face|in it for the money|in it for himself|in it for herself|"
    "in it for themselves|no intention of|gaming the|game the system|rubber-stamping|rubber stamping|a try-on|"
    "trying it on|try it on|run like a|runs like a|step in the right direction|step in the wrong direction|"
    "stretched too thin|spread too thin|stretched thin|under pressure from above|struggling financially|"
    "financially struggling|cash-strapped|strapped for cash|conveniently|dragging out the|dragged out the|"
    "drag out the|drags out the|dragging this out|dragging it out|holding out for|holds out for|held out for|"
    "mean nothing|means nothing|meant nothing|out of the loop|has a history of|have a history of|a habit of|"
    "a tendency to|is all talk|are all talk|all talk and|blew the budget|blown the budget|blow the budget|"
    "is going under|are going under|going bust|about to go under|about to go bust|on the brink of|"
    "as good as dead|as good as over|as good as lost|as good as gone|overcharged|overbilled|shortchanged|"
    "short-changed|ripped us off|ripped off|cheated|conned|scammed|swindled|fleeced|quietly preparing|"
    "quietly planning|secretly planning|building an empire|build an empire|empire building|buzzing with|"
    "abuzz with|rife with|made a mess of|make a mess of|making a mess of|made a hash of|smooth talker|"
    "smooth operator|can't be relied on|cannot be relied on|can't be relied upon|cannot be relied upon|"
    "chip on his shoulder|chip on her shoulder|chip on their shoulder|chip on their shoulders|slacking|coasting|"
    "can't be a coincidence|cannot be a coincidence|can't be coincidence|isn't a coincidence|is no coincidence|"
    "better judgement|better judgment|under a lot of pressure|must be under pressure|under enormous pressure|"
    "under huge pressure|after a bigger|after more money|after our money|after our business|just for the money|"
    "only for the money|purely for the money|asleep on the job|settling old scores|settle old scores|"
    "settling scores|a score to settle|scores to settle|rang hollow|rings hollow|ring hollow|sounds hollow"
).split("|")


# Word classes, one per entry: a NAME line, then its words (indented); "#" lines say what a class is for.
_CLASSES = """
# Adjectives and participles of feeling or attitude: said of someone else, a reading of their mind.
MENTAL_ADJ:
    furious angry upset frustrated annoyed embarrassed livid resentful bitter ashamed worried nervous afraid
    scared unhappy disappointed hurt offended irritated fuming humiliated panicking panicked stressed defensive
    insecure anxious relieved thrilled delighted desperate guilty mad irate sulking overwhelmed miserable betrayed
    hostile bored confused demoralised demoralized jealous envious uneasy uncomfortable sceptical skeptical
    suspicious distrustful wary reluctant resentful sidelined undervalued unappreciated threatened disengaged
    demotivated disillusioned indifferent apathetic smug arrogant vindictive spiteful petty paranoid terrified
    horrified outraged indignant exasperated impatient sore touchy grumpy convinced unconvinced proud stubborn
    vain blindsided unimpressed
# Positive states and willingness are what e-mails themselves announce ("happy to host"); they count
# only with an epistemic cue (the older EMOTIONS + EPISTEMIC rule).
LINKING:
    is are was were 's 're be been being feels feel felt seems seem seemed looks look looked sounds sound sounded
    appears appear appeared became become becomes becoming getting got grew growing remains remain stays isn't
    aren't wasn't weren't
# Modifiers allowed between a linking verb and the feeling ("is clearly quite unhappy").
DEGREE:
    very quite rather so really pretty a bit little increasingly clearly obviously evidently probably surely
    definitely visibly secretly quietly deeply still already more most less somewhat not too
# Verbs of feeling or attitude in the third person ("resents", "distrusts").
MENTAL_VERBS:
    resents resented hates hated dislikes disliked distrusts distrusted despises despised loathes loathed envies
    envied regrets regretted mistrusts mistrusted begrudges begrudged trusts
# First-person cognition: the writer's own belief, not a fact ("I reckon", "we suspect").
FIRST_PERSON_SUBJ:
    i we i'd we'd i'm we're
COGNITION:
    think thinks believe suspect guess bet reckon assume imagine feel doubt wonder sense figure gather presume
    suppose fear worry sure convinced certain wager expect guessing
COGNITION_FILLER:
    would 'd do really strongly also still honestly just can can't cannot am 'm fairly pretty quite very almost
    reasonably absolutely safely
# "my/our X": the writer's own reading.
OPINION_NOUN:
    guess read take hunch sense feeling impression bet gut suspicion instinct reading money intuition
# Purpose clauses that read a motive into an act ("... to cover herself", "to look good").
MOTIVE_PURPOSE:
    embarrass humiliate punish undermine sabotage discredit impress placate appease curry sideline intimidate
    manipulate pressure provoke spite
REFLEXIVE:
    himself herself themselves themself itself
LOOK_WORDS:
    good better bad worse busy clever smart important innocent competent responsible
SHIELD_VERBS:
    cover protect shield save
# Intent frames before a purpose ("wants to", "is trying to", "only ... to").
INTENT:
    want wants wanted wanting trying tried tries hoping hopes hoped determined desperate planning plans aiming
    aims angling out looking eager
# Judgements of a person's conduct used as a cause ("down to Victor's poor planning").
FAULT:
    poor bad lack mistake mistakes error errors incompetence carelessness negligence failure failures sloppy
    sloppiness laziness mismanagement arrogance stubbornness indecision inexperience meddling interference ego
    pride greed weakness neglect blunder blunders
CAUSE_CUES:
    down because due thanks caused result fault blame blamed
POSSESSIVE:
    's his her their its '
# "the real X": a claim to know what is hidden.
HIDDEN_TRUTH:
    story reason problem issue motive motives agenda decision aim goal purpose cause picture plan driver intention
    intentions
# "protecting/covering for someone": people as the object make it a motive, not a firewall's job.
PROTEGE:
    him her them himself herself themselves friend friends boss manager team colleague colleagues own people mate
    mates ally allies
# "never (really) wanted": a settled attitude nobody can see.
NEVER_ATTITUDE:
    liked wanted trusted cared believed supported respected forgave accepted bought rated
# "clearly" is the writer's inference unless it qualifies how a document says something.
CLEARLY_DOC:
    states stated state shows show showed shown marked labelled labeled defined written visible explained
    documented outlined set said says listed described
# A pretext named as such ("a convenient excuse", "as a ploy") reads a hidden motive into an act.
PRETEXT:
    excuse excuses pretext ploy stunt gambit smokescreen
PRETEXT_BEFORE:
    a an as convenient the just handy useful perfect of endless more another usual lame
CONDITIONAL:
    if unless whether provided
"""


def word_classes(table: str, expand: Callable[[str, str], list[str]] | None = None) -> dict[str, frozenset[str]]:
    """The word classes of a table ("NAME:" lines, then indented words; "#" comments); `expand(name, word)`
    gives the forms a word stands for (its inflections), the word itself by default."""
    out: dict[str, list[str]] = {}
    name = ""
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line[0].isspace():
            words = line.split()
            out[name] += [f for w in words for f in expand(name, w)] if expand is not None else words
        else:
            name = line.rstrip(":")
            out[name] = []
    return {k: frozenset(v) for k, v in out.items()}


_C = word_classes(_CLASSES)
MENTAL_ADJ = _C["MENTAL_ADJ"]
LINKING = _C["LINKING"]
DEGREE = _C["DEGREE"]
MENTAL_VERBS = _C["MENTAL_VERBS"]
FIRST_PERSON_SUBJ = _C["FIRST_PERSON_SUBJ"]
COGNITION = _C["COGNITION"]
COGNITION_FILLER = _C["COGNITION_FILLER"]
OPINION_NOUN = _C["OPINION_NOUN"]
MOTIVE_PURPOSE = _C["MOTIVE_PURPOSE"]
REFLEXIVE = _C["REFLEXIVE"]
LOOK_WORDS = _C["LOOK_WORDS"]
SHIELD_VERBS = _C["SHIELD_VERBS"]
INTENT = _C["INTENT"]
FAULT = _C["FAULT"]
CAUSE_CUES = _C["CAUSE_CUES"]
POSSESSIVE = _C["POSSESSIVE"]
HIDDEN_TRUTH = _C["HIDDEN_TRUTH"]
PROTEGE = _C["PROTEGE"]
NEVER_ATTITUDE = _C["NEVER_ATTITUDE"]
CLEARLY_DOC = _C["CLEARLY_DOC"]
PRETEXT = _C["PRETEXT"]
PRETEXT_BEFORE = _C["PRETEXT_BEFORE"]
CONDITIONAL = _C["CONDITIONAL"]
