"""Threads 1-10 of blind set 9 (hand-written)."""
from common import mail, thread

S, U = True, False

# 1 hospital night rota
MK = "Marta Kowalczyk <m.kowalczyk@stbrannock-hospital.example>"
JA = "Jide Adebayo <j.adebayo@stbrannock-hospital.example>"
thread("ward_rota", [
    mail("wr1", MK, JA, "2026-03-02 07:55", "Ward 7 nights, 16-22 March", "Hi Jide,",
         "Ward 7 needs cover for the night shifts from 16 to 22 March. Each night shift runs from 20:00 to 08:00 "
         "and needs three registered nurses. Agency staff cost 48 GBP an hour, so I'd like to fill as many shifts "
         "as possible from our own bank. Please send me the draft by Thursday 5 March.", "Thanks,\nMarta"),
    mail("wr2", JA, MK, "2026-03-05 15:10", "Re: Ward 7 nights, 16-22 March", "Hi Marta,",
         "Draft attached. Our bank nurses have covered 18 of the 21 shifts. The three gaps are all on the night of "
         "20 March, when the bank nurses are at the resuscitation course. I have asked the agency for three nurses "
         "that night.", "Jide"),
    mail("wr3", MK, JA, "2026-03-06 09:02", "Re: Ward 7 nights, 16-22 March", "Jide,",
         "Thanks. The agency confirmed two nurses for the 20th. Sister Ruiz has offered to work the third slot "
         "herself, so we won't need another agency booking. The rota is signed off.", "Marta"),
], [
    ("Each night shift on Ward 7 lasts twelve hours.", S, "normalised_number"),
    ("Jide explained that on 20 March, the night with all three gaps, the bank nurses would be on a resuscitation course.", S, "reported_speech"),
    ("Two agency nurses are booked for 20 March, and Sister Ruiz is covering the remaining gap herself.", S, "cross_email"),
    ("Marta wanted the bank to cover as many shifts as it could, since agency staff cost 48 GBP an hour.", S, "stated_cause"),
    ("The 20 March gaps arose because Jide booked the bank nurses onto the resuscitation course.", U, "invented_blame"),
    ("The agency confirmed three nurses for the night of the 20th.", U, "wrong_number"),
    ("Sister Ruiz's offer meant the resuscitation course had to be moved to another night.", U, "invented_consequence"),
])

# 2 construction site scaffold
DM = "Declan Moore <declan.moore@harlowbuild.example>"
AR = "Aisha Rahman <aisha@rahmanscaffolding.example>"
thread("site_scaffold", [
    mail("ss1", DM, AR, "2026-03-10 08:30", "Scaffold tagged red - east elevation", "Aisha,",
         "The weekly inspection yesterday found two missing toe boards on the third lift of the east elevation. "
         "The scaffold is tagged red until they are fitted. Bricklayers are booked to start on that elevation on "
         "Thursday 12 March.", "Declan Moore\nSite Manager"),
    mail("ss2", AR, DM, "2026-03-10 16:20", "Re: Scaffold tagged red - east elevation", "Hi Declan,",
         "Our crew will fit the toe boards tomorrow morning. The boards were removed by the window fitters on Friday "
         "to get their frames through; they did not ask us. Please remind them that only our team may alter the "
         "scaffold.", "Aisha"),
    mail("ss3", DM, AR, "2026-03-11 11:45", "Re: Scaffold tagged red - east elevation", "Aisha,",
         "Your crew finished at 10:30 and the inspector has re-tagged the scaffold green. I've spoken to the window "
         "fitters' foreman. The bricklayers start tomorrow as planned.", "Declan"),
], [
    ("According to Aisha, the window fitters took the toe boards off on Friday to get their frames through.", S, "reported_speech"),
    ("The missing toe boards were refitted on 11 March, the day before the bricklayers were due to start.", S, "cross_email"),
    ("Nobody from the window fitters checked with Rahman Scaffolding before taking the boards away.", S, "negation_paraphrase"),
    ("After the boards went back on, the scaffold passed re-inspection and was given a green tag.", S, "paraphrase"),
    ("Declan blamed the window fitters' foreman for the red tag.", U, "invented_blame"),
    ("The red tag pushed back the bricklayers' start on the east elevation.", U, "invented_consequence"),
    ("Declan asked Aisha to remind the window fitters that only her team may alter the scaffold.", U, "swapped_relation"),
])

