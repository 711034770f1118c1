"""Threads 1-10 of blind set 19, typed by hand. (tid, subject, mails, cases)."""
PRIYA = ("Priya Lindqvist", "priya@hearthstonebakery.example")
TOMASZ = ("Tomasz Reyes", "tomasz@ovencraft.example")
KEZIAH = ("Dr Keziah Oyelaran", "reception@brightmoordental.example")
HAMISH = ("Hamish Duval", "hamish@steripro.example")
FERGUS = ("Fergus Abernethy", "fergus@glacisarena.example")
LENA = ("Lena Haverkamp", "lena@polarmachines.example")
OSMAN = ("Osman Kirkby", "o.kirkby@harbourton-council.example")
WREN = ("Wren Tallis", "wren@pedalpoint.example")
CLEM = ("Clementine Ashby", "clem.ashby@mailbox.example")
DMITRI = ("Dmitri Falk", "dmitri@keynotemovers.example")
IDRIS = ("Idris Bakshi", "idris.bakshi@post.example")
RUTH = ("Ruth Penhallow", "ruth@combwellapiaries.example")
BEA = ("Beatrix Holloway", "bea.holloway@inbox.example")
ANWAR = ("Anwar Lutz", "anwar@crispinscleaners.example")
NOOR = ("Noor Abubakar", "noor@summitloft.example")
SVEN = ("Sven Marchetti", "sven@belaytech.example")
MAELLE = ("Maelle Dubois", "maelle@tidewaterstudio.example")
KOFI = ("Kofi Arkwright", "kofi@brackishmgmt.example")
YASMIN = ("Yasmin Castellano", "yasmin@petalandstem.example")
NED = ("Ned Obuya", "ned@frostline.example")

