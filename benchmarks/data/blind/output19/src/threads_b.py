"""Threads 11-20 of blind set 19, typed by hand. (tid, subject, mails, cases)."""
HARRIET = ("Harriet Nakamura", "facilities@quillgatehouse.example")
BENEDIKT = ("Benedikt Achterberg", "ben@turnwell-locks.example")
WINI = ("Winifred Saxby", "winnie.saxby@homemail.example")
GIAN = ("Gianluca Brennan", "gianluca@sudscorner.example")
SUNNIVA = ("Sunniva Holt", "sunniva@holtanddaughters.example")
CALLUM = ("Callum Petrakis", "callum@rigwellscaffold.example")
MARIT = ("Marit Solberg", "ops@skerrylink.example")
DESMOND = ("Desmond Achebe", "harbourmaster@kilbrannan-trust.example")
BRONWEN = ("Bronwen Tregarth", "bronwen@torcheesecellars.example")
OLEK = ("Olek Zawadzki", "olek@humidair.example")
COSMO = ("Cosmo Rutherford", "cosmo.r@letterbox.example")
AOIFE = ("Aoife Brannigan", "aoife@canopycare.example")
LAVINIA = ("Lavinia Trask", "lavinia.trask@postbox.example")
PIP = ("Pip Mensah", "pip@fluffandfold.example")
GWEN = ("Gwen Pemberton", "gwen.pemberton@homenet.example")
RASMUS = ("Rasmus Ilori", "rasmus@sunriserooftops.example")
IGNATIUS = ("Dr Ignatius Wolde", "i.wolde@geog.fenmoor-uni.example")
HESTER = ("Hester Marlowe", "hester@marlowebindery.example")
JARVIS = ("Jarvis Quaye", "jarvis.quaye@famnet.example")
ANNELIESE = ("Anneliese Brandt", "anneliese@pistedepot.example")

