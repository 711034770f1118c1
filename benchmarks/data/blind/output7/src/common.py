"""Helpers for the hand-written blind set 7 data."""
import datetime

THREADS = []

KIND = {
    "para": "paraphrase", "cross": "cross_email", "num": "normalised_number", "rep": "reported_speech",
    "neg": "negation_paraphrase", "pron": "pronoun_perspective", "scause": "stated_cause",
    "multi": "multi_fact", "bullet": "bullet_fragment",
    "cause": "invented_cause", "blame": "invented_blame", "conseq": "invented_consequence",
    "partial": "partial", "wnum": "wrong_number", "wdate": "wrong_date", "swap": "swapped_relation",
    "negated": "negated", "entity": "wrong_entity", "unstated": "unstated_claim", "pred": "prediction",
    "overgen": "over_generalisation", "wthread": "wrong_thread",
}
SUP = {"paraphrase", "cross_email", "normalised_number", "reported_speech", "negation_paraphrase",
       "pronoun_perspective", "stated_cause", "multi_fact", "bullet_fragment"}


def mail(frm, to, when, subject, body):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return (f"From: {frm}\nTo: {to}\nDate: {d.strftime('%a')}, {d.day} {d.strftime('%b %Y %H:%M')}\n"
            f"Subject: {subject}\n\n{body.strip()}\n")


def thread(tid, emails, cases):
    """emails: list of (eid, from, to, 'YYYY-mm-dd HH:MM', subject, body); cases: list of (code, text)
    where code is '+kind' (supported) or '-kind' (unsupported)."""
    THREADS.append({
        "id": tid,
        "emails": [(e[0], mail(*e[1:])) for e in emails],
        "cases": [(c[0][0] == "+", KIND[c[0][1:]], c[1]) for c in cases],
    })