THREADS = [
    ("bakery_oven", "Deck 3 not heating", [
        ("bo1", PRIYA, TOMASZ, "2026-03-02 07:40",
         "Deck 3 of our stone oven stopped heating at 04:15 on Sunday 1 March, halfway through the sourdough bake. "
         "We lost 86 loaves and had to bake the rest of the order in decks 1 and 2, so the cafe delivery went out "
         "90 minutes late. No one was burned and the fire alarm did not go off. Can you send someone this week?"),
        ("bo2", TOMASZ, PRIYA, "2026-03-03 15:10",
         "Our engineer, Odile Marsh, visited this morning. The lower element in deck 3 had cracked where it passes "
         "through the back wall, so it shorted and blew the deck's fuse. The element was the original from 2019. "
         "A replacement costs 410 EUR plus 95 EUR labour. Odile can fit it on Thursday 5 March."),
        ("bo3", PRIYA, TOMASZ, "2026-03-06 09:00",
         "Odile fitted the element yesterday and deck 3 held 250 C for a full test bake. I have approved the "
         "invoice. Please add deck 3 to your six-monthly check from now on."),
    ], [
        (True, "cross_email", "Deck 3 failed on 1 March and passed a test bake at 250 C after Odile Marsh fitted a new element on 5 March."),
        (True, "stated_cause", "The deck's fuse blew because the cracked lower element shorted."),
        (True, "normalised_number", "The element and its fitting came to 505 EUR."),
        (True, "negation_paraphrase", "Nobody suffered a burn, and the fire alarm stayed silent."),
        (False, "invented_blame", "Priya Lindqvist is responsible for the element failure, having skipped the oven's yearly check."),
        (False, "invented_cause", "The cafe delivery was late because Ovencraft's engineer could not come until Tuesday."),
        (False, "invented_consequence", "The cafe cancelled its standing order with Hearthstone after the late delivery."),
        (False, "wrong_number", "The bakery lost 68 loaves when deck 3 stopped heating."),
    ]),
    ("dental_autoclave", "Autoclave error E14", [
        ("da1", KEZIAH, HAMISH, "2026-01-14 08:30",
         "Our autoclave failed its cycle three times yesterday, showing error E14 (door seal pressure). We cancelled "
         "11 appointments for the afternoon because we had only two clean kits left. The patients have all been "
         "rebooked within the week."),
        ("da2", HAMISH, KEZIAH, "2026-01-15 10:05",
         "E14 means the chamber could not hold pressure. Our service log shows the door gasket was last changed in "
         "March 2024; we advise changing it every 12 months. I am sending a loan autoclave today by courier, free of "
         "charge, and our technician Bram Ekwueme will fit a new gasket on Monday 19 January. The gasket is 68 GBP; "
         "the visit is covered by your service contract."),
        ("da3", KEZIAH, HAMISH, "2026-01-20 12:15",
         "Bram fitted the gasket yesterday and we ran three test cycles, all passed. The loan unit went back with "
         "him. Thank you for the quick loan."),
    ], [
        (True, "cross_email", "SteriPro lent Brightmoor an autoclave, which Bram Ekwueme took back on 19 January after fitting the new gasket."),
        (True, "stated_cause", "The practice cancelled 11 afternoon appointments because only two clean kits were left."),
        (True, "normalised_number", "The door gasket had gone about 22 months without a change by the time the autoclave failed."),
        (True, "reported_speech", "Hamish Duval said SteriPro advises a new door gasket every year."),
        (False, "invented_blame", "Bram Ekwueme had fitted the old gasket badly, which caused the E14 errors."),
        (False, "invented_cause", "The chamber could not hold pressure because the practice ran too many cycles in one day."),
        (False, "invented_consequence", "Two patients complained to the dental council about the cancelled appointments."),
        (False, "swapped_relation", "Brightmoor paid 68 GBP for the technician's visit, while the gasket itself was covered by the service contract."),
    ]),
    ("ice_rink", "Oil on the ice", [
        ("ir1", FERGUS, LENA, "2026-11-09 10:00",
         "Our resurfacer leaked hydraulic oil onto the ice during the 18:00 clean on Saturday 7 November. We closed "
         "the rink for the public session, 19:00 to 21:00, and refunded 64 skaters at 9 GBP each. The stain covered "
         "about 3 square metres; our crew scraped it out and rebuilt the ice overnight."),
        ("ir2", LENA, FERGUS, "2026-11-10 14:40",
         "Our mechanic Rafferty Cole inspected the machine this morning. A hydraulic hose to the conditioner had "
         "rubbed against a bracket until it split. The hose is 120 GBP. Machines of this model should have a rubber sleeve "
         "on that bracket, and yours did not have one. We will fit the hose and a sleeve free of charge on Thursday "
         "12 November."),
        ("ir3", FERGUS, LENA, "2026-11-13 08:50",
         "Hose and sleeve were fitted yesterday. The machine did two cleans last night with no drips. Ice hockey "
         "training went ahead as planned."),
    ], [
        (True, "normalised_number", "Glacis Arena refunded 576 GBP to skaters for the cancelled public session."),
        (True, "stated_cause", "The hydraulic hose split because it had rubbed against a bracket."),
        (True, "cross_email", "The oil leak of 7 November was dealt with on 12 November, when Polar Machines fitted a new hose and a sleeve at no charge."),
        (True, "negation_paraphrase", "The resurfacer did not drip in either of its two cleans after the repair."),
        (False, "invented_blame", "Rafferty Cole had removed the bracket's rubber sleeve during an earlier service."),
        (False, "invented_cause", "The public session was cancelled because the ice hockey team had booked the rink that evening."),
        (False, "invented_consequence", "The hockey club moved its training to another rink after the leak."),
        (False, "wrong_date", "The resurfacer leaked oil during the evening clean on Sunday 8 November."),
    ]),
    ("bike_dock", "Canal Row docking station", [
        ("bd1", OSMAN, WREN, "2026-05-05 09:20",
         "Residents reported that the docking station on Canal Row released no bikes from Friday 1 May to Sunday "
         "3 May. Please explain what happened."),
        ("bd2", WREN, OSMAN, "2026-05-06 11:45",
         "The station's modem lost its mobile signal after the phone mast on the mill roof was taken down for "
         "repairs on 1 May. Without a signal the docks cannot confirm a payment, so they keep the bikes locked. We "
         "fitted an external aerial on Monday 4 May and the station has worked since. 212 rides were attempted and "
         "failed over the three days; we have credited each affected user with one free ride."),
        ("bd3", OSMAN, WREN, "2026-05-07 16:00",
         "Thank you. The mast is due back in service on 20 May. Please leave the aerial in place anyway and send "
         "us the monthly usage figures as usual."),
    ], [
        (True, "stated_cause", "The Canal Row docks kept their bikes locked because the modem had no signal with which to confirm payments."),
        (True, "cross_email", "The Canal Row station released no bikes from 1 to 3 May, after the phone mast on the mill roof was taken down."),
        (True, "reported_speech", "Osman Kirkby asked Pedalpoint to keep the external aerial even once the mast is back."),
        (True, "normalised_number", "About 70 ride attempts a day failed at Canal Row while the signal was down."),
        (False, "invented_blame", "Harbourton Council took the mast down without warning Pedalpoint, which left the station offline."),
        (False, "invented_cause", "The mast on the mill roof was taken down because its signal interfered with the docks."),
        (False, "invented_consequence", "The council fined Pedalpoint for the three-day outage at Canal Row."),
        (False, "wrong_number", "Pedalpoint handed out 212 free rides, one for every failed attempt."),
    ]),
    ("piano_move", "Piano damaged in the move", [
        ("pm1", CLEM, DMITRI, "2026-04-16 19:30",
         "Your crew moved my grand piano to the new flat on Tuesday 14 April. Today my tuner, Mr Ansel Brightwater, "
         "found the right front leg loose and a 7 cm scratch on the lid. The crew had wrapped the lid in blankets; I "
         "saw that myself. The piano was tuned to 440 Hz in March and is now noticeably flat."),
        ("pm2", DMITRI, CLEM, "2026-04-17 13:00",
         "I have spoken to the crew. The leg was refitted on site by our foreman, Jos Varga, and he says he did not "
         "tighten the brass plate bolts fully because the floor was still wet from cleaning and he wanted to get the "
         "piano off it quickly. That is on us. We will pay for a French polisher to treat the scratch and for a "
         "tuning. Moves usually put a piano out of tune; that part is normal."),
        ("pm3", CLEM, DMITRI, "2026-04-22 10:10",
         "The polisher, Marguerite Sall, came on Monday and the scratch is gone. Mr Brightwater tightened the leg "
         "and retuned the piano yesterday; your firm paid his 85 GBP fee directly."),
    ], [
        (True, "stated_cause", "Jos Varga left the leg bolts loose because he wanted to move the piano quickly off a wet floor."),
        (True, "reported_speech", "Dmitri Falk said that a move usually puts a piano out of tune."),
        (True, "cross_email", "Keynote paid Ansel Brightwater's 85 GBP fee for tightening the leg and retuning the piano on 21 April."),
        (True, "normalised_number", "Marguerite Sall removed the lid scratch on 20 April, six days after the move."),
        (False, "invented_blame", "Ansel Brightwater loosened the front leg when he tuned the piano in March."),
        (False, "invented_cause", "The lid was scratched because the crew had not wrapped it."),
        (False, "invented_consequence", "Clementine Ashby has asked Keynote for a full refund of the removal fee."),
        (False, "negated", "Dmitri Falk denied that the loose leg was his firm's fault."),
    ]),
    ("bee_nucleus", "Nucleus colony arrived damaged", [
        ("bn1", IDRIS, RUTH, "2026-06-08 07:15",
         "The two nucleus colonies I ordered arrived on Saturday 6 June by courier. One box was fine. The other had "
         "a split corner and about half its bees were dead on the floor of the box; the queen was alive. The "
         "courier label said 'Keep upright', but the box arrived on its side."),
        ("bn2", RUTH, IDRIS, "2026-06-09 18:25",
         "I am sorry. Both boxes left us sealed and upright on Thursday 4 June. We will send a replacement nucleus "
         "on Monday 15 June in our own van, not by courier, at no cost. Please keep the weak colony; with its queen "
         "alive it may build up by August. We have filed a claim with Swiftparcel for the 145 GBP box."),
        ("bn3", IDRIS, RUTH, "2026-06-16 20:00",
         "The replacement arrived yesterday morning in perfect order. The weak colony has accepted a frame of brood "
         "from the strong one and is foraging."),
    ], [
        (True, "cross_email", "The replacement nucleus came in Combwell's own van on 15 June, nine days after the damaged box arrived."),
        (True, "reported_speech", "Ruth Penhallow thought the weak colony might build up by August, since its queen was alive."),
        (True, "paraphrase", "Combwell is claiming the cost of the 145 GBP box back from Swiftparcel."),
        (True, "normalised_number", "The boxes took two days to reach Idris Bakshi."),
        (False, "invented_blame", "Idris Bakshi left the box on its side after the courier delivered it."),
        (False, "invented_cause", "Half the bees died because the queen had been injured in transit."),
        (False, "invented_consequence", "Combwell has stopped using Swiftparcel for all its deliveries."),
        (False, "wrong_date", "Combwell sent the replacement nucleus on Monday 22 June."),
    ]),
    ("dry_cleaner", "Coat returned with a stain", [
        ("dc1", BEA, ANWAR, "2026-09-11 17:40",
         "I collected my wool coat on Wednesday 9 September. The ticket said 'grease mark, left cuff'. The mark is "
         "still there and the lining now has a brown ring about the size of a coin. The coat cost 380 GBP two years "
         "ago."),
        ("dc2", ANWAR, BEA, "2026-09-12 09:30",
         "Our presser, Jade Kowalczyk, checked the ticket. The grease mark was treated with our standard solvent, "
         "which did not lift it. The brown ring comes from a drop of steam water from the press head, which had a "
         "blocked drain that day. We have cleared the drain. We offer to reclean the coat free and, if the ring does "
         "not come out, to pay 190 GBP, half the purchase price."),
        ("dc3", BEA, ANWAR, "2026-09-21 12:00",
         "The reclean took out the ring but not the grease mark. I accept a refund of the 22 GBP cleaning fee "
         "instead of the 190 GBP, and we can call it settled."),
    ], [
        (True, "stated_cause", "The brown ring on the lining came from steam water dripping from a press head whose drain was blocked."),
        (True, "normalised_number", "Crispin's offered half of the coat's 380 GBP price in case the ring stayed."),
        (True, "cross_email", "The free reclean removed the ring that the press had left, but the grease mark on the left cuff is still there."),
        (True, "negation_paraphrase", "The standard solvent failed to lift the grease mark."),
        (False, "invented_blame", "Jade Kowalczyk failed to clear the blocked drain before pressing the coat."),
        (False, "invented_cause", "The grease mark stayed because the coat was cleaned at too low a temperature."),
        (False, "invented_consequence", "Beatrix Holloway now takes her other clothes to a different cleaner."),
        (False, "wrong_number", "Beatrix Holloway accepted a refund of the 32 GBP cleaning fee."),
    ]),
    ("auto_belay", "Wall 4 auto-belay lowered too fast", [
        ("ab1", NOOR, SVEN, "2026-02-17 08:05",
         "On Sunday 15 February the auto-belay on wall 4 lowered a climber faster than normal, roughly twice the "
         "usual speed, over the last two metres. She landed hard but was unhurt and climbed again later. We taped "
         "off wall 4 at once. The unit was installed in October 2025 and passed its monthly check on 2 February."),
        ("ab2", SVEN, NOOR, "2026-02-18 13:30",
         "Please send the unit to us. The descent speed is controlled by a magnetic brake; if a unit is stored near "
         "a heater its magnets can weaken. Until we test it we cannot say why it ran fast. We will lend you a unit "
         "meanwhile."),
        ("ab3", SVEN, NOOR, "2026-03-04 15:20",
         "Our test found that one of the brake's six magnets had cracked, a fault from the factory batch, which is "
         "why it ran fast. Heat played no part. We have recalled 40 units from that batch and your repaired unit "
         "will ship on Friday 6 March."),
    ], [
        (True, "reported_speech", "At first Sven Marchetti said Belaytech could not tell why the unit ran fast until it had been tested."),
        (True, "stated_cause", "The auto-belay lowered the climber too fast because one of its brake magnets had a crack from the factory."),
        (True, "cross_email", "Summit Loft taped off wall 4, and Belaytech lent a unit while it tested the faulty one."),
        (True, "normalised_number", "The wall 4 unit had passed its monthly check 13 days before it lowered the climber too quickly."),
        (False, "invented_cause", "The unit ran fast because Summit Loft had stored it near a heater."),
        (False, "invented_blame", "Noor Abubakar skipped the February check on the wall 4 unit."),
        (False, "invented_consequence", "The climber has made an insurance claim against Summit Loft."),
        (False, "wrong_number", "Belaytech has recalled 60 units from the faulty batch."),
    ]),
    ("studio_desk", "Crackle on channel 12", [
        ("sd1", MAELLE, KOFI, "2026-07-23 11:00",
         "Channel 12 on our desk started crackling during your band's session yesterday, so we moved the bass DI "
         "to channel 18 and carried on. We lost about 40 minutes finding the fault and will not charge for them: "
         "the 8-hour day at 55 GBP an hour comes to 440 GBP, less 36.67 GBP, so 403.33 GBP."),
        ("sd2", KOFI, MAELLE, "2026-07-24 10:15",
         "Thanks. Our bassist, Lorcan Pike, listened back and there is crackle on two takes of 'Salt Road'. Can we "
         "redo those two takes?"),
        ("sd3", MAELLE, KOFI, "2026-07-27 09:40",
         "Yes. Our technician cleaned the channel 12 fader and found coffee residue inside it from a spill last "
         "month, which made the crackle. We can give you two free hours on Wednesday 29 July from 10:00 to redo "
         "'Salt Road'."),
    ], [
        (True, "stated_cause", "Coffee residue inside the channel 12 fader caused the crackle."),
        (True, "normalised_number", "Tidewater billed the band a little over 403 GBP for the day instead of 440 GBP."),
        (True, "cross_email", "Tidewater offered two free hours on 29 July to redo the two takes of 'Salt Road' that Lorcan Pike found crackling."),
        (True, "paraphrase", "The studio switched the bass DI to a different channel and kept recording."),
        (False, "invented_blame", "Lorcan Pike spilled the coffee that got into the fader."),
        (False, "invented_cause", "The two takes had to be redone because the bass DI was moved to channel 18."),
        (False, "invented_consequence", "The band's label pushed back the release of 'Salt Road'."),
        (False, "wrong_date", "The free session to redo 'Salt Road' is on Wednesday 5 August."),
    ]),
    ("florist_coldroom", "Cold room at 14 C", [
        ("fc1", YASMIN, NED, "2026-08-10 06:20",
         "The cold room thermostat read 14 C when I opened up at 06:00 today; it should be 4 C. The flowers for "
         "Saturday's wedding are in there: 300 white roses and 120 stems of eucalyptus. The roses look fine so far."),
        ("fc2", NED, YASMIN, "2026-08-10 15:30",
         "I came at 11:00. The condenser fan motor had burnt out, so the unit could not shed heat. I fitted a new "
         "motor (240 GBP including call-out) and the room was back to 4 C by 13:30. The condenser fins were also "
         "clogged with dust; I cleaned them. Cleaning them every three months would reduce the strain on the motor."),
        ("fc3", YASMIN, NED, "2026-08-16 21:10",
         "The wedding went well. We lost 25 roses which had browned at the edges; I bought replacements at the "
         "market for 2.20 GBP each. The rest were fine."),
    ], [
        (True, "stated_cause", "The cold room warmed up because the burnt-out fan motor left the unit unable to shed heat."),
        (True, "normalised_number", "Replacing the browned roses cost Yasmin Castellano 55 GBP."),
        (True, "cross_email", "The cold room was back at 4 C two and a half hours after Ned Obuya arrived, and 275 of the 300 roses came through fine."),
        (True, "reported_speech", "Ned Obuya suggested cleaning the condenser fins every three months to ease the strain on the motor."),
        (False, "invented_blame", "Yasmin Castellano let the condenser fins clog, which burnt out the fan motor."),
        (False, "invented_cause", "The 25 roses browned because the cold room door was left open during the repair."),
        (False, "invented_consequence", "The bride asked Petal & Stem for a discount because of the browned roses."),
        (False, "wrong_number", "The new fan motor cost 420 GBP including the call-out."),
    ]),
]