# 3 open-source release
SR = "Sunita Rao <sunita@tidewater-py.example>"
KM = "Kenji Mori <kenji@tidewater-py.example>"
ML = "tidewater maintainers <maintainers@tidewater-py.example>"
thread("oss_release", [
    mail("or1", SR, ML, "2026-04-13 10:00", "v3.2.0 release plan", "Hi all,",
         "I'd like to tag v3.2.0 on Thursday 16 April. Open blockers: the Windows path bug (#812) and the "
         "deprecation warning for the old config loader (#820). Kenji has a fix for #812 in review; Lena is "
         "looking at #820.", "Sunita"),
    mail("or2", KM, ML, "2026-04-14 18:40", "Re: v3.2.0 release plan", "Hi,",
         "The fix for #812 is merged. I also ran the full test matrix: 1,164 tests pass on Linux and macOS; on "
         "Windows 1,161 pass and 3 are skipped because they need symlinks. I won't be around on Thursday, I'm at a "
         "conference.", "Kenji"),
    mail("or3", SR, ML, "2026-04-15 09:15", "Re: v3.2.0 release plan", "All,",
         "#820 is merged too, thanks Lena; the warning now names the replacement function. With both blockers "
         "closed I'll tag v3.2.0 tomorrow as planned. Lena will write the announcement post.", "Sunita"),
], [
    ("Both blockers, #812 and #820, were closed before the planned tag date.", S, "cross_email"),
    ("On Windows, three of the 1,164 tests in the matrix were skipped.", S, "normalised_number"),
    ("Three Windows tests were skipped since they depend on symlinks.", S, "stated_cause"),
    ("Kenji said he would be away at a conference on the day of the release.", S, "reported_speech"),
    ("The release was set for Thursday because Kenji would be at a conference.", U, "invented_cause"),
    ("The three skipped Windows tests were broken by Kenji's fix for #812.", U, "invented_blame"),
    ("Kenji wrote the fix for the config loader's deprecation warning.", U, "wrong_entity"),
])

# 4 warehouse audit
GO = "Grace Obi <grace.obi@ledgerline-audit.example>"
TN = "Tomasz Nowak <t.nowak@northgate-logistics.example>"
thread("warehouse_audit", [
    mail("wa1", GO, TN, "2026-05-04 09:30", "April stock count", "Dear Tomasz,",
         "The stock count on 30 April found 1,240 pallets against 1,262 on the system, so 22 pallets are "
         "unaccounted for. Most of the gap is in aisle F (cleaning products). Please check the goods-out log for the "
         "last two weeks of April.", "Kind regards,\nGrace Obi"),
    mail("wa2", TN, GO, "2026-05-06 14:05", "Re: April stock count", "Hi Grace,",
         "We found 15 of the pallets: they were shipped to the Leeds depot on 24 April but never scanned out. The "
         "other 7 are still missing. The scanner on dock 3 has been dropping readings since March; we have reported "
         "it to IT twice.", "Tomasz"),
    mail("wa3", GO, TN, "2026-05-07 10:20", "Re: April stock count", "Tomasz,",
         "Thanks. I'll record the 15 as a scanning error and the 7 as an open loss. IT replaces the dock 3 scanner on "
         "12 May. I'd like a recount of aisle F after that.", "Grace"),
], [
    ("The system showed 22 more pallets than the count found.", S, "normalised_number"),
    ("Of the 22 missing pallets, 15 turned out to be unscanned shipments to Leeds, which leaves seven unaccounted for.", S, "cross_email"),
    ("Tomasz said his team had already reported the dock 3 scanner fault to IT two times.", S, "reported_speech"),
    ("Grace wants aisle F counted again once the replacement scanner is in place.", S, "paraphrase"),
    ("The seven pallets that are still missing were lost because of the faulty dock 3 scanner.", U, "invented_cause"),
    ("Grace held IT responsible for the 22-pallet gap.", U, "invented_blame"),
    ("The dock 3 scanner is being replaced on 7 May.", U, "wrong_date"),
])

