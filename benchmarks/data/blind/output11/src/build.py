"""Build blind set 11 deterministically: `cd src && python build.py` (CC0 1.0)."""
import collections
import datetime
import json
import pathlib

import threads_a
import threads_b
import spec
from common import weekday_errors

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent

# Written cases left out to balance the set at 85 supported / 85 unsupported (kept in dropped_cases.yaml).
DROP = {
    # supported (16)
    "The auto-belay is more than two years old.",
    "The backup unit manages 9 fewer cycles a day than the usual 15.",
    "Yuki arrived about three and a half hours after the alarm.",
    "The pupils' return fares come to 184.80 GBP.",
    "Each rehearsal lasts two and a half hours.",
    "The price works out at 9,200 GBP per court.",
    "At six a day, Mo needs two days to set up the first 12 laptops.",
    "One of the laundry's two ironing lines was out of action for four days for a new roller.",
    "Hosting two students for the fortnight pays 840 GBP.",
    "The 16 travellers leave one seat free on the 17-seat minibus.",
    "Aled confirmed the numbers a day before Mairi's 29 May deadline.",
    "Daniela will start at stall 31, which has power, on 6 March.",
    "Yuki will move the samples from B210 back to B214 on 21 January.",
    "Anna will travel with Mei to Nordpark on 29 September.",
    "Tomasz asked Beth to send the allowance form.",
    "Marco confirmed that the lunches can be made entirely nut-free.",
    # unsupported (14)
    "Hire costs 15 GBP per fresnel per week.",
    "The freezer had warmed to -58 C by 06:15.",
    "The leak was under the path near plot 22.",
    "Each new station has 14 docks.",
    "The replacement string has 48 batteries.",
    "Mei weighs 4.5 kg.",
    "The laptops cost 980 GBP each.",
    "The permit fee is 35 GBP.",
    "There are 23 desks to move.",
    "The autoclave first showed error E14 on Monday 2 March.",
    "The batteries are under warranty until March 2026.",
    "The grant must be spent by 31 March.",
    "The bins were emptied on 22 October.",
    "Hamid will re-coat the mirror on 20 November.",
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def case_line(tid, text, sup, kind):
    return f"  - {{thread: {tid}, text: {q(text)}, supported: {'true' if sup else 'false'}, kind: {kind}}}"


def main():
    threads = threads_a.T + threads_b.T
    # sanity: weekdays named in bodies and cases match the 2026 calendar; the choir's Wednesday count
    errs = []
    for t in threads:
        for _, text in t["emails"]:
            errs += weekday_errors(text)
        for text, _, _ in t["cases"]:
            errs += weekday_errors(text)
    d, weds = datetime.date(2026, 9, 2), 0
    while d <= datetime.date(2026, 12, 9):
        weds += d.weekday() == 2 and d != datetime.date(2026, 10, 28)
        d += datetime.timedelta(days=1)
    assert weds == 14, weds
    assert not errs, errs
    all_texts = {c[0] for t in threads for c in t["cases"]}
    assert DROP <= all_texts, DROP - all_texts

    g = ["# Blind set 11 for the grounding check: hand-written e-mail threads and summary sentences.",
         "# See README.md. Licence CC0 1.0 (written for guardrails-lite).", "sources:"]
    for t in threads:
        for eid, text in t["emails"]:
            g.append(f"  {eid}: |")
            g += [("    " + ln) if ln else "" for ln in text.rstrip("\n").split("\n")]
    g.append("threads:")
    for t in threads:
        g.append(f"  {t['id']}: [{', '.join(e for e, _ in t['emails'])}]")
    g.append("cases:")
    dropped = ["# Cases written for blind set 11 but left out by build.py to balance it (reference only, unused).",
               "cases:"]
    for t in threads:
        g.append(f"  # --- {t['id']} ---")
        for text, sup, kind in t["cases"]:
            (dropped if text in DROP else g).append(case_line(t["id"], text, sup, kind))
    (OUT / "grounding_blind11.yaml").write_text("\n".join(g) + "\n", encoding="utf-8")
    (HERE / "dropped_cases.yaml").write_text("\n".join(dropped) + "\n", encoding="utf-8")

    s = ["# Blind set 11 for the speculation check. positive = should be flagged, negative = should pass.",
         "# See README.md. Licence CC0 1.0 (written for guardrails-lite)."]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        s.append(f"{name}:")
        for cat, desc, items in groups:
            s.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            s += [f"  - {q(x)}" for x in items]
    (OUT / "speculation_blind11.yaml").write_text("\n".join(s) + "\n", encoding="utf-8")
    kept = [c for t in threads for c in t["cases"] if c[0] not in DROP]
    print(f"{len(threads)} threads, {len(kept)} cases kept "
          f"({sum(c[1] for c in kept)} supported), {len(DROP)} dropped; "
          f"speculation {sum(len(x[2]) for x in spec.POSITIVE)} positive / "
          f"{sum(len(x[2]) for x in spec.NEGATIVE)} negative")


if __name__ == "__main__":
    main()
