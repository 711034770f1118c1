"""`pii` names and places without spaCy: the builtin recognizer, its e-mail rules, and failing closed."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails_lite import Context, PolicyError, Verdict, parse_policy


def build(entry: dict[str, Any]) -> Any:
    policy = parse_policy({"name": "t", "input": [{"use": "pii", "on_fail": "repair", **entry}]}, "p.yaml")
    return policy.input[0].build()


def found(text: str, entry: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    verdict: Verdict = build(entry or {"spacy_model": "blank"})(text, Context("input", state={}, entry_id="pii"))
    return [(f.entity_type or "", text[f.start : f.end]) for f in verdict.findings if f.start is not None]


def test_the_issue_example_is_scrubbed_with_no_spacy_pipeline() -> None:
    text = "Hi, I'm Jane Smith from Berlin, call me at (212) 555-0147."
    v = build({"spacy_model": "blank", "operator": "pseudonymise"})
    verdict = v(text, Context("input", state={}, entry_id="pii"))
    assert verdict.repaired == "Hi, I'm <PERSON_1> from <LOCATION_1>, call me at <PHONE_NUMBER_1>."


EMAIL = """From: Mark Lee <mark.lee@corp.example>
To: Finance Team; Grace Okafor <grace@corp.example>
Subject: Apollo rollout

Hi Grace,

May I ask you to review the Apollo budget before Monday? Bill the client for March and mark the ticket done.
The Phoenix migration is on hold; Atlas ships next week. We met the Salesforce team in Phoenix last week.

