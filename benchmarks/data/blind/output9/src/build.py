"""Build grounding_blind9.yaml and speculation_blind9.yaml from the hand-written data (deterministic).

Usage: cd src && python build.py
All 207 hand-written grounding cases are in threads_a/b/c.py; to keep 170 (85 supported, 85 unsupported), the 37
cases listed in DROP are left out (written to src/dropped_cases.yaml, reference only). DROP was chosen once by a
per-kind quota (thin normalised_number, reported_speech and cross_email; keep every invented cause and blame),
taking each case from the thread with the most cases of that label left, and then frozen here by hand.
"""
import json
import pathlib

import common
import threads_a  # noqa: F401  (registers threads)
import threads_b  # noqa: F401
import threads_c  # noqa: F401
import spec

OUT = pathlib.Path(__file__).resolve().parent.parent

DROP = [
    ("film_shoot", "If the weather is bad, the shoot moves to the following night."),
    ("wedding_catering", "After the changes, 72 guests remain on the standard menu."),
    ("charity_run", "Timing chips made up more than half of the costs."),
    ("hotel_conference", "Rahul must confirm the final delegate number by 7 October."),
    ("ferry_timetable", "The Corran is due back on the route around 16 March."),
    ("recording_studio", "Two days in Studio A now cost the band 960 GBP."),
    ("exam_hall", "Ten invigilators will be on duty in total."),
    ("hackathon", "Winners will be announced two hours after judging starts."),
    ("house_move", "Swift Removals is planning a nine-hour day for the move."),
    ("choir_festival", "The coach leaves three hours and twenty minutes before the choir's slot."),
    ("bridge_limit", "The weight limit takes effect eleven days after the inspection."),
    ("ward_rota", "Each night shift on Ward 7 lasts twelve hours."),
    ("oss_release", "On Windows, three of the 1,164 tests in the matrix were skipped."),
    ("warehouse_audit", "The system showed 22 more pallets than the count found."),
    ("site_scaffold", "According to Aisha, the window fitters took the toe boards off on Friday to get their frames through."),
    ("science_fair", "Mr Okoro confirmed that growing cress is allowed under the fair's rules."),
    ("dental_move", "Dr Siddiqui explained that only Radiqa's technicians can uninstall and recertify the X-ray unit."),
    ("zoo_transfer", "Lucia said keeper Anya would go with the pandas on the roughly five-hour drive."),
    ("bookshop_event", "Omar said Lydia needs to leave by 20:30 to catch her train."),
    ("pool_closure", "Rhys told Pauline that a freeze would add the frozen weeks onto the end of her membership."),
    ("lab_centrifuge", "While the spindle part is on its way, users are directed to the centrifuge in B220."),
    ("laptop_refresh", "The finance team's laptops will now be swapped on 20 November, after the month-end close on the 18th and 19th."),
    ("garden_delivery", "Miriam will get her 18 GBP delivery fee back."),
    ("food_bank", "Harold can accept the Co-op's 40 turkeys, and a chiller from Ashby Butchers will be used in Christmas week."),
    ("podcast_guest", "Maya booked the recording an hour after the earliest time Kofi offered."),
    ("bookshop_event", "The 5 GBP ticket price can be put towards buying the book."),
    ("site_scaffold", "After the boards went back on, the scaffold passed re-inspection and was given a green tag."),
    ("warehouse_audit", "Grace wants aisle F counted again once the replacement scanner is in place."),
    ("db_migration", "None of the data was lost in the migration."),
    ("kiln_repair", "Members will not pay for the refiring."),
    ("recording_studio", "No fee was charged for the 16th since Cian gave more than a week's notice."),
    ("ward_rota", "Marta wanted the bank to cover as many shifts as it could, since agency staff cost 48 GBP an hour."),
    ("ward_rota", "Sister Ruiz's offer meant the resuscitation course had to be moved to another night."),
    ("site_scaffold", "The red tag pushed back the bricklayers' start on the east elevation."),
    ("film_shoot", "The fish market had to open later because of the shoot."),
    ("wedding_catering", "The children's meals cost 62 GBP each."),
    ("hotel_conference", "Registrations had reached 110 when Rahul paid the deposit."),
]

HEAD = "# See README.md. Licence CC0 1.0 (written for guardrails-lite)."


def q(s):
    return json.dumps(s, ensure_ascii=False)


def select():
    drop = set(DROP)
    kept, dropped = [], []
    for t in common.THREADS:
        for text, sup, kind in t["cases"]:
            (dropped if (t["id"], text) in drop else kept).append((t["id"], text, sup, kind))
    assert len(dropped) == len(DROP), "a DROP entry matches no case"
    return kept, dropped


def case_lines(cases):
    out, cur = [], None
    for tid, text, sup, kind in cases:
        if tid != cur:
            out.append(f"  # --- {tid} ---")
            cur = tid
        out.append(f"  - {{thread: {tid}, text: {q(text)}, supported: {'true' if sup else 'false'}, kind: {kind}}}")
    return out


def build_grounding():
    kept, dropped = select()
    lines = ["# Blind set 9 for the grounding check: hand-written e-mail threads and summary sentences.", HEAD,
             "sources:"]
    for t in common.THREADS:
        for eid, text in t["emails"]:
            lines.append(f"  {eid}: |")
            lines.extend(("    " + ln) if ln else "" for ln in text.rstrip("\n").split("\n"))
    lines.append("threads:")
    for t in common.THREADS:
        lines.append(f"  {t['id']}: [{', '.join(e[0] for e in t['emails'])}]")
    lines.append("cases:")
    lines.extend(case_lines(kept))
    (OUT / "grounding_blind9.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (pathlib.Path(__file__).resolve().parent / "dropped_cases.yaml").write_text(
        "# Hand-written cases left out by build.py to keep 170 (reference only, unused).\ncases:\n"
        + "\n".join(case_lines(dropped)) + "\n", encoding="utf-8")


def build_speculation():
    lines = ["# Blind set 9 for the speculation check. positive = should be flagged, negative = should pass.", HEAD]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        lines.append(f"{name}:")
        for cat, desc, items in groups:
            lines.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            lines.extend(f"  - {q(x)}" for x in items)
    (OUT / "speculation_blind9.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_grounding()
    build_speculation()
    print("wrote grounding_blind9.yaml, speculation_blind9.yaml, src/dropped_cases.yaml")
