"""Threads 1-15 of blind set 13, typed by hand: (id, subject, [(eid, from, to, 'YYYY-MM-DD HH:MM', body)], [(supported, kind, text)])."""

THREADS = [
("dental_autoclave", "Autoclave fault at the Mill Street surgery", [
 ("da1", "Priya Venn <priya@millstreet-dental.example>", "Colm Hartigan <colm@steriserv.example>", "2026-03-02 08:40",
  "Our Class B autoclave stopped mid-cycle on Friday 27 February with error E14 on the display. Nurse Ella Brandt "
  "noticed it at 17:20 and put the load aside. We have cancelled six hygiene appointments for today because we only "
  "have enough sterile kits for the dentists. Can you send an engineer?"),
 ("da2", "Colm Hartigan <colm@steriserv.example>", "Priya Venn <priya@millstreet-dental.example>", "2026-03-02 11:15",
  "E14 is a door seal pressure fault. Our engineer Bilal Moss can be with you tomorrow morning at 09:00. A new door "
  "seal costs 145 EUR and the call-out is 90 EUR. In the meantime we can lend you a loan autoclave for 35 EUR a day."),
 ("da3", "Priya Venn <priya@millstreet-dental.example>", "Colm Hartigan <colm@steriserv.example>", "2026-03-03 14:30",
  "Bilal fitted the new seal this morning and the unit passed its test cycle, so we are back to normal and did not "
  "need the loan autoclave. He said the old seal was split along the hinge side. Please invoice the practice manager, "
  "Oren Sully."),
 ], [
 (True, "paraphrase", "The Mill Street surgery's autoclave halted partway through a cycle on 27 February, showing error E14."),
 (True, "stated_cause", "Six hygiene appointments were cancelled because there were only enough sterile kits for the dentists."),
 (True, "cross_email", "Bilal Moss replaced the door seal on 3 March and the autoclave passed its test cycle."),
 (True, "normalised_number", "The seal and the call-out together come to 235 EUR."),
 (True, "reported_speech", "According to Bilal, the old seal had split along the hinge side."),
 (False, "invented_cause", "The seal split because the autoclave had been running too many cycles a day."),
 (False, "invented_blame", "Ella Brandt damaged the door seal when she pulled the load out on Friday."),
 (False, "invented_consequence", "The practice paid 35 EUR to borrow a loan autoclave for the day."),
 (False, "wrong_number", "A new door seal costs 90 EUR."),
 ]),
("florist_peonies", "Peonies for the Aldana wedding", [
 ("fp1", "Marisol Okafor <marisol@wildstem-flowers.example>", "Jens Pauley <jens@dutchbloom-wholesale.example>", "2026-06-08 07:50",
  "The order for the Aldana wedding on Saturday 13 June was 120 stems of blush Sarah Bernhardt peonies. This morning's "
  "delivery had 120 stems of Coral Charm instead, which are orange. The bride has chosen a blush and ivory palette, so "
  "we cannot use them for her bouquets."),
 ("fp2", "Jens Pauley <jens@dutchbloom-wholesale.example>", "Marisol Okafor <marisol@wildstem-flowers.example>", "2026-06-08 10:05",
  "I am sorry. Our picker took the stems from the wrong bay. We can send 120 blush stems on Wednesday 10 June at no "
  "charge, and you may keep the Coral Charm. The blush stems will still be tight buds and need two days to open."),
 ("fp3", "Marisol Okafor <marisol@wildstem-flowers.example>", "Jens Pauley <jens@dutchbloom-wholesale.example>", "2026-06-08 12:40",
  "Wednesday works: that gives them until Friday to open. My assistant Tobiah will be at the shop to receive them from "
  "07:00. We will use the Coral Charm in the shop window."),
 ], [
 (True, "cross_email", "The replacement blush peonies arrive on 10 June, three days before the wedding."),
 (True, "stated_cause", "The wrong peonies were sent because a picker at the wholesaler took them from the wrong bay."),
 (True, "paraphrase", "The wholesaler is sending 120 blush stems free of charge and letting Wildstem keep the orange ones."),
 (True, "reported_speech", "Marisol says the Coral Charm peonies will go in the shop window."),
 (False, "invented_blame", "Tobiah ordered the wrong variety of peony."),
 (False, "invented_cause", "The bride changed her palette to blush and ivory after the orange peonies arrived."),
 (False, "wrong_date", "The wedding is on Saturday 20 June."),
 (False, "swapped_relation", "Tobiah will deliver the blush stems to the wholesaler at 07:00."),
 ]),
("vineyard_frost", "Frost fans on the Hollin Ridge block", [
 ("vf1", "Aurelio Benn <aurelio@hollinridge-wines.example>", "Signe Matteo <signe@airguard-frost.example>", "2026-04-13 06:20",
  "Two of our four frost fans on the Hollin Ridge block did not start last night. The temperature at the vines fell to "
  "minus 2.5 C at 04:10. Fans 1 and 2 ran normally; fans 3 and 4 showed a low-oil warning and shut down. Early counts "
  "suggest about a fifth of the Pinot buds near fans 3 and 4 are burnt."),
 ("vf2", "Signe Matteo <signe@airguard-frost.example>", "Aurelio Benn <aurelio@hollinridge-wines.example>", "2026-04-13 09:30",
  "The low-oil warning stops the engine to protect it. Our service log shows fans 3 and 4 were last serviced in "
  "October, when the oil was topped up. I can send a technician, Ruth Dalca, this afternoon. The frost forecast is "
  "for minus 1 C again on Wednesday night."),
 ("vf3", "Aurelio Benn <aurelio@hollinridge-wines.example>", "Signe Matteo <signe@airguard-frost.example>", "2026-04-14 08:00",
  "Ruth found a cracked oil sump on fan 3 and a loose drain plug on fan 4, and both are fixed. All four fans ran a "
  "test at 18:00 yesterday. Please send the report to our vineyard manager, Kasia Lunde."),
 ], [
 (True, "negation_paraphrase", "Only half of the four frost fans ran during the frost."),
 (True, "cross_email", "Ruth Dalca found a cracked oil sump on fan 3 and a loose drain plug on fan 4."),
 (True, "stated_cause", "Fans 3 and 4 shut down after showing a low-oil warning."),
 (True, "normalised_number", "About 20 percent of the Pinot buds near fans 3 and 4 are burnt."),
 (True, "cross_email", "All four fans passed a test run on the evening of 13 April."),
 (False, "invented_blame", "AirGuard left fan 4's drain plug loose at the October service."),
 (False, "invented_cause", "Fans 3 and 4 lost their oil because they were serviced in October."),
 (False, "wrong_number", "The temperature at the vines fell to minus 3.5 C."),
 (False, "invented_consequence", "The burnt buds mean Hollin Ridge will not make a Pinot this year."),
 ]),
("lift_outage", "Lift out of service at Carrow Court", [
 ("lo1", "Hamish Orr <hamish@carrowcourt-residents.example>", "Beata Lind <beata@upline-lifts.example>", "2026-09-07 08:10",
  "The lift at Carrow Court has been stuck on the ground floor since Saturday 5 September. The panel shows the doors "
  "as open even when they are closed. Mrs Edna Foy on the ninth floor uses a wheelchair and has not been able to go "
  "out since Saturday."),
 ("lo2", "Beata Lind <beata@upline-lifts.example>", "Hamish Orr <hamish@carrowcourt-residents.example>", "2026-09-07 10:45",
  "Our technician Kofi Raine visited this morning. A door contact on the third floor is faulty and the part has to "
  "come from Milan, so it will arrive on Thursday 10 September. We will fit it the same day."),
 ("lo3", "Hamish Orr <hamish@carrowcourt-residents.example>", "Beata Lind <beata@upline-lifts.example>", "2026-09-11 09:00",
  "The lift has worked since Kofi fitted the contact yesterday afternoon. Our caretaker, Dev Amis, has put a notice up. "
  "Mrs Foy went to her hospital appointment this morning."),
 ], [
 (True, "cross_email", "The lift was out of service from 5 to 10 September, five days in all."),
 (True, "stated_cause", "The new door contact only came on 10 September because the part had to come from Milan."),
 (True, "pronoun_perspective", "Edna Foy, who lives on the ninth floor and uses a wheelchair, could not go out while the lift was down."),
 (True, "paraphrase", "A faulty door contact on the third floor kept the lift on the ground floor."),
 (False, "invented_blame", "Dev Amis jammed the third-floor door, which broke the contact."),
 (False, "invented_consequence", "Edna Foy missed a hospital appointment because of the broken lift."),
 (False, "wrong_entity", "The part came from Lyon."),
 (False, "invented_cause", "The door contact failed because the lift had not been serviced since the spring."),
 ]),
("climbing_autobelay", "Auto-belay inspection at Crux Warehouse", [
 ("cb1", "Nilufar Haas <nilufar@cruxwarehouse.example>", "Pete Sandoval <pete@belaycheck.example>", "2026-05-11 09:20",
  "At our weekly check on Sunday 10 May, auto-belay unit 6 retracted slowly: it took 14 seconds to wind in the last "
  "metre instead of the usual 4. We have taped off the wall it serves. Our other eleven units are normal. When can you "
  "inspect it?"),
 ("cb2", "Pete Sandoval <pete@belaycheck.example>", "Nilufar Haas <nilufar@cruxwarehouse.example>", "2026-05-11 13:00",
  "Slow retraction usually means the unit must go back to the maker for a service. I can take it on Wednesday 13 May. "
  "The maker's turnaround is three weeks and the service costs 260 GBP. A hire unit is 18 GBP a week."),
 ("cb3", "Nilufar Haas <nilufar@cruxwarehouse.example>", "Pete Sandoval <pete@belaycheck.example>", "2026-05-11 16:40",
  "Please take it on Wednesday and send us a hire unit for the three weeks. Our head setter, Jonah Pell, will move the "
  "routes on that wall to top-rope in the meantime."),
 ], [
 (True, "normalised_number", "Unit 6 took 10 seconds longer than usual to wind in the last metre."),
 (True, "cross_email", "Crux Warehouse has twelve auto-belay units, one of which retracts slowly."),
 (True, "normalised_number", "Three weeks of the hire unit will cost 54 GBP."),
 (True, "reported_speech", "Pete says slow retraction usually means the unit has to go back to the maker."),
 (False, "invented_blame", "Jonah Pell caused the slow retraction by setting routes too close to unit 6."),
 (False, "invented_cause", "Unit 6 slowed down because it serves the busiest wall."),
 (False, "wrong_number", "The maker's service costs 180 GBP."),
 (False, "invented_consequence", "A climber was hurt when unit 6 retracted too slowly."),
 ]),
("lighting_desk", "Lighting desk crash at the Brindle Playhouse", [
 ("ld1", "Odile Farrant <odile@brindleplayhouse.example>", "Marek Quist <marek@stagebyte.example>", "2026-10-12 10:00",
  "Our lighting desk froze twice during Saturday's matinee of 'The Salt Road'. The first freeze was in act one and "
  "lasted about 40 seconds; the second, in act two, needed a full restart and the stage was lit only by the "
  "working lights for three minutes. Our operator, Sunny Vale, says the desk was updated to version 4.2 on Thursday "
  "8 October."),
 ("ld2", "Marek Quist <marek@stagebyte.example>", "Odile Farrant <odile@brindleplayhouse.example>", "2026-10-12 12:20",
  "Version 4.2 has a known fault with shows of more than 600 cues: the desk can freeze when it loads the cue list. "
  "Version 4.2.1 fixes it and came out on Friday. Please install it and keep a backup desk patched in for tonight."),
 ("ld3", "Odile Farrant <odile@brindleplayhouse.example>", "Marek Quist <marek@stagebyte.example>", "2026-10-13 09:10",
  "Sunny installed 4.2.1 yesterday afternoon and last night's performance ran without a freeze. 'The Salt Road' has "
  "712 cues. We will keep the backup desk patched in until the run ends on 24 October."),
 ], [
 (True, "cross_email", "Version 4.2 can freeze when it loads a cue list of more than 600 cues, and 'The Salt Road' has 712."),
 (True, "cross_email", "After Sunny Vale installed version 4.2.1 on 12 October, the next performance ran without a freeze."),
 (True, "paraphrase", "During the second freeze the stage was lit only by working lights for three minutes."),
 (True, "normalised_number", "'The Salt Road' has 112 more cues than the 600 at which version 4.2 can freeze."),
 (False, "invented_blame", "Sunny Vale installed the wrong version of the software on 8 October."),
 (False, "invented_consequence", "The audience at Saturday's matinee was offered refunds."),
 (False, "wrong_date", "The run of 'The Salt Road' ends on 31 October."),
 (False, "swapped_relation", "The first freeze needed a full restart and the second lasted about 40 seconds."),
 ]),
("apiary_losses", "Hive losses at the Greyfield apiary", [
 ("ap1", "Tamsin Rook <tamsin@greyfield-honey.example>", "Dr Anil Sethi <anil@beehealth-lab.example>", "2026-03-16 08:30",
  "At our first spring inspection on Saturday 14 March we found 7 of our 22 colonies dead. The dead hives had plenty "
  "of stored honey. I am sending you samples of bees from three of them. We treated all the colonies for varroa in "
  "August."),
 ("ap2", "Dr Anil Sethi <anil@beehealth-lab.example>", "Tamsin Rook <tamsin@greyfield-honey.example>", "2026-03-23 15:00",
  "All three samples had high levels of deformed wing virus, which is spread by varroa mites. Mite counts in the "
  "samples were also high. Treating only in August often lets mites build up again in autumn; a second treatment in "
  "winter would help."),
 ("ap3", "Tamsin Rook <tamsin@greyfield-honey.example>", "Dr Anil Sethi <anil@beehealth-lab.example>", "2026-03-24 07:45",
  "Thank you. From this year we will treat in August and again in December. Our volunteer Gus Abara will do the "
  "December round. We plan to split the strongest colonies in May to replace the losses."),
 ], [
 (True, "normalised_number", "Fifteen of Greyfield's 22 colonies survived the winter."),
 (True, "reported_speech", "Dr Sethi found high levels of deformed wing virus in all three samples."),
 (True, "paraphrase", "The lab said an extra winter treatment would help, since treating only in August often lets mites build up in autumn."),
 (True, "cross_email", "Greyfield will add a December varroa treatment, which Gus Abara will carry out."),
 (False, "invented_blame", "Gus Abara's August treatment was done badly, which let the mites come back."),
 (False, "invented_cause", "The colonies died because they ran out of stored honey."),
 (False, "wrong_number", "Seven of the 20 colonies were found dead."),
 (False, "over_generalisation", "Every colony at Greyfield had deformed wing virus."),
 ]),
("ups_batteries", "UPS battery replacement in hall B", [
 ("ub1", "Felix Amari <felix@northgate-dc.example>", "Ingrid Solberg <ingrid@voltkeep.example>", "2026-07-06 09:00",
  "During Thursday's generator test the UPS in hall B ran for only 3 minutes on battery instead of the rated 11. The "
  "generator took over after 40 seconds, so no load was dropped. The battery strings were installed in June 2022."),
 ("ub2", "Ingrid Solberg <ingrid@voltkeep.example>", "Felix Amari <felix@northgate-dc.example>", "2026-07-06 14:10",
  "Our readings show four of the 16 battery blocks in string 2 have high internal resistance. We recommend replacing "
  "all 32 blocks in both strings, at 310 EUR per block. We can do it on Saturday 18 July with the UPS in bypass."),
 ("ub3", "Felix Amari <felix@northgate-dc.example>", "Ingrid Solberg <ingrid@voltkeep.example>", "2026-07-07 08:20",
  "Approved for Saturday 18 July. Our shift lead, Wanjiru Mbeki, will be on site from 06:00. Please send the old "
  "blocks for recycling and give us the certificate."),
 ], [
 (True, "normalised_number", "Replacing all 32 blocks will cost 9,920 EUR."),
 (True, "stated_cause", "No load was dropped during the test, because the generator took over after 40 seconds."),
 (True, "normalised_number", "The UPS ran for 8 minutes less than its rating."),
 (True, "multi_fact", "Each of the two battery strings has 16 blocks, and four blocks in string 2 show high internal resistance."),
 (False, "invented_cause", "The UPS fell short because the generator took 40 seconds to start."),
 (False, "invented_blame", "Wanjiru Mbeki ran the generator test without putting the UPS in bypass."),
 (False, "wrong_date", "The blocks will be replaced on Saturday 11 July."),
 (False, "invented_consequence", "Some servers in hall B shut down during Thursday's test."),
 ]),
("grooming_dryer", "Fire alarm at Pawsley Grooming", [
 ("gd1", "Corinne Blay <corinne@pawsley-grooming.example>", "Rafi Lowe <rafi@kennelkit.example>", "2026-02-09 10:30",
  "On Saturday 7 February our cabinet dryer gave off a burning smell and the smoke alarm went off. We evacuated the "
  "salon with four dogs and their owners; the fire service checked the building and found no fire. The dryer is the "
  "one you supplied in 2024."),
 ("gd2", "Rafi Lowe <rafi@kennelkit.example>", "Corinne Blay <corinne@pawsley-grooming.example>", "2026-02-09 13:40",
  "Please do not use it. The dryer is under warranty until March 2027. Our engineer, Yusuf Crane, can inspect it on "
  "Wednesday 11 February."),
 ("gd3", "Corinne Blay <corinne@pawsley-grooming.example>", "Rafi Lowe <rafi@kennelkit.example>", "2026-02-11 17:00",
  "Yusuf found a heater element that had shorted and scorched its mounting. He replaced the element and the dryer ran "
  "for an hour without a problem. He said a lot of dog hair had collected behind the filter, so we will clean it "
  "weekly."),
 ], [
 (True, "negation_paraphrase", "The fire service found no fire at the salon."),
 (True, "cross_email", "Yusuf Crane replaced a shorted heater element in the dryer on 11 February."),
 (True, "reported_speech", "Yusuf told Corinne that a lot of dog hair had built up behind the filter."),
 (True, "paraphrase", "Pawsley will clean the dryer's filter every week from now on."),
 (False, "invented_cause", "The heater element shorted because dog hair had collected behind the filter."),
 (False, "invented_blame", "Corinne Blay caused the fault by never cleaning the dryer."),
 (False, "wrong_number", "The salon was evacuated with six dogs inside."),
 ]),
("ferry_trip", "Ferry for the Year 8 trip to Skarra Island", [
 ("ft1", "Gwen Tallis <gwen@lowmoor-school.example>", "Bruno Eck <bruno@islandlink-ferries.example>", "2026-05-18 09:10",
  "We have booked the 09:30 sailing to Skarra Island on Thursday 4 June for 54 pupils and 6 staff, returning on the "
  "16:15. Your new summer timetable shows the return at 15:40. Can you confirm which is right?"),
 ("ft2", "Bruno Eck <bruno@islandlink-ferries.example>", "Gwen Tallis <gwen@lowmoor-school.example>", "2026-05-18 11:00",
  "The summer timetable starts on 1 June, so the return on 4 June is at 15:40. The 16:15 sailing no longer runs. Your "
  "booking has been moved to the 15:40 at no cost. Group fares stay at 4 GBP per pupil and 7 GBP per adult."),
 ("ft3", "Gwen Tallis <gwen@lowmoor-school.example>", "Bruno Eck <bruno@islandlink-ferries.example>", "2026-05-18 12:30",
  "Thanks. We will shorten the rock-pool session so everyone is back at the pier by 15:15. Our trip lead, Mr Osei "
  "Grant, will carry the tickets."),
 ], [
 (True, "normalised_number", "The group's fares come to 258 GBP."),
 (True, "stated_cause", "The trip now returns on the 15:40 because the 16:15 sailing stops running when the summer timetable starts on 1 June."),
 (True, "cross_email", "The group of 60 will be back at the pier 25 minutes before the 15:40 sailing."),
 (True, "paraphrase", "The return was moved to the earlier sailing without charge."),
 (False, "invented_consequence", "The rock-pool session has been cancelled."),
 (False, "invented_blame", "Osei Grant booked the trip on a sailing that had already been withdrawn."),
 (False, "wrong_number", "The trip is for 45 pupils and 6 staff."),
 (False, "wrong_date", "The summer timetable starts on 4 June."),
 ]),
("linen_contract", "Missing linen at St Aldric's ward 5", [
 ("lc1", "Sister Mae Corrigan <mae.corrigan@staldric-hospital.example>", "Lars Pinto <lars@cleanfold-laundry.example>", "2026-08-10 07:30",
  "Ward 5 received 180 sheets on Friday 7 August instead of the 300 in our standing order. We ran out on Sunday "
  "evening and borrowed 60 from ward 2."),
 ("lc2", "Lars Pinto <lars@cleanfold-laundry.example>", "Sister Mae Corrigan <mae.corrigan@staldric-hospital.example>", "2026-08-10 10:20",
  "Our driver's delivery note shows 180 sheets loaded. One of our two ironers was down on Thursday for a bearing "
  "change, so we could not finish the order. We will send the missing 120 today with an extra 60 to return ward 2's "
  "sheets."),
 ("lc3", "Sister Mae Corrigan <mae.corrigan@staldric-hospital.example>", "Lars Pinto <lars@cleanfold-laundry.example>", "2026-08-10 18:10",
  "The 180 sheets arrived at 15:00 and ward 2 has its 60 back. Please tell us in advance next time an ironer is down. "
  "I have copied our facilities manager, Ahmed Roscoe."),
 ], [
 (True, "normalised_number", "Ward 5 received 120 sheets fewer than its standing order of 300."),
 (True, "stated_cause", "Cleanfold could not finish the order because one of its two ironers was down for a bearing change."),
 (True, "cross_email", "On 10 August Cleanfold delivered 180 sheets, which covered the shortfall and ward 2's loan."),
 (True, "reported_speech", "Sister Corrigan asked Cleanfold to warn the ward in advance when an ironer is down."),
 (False, "invented_blame", "Cleanfold's driver left 120 sheets behind at the depot."),
 (False, "invented_consequence", "Patients on ward 5 went without clean sheets on Sunday night."),
 (False, "swapped_relation", "Ward 5 lent 60 sheets to ward 2."),
 (False, "wrong_number", "Ward 5 received 200 sheets on 7 August."),
 ]),
("cowork_fobs", "Key fobs at Loomhouse co-working", [
 ("cf1", "Esther Nakamura <esther@loomhouse.example>", "Quentin Obi <quentin@gatewise-access.example>", "2026-04-20 08:15",
  "Since Friday, 23 of our 140 members' fobs no longer open the front door. All 23 were issued in the first batch in "
  "January 2025. The other doors still accept them. Members are waiting outside until reception opens at 08:30."),
 ("cf2", "Quentin Obi <quentin@gatewise-access.example>", "Esther Nakamura <esther@loomhouse.example>", "2026-04-20 11:30",
  "On Friday our system ran its yearly clean-up, which removes fobs from any door they have not opened for 12 months. "
  "The first batch was set up with the front door under a different door ID, so it removed them. I have restored "
  "the 23 fobs this morning and turned off the clean-up for your site."),
 ("cf3", "Esther Nakamura <esther@loomhouse.example>", "Quentin Obi <quentin@gatewise-access.example>", "2026-04-20 13:00",
  "Thanks, I tested three of them and they work. Our community manager, Idris Fenn, will tell the members."),
 ], [
 (True, "stated_cause", "The 23 fobs stopped opening the front door because Gatewise's yearly clean-up removed them."),
 (True, "normalised_number", "117 of the 140 members' fobs still opened the front door."),
 (True, "paraphrase", "The affected fobs all came from the first batch, issued in January 2025, and still opened the other doors."),
 (True, "reported_speech", "Quentin Obi says he restored the 23 fobs and turned off the clean-up for the site."),
 (False, "invented_blame", "Idris Fenn set up the first batch of fobs with the wrong door ID."),
 (False, "invented_cause", "The first-batch fobs failed because they were more than a year old and had worn out."),
 (False, "invented_consequence", "Loomhouse will replace all 140 members' fobs."),
 (False, "wrong_number", "Members waited outside until reception opened at 09:00."),
 ]),
("chess_pairings", "Round 4 pairings at the Kelmscott Open", [
 ("cp1", "Dmitri Valo <dmitri@kelmscott-chess.example>", "Hannah Oyelaran <hannah@pairsoft.example>", "2026-02-23 09:00",
  "At our weekend Open, the round 4 pairings on Sunday 22 February matched Leona Firth against Caleb Stroud, who had "
  "already played each other in round 2. We noticed after 20 minutes, stopped both games on the top boards and "
  "re-paired. Round 4 started 35 minutes late."),
 ("cp2", "Hannah Oyelaran <hannah@pairsoft.example>", "Dmitri Valo <dmitri@kelmscott-chess.example>", "2026-02-23 14:00",
  "I looked at your file. Caleb's round 2 result was typed in as a bye, so the program did not know the two had met. "
  "The program itself paired correctly from the data it had. Version 7 will warn when a bye is entered for a player "
  "who has an opponent on the wall chart."),
 ("cp3", "Dmitri Valo <dmitri@kelmscott-chess.example>", "Hannah Oyelaran <hannah@pairsoft.example>", "2026-02-23 16:30",
  "Understood. Our arbiter, Ros Delaney, will check every result against the score sheets before each round from now "
  "on. The prize giving still finished by 19:00."),
 ], [
 (True, "stated_cause", "Leona Firth and Caleb Stroud were paired again because Caleb's round 2 result had been entered as a bye."),
 (True, "reported_speech", "Hannah says the program paired correctly from the data it was given."),
 (True, "paraphrase", "The repeat pairing was spotted 20 minutes in, and round 4 began 35 minutes behind schedule."),
 (True, "cross_email", "Ros Delaney will check results against the score sheets before each round, and PairSoft's version 7 will warn about such byes."),
 (False, "invented_blame", "Ros Delaney typed Caleb Stroud's round 2 result in as a bye."),
 (False, "invented_consequence", "The prize giving had to be moved to the following weekend."),
 (False, "invented_cause", "The program made the pairing error because of a fault that version 7 fixes."),
 ]),
("allotment_trough", "Leaking water trough at Ferrier Lane allotments", [
 ("at1", "Bernard Quayle <bernard@ferrierlane-allotments.example>", "Lucia Venter <lucia@townwater.example>", "2026-06-22 08:00",
  "Our water bill for the quarter to 31 May is 1,140 GBP; the same quarter last year was 380 GBP. Plot holder Ayo "
  "Mensah found the ball valve on trough 3 stuck open on Saturday 20 June, with water running into the hedge."),
 ("at2", "Lucia Venter <lucia@townwater.example>", "Bernard Quayle <bernard@ferrierlane-allotments.example>", "2026-06-23 10:15",
  "A leak allowance can be applied if the leak was on a trough you have now repaired. Please send a photo of the "
  "repair and a meter reading. The allowance would reduce the bill to the average of your last four quarters, which "
  "is 410 GBP."),
 ("at3", "Bernard Quayle <bernard@ferrierlane-allotments.example>", "Lucia Venter <lucia@townwater.example>", "2026-06-24 19:30",
  "Ayo replaced the ball valve on Tuesday 23 June. Photo and reading (04512) attached. Our treasurer, Wendy Szabo, "
  "will pay the reduced bill once it arrives."),
 ], [
 (True, "normalised_number", "The quarter's water bill was three times the bill for the same quarter last year."),
 (True, "cross_email", "If the leak allowance is applied, the bill drops by 730 GBP."),
 (True, "paraphrase", "Ayo Mensah found trough 3's ball valve stuck open and later replaced it."),
 (True, "cross_email", "Ayo fitted the new ball valve three days after he found the old one stuck open."),
 (False, "invented_blame", "Wendy Szabo ignored the high bill for months."),
 (False, "invented_cause", "The ball valve stuck open because the allotments' water pressure is too high."),
 (False, "wrong_number", "The leak allowance would bring the bill down to 380 GBP."),
 (False, "unstated_claim", "Town Water has agreed to apply the leak allowance."),
 ]),
("bikeshare_docks", "Dock firmware at Pell Harbour bike share", [
 ("bd1", "Siobhan Akers <siobhan@pellharbour-bikes.example>", "Tomasz Reyes <tomasz@dockware.example>", "2026-08-24 09:40",
  "Since the firmware update on the night of Thursday 20 August, 9 of our 31 stations refuse to release bikes to "
  "riders who pay by card. App payments still work. We have had 212 complaints over the weekend."),
 ("bd2", "Tomasz Reyes <tomasz@dockware.example>", "Siobhan Akers <siobhan@pellharbour-bikes.example>", "2026-08-24 12:00",
  "The nine stations have the older card reader, model CR-2. Firmware 5.1 dropped support for the CR-2 by mistake. "
  "We will roll those nine stations back to 5.0 tonight and release 5.1.1 with CR-2 support next week."),
 ("bd3", "Siobhan Akers <siobhan@pellharbour-bikes.example>", "Tomasz Reyes <tomasz@dockware.example>", "2026-08-25 08:30",
  "The rollback worked and card payments are back at all 31 stations. Our customer team, led by Farid Olsen, is "
  "refunding riders who were charged without getting a bike."),
 ], [
 (True, "stated_cause", "Card payments failed at nine stations because firmware 5.1 dropped support for their CR-2 card readers by mistake."),
 (True, "normalised_number", "22 of the 31 stations kept releasing bikes to card payers after the update."),
 (True, "cross_email", "The nine stations were rolled back to firmware 5.0 on the night of 24 August and card payments work again."),
 (True, "reported_speech", "Siobhan says Farid Olsen's team is refunding riders who were charged but got no bike."),
 (False, "invented_blame", "Farid Olsen's team approved firmware 5.1 without testing it on the older stations."),
 (False, "invented_cause", "The update failed on nine stations because riders there pay mostly by card."),
 (False, "wrong_number", "Pell Harbour had 122 complaints over the weekend."),
 (False, "wrong_date", "The firmware update ran on the night of Friday 21 August."),
 ]),
]