Best regards,
Mark Lee
"""


def test_e_mail_headers_greetings_and_sign_offs_name_people() -> None:
    got = found(EMAIL)
    people = [v for t, v in got if t == "PERSON"]
    assert people == ["Mark Lee", "Grace Okafor", "Grace", "Mark Lee"]


def test_common_words_code_names_products_and_months_need_context() -> None:
    got = found(EMAIL)
    values = [v for _, v in got]
    for word in ("May", "Bill", "Apollo", "Atlas", "Monday", "March", "Salesforce", "Finance Team"):
        assert word not in values
    # "in Phoenix" is the city; "The Phoenix migration" is a project.
    assert [(t, v) for t, v in got if v == "Phoenix"] == [("LOCATION", "Phoenix")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dear Dr. Nakamura,\nthe results are attached.", "Nakamura"),
        ("My name is Carlos Mendoza and I need help.", "Carlos Mendoza"),
        ("Thanks for the notes.\n\n- Sven", "Sven"),
        ("Cheers,\nEmma", "Emma"),
        ("Hi Grace, the grace period ends today.", "Grace"),
    ],
)
def test_context_rules(text: str, person: str) -> None:
    assert ("PERSON", person) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will you send the report?",
        "Mark the date: the review is on Friday.",
        "Grace period ends on Monday.",
        "Please upload it to Jira and Confluence.",
        "Dear Customer, your order has shipped.",
        "Hi team, the Orion launch moved to May.",
    ],
)
def test_no_names_in_ordinary_sentences(text: str) -> None:
    assert [t for t, _ in found(text) if t in ("PERSON", "LOCATION")] == []


def test_organization_is_opt_in() -> None:
    text = "Lukas Meyer works for Initech GmbH in Munich."
    assert ("ORGANIZATION", "Initech GmbH") not in found(text)
    got = found(text, {"spacy_model": "blank", "entities": ["PERSON", "LOCATION", "ORGANIZATION"]})
    assert set(got) == {("PERSON", "Lukas Meyer"), ("ORGANIZATION", "Initech GmbH"), ("LOCATION", "Munich")}


def test_the_recognizer_plugs_into_stock_presidio() -> None:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from guardrails_lite.validators.pii._names_recognizer import NamesRecognizer

    class Blank(SpacyNlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp = Blank(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    analyzer.registry.add_recognizer(NamesRecognizer())
    text = "Priya Raman flew from Toronto to Lisbon."
    results = analyzer.analyze(text, language="en", entities=["PERSON", "LOCATION"])
    assert sorted((r.entity_type, text[r.start : r.end]) for r in results) == [
        ("LOCATION", "Lisbon"),
        ("LOCATION", "Toronto"),
        ("PERSON", "Priya Raman"),
    ]


# -- failing closed ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "entry",
    [
        {"entities": ["NRP"], "spacy_model": "blank"},
        {"entities": ["PERSON", "DATE_TIME"], "spacy_model": "blank"},
        {"entities": ["DATE_TIME"], "spacy_model": "auto"},
        {"names": "spacy", "spacy_model": "blank"},
        {"entities": ["PERSON"], "names": "spacy", "spacy_model": "auto"},
    ],
)
def test_requested_entities_nothing_can_detect_are_a_policy_error(entry: dict[str, Any]) -> None:
    with pytest.raises(PolicyError) as e:
        build(entry)
    assert any(path.startswith("input[0]") for path, _ in e.value.problems), e.value.problems
    assert "cannot be detected" in str(e.value)


def test_entities_the_builtin_tier_covers_load_without_spacy() -> None:
    for entities in (["PERSON"], ["LOCATION", "EMAIL_ADDRESS"], ["ORGANIZATION"]):
        build({"entities": entities, "spacy_model": "blank"})
        build({"entities": entities, "spacy_model": "blank", "names": "builtin"})


def test_names_can_be_left_to_spacy_or_combined(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from guardrails_lite.validators.pii import _engine

    nlp = spacy.blank("en")  # stands in for en_core_web_*: an entity ruler labels a name the lists do not know
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "zq"}])
    monkeypatch.setattr(_engine, "_ENGINES", {})
    monkeypatch.setattr(_engine, "_load_spacy", lambda name: nlp)
    monkeypatch.setattr(_engine, "_pipeline_importable", lambda name: True)
    text = "Priya Raman met zq today."
    assert found(text, {"names": "spacy"}) == [("PERSON", "zq")]
    assert found(text, {"names": "builtin"}) == [("PERSON", "Priya Raman")]
    assert found(text, {"names": "both"}) == [("PERSON", "Priya Raman"), ("PERSON", "zq")]
    assert found(text, {}) == [("PERSON", "Priya Raman"), ("PERSON", "zq")]  # auto: both when installed


def test_names_are_not_taken_from_inside_e_mail_addresses_or_links() -> None:
    text = "Write to jane.smith@corp.example or see https://example.com/Berlin/Jane for details."
    assert [t for t, _ in found(text)] == ["EMAIL_ADDRESS"]


_TAGGER_TEXTS = (
    "From: Mark Lee <mark@corp.example>\nTo: Ana van der Berg\n\nHi Mark,\nthe Bank of America office in\nNew York"
    " moved to Ludwig van Beethoven Street, Berlin.\n\nBest,\nAna\n",
    "Will you ask Grace at Initech GmbH? She flew from Paris to Sao Paulo with Anna de Vries;"
    " Jane.Doe@Example.com has the plan.",
)


@pytest.mark.parametrize("text", _TAGGER_TEXTS)
def test_the_tagger_scores_the_features_it_was_trained_on(text: str) -> None:
    """The tagger's cached fast path gives every candidate the summed weights of exactly the features the
    training script uses (`features.features`), line breaks, particles and addresses included."""
    from guardrails_lite.validators.pii._names.features import facts_of, features, prepare
    from guardrails_lite.validators.pii._names.lexicon import lexicon
    from guardrails_lite.validators.pii._names.tagger import tagger
    from guardrails_lite.validators.pii._names.tokens import tokenize

    model = tagger()
    for _ in range(2):  # a cold and a warm cache
        p = prepare(tokenize(text), facts_of(lexicon()))
        scored = list(model.scores(p))
        assert [i for i, *_ in scored] == p.cands
        assert p.particles
        assert p.newlines or "\n" not in text
        for i, _, _, fast in scored:
            assert fast == pytest.approx(model.summed(features(p, i, "O")), abs=1e-9)


def test_hostile_input_stays_linear() -> None:
    import time

    v = build({"spacy_model": "blank"})
    for text in ("Hi " + "Aa " * 20_000, "From: " + "Jane-" * 20_000, ("Mr. " + "Xy " * 5) * 4000, "A" * 100_000):
        start = time.process_time()
        v(text, Context("input", state={}, entry_id="pii"))
        assert time.process_time() - start < 20


# -- pattern entities fixed alongside ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["SSN 078051120", "my ssn is 078-05-1120.", "Social security number: 536804398"])
def test_ssns_without_dashes_or_published_samples_are_ssns_not_phones(text: str) -> None:
    assert [t for t, _ in found(text)] == ["US_SSN"]


@pytest.mark.parametrize("address", ["admin@corp.example", "ops@build.internal", "qa@lab.test", "it@hq.local"])
def test_addresses_in_reserved_and_internal_domains(address: str) -> None:
    assert found(f"Mail {address} today.") == [("EMAIL_ADDRESS", address)]


def test_file_names_with_at_signs_are_still_not_addresses() -> None:
    assert found("Attach icon@2x.png and logo@3x.webp.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Please ship it to 42 Baker Street, London.", "Baker Street"),
        ("We land at Kotoka International Airport at noon.", "Kotoka International Airport"),
        ("Meet me at the Golden Gate Bridge.", "Golden Gate Bridge"),
        ("The shop is on Rue de Rivoli near the Louvre.", "Rue de Rivoli"),
        ("Our office moved to Friedrichstraße last year.", "Friedrichstraße"),
        ("The warehouse is at 7 Harbour Way, Dunedin.", "Harbour Way"),
        ("Pick me up at Grand Central Station.", "Grand Central Station"),
        ("The fair moves to the car park on Tanner Lane.", "Tanner Lane"),
        ("We ride out to Leith Hill on Sunday.", "Leith Hill"),
        ("The office is by Westferry Circus, next to Canary Wharf.", "Westferry Circus"),
        ("Parcels go to Birkenweg in the next town.", "Birkenweg"),
        ("Our flat is on Thorvaldsensgata.", "Thorvaldsensgata"),
    ],
)
def test_streets_and_venues_are_places(text: str, place: str) -> None:
    assert ("LOCATION", place) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The file is on the Shared Drive.",
        "Team Building is on Friday.",
        "Jin Park will join the call.",
        "Please pass this to Rosa Hill and to Amy Lane.",
        "The brigade came at dawn.",
        "Plug it into the Charging Station.",
        "Place the order before noon.",
        "Via email, please.",
    ],
)
def test_place_words_alone_make_no_place(text: str) -> None:
    assert not [t for t, _ in found(text) if t == "LOCATION"]


def test_a_tagger_company_made_of_listed_places_is_a_place() -> None:
    from guardrails_lite.validators.pii._names.detect import NameFinder
    from guardrails_lite.validators.pii._names.features import prepare
    from guardrails_lite.validators.pii._names.tokens import tokenize

    finder = NameFinder()
    p = prepare(tokenize("Flights from Munich via the University of Mobile"), finder.facts)
    assert finder._place_not_org(p, (2, 2, "ORG", 0), set()) == (2, 2, "LOC", 0)
    assert finder._place_not_org(p, (2, 2, "ORG", 0), {0}) == (2, 2, "ORG", 0)  # a rule's company stays
    assert finder._place_not_org(p, (5, 7, "ORG", 1), set())[2] == "ORG"  # "University": an ordinary word


_COMPANY_TEXTS = (
    "We signed, after a long and careful review of every offer we had in hand this spring, with Acme Corp.",
    "Ask d'Artagnan Corp, x/Acme Inc and _Acme GmbH; O’Brien & Söhne GmbH too.",
    "Harrington & Fell, LLP and Banco do Brasil S.A. and Jean-Luc Martin Holdings AG",
    "Acme2 Inc, " + "Mc'Donald" * 40 + " Co, Ludwig van Beethoven Trust\nGroup meeting at Apex Energy Services",
    "a" * 400 + " Zeta Partners " + "B' " * 200 + "Corp",
    "we met the Ab''cd Corp team, then ana van Dijk Corp, Jean-luc Corp and 3M Co and ǅemo Ltd with ok Ltd",
    "Co Co Co plc Acme Co Ltd Bank, Acme & Co GmbH Co " * 5,
)


@pytest.mark.parametrize("text", _COMPANY_TEXTS)
def test_company_windows_find_what_the_whole_reach_finds(text: str) -> None:
    """The company pattern runs only from the run of name-like tokens before each legal form, not a fixed
    320 characters back; on names with apostrophes, hyphens, particles, initials, digits and long runs it
    finds the same matches as over the full reach."""
    from guardrails_lite.validators.pii._names import rules
    from guardrails_lite.validators.pii._names.features import facts_of, prepare
    from guardrails_lite.validators.pii._names.lexicon import lexicon
    from guardrails_lite.validators.pii._names.tokens import tokenize

    starts = rules._Starts(text, prepare(tokenize(text), facts_of(lexicon())))
    full: list[tuple[int, int]] = []
    for i in starts.legal:  # the windows as they were: the full reach, merged
        at = starts.p.ends[i] - len(starts.p.words[i])
        lo = max(0, at - rules._COMPANY_REACH)
        while lo > 0 and not text[lo - 1].isspace() and at - lo < rules._COMPANY_REACH + 64:
            lo -= 1
        hi = min(len(text), starts.p.ends[min(i + 4, len(starts.p.ends) - 1)] + 1)
        full = [*full[:-1], (full[-1][0], max(hi, full[-1][1]))] if full and lo <= full[-1][1] else [*full, (lo, hi)]

    def spans(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [m.span() for lo, hi in windows for m in rules._COMPANY.finditer(text, lo, hi)]

    assert starts.legal
    assert spans(starts.company_windows()) == spans(full)
    assert sum(b - a for a, b in starts.company_windows()) <= sum(b - a for a, b in full)
    if text.startswith("We signed"):  # prose before a firm is no longer searched
        assert sum(b - a for a, b in starts.company_windows()) < sum(b - a for a, b in full)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Lee met Ana in Paris. The Deansgate office called Dr. Ray.",  # mostly distinct words: the plain walk
        "Mr Ann Mr Ann in Paris the Atlas office " * 300,  # repeated words: filtered per distinct word
    ],
)
def test_capitalised_tokens_are_filtered_per_distinct_word_as_one_by_one(text: str) -> None:
    from guardrails_lite.validators.pii._names.features import facts_of, prepare
    from guardrails_lite.validators.pii._names.lexicon import lexicon
    from guardrails_lite.validators.pii._names.tokens import tokenize

    p = prepare(tokenize(text), facts_of(lexicon()))
    words = p.words
    for wanted in ({"in", "the"}.__contains__, {"Mr", "Dr"}.__contains__, {"Ann", "Ray"}.__contains__):
        after = p.caps_after(wanted)
        assert 0 not in after
        assert [i for i in after if wanted(words[i - 1])] == [i for i in p.caps if i and wanted(words[i - 1])]
        assert [i for i in p.caps_where(wanted) if wanted(words[i])] == [i for i in p.caps if wanted(words[i])]


def test_a_span_stretched_over_an_unlabelled_token_does_not_crash_the_finder() -> None:
    # Found by fuzzing (wave-8 review): a place run re-typed across a dropped tagger entity left a token with no
    # label inside a span, and the finder raised KeyError, so `pii` failed closed on a harmless prompt.
    from guardrails_lite.validators.pii.names import NameFinder

    text = "NameF NameP Paris Washington NameP Anne Washington"
    spans = NameFinder().find(text)
    assert spans, "the names in the text are still found"
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert any(text[s.start : s.end].endswith("Washington") for s in spans)
