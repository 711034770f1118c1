"""Write ../grounding_blind10.yaml and ../speculation_blind10.yaml from the hand-written data (deterministic)."""
import json
import pathlib

from common import email
import spec
import threads_a
import threads_b

OUT = pathlib.Path(__file__).resolve().parent.parent
# Cases written but left out to keep the set near 170 and balanced; kept in dropped_cases.yaml for reference.
DROP = {
    'Because of the expired stock, Linden turned patients away.',
    'Because the maps were wet, the search room is closed to readers.',
    'Because of the outage, Harbourside cancelled all X-ray appointments that week.',
    'Luis Varga inspected the trattoria on 14 August.',
    'The storm hit strongroom B on 19 January.',
    'The last 15 barrels ship one week after the first 25.',
    'Hugo increased the print run by 500 copies.',
    'The scaffold now goes up two days before the panels are installed.',
    'Abel Marsh collects the Heron a week before the exhibition opens.',
    'Holloway Freight is adding 30 seats at renewal.',
    'The missing sacks follow two days after the short delivery.',
    'The new leases run for three years.',
    'The upgrade doubles the standard power supply of stand B14.',
    'Kolt Displays arrives the day before the three-day fair opens.',
    'Pete Orr is due one week after the crack was found.',
    'The coach has three more seats than the orchestra needs.',
    "Westway's notices go up a week before the roadworks start.",
    'Lena can come two days after the water got in.',
    'Each expired pack is credited at 7.20 GBP.',
    'Each desk costs 25 GBP a month more from April.',
    'Two days after the inspection Luis Varga regassed the fridge.',
    'Kittiwake is 1.5 m too long for berth C7.',
    "Ferris Heating's visit window is four hours long.",
    'The heating goes on two hours before Simon starts tuning.',
    'In July the farm took 15 cubic metres a day less than its licence allows.',
    'Moira asked Ravi to start on 2 March.',
    'Hannah told Victor to go ahead with the 6 kW upgrade and both spotlights.',
    'Beatrix told Marco to book the coach and the van.',
    'Saskia told Hamid to book both days.',
    'Alice asked for the meeting room on Thursdays.',
    'Anita asked the tenants to make sure someone would be home for the visit.',
    'Nadia asked Ben to send the invoice to the accounts address.',
    'Mireille asked Chen to provide the missing German terms.',
    'Tessa advised Ivo to have a vet look at Bruno.',
    'Each barrel holds 250 litres.',
    'The repair cost 1,810 GBP.',
    "Irene's system has 16 panels.",
    'Humidity has to stay between 40 and 55 per cent.',
    'The renewal costs 48 EUR per seat per year.',
    'ScanBright can scan 500 registers a week.',
    'The worn bearing is on tower 9.',
    'Each spotlight costs 260 EUR.',
    'The licence allows 45 cubic metres a day.',
    'Fermenter 3 is four years old.',
    'The meeting room costs 40 GBP a week for the whole week.',
    'Rope work is allowed in wind up to 15 m/s.',
    'Dalia asked for 3,500 copies instead of 3,000.',
    'Declan will work at ScanBright every Tuesday.',
    'Neil will post the notices at Foundry Yard.',
    "Mateo reduced Quill's contract to six desks.",
    'Kolt Displays was brought in after Victor refused the power upgrade.',
    'Foundry Yard lost its stop because Westway asked the council to close it.',
    'Ines was given the fragile registers after Declan complained about earlier scans.',
    'Greenway ordered the pump after Leo complained about Ferris Heating.',
    "Sandra blamed Copperkettle's cleaning for the crack.",
}


def q(text):
    return json.dumps(text, ensure_ascii=False)


def build_grounding():
    threads = threads_a.THREADS + threads_b.THREADS
    src, thr, cases, dropped = [], [], [], []
    for tid, prefix, mails, tcases in threads:
        ids = []
        for i, m in enumerate(mails, 1):
            eid = f"{prefix}{i}"
            ids.append(eid)
            body = "\n".join("    " + ln if ln else "" for ln in email(*m).splitlines())
            src.append(f"  {eid}: |\n{body}")
        thr.append(f"  {tid}: [{', '.join(ids)}]")
        cases.append(f"  # --- {tid} ---")
        for text, sup, kind in tcases:
            line = f"  - {{thread: {tid}, text: {q(text)}, supported: {'true' if sup else 'false'}, kind: {kind}}}"
            (dropped if text in DROP else cases).append(line)
    head = ("# Blind set 10 for the grounding check: hand-written e-mail threads and summary sentences.\n"
            "# See README.md. Licence CC0 1.0 (written for guardrails-lite).\n")
    (OUT / "grounding_blind10.yaml").write_text(
        head + "sources:\n" + "\n".join(src) + "\nthreads:\n" + "\n".join(thr) + "\ncases:\n" + "\n".join(cases) + "\n",
        encoding="utf-8")
    (OUT / "src" / "dropped_cases.yaml").write_text(
        "# Written but not used (reference only); see README.md.\ndropped:\n" + "\n".join(dropped) + "\n", encoding="utf-8")
    missing = DROP - {t for _, _, _, tc in threads for t, _, _ in tc}
    assert not missing, missing


def build_speculation():
    out = ["# Blind set 10 for the speculation check. positive = should be flagged, negative = should pass.",
           "# See README.md. Licence CC0 1.0 (written for guardrails-lite)."]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        out.append(f"{name}:")
        for cat, desc, items in groups:
            out.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            out.extend(f"  - {q(t)}" for t in items)
    (OUT / "speculation_blind10.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_grounding()
    build_speculation()