# 5 film shoot
RD = "Rosa Delgado <rosa@lanternfilms.example>"
FG = "Felix Grant <felix@lanternfilms.example>"
thread("film_shoot", [
    mail("fs1", RD, FG, "2026-06-02 12:10", "Harbour car park night shoot", "Felix,",
         "The harbour car park is confirmed for the night shoot on 18 June, 22:00 to 04:00. The port authority wants "
         "a marshal at each of the two entrances and charges 350 EUR for the night. We must leave the space clear by "
         "05:00 for the fish market.", "Rosa"),
    mail("fs2", FG, RD, "2026-06-03 08:50", "Re: Harbour car park night shoot", "Good news, Rosa.",
         "I'll book four marshals from Safeway Crew so they can rotate. Can you check whether the generator may run "
         "after midnight?", "Felix"),
    mail("fs3", RD, FG, "2026-06-05 17:30", "Re: Harbour car park night shoot", "Felix,",
         "The port authority says the generator may run all night as long as it stays behind the container stack. "
         "The fee is paid. The weather back-up date is 19 June.", "Rosa"),
], [
    ("The night shoot is scheduled to last six hours.", S, "normalised_number"),
    ("Felix is booking twice as many marshals as the port authority requires.", S, "cross_email"),
    ("The generator is allowed to run through the night provided it stays behind the container stack.", S, "paraphrase"),
    ("If the weather is bad, the shoot moves to the following night.", S, "normalised_number"),
    ("The fish market had to open later because of the shoot.", U, "invented_consequence"),
    ("The port authority charges 350 EUR for each marshal.", U, "swapped_relation"),
    ("Felix booked four marshals because the port authority asked for them.", U, "invented_cause"),
])

# 6 wedding catering
NH = "Noor Haddad <noor@saffronandsage-catering.example>"
EB = "Eliza Brandt <eliza.brandt@mailbox.example>"
thread("wedding_catering", [
    mail("wc1", NH, EB, "2026-07-06 10:00", "Your wedding on 22 August - numbers", "Dear Eliza,",
         "Final numbers are due by 1 August. For the wedding on 22 August we currently have 96 guests: 78 on the "
         "standard menu, 12 vegetarian and 6 vegan. The price is 62 GBP per guest plus a 300 GBP service charge.",
         "Best wishes,\nNoor"),
    mail("wc2", EB, NH, "2026-07-30 21:15", "Re: Your wedding on 22 August - numbers", "Hi Noor,",
         "Final numbers: 4 guests have dropped out, all from the standard menu. Two of the remaining standard-menu "
         "guests are my cousin's children, who need the children's menu at 25 GBP each instead. Also, one guest has a "
         "severe nut allergy.", "Eliza"),
    mail("wc3", NH, EB, "2026-07-31 09:40", "Re: Your wedding on 22 August - numbers", "Dear Eliza,",
         "Noted. That makes 90 adult guests and 2 children. We'll prepare the allergy guest's meal separately in a "
         "nut-free area. The balance is due 14 days before the wedding.", "Noor"),
], [
    ("The balance has to be paid by 8 August.", S, "normalised_number"),
    ("After the changes, 72 guests remain on the standard menu.", S, "normalised_number"),
    ("Eliza warned the caterer about a guest with a serious nut allergy.", S, "reported_speech"),
    ("The guest list fell from 96 to 92 before the final-numbers deadline.", S, "cross_email"),
    ("Four guests dropped out because of the nut allergy.", U, "invented_cause"),
    ("The children's meals cost 62 GBP each.", U, "wrong_number"),
    ("Because of the allergy, Noor is taking nuts off the whole menu.", U, "invented_consequence"),
])

