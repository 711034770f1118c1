"""Threads 16-30 of blind set 13, typed by hand (same tuple layout as threads_a.py)."""

THREADS = [
("ice_resurfacer", "Hydraulic leak on the Fenwick Arena resurfacer", [
 ("ir1", "Lorcan Pratt <lorcan@fenwick-arena.example>", "Mirela Stoica <mirela@glacemach.example>", "2026-01-12 07:45",
  "Our ice resurfacer leaked hydraulic fluid onto the rink during the 22:00 cut on Saturday 10 January. The stain "
  "covered about 2 square metres near the north goal. We closed the rink on Sunday so that our ice tech, Viggo Hale, "
  "could cut out the stained ice and rebuild it."),
 ("ir2", "Mirela Stoica <mirela@glacemach.example>", "Lorcan Pratt <lorcan@fenwick-arena.example>", "2026-01-12 10:30",
  "From your photos the leak is from the lift cylinder hose, a part we replaced under warranty in November. I will "
  "send a new hose by courier today. Until it is fitted, please use the edger and the hand scraper only."),
 ("ir3", "Lorcan Pratt <lorcan@fenwick-arena.example>", "Mirela Stoica <mirela@glacemach.example>", "2026-01-14 16:00",
  "Viggo fitted the hose this morning and ran two cuts with no leak. The rink reopened at 14:00. We lost Sunday's "
  "two public sessions and the junior hockey practice."),
 ], [
 (True, "cross_email", "The leaking part was the lift cylinder hose, which GlaceMach had already replaced under warranty in November."),
 (True, "paraphrase", "The rink was shut on Sunday while Viggo Hale cut out and rebuilt the stained ice."),
 (True, "cross_email", "Viggo Hale fitted the new hose on 14 January, and the rink reopened that afternoon."),
 (True, "reported_speech", "GlaceMach asked Fenwick to use only the edger and hand scraper until the new hose was fitted."),
 (False, "invented_blame", "Viggo Hale fitted the lift cylinder hose badly in November."),
 (False, "invented_consequence", "Fenwick Arena has asked GlaceMach to refund the lost ice time."),
 (False, "wrong_number", "The stain covered about 20 square metres near the north goal."),
 (False, "invented_cause", "The hose leaked because the rink was cut late at night, when the ice is hardest."),
 ]),
("film_permit", "Permit for the Quayside shoot", [
 ("fm1", "Ines Carvalho <ines@lanternfox-films.example>", "Derek Myles <derek.myles@harbourcouncil.example>", "2026-09-14 09:00",
  "We applied on 20 August for a filming permit for Quayside Street on Tuesday 29 September, 06:00 to 14:00, for our "
  "short film 'Low Tide'. We have heard nothing yet and our crew of 18 is booked."),
 ("fm2", "Derek Myles <derek.myles@harbourcouncil.example>", "Ines Carvalho <ines@lanternfox-films.example>", "2026-09-15 11:20",
  "Your application was received but the road-closure plan was missing, so it was never passed to highways. Please "
  "send the plan. Highways need ten working days, which would still allow a decision by Monday 28 September."),
 ("fm3", "Ines Carvalho <ines@lanternfox-films.example>", "Derek Myles <derek.myles@harbourcouncil.example>", "2026-09-15 13:45",
  "Plan attached. Our location manager, Ruairi Mott, drew it up with two marshals at each end of the street. If the "
  "permit comes late we will move the shoot to the following Tuesday, 6 October."),
 ], [
 (True, "stated_cause", "The application was never passed to highways because the road-closure plan was missing."),
 (True, "paraphrase", "Lanternfox asked for Quayside Street from 06:00 to 14:00, an eight-hour shoot."),
 (True, "cross_email", "The road-closure plan, drawn up by Ruairi Mott, was sent to the council on 15 September."),
 (True, "reported_speech", "Derek Myles says a decision could still come by 28 September."),
 (False, "invented_blame", "Derek Myles lost the road-closure plan that Lanternfox had sent in August."),
 (False, "invented_consequence", "The shoot has been moved to 6 October."),
 (False, "wrong_number", "The crew of 28 is booked for the day."),
 (False, "wrong_date", "Lanternfox applied for the permit on 20 July."),
 ]),
("bell_rope", "Bell ropes at St Wenna's", [
 ("br1", "Rev. Clara Dunmore <clara@stwenna-parish.example>", "Osric Penhale <osric@tollropes.example>", "2026-03-09 10:00",
  "The rope on our tenor bell snapped during practice on Wednesday 4 March. Nobody was hurt. Our tower captain, Harry "
  "Blewett, says the rope was fitted in 2011. We have six bells and would like a quote for new ropes on all of them."),
 ("br2", "Osric Penhale <osric@tollropes.example>", "Rev. Clara Dunmore <clara@stwenna-parish.example>", "2026-03-10 14:20",
  "A full set of six ropes is 1,380 GBP, or 260 GBP for a single rope. Ropes from 2011 are past the 10 to 12 years we "
  "expect. Lead time is four weeks from order."),
 ("br3", "Rev. Clara Dunmore <clara@stwenna-parish.example>", "Osric Penhale <osric@tollropes.example>", "2026-03-11 09:30",
  "The church council approved the full set last night. We would like them fitted before the Easter ringing on Sunday 5 "
  "April. Harry will fit them himself."),
 ], [
 (True, "negation_paraphrase", "No one was injured when the tenor rope snapped."),
 (True, "normalised_number", "Buying the set of six costs 180 GBP less than six single ropes."),
 (True, "reported_speech", "Osric says ropes fitted in 2011 are past the life his firm expects."),
 (True, "cross_email", "The church council approved the full set of ropes on the evening of 10 March."),
 (False, "invented_blame", "Harry Blewett fitted the tenor rope wrongly in 2011."),
 (False, "invented_cause", "The tenor rope snapped because the bells were rung too hard at practice."),
 (False, "wrong_number", "A single rope costs 230 GBP."),
 (False, "invented_consequence", "The Easter ringing has been cancelled."),
 ]),
("espresso_grinder", "Grinder at Kettle & Crumb", [
 ("eg1", "Noor Haddad <noor@kettleandcrumb.example>", "Pavel Ionescu <pavel@brewparts.example>", "2026-07-20 07:10",
  "Since Friday our espresso shots run through in 14 seconds instead of 27, even at the finest setting. Our barista, "
  "Lotte Gray, noticed it first. The grinder was bought from you 18 months ago."),
 ("eg2", "Pavel Ionescu <pavel@brewparts.example>", "Noor Haddad <noor@kettleandcrumb.example>", "2026-07-20 09:50",
  "That sounds like worn burrs. Burrs last about 1,000 kg of coffee; how much do you grind a week? A new burr set is "
  "95 EUR and fitting takes an hour."),
 ("eg3", "Noor Haddad <noor@kettleandcrumb.example>", "Pavel Ionescu <pavel@brewparts.example>", "2026-07-20 11:00",
  "We grind about 12 kg a week. Please send a burr set; Lotte will fit it on Monday 27 July when we are closed."),
 ], [
 (True, "normalised_number", "Shots are running through in roughly half their usual time."),
 (True, "reported_speech", "Pavel thinks the grinder's burrs are worn."),
 (True, "cross_email", "Lotte Gray, who first noticed the fast shots, will fit the new burr set on 27 July."),
 (True, "paraphrase", "Kettle & Crumb grinds around 12 kg of coffee a week."),
 (False, "invented_cause", "The burrs wore out because the café grinds far more than 1,000 kg a week."),
 (False, "invented_blame", "Lotte Gray set the grinder too fine and wore out the burrs."),
 (False, "wrong_number", "A new burr set costs 59 EUR."),
 ]),
("forklift_battery", "Forklift battery charging at the Dunmore Road warehouse", [
 ("fb1", "Kwame Asante <kwame@sparrowlogistics.example>", "Julia Brenner <julia@liftpower.example>", "2026-10-05 08:00",
  "Forklifts 3 and 5 have been running flat before the end of the day shift for two weeks. Their batteries charge "
  "overnight on chargers C3 and C5. The other four trucks are fine."),
 ("fb2", "Julia Brenner <julia@liftpower.example>", "Kwame Asante <kwame@sparrowlogistics.example>", "2026-10-06 15:30",
  "I tested both batteries today. They are healthy, but chargers C3 and C5 were on the night-saver timer, which stops "
  "charging at 05:00, so the batteries start the shift at about 70 percent. I have switched both chargers to full "
  "charge."),
 ("fb3", "Kwame Asante <kwame@sparrowlogistics.example>", "Julia Brenner <julia@liftpower.example>", "2026-10-08 17:00",
  "Both trucks lasted the whole shift yesterday and today. Our site manager, Bea Lorimer, wants all six chargers "
  "checked for the same timer."),
 ], [
 (True, "stated_cause", "Forklifts 3 and 5 started their shifts at about 70 percent charge because their chargers' night-saver timer stopped charging at 05:00."),
 (True, "cross_email", "The warehouse has six forklifts, and only trucks 3 and 5 were running flat."),
 (True, "paraphrase", "Julia found both batteries in good health."),
 (True, "cross_email", "After Julia switched the chargers to full charge on 6 October, both trucks lasted whole shifts on 7 and 8 October."),
 (False, "invented_blame", "Bea Lorimer put chargers C3 and C5 on the night-saver timer to save money."),
 (False, "invented_cause", "The batteries ran flat because they were worn out after years of use."),
 (False, "over_generalisation", "All six chargers were found set to the night-saver timer."),
 (False, "wrong_number", "The batteries started each shift at about 50 percent."),
 ]),
("visa_letters", "Visa letters for the Aurelian Language School summer course", [
 ("vl1", "Yara Castell <yara@aurelian-lang.example>", "Mateo Lind <mateo@studybridge-agency.example>", "2026-05-04 09:30",
  "We issued visa invitation letters for your 14 students on the July course, but 3 of them show the wrong course "
  "dates, 6 to 24 June instead of 6 to 24 July. I am sorry. Corrected letters will be sent today."),
 ("vl2", "Mateo Lind <mateo@studybridge-agency.example>", "Yara Castell <yara@aurelian-lang.example>", "2026-05-04 12:00",
  "Thank you. Two of the three have already submitted their applications with the wrong letters. The consulate says "
  "they can add a corrected letter by e-mail within 7 days of applying."),
 ("vl3", "Yara Castell <yara@aurelian-lang.example>", "Mateo Lind <mateo@studybridge-agency.example>", "2026-05-04 16:15",
  "The corrected letters went out at 15:00. Our registrar, Olu Benedek, has added a check of course dates against the "
  "booking before any letter is signed."),
 ], [
 (True, "normalised_number", "Eleven of the 14 invitation letters had the right course dates."),
 (True, "reported_speech", "According to Mateo, the consulate lets applicants add a corrected letter by e-mail within a week of applying."),
 (True, "paraphrase", "Three letters gave June instead of July for the course."),
 (True, "cross_email", "The school sent the corrected letters at 15:00 on 4 May."),
 (False, "invented_blame", "Olu Benedek typed the wrong dates into the three letters."),
 (False, "invented_consequence", "The two students who applied with the wrong letters have had their visas refused."),
 (False, "swapped_relation", "Two of the three students have not yet applied, and one has applied with the wrong letter."),
 (False, "wrong_number", "The July course has 16 students from StudyBridge."),
 ]),
("dome_motor", "Dome motor at the Carrick Hill observatory", [
 ("dm1", "Prof. Helga Strand <helga@carrickhill-obs.example>", "Simeon Ward <simeon@astrodrive.example>", "2026-11-09 08:00",
  "The dome rotation motor stopped on Friday night with the slit facing east, and since then the dome will not turn. "
  "Our public open night is on Saturday 21 November with 80 tickets sold."),
 ("dm2", "Simeon Ward <simeon@astrodrive.example>", "Prof. Helga Strand <helga@carrickhill-obs.example>", "2026-11-10 12:30",
  "Our engineer, Daria Kell, found the motor's gearbox seized. A replacement gearbox is 1,650 EUR and we have one in "
  "stock. Daria can fit it on Tuesday 17 November."),
 ("dm3", "Prof. Helga Strand <helga@carrickhill-obs.example>", "Simeon Ward <simeon@astrodrive.example>", "2026-11-18 09:00",
  "Daria fitted the gearbox yesterday and the dome turned through a full circle in 6 minutes. The open night will go "
  "ahead. Our technician, Arlo Finch, will grease the dome track next week."),
 ], [
 (True, "cross_email", "The new gearbox was fitted on 17 November, four days before the open night."),
 (True, "paraphrase", "Daria Kell traced the dome fault to a seized gearbox in the rotation motor."),
 (True, "reported_speech", "Professor Strand says the open night will go ahead."),
 (True, "paraphrase", "After the repair the dome made a full turn in six minutes."),
 (False, "invented_cause", "The gearbox seized because the dome track had not been greased."),
 (False, "invented_blame", "Arlo Finch let the gearbox run dry."),
 (False, "wrong_number", "A replacement gearbox costs 1,560 EUR."),
 (False, "negated", "The observatory had to cancel its open night."),
 ]),
("ice_machine", "Flake ice machine at Torvik Fishermen's Co-op", [
 ("im1", "Hallvard Brekke <hallvard@torvik-coop.example>", "Anja Petit <anja@coldline-service.example>", "2026-08-03 05:30",
  "Our flake ice machine has made only about 2 tonnes a day since Thursday instead of its normal 6. Our boats land on "
  "Monday, Wednesday and Friday and each landing needs about 4 tonnes of ice."),
 ("im2", "Anja Petit <anja@coldline-service.example>", "Hallvard Brekke <hallvard@torvik-coop.example>", "2026-08-03 14:00",
  "Our technician Cal Nyberg found the condenser fan motor burnt out, so the unit was running hot and cutting back. "
  "He fitted a new motor this afternoon for 480 EUR plus 2 hours' labour at 75 EUR an hour. Output should be back to "
  "normal by tomorrow."),
 ("im3", "Hallvard Brekke <hallvard@torvik-coop.example>", "Anja Petit <anja@coldline-service.example>", "2026-08-05 06:00",
  "The machine made just over 6 tonnes yesterday. For today's landing we bought 3 tonnes of ice from the Skarv Co-op "
  "at 90 EUR a tonne. Our skipper Eirik Holm says the fish from Monday's landing kept well."),
 ], [
 (True, "stated_cause", "The ice machine was cutting back its output because its burnt-out condenser fan motor left the unit running hot."),
 (True, "normalised_number", "The repair came to 630 EUR with labour."),
 (True, "normalised_number", "Buying ice from the Skarv Co-op cost Torvik 270 EUR."),
 (True, "negation_paraphrase", "The machine was making only a third of its normal daily output."),
 (True, "reported_speech", "Eirik Holm says the fish from Monday's landing kept well."),
 (False, "invented_blame", "Cal Nyberg fitted a faulty fan motor at an earlier service."),
 (False, "invented_consequence", "Monday's catch spoiled because there was not enough ice."),
 (False, "wrong_entity", "Torvik bought its extra ice from Coldline."),
 (False, "invented_cause", "The fan motor burnt out because the boats land three times a week."),
 ]),
("floodlights", "Floodlight failure at Ashby Vale FC", [
 ("fl1", "Glenn Harrow <glenn@ashbyvale-fc.example>", "Petra Novak <petra@beamfield-lighting.example>", "2026-02-16 09:15",
  "Two of our four floodlight masts went dark 62 minutes into Saturday's league match. The referee abandoned the game. "
  "The league will decide this week whether the result stands or the match is replayed."),
 ("fl2", "Petra Novak <petra@beamfield-lighting.example>", "Glenn Harrow <glenn@ashbyvale-fc.example>", "2026-02-17 11:00",
  "Our electrician, Kian Roe, found that the contactor for masts 3 and 4 had burnt out. It has been replaced. The "
  "contactor was the original from 2009; we recommend replacing the one for masts 1 and 2 as well, for 220 GBP."),
 ("fl3", "Glenn Harrow <glenn@ashbyvale-fc.example>", "Petra Novak <petra@beamfield-lighting.example>", "2026-02-18 17:30",
  "Please replace the second contactor. The league has ordered a replay on Tuesday 3 March. Our groundsman, Alfie "
  "Stott, will run all four masts for an hour before kick-off."),
 ], [
 (True, "paraphrase", "Two of the four floodlight masts went dark 62 minutes into the match, and the referee abandoned it."),
 (True, "multi_fact", "Kian Roe found the contactor for masts 3 and 4 burnt out; it was the original from 2009."),
 (True, "cross_email", "The match abandoned on Saturday 14 February will be replayed on Tuesday 3 March."),
 (True, "reported_speech", "Glenn asked Beamfield to replace the contactor for masts 1 and 2 as well."),
 (False, "invented_blame", "Alfie Stott overloaded the floodlights by leaving them on before kick-off."),
 (False, "invented_cause", "The contactor burnt out because the match ran into extra time."),
 (False, "wrong_number", "The floodlights failed 26 minutes into the match."),
 (False, "invented_consequence", "The league awarded the match to the visiting team."),
 ]),
("sprung_floor", "Sprung floor repair at Halden Dance Studio", [
 ("sf1", "Margot Ellery <margot@halden-dance.example>", "Dean Corvo <dean@floorworks.example>", "2026-06-29 10:00",
  "A section of the sprung floor in studio 2 has started to dip by about 15 mm near the mirrors. Two of our teachers "
  "have reported it. We have moved the ballet classes into studio 1 for now."),
 ("sf2", "Dean Corvo <dean@floorworks.example>", "Margot Ellery <margot@halden-dance.example>", "2026-07-01 16:00",
  "I lifted two panels today. Three of the foam blocks under that section have collapsed, and the timber above them is "
  "damp. There is a slow leak from the radiator pipe behind the mirror wall. The floor repair is 1,200 GBP once a "
  "plumber has fixed the leak."),
 ("sf3", "Margot Ellery <margot@halden-dance.example>", "Dean Corvo <dean@floorworks.example>", "2026-07-02 09:20",
  "Our plumber, Suki Lowen, fixed the pipe this morning. Please go ahead with the floor repair; the summer school "
  "starts on Monday 20 July and we need studio 2 by then."),
 ], [
 (True, "paraphrase", "Dean Corvo found three collapsed foam blocks and damp timber under the dipping section."),
 (True, "cross_email", "Suki Lowen fixed the leaking radiator pipe on 2 July, so the floor repair can go ahead."),
 (True, "reported_speech", "Margot says the studio needs studio 2 back before the summer school starts on 20 July."),
 (True, "paraphrase", "Ballet classes were moved to studio 1 while studio 2's floor dips."),
 (False, "invented_blame", "Suki Lowen's plumbing work caused the leak behind the mirror wall."),
 (False, "invented_consequence", "A dancer was injured when the floor gave way in studio 2."),
 (False, "wrong_number", "The floor dips by about 50 mm near the mirrors."),
 (False, "swapped_relation", "The ballet classes were moved from studio 1 into studio 2."),
 ]),
("tax_receipts", "Missing receipts for the Ravel Joinery accounts", [
 ("tr1", "Selma Quist <selma@quistaccounts.example>", "Ravi Ravel <ravi@raveljoinery.example>", "2026-01-19 09:00",
  "To file your return by 31 January I still need receipts for 14 purchases over 100 GBP, totalling 6,420 GBP. Without "
  "them those costs cannot be claimed."),
 ("tr2", "Ravi Ravel <ravi@raveljoinery.example>", "Selma Quist <selma@quistaccounts.example>", "2026-01-21 18:40",
  "I have found 11 of the 14 in the van and scanned them. The other three were from Timberline Supplies; I have asked "
  "them for copies. My bookkeeper, Nell Ashdown, left in October and I am not sure where she kept the rest."),
 ("tr3", "Selma Quist <selma@quistaccounts.example>", "Ravi Ravel <ravi@raveljoinery.example>", "2026-01-26 10:10",
  "Timberline sent copies of the three invoices on Friday, so all 14 are now covered. I will file your return on "
  "Wednesday 28 January."),
 ], [
 (True, "cross_email", "Ravi found 11 of the 14 receipts and Timberline Supplies sent copies of the other three."),
 (True, "normalised_number", "Ravi found all but three of the 14 receipts himself."),
 (True, "cross_email", "The return will be filed on 28 January, three days before the deadline."),
 (True, "reported_speech", "Ravi says his bookkeeper, Nell Ashdown, left in October."),
 (False, "invented_blame", "Nell Ashdown lost the three Timberline receipts before she left."),
 (False, "invented_consequence", "Ravel Joinery could not claim the 6,420 GBP of costs."),
 (False, "wrong_date", "The return will be filed on Thursday 29 January."),
 (False, "wrong_number", "The missing receipts total 4,620 GBP."),
 ]),
("author_event", "Tickets for the Oona Marsh evening at Page & Lantern", [
 ("ae1", "Gideon Frey <gideon@pageandlantern.example>", "Tess Abbot <tess@ticketnest.example>", "2026-04-27 09:30",
  "Our event with the novelist Oona Marsh on Thursday 7 May has 60 seats, but your system shows 73 tickets sold. We "
  "cannot fit 73 people in the shop."),
 ("ae2", "Tess Abbot <tess@ticketnest.example>", "Gideon Frey <gideon@pageandlantern.example>", "2026-04-27 13:15",
  "The extra tickets were sold because the event was created with a capacity of 80 instead of 60. The capacity field is filled in by the organiser when "
  "the event is set up. I have set it to 60 and closed sales. You can move the 13 extra buyers to a second date or "
  "refund them."),
 ("ae3", "Gideon Frey <gideon@pageandlantern.example>", "Tess Abbot <tess@ticketnest.example>", "2026-04-27 17:00",
  "Oona has agreed to a second reading on Friday 8 May. We will offer the 13 extra buyers that date and refund anyone "
  "who cannot come. Our events assistant, Pia Rudd, will write to them tonight."),
 ], [
 (True, "normalised_number", "The evening was oversold by 13 tickets."),
 (True, "stated_cause", "Too many tickets were sold because the event was set up with a capacity of 80 instead of 60."),
 (True, "cross_email", "The 13 extra buyers will be offered a second reading on 8 May, the day after the first."),
 (True, "reported_speech", "Tess says the capacity field is filled in by the organiser when the event is set up."),
 (False, "invented_blame", "Tess Abbot typed the wrong capacity when she set up the event."),
 (False, "invented_consequence", "Oona Marsh has cancelled the 7 May reading."),
 (False, "wrong_number", "The shop has 70 seats for the event."),
 (False, "wrong_entity", "The second reading will be given by Pia Rudd."),
 ]),
("hostel_bunks", "Bunk bed recall at Cairnside Hostel", [
 ("hb1", "Ailsa Munro <ailsa@cairnside-hostel.example>", "Roland Vee <roland@sleepframe.example>", "2026-09-21 08:30",
  "We have 24 of your Alder bunk beds. We received your recall notice about cracked ladder welds on Friday. Our "
  "warden, Fergus Kyle, checked all 24 and found cracked welds on 5 ladders. We have taken those 5 bunks out of use, "
  "which cuts our beds from 48 to 38."),
 ("hb2", "Roland Vee <roland@sleepframe.example>", "Ailsa Munro <ailsa@cairnside-hostel.example>", "2026-09-22 10:00",
  "Thank you. We will send 24 reinforced ladders, one for every bunk, free of charge, on Monday 28 September. The "
  "ladders bolt on and take about 10 minutes each to fit. The welds cracked because a batch of steel was below "
  "specification."),
 ("hb3", "Ailsa Munro <ailsa@cairnside-hostel.example>", "Roland Vee <roland@sleepframe.example>", "2026-09-29 19:00",
  "The ladders arrived today and Fergus has fitted all 24. We are back to 48 beds. We had to turn away a school group "
  "of 8 last weekend."),
 ], [
 (True, "stated_cause", "According to Sleepframe, the welds cracked because a batch of steel was below specification."),
 (True, "normalised_number", "Fitting all 24 ladders takes about four hours at 10 minutes each."),
 (True, "cross_email", "Cairnside had 38 beds until Fergus Kyle fitted the new ladders on 29 September."),
 (True, "negation_paraphrase", "Nineteen of the 24 ladders had no cracked welds."),
 (False, "invented_blame", "Fergus Kyle cracked the ladder welds by overtightening the bolts."),
 (False, "invented_cause", "The welds cracked because guests overloaded the top bunks."),
 (False, "wrong_date", "Sleepframe sent the new ladders on Monday 21 September."),
 (False, "wrong_number", "Cracked welds were found on 8 ladders."),
 ]),
("choir_coach", "Coach for the Wexbury Chorale tour", [
 ("cc1", "Philippa Dorn <philippa@wexbury-chorale.example>", "Emil Varga <emil@roadstar-coaches.example>", "2026-03-23 09:00",
  "We have booked a 49-seat coach for our concert tour from Friday 15 May to Sunday 17 May. We now have 53 singers "
  "travelling, so we need a bigger coach."),
 ("cc2", "Emil Varga <emil@roadstar-coaches.example>", "Philippa Dorn <philippa@wexbury-chorale.example>", "2026-03-24 11:40",
  "We can offer a 57-seat coach for the same dates. The price rises from 2,850 GBP to 3,240 GBP. The driver, Jorge "
  "Pike, will stay with you for the three days; his hotel is not included."),
 ("cc3", "Philippa Dorn <philippa@wexbury-chorale.example>", "Emil Varga <emil@roadstar-coaches.example>", "2026-03-24 15:00",
  "Please change the booking to the 57-seat coach. Our tour manager, Lew Chandra, will book Jorge's room in each hotel "
  "with ours."),
 ], [
 (True, "normalised_number", "The larger coach costs 390 GBP more than the original booking."),
 (True, "cross_email", "The 57-seat coach leaves four seats spare for the 53 singers."),
 (True, "stated_cause", "The chorale needs a bigger coach because 53 singers are now travelling and the first coach seats 49."),
 (True, "reported_speech", "Philippa says Lew Chandra will book the driver's rooms along with the choir's."),
 (False, "invented_blame", "Lew Chandra booked a coach that was too small for the tour."),
 (False, "invented_cause", "The price rose because Jorge Pike's hotel is now included."),
 (False, "wrong_number", "The original coach had 52 seats."),
 ]),
("dive_compressor", "Air compressor at Saltmarsh Divers", [
 ("dc1", "Kenji Arlott <kenji@saltmarsh-divers.example>", "Fenna Dijkstra <fenna@airpure-testing.example>", "2026-06-15 08:20",
  "Two of our students said their air tasted oily on Saturday's dive at Gull Rock. We stopped filling cylinders at once "
  "and quarantined the 26 we had filled that morning. Could you test a sample? Our compressor's filter cartridge was "
  "last changed on 2 March."),
 ("dc2", "Fenna Dijkstra <fenna@airpure-testing.example>", "Kenji Arlott <kenji@saltmarsh-divers.example>", "2026-06-17 15:00",
  "Your sample had 0.9 mg of oil per cubic metre; the limit is 0.5. The cartridge is rated for 40 hours of running and "
  "your log shows 55 hours since it was changed, so it was saturated. Replace it, purge the system and send us a new "
  "sample before you fill again."),
 ("dc3", "Kenji Arlott <kenji@saltmarsh-divers.example>", "Fenna Dijkstra <fenna@airpure-testing.example>", "2026-06-19 10:00",
  "Our instructor, Bryn Ottaway, fitted a new cartridge and purged the system yesterday. The new sample is in the post. "
  "The 26 cylinders will be emptied and refilled once you pass it. Neither student felt unwell."),
 ], [
 (True, "stated_cause", "The filter cartridge was saturated because it had run 55 hours against a rating of 40."),
 (True, "normalised_number", "The oil level in the sample was nearly twice the limit."),
 (True, "cross_email", "Bryn Ottaway fitted a new cartridge and purged the system on 18 June."),
 (True, "negation_paraphrase", "Both students stayed well."),
 (False, "invented_blame", "Bryn Ottaway skipped the cartridge change that was due in the spring."),
 (False, "invented_consequence", "Saltmarsh has thrown away the 26 quarantined cylinders."),
 (False, "wrong_number", "The sample had 0.9 mg of oil per cubic metre against a limit of 0.05."),
 (False, "invented_cause", "The air tasted oily because the cylinders were filled in a hurry on Saturday morning."),
 ]),
]