THREADS = [
    ("master_keys", "Store room opens with a tenant key", [
        ("mk1", HARRIET, BENEDIKT, "2026-10-12 09:00",
         "The 40 master-keyed cylinders you fitted on Thursday 8 October work, but a tenant on floor 3, Ms Odette "
         "Frane, found that her office key also opens the store room on floor 2. The store room should open only "
         "with the master key. We have put a padlock on it for now."),
        ("mk2", BENEDIKT, HARRIET, "2026-10-13 12:25",
         "I checked our pinning sheet. The floor 2 store room cylinder was pinned to the chart line for suite 3B, "
         "one row below the store room, so any 3B key opens it. It was a transcription error in our workshop. I will "
         "re-pin that cylinder on Wednesday 14 October and check all 40 against the chart at no charge. Suite 3B "
         "has three keys cut."),
        ("mk3", HARRIET, BENEDIKT, "2026-10-15 08:45",
         "Done yesterday: Benedikt tested every cylinder and only the store room one was wrong. Padlock removed. "
         "Ms Frane confirms she still holds all three 3B keys and none has been copied."),
    ], [
        (True, "stated_cause", "Any suite 3B key opened the store room because its cylinder was pinned to the chart line for 3B."),
        (True, "cross_email", "After Odette Frane's key opened the floor 2 store room, Turnwell re-pinned that cylinder on 14 October and found the other 39 correct."),
        (True, "negation_paraphrase", "According to Odette Frane, no copies have been made of the three 3B keys."),
        (True, "paraphrase", "Quillgate House kept the store room padlocked until the cylinder was put right."),
        (False, "invented_blame", "Harriet Nakamura gave Turnwell the wrong key chart, which caused the error."),
        (False, "invented_cause", "The store room was padlocked because items had gone missing from it."),
        (False, "invented_consequence", "Quillgate House has asked a different locksmith to recheck all 40 cylinders."),
        (False, "swapped_relation", "The key to the floor 2 store room turned out to open suite 3B."),
    ]),
    ("laundrette_dryer", "Dryer 5 took my money", [
        ("ld1", WINI, GIAN, "2026-03-21 15:05",
         "On Thursday 19 March dryer 5 took my 6 GBP and ran for 10 minutes without any heat. I paid another 6 GBP "
         "to use dryer 6 and my duvet still came out damp."),
        ("ld2", GIAN, WINI, "2026-03-23 10:30",
         "I'm sorry. Dryer 5's gas igniter had failed, so the drum turned but never heated, and the coin box still "
         "took money. It has an out-of-order sign on it now. Dryer 6 is working normally: a full duvet needs 40 "
         "minutes and 6 GBP buys 30, which is why yours came out damp."),
        ("ld3", GIAN, WINI, "2026-03-27 11:00",
         "The engineer replaced the igniter on Wednesday and dryer 5 is back in use. Your 6 GBP refund is waiting "
         "at the counter, with a free 10-minute token."),
    ], [
        (True, "stated_cause", "Dryer 5's drum turned without heating because its gas igniter had failed."),
        (True, "stated_cause", "The duvet came out of dryer 6 damp because 6 GBP buys 30 minutes and a full duvet needs 40."),
        (True, "normalised_number", "Winifred Saxby spent 12 GBP on two dryers that day."),
        (True, "cross_email", "Dryer 5 was repaired on 25 March, six days after it took Winifred Saxby's money without heating."),
        (False, "invented_blame", "The engineer had left dryer 5's igniter disconnected after an earlier visit."),
        (False, "invented_cause", "The duvet came out damp because dryer 6 also had a failing igniter."),
        (False, "invented_consequence", "Suds Corner is replacing all its gas dryers with electric ones."),
        (False, "wrong_number", "Suds Corner is refunding 12 GBP and giving a free 10-minute token."),
    ]),
    ("scaffold_netting", "Netting loose at 14 Orchard Terrace", [
        ("sn1", SUNNIVA, CALLUM, "2026-01-19 08:10",
         "Storm Ilse on Sunday 18 January lifted the debris netting off the top two lifts of the scaffold at 14 "
         "Orchard Terrace. The netting is hanging over the pavement. Nothing has fallen and nobody was under it. "
         "We have coned off the pavement."),
        ("sn2", CALLUM, SUNNIVA, "2026-01-19 14:00",
         "Our crew will be there by 16:00 today. The netting was tied with cable ties every 450 mm as per our "
         "standard; the gusts reached 78 mph, above the 60 mph the netting is rated for. We will re-fix it with ties "
         "every 300 mm and add a second row of ties at the top."),
        ("sn3", SUNNIVA, CALLUM, "2026-01-20 11:30",
         "Your crew finished at 19:30 last night. The council inspector, Mr Rhys Amankwah, checked this morning and "
         "let us reopen the pavement. The hire period stays 12 weeks from 5 January."),
    ], [
        (True, "reported_speech", "Callum Petrakis said the gusts reached 78 mph, 18 mph more than the netting is rated for."),
        (True, "cross_email", "The pavement reopened on 20 January after Rigwell's crew re-fixed the netting the evening before and a council inspector checked it."),
        (True, "negation_paraphrase", "No one was beneath the netting when it came loose, and nothing fell."),
        (True, "normalised_number", "The scaffold hire runs until 30 March."),
        (False, "invented_blame", "Rigwell's crew had tied the netting too loosely, so it lifted in the storm."),
        (False, "invented_cause", "The pavement stayed closed overnight because the inspector could not come until Tuesday."),
        (False, "invented_consequence", "Holt & Daughters were fined by the council over the loose netting."),
        (False, "wrong_number", "Rigwell will re-fix the netting with ties every 450 mm."),
    ]),
    ("ferry_ramp", "Linkspan stuck raised", [
        ("fr1", MARIT, DESMOND, "2026-07-01 08:20",
         "The linkspan ramp at Kilbrannan pier stuck in the raised position at 07:10 today. Our 07:30 sailing ran "
         "as foot-passenger only and 23 cars were turned back. The ramp is your equipment, so please advise."),
        ("fr2", DESMOND, MARIT, "2026-07-01 16:00",
         "Our fitter, Ingrid Halvorsen, found that a hydraulic pump relay had burnt out, so the lowering circuit "
         "lost power. She fitted a spare relay and the ramp has been working since 13:20. The relay was 14 years "
         "old. We will replace the matching relay on the second pump on Friday 3 July, in the 11:00 to 12:00 gap "
         "between sailings."),
        ("fr3", MARIT, DESMOND, "2026-07-06 09:00",
         "Thank you. For the record, the 09:30 and 11:30 sailings on 1 July also ran foot-passenger only, so 31 "
         "cars in total were turned back that day, not 23. We have refunded their fares."),
    ], [
        (True, "stated_cause", "The ramp could not be lowered because a burnt-out pump relay cut power to the lowering circuit."),
        (True, "cross_email", "Three sailings on 1 July carried foot passengers only, and 31 cars were turned back in all."),
        (True, "normalised_number", "The ramp was stuck for a little over six hours."),
        (True, "paraphrase", "The second pump's matching relay was to be replaced in the hour-long gap between sailings on 3 July."),
        (False, "invented_blame", "Ingrid Halvorsen had wired the relay wrongly, which burnt it out."),
        (False, "invented_cause", "The 11:30 sailing took no cars because the ramp had jammed a second time."),
        (False, "invented_consequence", "Skerry Link has sent the harbour trust a bill for the refunded fares."),
        (False, "wrong_number", "Only 23 cars were turned back on 1 July."),
    ]),
    ("cheese_cave", "Cave 2 humidity falling", [
        ("cc1", BRONWEN, OLEK, "2026-12-04 10:00",
         "Humidity in cave 2 has dropped from 95% to 78% over the past five days although the humidifier is running. "
         "The rinds on 60 wheels of Tor Blue are cracking. The unit is under your two-year warranty; it was "
         "installed on 14 March 2025."),
        ("cc2", OLEK, BRONWEN, "2026-12-07 09:15",
         "From the photos, the nozzles are crusted with limescale, which cuts the mist output. Your water is hard "
         "(about 320 mg/l) and the unit needs a softener cartridge, which our installer should have fitted in 2025 "
         "but did not. We will fit the cartridge and descale the nozzles free, under warranty, on Wednesday 9 "
         "December."),
        ("cc3", BRONWEN, OLEK, "2026-12-11 08:30",
         "Your engineer fitted the cartridge and descaled the nozzles on Wednesday as planned, and cave 2 was back "
         "at 94% by this morning. We have sorted the wheels: 48 can be saved by re-brushing, and 12 will be sold as "
         "cooking cheese at 20% of the normal price."),
    ], [
        (True, "stated_cause", "The mist output fell because limescale had crusted the nozzles."),
        (True, "cross_email", "Humidair said its installer should have fitted a softener cartridge in 2025, and one was fitted under warranty on 9 December."),
        (True, "normalised_number", "One in five of the cracked wheels will be sold as cooking cheese."),
        (True, "paraphrase", "The humidifier was still within its warranty period when the humidity fell."),
        (False, "invented_blame", "Bronwen Tregarth ran the humidifier on hard water against Humidair's advice."),
        (False, "invented_cause", "The rinds cracked because cave 2 had become too warm."),
        (False, "invented_consequence", "Tor Cheese Cellars will claim the lost value of the 12 wheels from Humidair."),
        (False, "swapped_relation", "Forty-eight wheels will be sold as cooking cheese and twelve saved by re-brushing."),
    ]),
    ("tree_felling", "Fence broken during felling", [
        ("tf1", COSMO, AOIFE, "2026-09-22 08:00",
         "Your team felled the dead ash in my back garden yesterday. A section of trunk bounced off the lawn and "
         "broke two panels of the fence I share with my neighbour, Mrs Philippa Gowan. Her greenhouse was not "
         "touched. Please let me know how you will put this right."),
        ("tf2", AOIFE, COSMO, "2026-09-23 12:40",
         "I'm sorry. The ash was too decayed to be taken down in sections with ropes, which is what we would "
         "normally do, so our climber, Teodor Lisowski, dropped the top in one piece into the drop zone we had agreed "
         "with you. It bounced further than planned. We will replace the two panels (65 GBP each, plus 40 GBP "
         "fitting) at our cost on Monday 28 September."),
        ("tf3", COSMO, AOIFE, "2026-09-29 19:20",
         "The panels went in yesterday and Mrs Gowan is happy with them. The stump grinding you quoted at 150 GBP "
         "can go ahead on 6 October."),
    ], [
        (True, "stated_cause", "Canopy Care dropped the top in one piece because the ash was too decayed to be lowered in sections on ropes."),
        (True, "normalised_number", "Canopy Care's fence repair came to 170 GBP."),
        (True, "cross_email", "The two fence panels broken on 21 September were replaced a week later."),
        (True, "negation_paraphrase", "Philippa Gowan's greenhouse escaped without damage."),
        (False, "invented_blame", "Teodor Lisowski ignored the agreed drop zone when he felled the ash."),
        (False, "invented_cause", "The ash had died because of a fungus spreading from Mrs Gowan's garden."),
        (False, "invented_consequence", "Philippa Gowan is claiming for damage to her greenhouse."),
        (False, "swapped_relation", "Cosmo Rutherford is paying for the new panels, and Canopy Care for the stump grinding."),
    ]),
    ("dog_groomer", "Nick on Biscuit's ear", [
        ("dg1", LAVINIA, PIP, "2026-04-30 18:00",
         "When I collected Biscuit, my cockapoo, on Tuesday 28 April, he had a small nick on his left ear that bled "
         "a little. Your receptionist said nothing about it. He is eating normally."),
        ("dg2", PIP, LAVINIA, "2026-05-01 09:10",
         "I am very sorry. Our groomer, Soraya Lindgren, told me that Biscuit shook his head while she was trimming "
         "around his ear with scissors, and the tip caught the edge. She cleaned it with saline. She should have "
         "told you at collection; that was our failure, and we now log every nick on the collection sheet. We will "
         "refund the 48 GBP groom."),
        ("dg3", LAVINIA, PIP, "2026-05-02 10:30",
         "Thank you. Our vet, Dr Hollis, looked at it yesterday and said it is healing and needs no treatment. I "
         "accept the refund and will book again in June."),
    ], [
        (True, "reported_speech", "Soraya Lindgren said Biscuit shook his head while she was trimming around his ear."),
        (True, "stated_cause", "The scissor tip caught Biscuit's ear because he shook his head during the trim."),
        (True, "negation_paraphrase", "The vet found that the ear did not need any treatment."),
        (True, "cross_email", "Fluff & Fold refunded the 48 GBP groom, and a vet found the nicked ear healing on 1 May."),
        (False, "invented_blame", "The receptionist hid the nick from Lavinia Trask on purpose."),
        (False, "invented_cause", "Soraya Lindgren nicked the ear because she was rushing to finish before closing time."),
        (False, "invented_consequence", "Lavinia Trask has moved Biscuit to another groomer."),
        (False, "wrong_date", "Lavinia Trask collected Biscuit with the nicked ear on Wednesday 29 April."),
    ]),
    ("solar_inverter", "Inverter isolation fault", [
        ("si1", GWEN, RASMUS, "2026-08-03 08:30",
         "Our inverter has shown a red 'isolation fault' light since Friday 31 July, and the app says the panels "
         "produced 0 kWh on Saturday and Sunday. In July they produced about 18 kWh a day."),
        ("si2", RASMUS, GWEN, "2026-08-04 11:00",
         "The isolation fault means current is leaking to earth somewhere on the roof. Going by the app, it started "
         "during the thunderstorm on the night of 30 July. Our electrician, Ottilie Frick, will visit on Thursday 6 "
         "August."),
        ("si3", RASMUS, GWEN, "2026-08-07 16:45",
         "Ottilie found that a squirrel had chewed the insulation on the DC cable behind panel 9, letting current "
         "leak to earth, which tripped the isolation fault. The storm was a coincidence. She replaced 2 metres of "
         "cable and fitted mesh around the edge of the array, 180 GBP in all; the cable is covered by our warranty, "
         "so you pay 110 GBP for the mesh only."),
    ], [
        (True, "stated_cause", "The isolation fault tripped because a squirrel had chewed the cable insulation behind panel 9."),
        (True, "normalised_number", "The warranty covered 70 GBP of the repair."),
        (True, "cross_email", "Sunrise Rooftops first linked the fault to the thunderstorm of 30 July, but its electrician later found the storm was a coincidence."),
        (True, "reported_speech", "Rasmus Ilori explained that an isolation fault means current is leaking to earth on the roof."),
        (False, "invented_blame", "Ottilie Frick damaged the DC cable behind panel 9 when she installed the system."),
        (False, "invented_cause", "The thunderstorm on 30 July damaged the cable and tripped the isolation fault."),
        (False, "invented_consequence", "The Pembertons lost their feed-in payments for August because of the fault."),
        (False, "wrong_number", "Gwen Pemberton has to pay 180 GBP for the repair."),
    ]),
    ("thesis_binding", "Volume 6 spine title", [
        ("tb1", IGNATIUS, HESTER, "2026-11-02 09:40",
         "The 14 volumes of the department's theses came back on Friday 30 October. Volume 6 has its title stamped "
         "in gold as 'Hydrology 1998-2001', but it holds the theses for 2001-2004. The other 13 are correct."),
        ("tb2", HESTER, IGNATIUS, "2026-11-03 14:00",
         "You are right. Volumes 5 and 6 came to us tied together with one order slip, and my apprentice, Kit "
         "Obafemi, stamped both spines from the first line of that slip. The mistake is mine for not checking his "
         "work. I will re-cover the spine of volume 6 free; it takes three working days once the leather is in."),
        ("tb3", HESTER, IGNATIUS, "2026-11-10 15:30",
         "The leather arrived on Thursday, and volume 6 is ready with the corrected title. I can deliver it on "
         "Friday 13 November."),
    ], [
        (True, "reported_speech", "Hester Marlowe said the mistake was hers for not checking her apprentice's work."),
        (True, "stated_cause", "Volume 6's spine carried the wrong dates because Kit Obafemi stamped it from the first line of an order slip it shared with volume 5."),
        (True, "normalised_number", "All but one of the 14 volumes came back with the right title."),
        (True, "cross_email", "The corrected volume 6 was due to be delivered two weeks after the set came back."),
        (False, "invented_blame", "Dr Ignatius Wolde sent volumes 5 and 6 with the wrong order slip."),
        (False, "invented_cause", "The re-covering took longer because Kit Obafemi was off sick."),
        (False, "invented_consequence", "The department has moved its binding work to another firm."),
        (False, "swapped_relation", "Volume 6 holds the theses for 1998-2001 but is stamped 2001-2004."),
    ]),
    ("ski_boots", "Boots still wet", [
        ("sb1", JARVIS, ANNELIESE, "2026-02-15 12:30",
         "We hired four pairs of boots from you on Saturday 14 February. This morning all four pairs were still wet "
         "inside, even though we left them on your drying rack overnight as your staff suggested. My son got cold "
         "feet and we came off the slopes at 11:00."),
        ("sb2", ANNELIESE, JARVIS, "2026-02-15 18:00",
         "I am sorry. Our boot-drying rack lost power overnight when a fuse blew at 23:40, and the night porter did "
         "not see the warning light until 06:30. We have refunded one day's boot hire for all four pairs, 4 x 12 "
         "EUR, and your boots have been on the rack all afternoon. They are dry now."),
        ("sb3", JARVIS, ANNELIESE, "2026-02-17 19:00",
         "Thank you, the boots have been dry both mornings since. We go home on Friday."),
    ], [
        (True, "stated_cause", "The boots stayed wet because the drying rack lost power overnight when a fuse blew."),
        (True, "normalised_number", "Piste Depot refunded 48 EUR of boot hire."),
        (True, "normalised_number", "The rack was without power for nearly seven hours before the porter noticed the warning light."),
        (True, "cross_email", "After the refund, the family found their boots dry on the next two mornings."),
        (False, "invented_blame", "The night porter switched the drying rack off by mistake."),
        (False, "invented_cause", "Jarvis Quaye's son got cold feet because his boots were a size too small."),
        (False, "invented_consequence", "The family cut their holiday short after the wet boots."),
        (False, "negated", "The family ignored the staff's advice to leave the boots on the drying rack."),
    ]),
]