# 7 lab equipment
IC = "Dr Ines Carvalho <i.carvalho@biochem.kelston-uni.example>"
PS = "Paul Sorensen <paul.sorensen@beckmer-service.example>"
BG = "Biochemistry group <biochem-all@kelston-uni.example>"
thread("lab_centrifuge", [
    mail("lc1", IC, BG, "2026-01-19 08:15", "Ultracentrifuge B214 out of service", "Dear all,",
         "The ultracentrifuge in room B214 showed an imbalance error during Friday's run and stopped itself. No "
         "samples were damaged. I've locked it out and called Beckmer Service.", "Ines"),
    mail("lc2", PS, IC, "2026-01-21 16:00", "B214 ultracentrifuge - inspection", "Dear Dr Carvalho,",
         "I inspected the unit today. The drive spindle is worn and needs replacing; the part arrives in 8 working "
         "days. Until then the unit must not be used. The rotor itself passed inspection, but it has done 9,800 of its "
         "10,000 rated cycles and should be retired soon.", "Regards,\nPaul Sorensen\nField Engineer"),
    mail("lc3", IC, BG, "2026-01-22 09:05", "Re: Ultracentrifuge B214 out of service", "All,",
         "Until the repair, please book the centrifuge in B220 instead; it takes the same tubes. I've ordered a new "
         "rotor from our equipment budget.", "Ines"),
], [
    ("None of the samples in Friday's run were harmed.", S, "negation_paraphrase"),
    ("The rotor has 200 rated cycles left.", S, "normalised_number"),
    ("While the spindle part is on its way, users are directed to the centrifuge in B220.", S, "cross_email"),
    ("The ultracentrifuge shut itself down after an imbalance error on Friday.", S, "paraphrase"),
    ("The imbalance error was caused by the worn rotor.", U, "invented_cause"),
    ("Paul said the lab had overloaded the rotor.", U, "invented_blame"),
    ("The rotor needs replacing, but the drive spindle passed inspection.", U, "swapped_relation"),
])

# 8 city council bins
MA = "Cllr Martin Achterberg <m.achterberg@eastvale-council.example>"
BC = "Bridget Coyle <b.coyle@eastvale-council.example>"
thread("council_bins", [
    mail("cb1", MA, BC, "2026-03-02 09:00", "Larch Road recycling", "Dear Bridget,",
         "Residents of Larch Road have reported that their recycling was not collected on 20 or 27 February. Can you "
         "tell me what happened?", "Martin Achterberg"),
    mail("cb2", BC, MA, "2026-03-03 13:25", "Re: Larch Road recycling", "Dear Cllr Achterberg,",
         "The crew could not get the lorry into Larch Road on either date because cars were parked on both sides at "
         "the narrow bend. We will collect this Friday, 6 March, with a smaller vehicle. From April, Larch Road will "
         "be served by the smaller vehicle permanently.", "Bridget Coyle\nWaste Services"),
    mail("cb3", MA, BC, "2026-03-04 08:10", "Re: Larch Road recycling", "Bridget,",
         "Thank you. I'll ask the parking team about yellow lines at the bend and will let residents know about "
         "Friday.", "Martin"),
], [
    ("Larch Road's recycling was missed on two Fridays because cars parked on both sides blocked the lorry at the narrow bend.", S, "stated_cause"),
    ("The catch-up collection is one week after the second missed one.", S, "normalised_number"),
    ("Martin said he would raise yellow lines at the bend with the parking team.", S, "reported_speech"),
    ("Bridget blamed Larch Road residents for parking at the bend.", U, "invented_blame"),
    ("Yellow lines will be painted at the bend from April.", U, "invented_consequence"),
    ("The catch-up collection takes place on Friday 13 March.", U, "wrong_date"),
])

# 9 charity fun run
KB = "Keisha Brown <keisha@hollyfieldhospice-friends.example>"
AW = "Alan Whitcombe <treasurer@hollyfieldhospice-friends.example>"
CM = "Fun run committee <committee@hollyfieldhospice-friends.example>"
thread("charity_run", [
    mail("cr1", KB, CM, "2026-05-11 19:00", "Fun run result", "Hi everyone,",
         "The 5K fun run for the hospice raised 8,450 GBP from 212 runners. Our target was 7,500 GBP. The park cafe "
         "donated all the drinks.", "Keisha"),
    mail("cr2", AW, CM, "2026-05-12 08:35", "Re: Fun run result", "Hello all,",
         "Costs were 1,150 GBP: 700 for timing chips, 300 for the first-aid team and 150 for medals. Gift Aid should "
         "add about 1,100 GBP once the forms are processed.", "Alan"),
    mail("cr3", KB, CM, "2026-05-13 12:00", "Re: Fun run result", "Great, thanks Alan.",
         "Three runners needed first aid for blisters, nothing serious. Next year's date is 9 May 2027.", "Keisha"),
], [
    ("The run beat its target by 950 GBP.", S, "normalised_number"),
    ("After costs, the run cleared 7,300 GBP before any Gift Aid.", S, "cross_email"),
    ("Timing chips made up more than half of the costs.", S, "normalised_number"),
    ("None of the three first-aid cases was serious.", S, "negation_paraphrase"),
    ("The target was beaten because the park cafe donated the drinks.", U, "invented_cause"),
    ("Gift Aid added 1,100 GBP to the total.", U, "unstated_claim"),
    ("Because of the blister cases, next year's run will have a bigger first-aid team.", U, "invented_consequence"),
])

# 10 bike recall
JB = "Jonas Berg <jonas.berg@velacycles.example>"
CH = "Chloe Martin <chloe@martinsbikes.example>"
VD = "Vela dealers <dealers@velacycles.example>"
thread("bike_recall", [
    mail("br1", JB, VD, "2026-06-08 07:30", "Recall: Strada 2 battery mount, batch SM-24", "Dear dealers,",
         "We are recalling the Strada 2 e-bike battery mount, batch SM-24, because the locking pin can shear on rough "
         "roads. Dealers should stop selling affected bikes and contact owners. Replacement mounts ship from 22 June.",
         "Jonas Berg\nQuality, Vela Cycles"),
    mail("br2", CH, JB, "2026-06-09 17:45", "Re: Recall: Strada 2 battery mount, batch SM-24", "Hi Jonas,",
         "We sold 14 Strada 2 bikes from batch SM-24 and have 3 in stock. I've tagged the three as not for sale and "
         "phoned 11 owners so far.", "Chloe\nMartin's Bikes"),
    mail("br3", JB, CH, "2026-06-10 10:10", "Re: Recall: Strada 2 battery mount, batch SM-24", "Thanks Chloe.",
         "Fitting takes about 20 minutes and we pay dealers 25 EUR per bike. Owners should not ride the bikes "
         "off-road until the new mount is fitted.", "Jonas"),
], [
    ("Vela recalled the SM-24 mounts since their locking pin may shear on rough roads.", S, "stated_cause"),
    ("Chloe still had three owners left to contact.", S, "normalised_number"),
    ("At 25 EUR a bike, fitting new mounts to all 17 affected bikes at Chloe's shop would earn it 425 EUR.", S, "cross_email"),
    ("The locking pins sheared because owners rode the bikes off-road.", U, "invented_blame"),
    ("An owner was hurt when a locking pin sheared.", U, "invented_consequence"),
    ("Replacement mounts started shipping on 8 June.", U, "wrong_date"),
])
